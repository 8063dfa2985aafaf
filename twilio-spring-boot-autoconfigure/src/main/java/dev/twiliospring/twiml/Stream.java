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
	public static final class Builder extends TwimlBuilder<Builder, Stream> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code name}: the name of the stream, used to stop it.
		 * @param name the name of the stream, used to stop it
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			return set(Attr.NAME, name);
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

		/**
		 * Set {@code track}: which audio is streamed.
		 * @param track which audio is streamed
		 * @return this builder
		 */
		public Builder track(@Nullable Track track) {
			return set(Attr.TRACK, track);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the stream
		 * starts, stops or fails.
		 * @param statusCallback the URL that Twilio notifies when the stream starts,
		 * stops or fails
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the stream
		 * starts, stops or fails.
		 * @param statusCallback the URL that Twilio notifies when the stream starts,
		 * stops or fails
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

		/**
		 * Add a {@code <Parameter>}.
		 * @param name the name of the parameter
		 * @param value the value of the parameter
		 * @return this builder
		 */
		public Builder parameter(String name, String value) {
			return parameter(Parameter.of(name, value));
		}

		/**
		 * Add a {@code <Parameter>}.
		 * @param parameter the element
		 * @return this builder
		 */
		public Builder parameter(Parameter parameter) {
			return add(parameter);
		}

		/**
		 * Add a {@code <Parameter>}.
		 * @param parameter the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder parameter(Parameter.Builder parameter) {
			return add(parameter);
		}

		@Override
		public Stream build() {
			return new Stream(compile());
		}

	}

}
