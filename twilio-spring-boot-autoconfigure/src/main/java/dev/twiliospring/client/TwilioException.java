package dev.twiliospring.client;

import org.jspecify.annotations.Nullable;

/**
 * Base class of the exceptions thrown by {@link TwilioClient}.
 *
 * @since 1.0.0
 * @see TwilioApiException
 * @see TwilioConnectionException
 */
public class TwilioException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public TwilioException(String message) {
		super(message);
	}

	/**
	 * Create an exception.
	 * @param message the detail message
	 * @param cause the cause
	 */
	public TwilioException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
