package dev.twiliospring.client;

/**
 * Why a Twilio call is retried.
 *
 * @since 1.0.0
 * @see TwilioClientListener#onRetry
 */
public enum TwilioRetryReason {

	/** Twilio answered 429 Too Many Requests. */
	RATE_LIMITED,

	/** Twilio answered with a 5xx status. */
	SERVER_ERROR,

	/** The connection could not be established or was lost before a response arrived. */
	CONNECTION_ERROR,

	/**
	 * A connect or read timeout expired, or the server answered 408 Request Timeout.
	 */
	TIMEOUT

}
