package dev.twiliospring.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the emulator made to the application, as Twilio would: a webhook for an
 * incoming message or call, a TwiML fetch, or a status callback, with the answer it got.
 *
 * @param method the HTTP method
 * @param url the full URL, query string included, that was requested and signed
 * @param params the parameters sent: the form body of a POST, or those Twilio added to
 * the query string of a GET
 * @param statusCode the status of the response, or 0 if no response was received
 * @param responseBody the body of the response, empty if none, decoded in the charset of
 * its content type, else in the encoding its byte order mark or XML declaration names,
 * else as UTF-8
 * @param error why no response was received, or {@code null}
 * @param time when the request was sent
 * @since 1.0.0
 */
public record WebhookDelivery(String method, String url, Map<String, List<String>> params, int statusCode,
		String responseBody, @Nullable String error, Instant time) {

	/**
	 * Create an instance, copying the parameters and their values, in order, into
	 * unmodifiable collections.
	 */
	public WebhookDelivery {
		params = RequestParameters.copyOf(params);
	}

	/**
	 * Return the first value of a parameter.
	 * @param name the parameter name, such as {@code MessageStatus}
	 * @return the value, or {@code null} if the parameter was not sent
	 */
	public @Nullable String param(String name) {
		return RequestParameters.first(this.params, name);
	}

	/**
	 * Return whether the application answered with a 2xx status.
	 * @return whether the delivery succeeded
	 */
	public boolean isSuccessful() {
		return this.statusCode >= 200 && this.statusCode < 300;
	}

}
