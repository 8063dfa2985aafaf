package dev.twiliospring.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Twilio answers with an error status. Both of Twilio's error formats are
 * understood: the classic one ({@code code}, {@code message}, {@code more_info},
 * {@code status}, {@code details}) and the problem-details one ({@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}).
 *
 * @since 1.0.0
 * @see TwilioErrorCodes
 */
public class TwilioApiException extends TwilioException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final @Nullable Integer code;

	private final @Nullable String errorMessage;

	private final @Nullable String moreInfo;

	private final transient Map<String, @Nullable Object> details;

	private final @Nullable String requestId;

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception.
	 * @param message the full detail message
	 * @param statusCode the HTTP status code
	 * @param code the Twilio error code, or {@code null} if the response had none
	 * @param errorMessage Twilio's own error message, or {@code null}
	 * @param moreInfo the documentation link for the error, or {@code null}
	 * @param details further details of the error, possibly empty
	 * @param requestId the {@code Twilio-Request-Id} of the response, or {@code null}
	 */
	public TwilioApiException(String message, int statusCode, @Nullable Integer code, @Nullable String errorMessage,
			@Nullable String moreInfo, Map<String, ?> details, @Nullable String requestId) {
		this(message, statusCode, code, errorMessage, moreInfo, details, requestId, null);
	}

	/**
	 * Create an exception.
	 * @param message the full detail message
	 * @param statusCode the HTTP status code
	 * @param code the Twilio error code, or {@code null} if the response had none
	 * @param errorMessage Twilio's own error message, or {@code null}
	 * @param moreInfo the documentation link for the error, or {@code null}
	 * @param details further details of the error, possibly empty
	 * @param requestId the {@code Twilio-Request-Id} of the response, or {@code null}
	 * @param retryAfter how long the response's {@code Retry-After} asks to wait before
	 * trying again, or {@code null} if it has none
	 */
	public TwilioApiException(String message, int statusCode, @Nullable Integer code, @Nullable String errorMessage,
			@Nullable String moreInfo, Map<String, ?> details, @Nullable String requestId,
			@Nullable Duration retryAfter) {
		super(message);
		this.statusCode = statusCode;
		this.code = code;
		this.errorMessage = errorMessage;
		this.moreInfo = moreInfo;
		this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
		this.requestId = requestId;
		this.retryAfter = retryAfter;
	}

	/**
	 * Return the HTTP status code.
	 * @return the status code, such as 400 or 404
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the Twilio error code, which is more specific than the HTTP status.
	 * @return the error code such as {@link TwilioErrorCodes#INVALID_TO_NUMBER}, or
	 * {@code null} if the response had none
	 */
	public @Nullable Integer getCode() {
		return this.code;
	}

	/**
	 * Return Twilio's own error message, without the context that
	 * {@link #getMessage()} adds. It is the text as Twilio sent it, which can quote a
	 * value of the request such as a refused {@code To} number: {@link #getMessage()}
	 * replaces its control characters (line breaks, terminal escapes) with {@code ?}, so
	 * log that rather than this when the request held what a user typed.
	 * @return the error message, or {@code null} if the response had none
	 */
	public @Nullable String getErrorMessage() {
		return this.errorMessage;
	}

	/**
	 * Return the link to Twilio's documentation of the error.
	 * @return the link, or {@code null} if the response had none
	 */
	public @Nullable String getMoreInfo() {
		return this.moreInfo;
	}

	/**
	 * Return further details of the error: the classic format's {@code details} object,
	 * or the problem-details members beyond the standard ones.
	 * @return the details, possibly empty; a member that Twilio sent as JSON
	 * {@code null} has a {@code null} value
	 */
	public Map<String, @Nullable Object> getDetails() {
		return (this.details != null) ? this.details : Collections.emptyMap();
	}

	/**
	 * Return Twilio's id of the failed request, useful when contacting Twilio support.
	 * @return the {@code Twilio-Request-Id} header value, or {@code null} if absent
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Return how long Twilio asked to wait before trying again, in the
	 * {@code Retry-After} header of a {@code 429} or {@code 503} answer. When the client
	 * gives up on such an answer (retries are off or used up, the wait is longer than it
	 * waits at most, or would reach or pass the retry deadline), the caller can use it to try
	 * again later, such as by rescheduling a job.
	 * @return the wait, zero for a date already past, or {@code null} if the answer had
	 * no readable {@code Retry-After}
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Return whether the error is Twilio's given error code.
	 * @param code the Twilio error code, such as {@link TwilioErrorCodes#NOT_FOUND}
	 * @return whether {@link #getCode()} equals the code
	 */
	public boolean hasCode(int code) {
		return this.code != null && this.code == code;
	}

}
