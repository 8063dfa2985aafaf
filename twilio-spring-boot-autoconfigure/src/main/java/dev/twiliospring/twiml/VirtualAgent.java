package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <VirtualAgent>} noun of {@code <Connect>}: a Google Dialogflow CX agent that
 * takes over the call.
 *
 * @since 1.0.0
 */
public final class VirtualAgent extends TwimlElement {

	static final Tag TAG = new Tag("VirtualAgent");

	private VirtualAgent(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <VirtualAgent>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link VirtualAgent}.
	 */
	public static final class Builder extends ConfigurableBuilder<Builder, VirtualAgent> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code connectorName}: the unique name of the Dialogflow CX connector.
		 * @param connectorName the unique name of the Dialogflow CX connector
		 * @return this builder
		 */
		public Builder connectorName(@Nullable String connectorName) {
			return set(Attr.CONNECTOR_NAME, connectorName);
		}

		/**
		 * Set {@code language}: the language of the conversation, such as {@code en-US}.
		 * @param language the language of the conversation, such as {@code en-US}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			return set(Attr.LANGUAGE, language);
		}

		/**
		 * Set {@code sentimentAnalysis}: whether Dialogflow analyzes the sentiment of the
		 * caller.
		 * @param sentimentAnalysis whether Dialogflow analyzes the sentiment of the
		 * caller
		 * @return this builder
		 */
		public Builder sentimentAnalysis(boolean sentimentAnalysis) {
			return set(Attr.SENTIMENT_ANALYSIS, sentimentAnalysis);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the virtual agent
		 * session ends.
		 * @param statusCallback the URL that Twilio notifies when the virtual agent
		 * session ends
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the virtual agent
		 * session ends.
		 * @param statusCallback the URL that Twilio notifies when the virtual agent
		 * session ends
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable URI statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallbackMethod}: the HTTP method for the
		 * {@code statusCallback} URL.
		 * @param statusCallbackMethod the HTTP method for the {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackMethod(@Nullable Method statusCallbackMethod) {
			return set(Attr.STATUS_CALLBACK_METHOD, statusCallbackMethod);
		}

		@Override
		public VirtualAgent build() {
			return new VirtualAgent(compile());
		}

	}

}
