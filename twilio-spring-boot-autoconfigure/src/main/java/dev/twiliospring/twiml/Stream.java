package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Stream>} noun: streams the call's audio to a WebSocket. Bidirectional
 * inside {@code <Connect>}, in the background inside {@code <Start>}; inside
 * {@code <Stop>}, name the stream to stop.
 *
 * @since 1.0.0
 */
public final class Stream extends TwimlElement {

	static final Tag TAG = new Tag("Stream");

	private Stream(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Stream>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Stream}.
	 */
	public static final class Builder extends AudioForkBuilder<Builder, Stream> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code connectorName}: the unique name of the stream connector to use
		 * instead of a URL.
		 * @param connectorName the unique name of the stream connector to use instead of
		 * a URL
		 * @return this builder
		 */
		public Builder connectorName(@Nullable String connectorName) {
			return set(Attr.CONNECTOR_NAME, connectorName);
		}

		/**
		 * Set {@code url}: the WebSocket URL to stream to, such as
		 * {@code wss://example.com/media}.
		 * @param url the WebSocket URL to stream to, such as
		 * {@code wss://example.com/media}
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code url}: the WebSocket URL to stream to, such as
		 * {@code wss://example.com/media}.
		 * @param url the WebSocket URL to stream to, such as
		 * {@code wss://example.com/media}
		 * @return this builder
		 */
		public Builder url(@Nullable URI url) {
			return set(Attr.URL, url);
		}

		@Override
		public Stream build() {
			return new Stream(compile());
		}

	}

}
