package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Application>} noun of {@code <Dial>}: a TwiML application to call.
 *
 * @since 1.0.0
 */
public final class Application extends TwimlElement {

	static final Tag TAG = new Tag("Application");

	private Application(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Application>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building an {@code <Application>} for the given value.
	 * @param applicationSid the SID of the application
	 * @return a new builder
	 */
	public static Builder of(String applicationSid) {
		return new Builder().text(applicationSid);
	}

	/**
	 * Builder for {@link Application}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Application> {

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
		 * Set {@code customerId}: the identity of the caller, passed to the application.
		 * @param customerId the identity of the caller, passed to the application
		 * @return this builder
		 */
		public Builder customerId(@Nullable String customerId) {
			return set(Attr.CUSTOMER_ID, customerId);
		}

		/**
		 * Set {@code copyParentTo}: whether the called application sees the {@code To} of
		 * the parent call instead of its own SID.
		 * @param copyParentTo whether the called application sees the {@code To} of the
		 * parent call instead of its own SID
		 * @return this builder
		 */
		public Builder copyParentTo(boolean copyParentTo) {
			return set(Attr.COPY_PARENT_TO, copyParentTo);
		}

		/**
		 * Add an {@code <ApplicationSid>}.
		 * @param applicationSid the SID of the application
		 * @return this builder
		 */
		public Builder applicationSid(String applicationSid) {
			return addElement(ApplicationSid.TAG, applicationSid);
		}

		/**
		 * Add an {@code <ApplicationSid>}.
		 * @param applicationSid the element
		 * @return this builder
		 */
		public Builder applicationSid(ApplicationSid applicationSid) {
			return add(applicationSid);
		}

		/**
		 * Add an {@code <ApplicationSid>}.
		 * @param applicationSid the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder applicationSid(ApplicationSid.Builder applicationSid) {
			return add(applicationSid);
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
		public Application build() {
			return new Application(compile());
		}

	}

}
