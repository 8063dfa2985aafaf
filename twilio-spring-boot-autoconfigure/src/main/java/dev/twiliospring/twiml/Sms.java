package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Sms>} verb: sends a text message during a voice call. Twilio recommends its
 * Messaging API instead.
 *
 * @since 1.0.0
 */
public final class Sms extends TwimlElement {

	static final Tag TAG = new Tag("Sms");

	private Sms(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Sms>} for the given value.
	 * @param message the text of the message
	 * @return a new builder
	 */
	public static Builder of(String message) {
		return new Builder().text(message);
	}

	/**
	 * Builder for {@link Sms}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Sms> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code to}: the phone number to send to; the caller when not set.
		 * @param to the phone number to send to
		 * @return this builder
		 */
		public Builder to(@Nullable String to) {
			return set(Attr.TO, to);
		}

		/**
		 * Set {@code from}: the phone number to send from; the called number when not
		 * set.
		 * @param from the phone number to send from
		 * @return this builder
		 */
		public Builder from(@Nullable String from) {
			return set(Attr.FROM, from);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests once the message is sent; its
		 * TwiML continues the call.
		 * @param action the URL that Twilio requests once the message is sent
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests once the message is sent; its
		 * TwiML continues the call.
		 * @param action the URL that Twilio requests once the message is sent
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the status of the
		 * message changes.
		 * @param statusCallback the URL that Twilio notifies when the status of the
		 * message changes
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the status of the
		 * message changes.
		 * @param statusCallback the URL that Twilio notifies when the status of the
		 * message changes
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable URI statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		@Override
		public Sms build() {
			return new Sms(compile());
		}

	}

}
