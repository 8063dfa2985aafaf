package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <ConversationRelaySession>} noun of {@code <Connect>}: a ConversationRelay
 * session set up by an installed connector and a stored configuration.
 *
 * @since 1.0.0
 */
public final class ConversationRelaySession extends TwimlElement {

	static final Tag TAG = new Tag("ConversationRelaySession");

	private ConversationRelaySession(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <ConversationRelaySession>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link ConversationRelaySession}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, ConversationRelaySession> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code connector}: the unique name or add-on SID of the installed
		 * connector.
		 * @param connector the unique name or add-on SID of the installed connector
		 * @return this builder
		 */
		public Builder connector(@Nullable String connector) {
			return set(Attr.CONNECTOR, connector);
		}

		/**
		 * Set {@code sessionConfiguration}: the unique name or ID of the session
		 * configuration.
		 * @param sessionConfiguration the unique name or ID of the session configuration
		 * @return this builder
		 */
		public Builder sessionConfiguration(@Nullable String sessionConfiguration) {
			return set(Attr.SESSION_CONFIGURATION, sessionConfiguration);
		}

		@Override
		public ConversationRelaySession build() {
			return new ConversationRelaySession(compile());
		}

	}

}
