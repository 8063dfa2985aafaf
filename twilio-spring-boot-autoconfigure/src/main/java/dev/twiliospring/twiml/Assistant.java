package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Assistant>} noun of {@code <Connect>}: connects the call to a Twilio AI
 * Assistant.
 *
 * @since 1.0.0
 */
public final class Assistant extends TwimlElement {

	static final Tag TAG = new Tag("Assistant");

	private Assistant(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Assistant>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Assistant}.
	 */
	public static final class Builder extends AiAgentBuilder<Builder, Assistant> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code id}: the ID of the AI Assistant.
		 * @param id the ID of the AI Assistant
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			return set(Attr.ID, id);
		}

		@Override
		public Assistant build() {
			return new Assistant(compile());
		}

	}

}
