package dev.twiliospring.client;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * What a {@link TwilioClientListener} sees of one logical Twilio call, all attempts
 * included. The request fields are fixed; the result fields are filled in by the client
 * before {@link TwilioClientListener#aroundRequest} returns or throws.
 * <p>
 * Instances are confined to the calling thread and are not thread-safe.
 *
 * @since 1.0.0
 */
public final class TwilioRequestContext {

	private final TwilioRequest request;

	private final String accountSid;

	private int attempts;

	private @Nullable Integer statusCode;

	private @Nullable Integer errorCode;

	private @Nullable String requestId;

	private Outcome outcome = Outcome.UNKNOWN;

	private @Nullable Throwable error;

	/**
	 * Create a context. The client does this for every call; listener tests can do it
	 * too.
	 * @param request the request
	 * @param accountSid the account SID the call is made for
	 */
	public TwilioRequestContext(TwilioRequest request, String accountSid) {
		this.request = request;
		this.accountSid = accountSid;
	}

	/**
	 * Return the request.
	 * @return the request
	 */
	public TwilioRequest request() {
		return this.request;
	}

	/**
	 * Return the product domain of the request.
	 * @return the domain
	 */
	public TwilioDomain domain() {
		return this.request.domain();
	}

	/**
	 * Return the HTTP method of the request.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.request.method();
	}

	/**
	 * Return the path template of the request; unlike the expanded path it holds no SIDs
	 * or phone numbers, so it is safe as a metric tag.
	 * @return the path template
	 */
	public String pathTemplate() {
		return this.request.pathTemplate();
	}

	/**
	 * Return the account SID the call is made for.
	 * @return the account SID
	 */
	public String accountSid() {
		return this.accountSid;
	}

	/**
	 * Return how many HTTP requests have been sent so far.
	 * @return the number of attempts
	 */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * Return how many times the call was retried.
	 * @return the number of retries, zero if the first attempt was the last
	 */
	public int retries() {
		return Math.max(0, this.attempts - 1);
	}

	/**
	 * Return the HTTP status of the last response.
	 * @return the status code, or {@code null} if no response was received
	 */
	public @Nullable Integer statusCode() {
		return this.statusCode;
	}

	/**
	 * Return the Twilio error code of the last response.
	 * @return the error code, or {@code null} if the call succeeded or the response had
	 * none
	 */
	public @Nullable Integer errorCode() {
		return this.errorCode;
	}

	/**
	 * Return Twilio's id of the last request.
	 * @return the {@code Twilio-Request-Id} header value, or {@code null}
	 */
	public @Nullable String requestId() {
		return this.requestId;
	}

	/**
	 * Return the outcome of the call.
	 * @return the outcome, {@link Outcome#UNKNOWN} while the call is running
	 */
	public Outcome outcome() {
		return this.outcome;
	}

	/**
	 * Return the exception the call ends with.
	 * @return the exception, or {@code null} if the call succeeded or is running
	 */
	public @Nullable Throwable error() {
		return this.error;
	}

	/**
	 * Record that an HTTP request is about to be sent. Called by the client.
	 */
	public void recordAttempt() {
		this.attempts++;
	}

	/**
	 * Record the result of the call, or of the latest attempt. Called by the client.
	 * @param outcome the outcome
	 * @param statusCode the HTTP status, or {@code null} if no response was received
	 * @param errorCode the Twilio error code, or {@code null}
	 * @param requestId the Twilio request id, or {@code null}
	 * @param error the exception, or {@code null} on success
	 */
	public void recordResult(Outcome outcome, @Nullable Integer statusCode, @Nullable Integer errorCode,
			@Nullable String requestId, @Nullable Throwable error) {
		this.outcome = outcome;
		this.statusCode = statusCode;
		this.errorCode = errorCode;
		this.requestId = requestId;
		this.error = error;
	}

	@Override
	public String toString() {
		return "TwilioRequestContext[" + this.request + ", accountSid=" + this.accountSid + ", attempts="
				+ this.attempts + ", statusCode=" + this.statusCode + ", errorCode=" + this.errorCode + ", outcome="
				+ this.outcome + "]";
	}

	/**
	 * Outcome of a Twilio call.
	 */
	public enum Outcome {

		/** Twilio answered with a 2xx status. */
		SUCCESS,

		/** Twilio answered with a 4xx status, including 429. */
		CLIENT_ERROR,

		/** Twilio answered with a 5xx status. */
		SERVER_ERROR,

		/** No response: the connection failed or was lost. */
		CONNECTION_ERROR,

		/** No response in time: a connect or read timeout expired. */
		TIMEOUT,

		/** The call is still running, or ended in an unexpected way. */
		UNKNOWN

	}

}
