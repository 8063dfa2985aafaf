package dev.twiliospring.client;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The retry deadline of the call an attempt belongs to, as the client's own transports
 * read it from a request attribute: no wait of the attempt lasts beyond it, whatever the
 * connect and read timeouts allow. Time that the client spends on its own work between
 * reads of an answer, mapping a list page as it arrives, is {@link #exclude left out}:
 * it is no wait for Twilio. Used by the thread of the attempt only.
 */
final class AttemptDeadline {

	/**
	 * The request attribute that holds an attempt's deadline.
	 */
	static final String ATTRIBUTE = AttemptDeadline.class.getName();

	private final long endNanos;

	private final Duration deadline;

	private long excludedNanos;

	/**
	 * Create a deadline.
	 * @param endNanos the {@link System#nanoTime()} at which the deadline passes
	 * @param deadline the retry deadline as configured, for messages
	 */
	AttemptDeadline(long endNanos, Duration deadline) {
		this.endNanos = endNanos;
		this.deadline = deadline;
	}

	/**
	 * Leave time out of the deadline, moving it later: time the client spent on its own
	 * work while an answer arrived.
	 * @param nanos the time in nanoseconds
	 */
	void exclude(long nanos) {
		if (nanos > 0) {
			this.excludedNanos += nanos;
		}
	}

	private long leftNanos() {
		return this.endNanos - System.nanoTime() + this.excludedNanos;
	}

	/**
	 * Return the deadline of a request, if it has one.
	 * @param attributes the request's attributes
	 * @return the deadline, or {@code null}
	 */
	static @Nullable AttemptDeadline of(@Nullable Map<String, Object> attributes) {
		return (attributes != null && attributes.get(ATTRIBUTE) instanceof AttemptDeadline deadline) ? deadline
				: null;
	}

	/**
	 * Return a timeout that ends no later than the deadline.
	 * @param timeoutMillis the timeout in milliseconds, zero for none
	 * @return the shorter of the timeout and the time left, at least one millisecond
	 * @throws SocketTimeoutException if the deadline has passed
	 */
	int timeoutMillis(int timeoutMillis) throws SocketTimeoutException {
		long left = leftNanos();
		if (left <= 0) {
			throw exceeded();
		}
		// Rounded up, so that a timeout that fires has reached the deadline
		long leftMillis = (left + 999_999) / 1_000_000;
		return (timeoutMillis > 0 && timeoutMillis <= leftMillis) ? timeoutMillis : (int) Math.min(leftMillis,
				Integer.MAX_VALUE);
	}

	/**
	 * Return the timeout of one wait of a request: its own timeout, or less when the
	 * request has a deadline that comes sooner.
	 * @param deadline the request's deadline, or {@code null}
	 * @param timeoutMillis the timeout in milliseconds, zero for none
	 * @return the timeout to wait with
	 * @throws SocketTimeoutException if the deadline has passed
	 */
	static int timeoutMillis(@Nullable AttemptDeadline deadline, int timeoutMillis) throws SocketTimeoutException {
		return (deadline != null) ? deadline.timeoutMillis(timeoutMillis) : timeoutMillis;
	}

	/**
	 * Return the failure of a wait that timed out: the deadline's when the deadline made
	 * the wait shorter than its own timeout, else the timeout's.
	 * @param deadline the request's deadline, or {@code null}
	 * @param waitedMillis the timeout that the wait had
	 * @param timeoutMillis the wait's own timeout
	 * @param timeout the failure of the wait's own timeout
	 * @return the exception to throw
	 */
	static IOException timedOut(@Nullable AttemptDeadline deadline, int waitedMillis, int timeoutMillis,
			IOException timeout) {
		return (deadline != null && waitedMillis != timeoutMillis) ? deadline.exceeded() : timeout;
	}

	/**
	 * Fail if the deadline has passed, before anything is sent.
	 * @throws SocketTimeoutException if the deadline has passed
	 */
	void check() throws SocketTimeoutException {
		if (passed()) {
			throw exceeded();
		}
	}

	private boolean passed() {
		return leftNanos() <= 0;
	}

	/**
	 * Return the failure of a wait that the deadline ended.
	 * @return the exception to throw
	 */
	SocketTimeoutException exceeded() {
		return new Exceeded("the retry deadline of " + describe(this.deadline)
				+ " passed while waiting for Twilio (before the connect or read timeout did)");
	}

	/**
	 * Describe a duration for an exception message, in milliseconds.
	 */
	static String describe(Duration duration) {
		return (duration.getSeconds() < Long.MAX_VALUE / 1000) ? TwilioExecutor.millis(duration) + " ms"
				: duration.toString();
	}

	/**
	 * A timeout that the retry deadline, not the connect or read timeout, set off.
	 */
	static final class Exceeded extends SocketTimeoutException {

		private static final long serialVersionUID = 1L;

		Exceeded(String message) {
			super(message);
		}

	}

}
