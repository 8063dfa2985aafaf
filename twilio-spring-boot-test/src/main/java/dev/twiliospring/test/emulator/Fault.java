package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An error the emulator answers instead of serving a request, in Twilio's format: the
 * HTTP status, and a JSON body with {@code code}, {@code message}, {@code more_info} and
 * {@code status}. Give it to {@link TwilioEmulator#failNext(int, Fault)}.
 * <pre class="code">
 * emulator.failNext(2, Fault.tooManyRequests().retryAfter(Duration.ofSeconds(1)));
 * emulator.failNext(Fault.error(400, 21211, "Invalid 'To' Phone Number").on("POST", "/2010-04-01/Accounts"));
 * </pre>
 *
 * @param status the HTTP status, 400 to 599
 * @param code the Twilio error code of the body
 * @param message the message of the body
 * @param retryAfter the wait to send as {@code Retry-After}, in whole seconds rounded
 * up, or {@code null} for none
 * @param method the HTTP method of the requests that fail, or {@code null} for any
 * @param pathPrefix how the path of the requests that fail starts, such as
 * {@code /v2/Services}, or {@code null} for any path
 * @since 1.0.0
 */
public record Fault(int status, int code, String message, @Nullable Duration retryAfter, @Nullable String method,
		@Nullable String pathPrefix) {

	/**
	 * Create an instance, checking the status and the wait.
	 */
	public Fault {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("Status must be an error status, 400 to 599, but was " + status);
		}
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new IllegalArgumentException("Retry-After must not be negative, but was " + retryAfter);
		}
		method = (method != null) ? method.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * Return a fault with any status and Twilio error code.
	 * @param status the HTTP status, 400 to 599
	 * @param code the Twilio error code, such as {@code 21211}
	 * @param message the message
	 * @return the fault, for any request
	 */
	public static Fault error(int status, int code, String message) {
		return new Fault(status, code, message, null, null, null);
	}

	/**
	 * Return a {@code 429 Too Many Requests} fault with error 20429, without
	 * {@code Retry-After}.
	 * @return the fault, for any request
	 */
	public static Fault tooManyRequests() {
		return error(429, 20429, "Too Many Requests");
	}

	/**
	 * Return a {@code 500 Internal Server Error} fault with error 20500.
	 * @return the fault, for any request
	 */
	public static Fault internalServerError() {
		return error(500, 20500, "An internal server error has occurred");
	}

	/**
	 * Return a {@code 503 Service Unavailable} fault with error 20503.
	 * @return the fault, for any request
	 */
	public static Fault serviceUnavailable() {
		return error(503, 20503, "Service is unavailable. Please try again");
	}

	/**
	 * Return this fault with a {@code Retry-After} header.
	 * @param retryAfter the wait, sent in whole seconds rounded up
	 * @return the fault
	 */
	public Fault retryAfter(Duration retryAfter) {
		return new Fault(this.status, this.code, this.message, retryAfter, this.method, this.pathPrefix);
	}

	/**
	 * Return this fault for the requests with a method and a path that starts with a
	 * prefix only; others are served.
	 * @param method the HTTP method, such as {@code POST}, or {@code null} for any
	 * @param pathPrefix the start of the path, such as
	 * {@code /v2/Services} or {@code /2010-04-01/Accounts}, or {@code null} for any
	 * @return the fault
	 */
	public Fault on(@Nullable String method, @Nullable String pathPrefix) {
		return new Fault(this.status, this.code, this.message, this.retryAfter, method, pathPrefix);
	}

	boolean matches(String method, String path) {
		return (this.method == null || this.method.equals(method))
				&& (this.pathPrefix == null || path.startsWith(this.pathPrefix));
	}

	@Nullable String retryAfterHeader() {
		if (this.retryAfter == null) {
			return null;
		}
		long seconds = this.retryAfter.getSeconds() + ((this.retryAfter.getNano() > 0) ? 1 : 0);
		return String.valueOf(seconds);
	}

}
