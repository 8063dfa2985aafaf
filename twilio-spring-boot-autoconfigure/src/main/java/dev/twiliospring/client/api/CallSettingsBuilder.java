package dev.twiliospring.client.api;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioDurations;
import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.twiml.TwimlDocument;

/**
 * Base class of the builders of {@link CallCreateRequest} and {@link CallUpdateRequest}:
 * what a call runs and where it reports, which Twilio takes both when a call is created
 * and when it is changed.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class CallSettingsBuilder<B extends CallSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	CallSettingsBuilder() {
	}

	/**
	 * Make the call run the TwiML that this URL returns.
	 * @param url the absolute URL of the TwiML
	 * @return this builder
	 */
	public B url(String url) {
		this.parameters.set("Url", url);
		return self();
	}

	/**
	 * Make the call run the TwiML that this URL returns.
	 * @param url the absolute URL of the TwiML
	 * @return this builder
	 */
	public B url(URI url) {
		this.parameters.set("Url", url);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to fetch the URL.
	 * @param method {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B method(HttpMethod method) {
		this.parameters.set("Method", RequestChecks.getOrPost(method, "Method"));
		return self();
	}

	/**
	 * Make the call run this TwiML. Twilio accepts up to 4000 characters.
	 * @param twiml the TwiML document as XML text
	 * @return this builder
	 */
	public B twiml(String twiml) {
		this.parameters.set("Twiml", RequestChecks.twiml(twiml));
		return self();
	}

	/**
	 * Make the call run this TwiML. Twilio accepts up to 4000 characters of
	 * rendered XML.
	 * @param twiml the TwiML document
	 * @return this builder
	 */
	public B twiml(TwimlDocument twiml) {
		this.parameters.set("Twiml", RequestChecks.twiml(twiml));
		return self();
	}

	/**
	 * Set the URL Twilio fetches TwiML from when the primary URL fails.
	 * @param fallbackUrl the fallback URL
	 * @return this builder
	 */
	public B fallbackUrl(String fallbackUrl) {
		this.parameters.set("FallbackUrl", fallbackUrl);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to fetch the fallback URL.
	 * @param fallbackMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B fallbackMethod(HttpMethod fallbackMethod) {
		this.parameters.set("FallbackMethod", RequestChecks.getOrPost(fallbackMethod, "FallbackMethod"));
		return self();
	}

	/**
	 * Set the URL Twilio sends call progress events to. Ignored for a call that an
	 * application handles.
	 * @param statusCallback the callback URL
	 * @return this builder
	 */
	public B statusCallback(String statusCallback) {
		this.parameters.set("StatusCallback", statusCallback);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to call the status callback.
	 * @param statusCallbackMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B statusCallbackMethod(HttpMethod statusCallbackMethod) {
		this.parameters.set("StatusCallbackMethod",
				RequestChecks.getOrPost(statusCallbackMethod, "StatusCallbackMethod"));
		return self();
	}

	/**
	 * Set the longest the call may last; how long Twilio allows depends on the account.
	 * @param timeLimit the maximum duration, whole seconds, at least 1
	 * @return this builder
	 * @throws IllegalArgumentException if the duration has a fraction of a second or is
	 * not positive
	 */
	public B timeLimit(Duration timeLimit) {
		this.parameters.set("TimeLimit", TwilioDurations.seconds(timeLimit, "TimeLimit", 1, Integer.MAX_VALUE));
		return self();
	}

	/**
	 * Build the request.
	 * @return the request
	 */
	public abstract R build();

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

}
