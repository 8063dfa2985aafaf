package dev.twiliospring.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Twilio could not be reached or did not answer in time: connection refused
 * or reset, DNS or TLS failure, connect or read timeout, or an HTTP client that refused
 * to send the request because its own connection pool or queue was full.
 *
 * @since 1.0.0
 */
public class TwilioConnectionException extends TwilioException {

	private static final long serialVersionUID = 1L;

	private final boolean timeout;

	/**
	 * Create an exception.
	 * @param message the detail message
	 * @param cause the I/O failure
	 * @param timeout whether the failure was a connect or read timeout
	 */
	public TwilioConnectionException(String message, @Nullable Throwable cause, boolean timeout) {
		super(message, cause);
		this.timeout = timeout;
	}

	/**
	 * Return whether the failure was a timeout. After a read timeout Twilio may still
	 * have processed the request; {@link #mayHaveBeenProcessed()} tells whether it may.
	 * @return whether a connect or read timeout expired
	 */
	public boolean isTimeout() {
		return this.timeout;
	}

}
