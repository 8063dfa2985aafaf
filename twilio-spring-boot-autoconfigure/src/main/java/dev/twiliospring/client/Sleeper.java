package dev.twiliospring.client;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests plug in one that
 * records the requested delays instead. The default's wait ends when the client is
 * closed; a client closed while another sleeper waits notices it when the wait is over.
 * Either way, the call is then not retried.
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
	 * @throws InterruptedException if the thread is interrupted while waiting
	 */
	void sleep(Duration duration) throws InterruptedException;

}
