package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Siprec>} noun: forks the call to a SIPREC recording server, inside
 * {@code <Start>}; inside {@code <Stop>}, name the session to stop.
 *
 * @since 1.0.0
 */
public final class Siprec extends TwimlElement {

	static final Tag TAG = new Tag("Siprec");

	private Siprec(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Siprec>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Siprec}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Siprec> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code name}: the name of the session, used to stop it.
		 * @param name the name of the session, used to stop it
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			return set(Attr.NAME, name);
		}

		/**
		 * Set {@code connectorName}: the unique name of the SIPREC connector.
		 * @param connectorName the unique name of the SIPREC connector
		 * @return this builder
		 */
		public Builder connectorName(@Nullable String connectorName) {
			return set(Attr.CONNECTOR_NAME, connectorName);
		}

		/**
		 * Set {@code track}: which audio is forked.
		 * @param track which audio is forked
		 * @return this builder
		 */
		public Builder track(@Nullable Track track) {
			return set(Attr.TRACK, track);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the session
		 * starts, stops or fails.
		 * @param statusCallback the URL that Twilio notifies when the session starts,
		 * stops or fails
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the session
		 * starts, stops or fails.
		 * @param statusCallback the URL that Twilio notifies when the session starts,
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
		public Siprec build() {
			return new Siprec(compile());
		}

	}

}
