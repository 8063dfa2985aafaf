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

	private boolean mayHaveBeenProcessed;

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

	/**
	 * Return whether Twilio may have carried out the call in spite of this failure, so
	 * that making it again could, for example, send a message twice. That is the case
	 * when an attempt of the call (the last or an earlier one, retries included) went
	 * out and its answer was lost (a read timeout, a connection closed without an
	 * answer, an interrupt), was a 5xx, or was a success that could not be read.
	 * {@code false} means that no attempt was carried out: each was answered with a 4xx
	 * or refused before it was sent (a refused connection, an unknown host, a full
	 * connection pool). Where the transport leaves it open, it is {@code true}: a
	 * connect timeout (except on Reactor Netty), a full pool of Reactor Netty, and a
	 * {@code DELETE} that Apache HttpClient sent again by itself before it found no
	 * connection. An exception whose cause is a {@code TwilioException} that may have
	 * been processed may have been too.
	 * @return whether the call may have taken effect
	 */
	public boolean mayHaveBeenProcessed() {
		return this.mayHaveBeenProcessed
				|| (getCause() instanceof TwilioException cause && cause.mayHaveBeenProcessed());
	}

	void setMayHaveBeenProcessed(boolean mayHaveBeenProcessed) {
		this.mayHaveBeenProcessed = mayHaveBeenProcessed;
	}

}
