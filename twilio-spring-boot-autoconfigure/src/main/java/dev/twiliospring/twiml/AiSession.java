package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <AiSession>} noun of {@code <Connect>}: connects the call to an AI session
 * of an installed AI connector.
 *
 * @since 1.0.0
 */
public final class AiSession extends TwimlElement {

	static final Tag TAG = new Tag("AiSession");

	private AiSession(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <AiSession>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link AiSession}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, AiSession> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code aiConnector}: the unique name or add-on SID of the installed AI
		 * connector.
		 * @param aiConnector the unique name or add-on SID of the installed AI connector
		 * @return this builder
		 */
		public Builder aiConnector(@Nullable String aiConnector) {
			return set(Attr.AI_CONNECTOR, aiConnector);
		}

		/**
		 * Set {@code aiSessionConfiguration}: the unique name or ID of the AI session
		 * configuration.
		 * @param aiSessionConfiguration the unique name or ID of the AI session
		 * configuration
		 * @return this builder
		 */
		public Builder aiSessionConfiguration(@Nullable String aiSessionConfiguration) {
			return set(Attr.AI_SESSION_CONFIGURATION, aiSessionConfiguration);
		}

		@Override
		public AiSession build() {
			return new AiSession(compile());
		}

	}

}
