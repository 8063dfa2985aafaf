package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Client>} noun of {@code <Dial>}: a Twilio Voice SDK client to call, by
 * identity.
 *
 * @since 1.0.0
 */
public final class Client extends TwimlElement {

	static final Tag TAG = new Tag("Client");

	private Client(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Client>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Client>} for the given value.
	 * @param identity the identity of the client
	 * @return a new builder
	 */
	public static Builder of(String identity) {
		return new Builder().text(identity);
	}

	/**
	 * Builder for {@link Client}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Client> {

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

		/**
		 * Add an {@code <Identity>}.
		 * @param identity the identity of the client
		 * @return this builder
		 */
		public Builder identity(String identity) {
			return addElement(Identity.TAG, identity);
		}

		/**
		 * Add an {@code <Identity>}.
		 * @param identity the element
		 * @return this builder
		 */
		public Builder identity(Identity identity) {
			return add(identity);
		}

		/**
		 * Add an {@code <Identity>}.
		 * @param identity the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder identity(Identity.Builder identity) {
			return add(identity);
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
		public Client build() {
			return new Client(compile());
		}

	}

}
