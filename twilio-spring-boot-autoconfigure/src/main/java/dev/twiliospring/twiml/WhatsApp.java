package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <WhatsApp>} noun of {@code <Dial>}: a WhatsApp user to call.
 *
 * @since 1.0.0
 */
public final class WhatsApp extends TwimlElement {

	static final Tag TAG = new Tag("WhatsApp");

	private WhatsApp(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <WhatsApp>} for the given value.
	 * @param phoneNumber the WhatsApp phone number to call, in E.164 format
	 * @return a new builder
	 */
	public static Builder of(String phoneNumber) {
		return new Builder().text(phoneNumber);
	}

	/**
	 * Builder for {@link WhatsApp}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, WhatsApp> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs for the called party after they
		 * answer and before they are connected.
		 * @param url the URL of TwiML that runs for the called party after they answer
		 * and before they are connected
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs for the called party after they
		 * answer and before they are connected.
		 * @param url the URL of TwiML that runs for the called party after they answer
		 * and before they are connected
		 * @return this builder
		 */
		public Builder url(@Nullable URI url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code url}.
		 * @param method the HTTP method for the {@code url}
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code statusCallbackEvent}: the call progress events that Twilio reports
		 * to the {@code statusCallback} URL; Twilio reports {@code completed} when none
		 * are set.
		 * @param statusCallbackEvent the call progress events that Twilio reports to the
		 * {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackEvent(CallEvent... statusCallbackEvent) {
			return setAll(Attr.STATUS_CALLBACK_EVENT, statusCallbackEvent);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies as the call to this
		 * party progresses.
		 * @param statusCallback the URL that Twilio notifies as the call to this party
		 * progresses
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies as the call to this
		 * party progresses.
		 * @param statusCallback the URL that Twilio notifies as the call to this party
		 * progresses
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
		public WhatsApp build() {
			return new WhatsApp(compile());
		}

	}

}
