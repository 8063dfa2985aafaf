package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <ConversationRelay>} noun of {@code <Connect>}: relays the conversation to
 * your WebSocket server as text, while Twilio recognizes and synthesizes speech.
 *
 * @since 1.0.0
 */
public final class ConversationRelay extends TwimlElement {

	static final Tag TAG = new Tag("ConversationRelay");

	private ConversationRelay(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <ConversationRelay>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link ConversationRelay}.
	 */
	public static final class Builder extends AiAgentBuilder<Builder, ConversationRelay> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code url}: the WebSocket URL of your server, such as
		 * {@code wss://example.com/relay}.
		 * @param url the WebSocket URL of your server, such as
		 * {@code wss://example.com/relay}
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code url}: the WebSocket URL of your server, such as
		 * {@code wss://example.com/relay}.
		 * @param url the WebSocket URL of your server, such as
		 * {@code wss://example.com/relay}
		 * @return this builder
		 */
		public Builder url(@Nullable URI url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code backgroundnoisereduction}: whether background noise is filtered out
		 * before speech recognition.
		 * @param backgroundNoiseReduction whether background noise is filtered out before
		 * speech recognition
		 * @return this builder
		 */
		public Builder backgroundNoiseReduction(@Nullable String backgroundNoiseReduction) {
			return set(Attr.BACKGROUNDNOISEREDUCTION, backgroundNoiseReduction);
		}

		/**
		 * Set {@code speechtimeout}: how long the caller must be silent for their speech
		 * to count as finished.
		 * @param speechTimeout how long the caller must be silent for their speech to
		 * count as finished
		 * @return this builder
		 */
		public Builder speechTimeout(@Nullable String speechTimeout) {
			return set(Attr.SPEECHTIMEOUT, speechTimeout);
		}

		/**
		 * Set {@code deepgramsmartformat}: whether Deepgram formats transcripts, for
		 * example punctuation, numbers and dates.
		 * @param deepgramSmartFormat whether Deepgram formats transcripts, for example
		 * punctuation, numbers and dates
		 * @return this builder
		 */
		public Builder deepgramSmartFormat(@Nullable String deepgramSmartFormat) {
			return set(Attr.DEEPGRAMSMARTFORMAT, deepgramSmartFormat);
		}

		/**
		 * Set {@code ignorebackchannel}: whether brief acknowledgements such as "uh-huh"
		 * are ignored instead of interrupting.
		 * @param ignoreBackchannel whether brief acknowledgements such as "uh-huh" are
		 * ignored instead of interrupting
		 * @return this builder
		 */
		public Builder ignoreBackchannel(@Nullable String ignoreBackchannel) {
			return set(Attr.IGNOREBACKCHANNEL, ignoreBackchannel);
		}

		/**
		 * Set {@code events}: the events that your server subscribes to.
		 * @param events the events that your server subscribes to
		 * @return this builder
		 */
		public Builder events(@Nullable String events) {
			return set(Attr.EVENTS, events);
		}

		@Override
		public ConversationRelay build() {
			return new ConversationRelay(compile());
		}

	}

}
