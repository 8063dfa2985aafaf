package dev.twiliospring.webhook;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * Logs what any request can cause at its level at most once a minute, and the other times
 * at {@code DEBUG}: anyone can send requests to a webhook, so that a line for each would
 * let them flood the log. The next line at its level counts those logged at
 * {@code DEBUG} in between.
 */
final class RateLimitedLog {

	private static final long INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

	private final Log logger;

	private final String events;

	private final AtomicLong next = new AtomicLong(System.nanoTime());

	private final AtomicLong quiet = new AtomicLong();

	/**
	 * Create a log.
	 * @param logger the logger to log to
	 * @param events what is logged, in the plural, such as {@code "rejections"}
	 */
	RateLimitedLog(Log logger, String events) {
		this.logger = logger;
		this.events = events;
	}

	void warn(String message) {
		log(message, false, null);
	}

	void error(String message) {
		log(message, true, null);
	}

	void error(String message, Throwable ex) {
		log(message, true, ex);
	}

	private void log(String message, boolean error, @Nullable Throwable ex) {
		long now = System.nanoTime();
		long next = this.next.get();
		if (now - next >= 0 && this.next.compareAndSet(next, now + INTERVAL_NANOS)) {
			long quiet = this.quiet.getAndSet(0);
			String line = message + " (further " + this.events + " in the next minute are logged at DEBUG"
					+ ((quiet > 0) ? "; " + quiet + " were since the last line above DEBUG)" : ")");
			if (error) {
				this.logger.error(line, ex);
			}
			else {
				this.logger.warn(line);
			}
			return;
		}
		this.quiet.incrementAndGet();
		if (this.logger.isDebugEnabled()) {
			this.logger.debug(message, ex);
		}
	}

}
