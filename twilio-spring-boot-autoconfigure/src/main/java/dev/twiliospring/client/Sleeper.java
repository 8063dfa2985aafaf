package dev.twiliospring.client;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests plug in one that
 * records the requested delays instead. The default's wait ends when the client is
 * closed; a client closed while another sleeper waits notices it when the wait is over.
 * Either way, the call is then not retried. A sleeper that throws an exception ends
 * the call too, without the retry, with a {@link TwilioException} whose cause is the
 * failure the call was to be retried for, which decides its
 * {@link TwilioException#mayHaveBeenProcessed()}, and which holds what the sleeper threw
 * as a suppressed exception.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface Sleeper {

	/** Sleeper that blocks the calling thread until the delay is over or the client is closed. */
	Sleeper THREAD = (duration) -> Thread.sleep(TwilioExecutor.millis(duration));

	/**
	 * Wait for the given time.
	 * @param duration how long to wait
	 * @throws InterruptedException if the thread is interrupted while waiting, which the
	 * call fails with as with an interrupt of the default sleeper's wait
	 */
	void sleep(Duration duration) throws InterruptedException;

}
