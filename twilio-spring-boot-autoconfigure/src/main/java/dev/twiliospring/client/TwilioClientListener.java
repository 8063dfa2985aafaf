package dev.twiliospring.client;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Callback around every logical call of a {@link TwilioClient}, for observation.
 * <p>
 * {@link #aroundRequest} wraps all attempts of a call, so an implementation can open a
 * scope (such as a Micrometer {@code Observation}) in which the HTTP client's own
 * per-request observations nest. When the execution returns or throws, the context
 * holds the final status, Twilio error code, outcome and number of retries.
 *
 * @since 1.0.0
 */
public interface TwilioClientListener {

	/** Listener that does nothing. */
	TwilioClientListener NONE = new TwilioClientListener() {
	};

	/**
	 * Run one logical call. Implementations must call {@code execution.get()} exactly once
	 * and return its result or let its exception propagate.
	 * @param <T> the result type
	 * @param context the call, whose result fields are filled in when the execution ends
	 * @param execution the call with all its attempts
	 * @return the result of the execution
	 */
	default <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
		return execution.get();
	}

	/**
	 * Called before the client waits to retry a call. The retry is not sent after all if
	 * the client is closed or the thread interrupted during the wait: the call then fails
	 * without another attempt, and {@link TwilioRequestContext#retries()} does not count
	 * it.
	 * @param context the call; {@link TwilioRequestContext#statusCode()} and
	 * {@link TwilioRequestContext#errorCode()} describe the failed attempt
	 * @param reason why the call is retried
	 * @param delay how long the client waits before the next attempt
	 */
	default void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
	}

	/**
	 * Return a listener that calls the given listeners in order; the first one wraps all
	 * others.
	 * @param listeners the listeners
	 * @return the composite listener
	 */
	static TwilioClientListener of(List<? extends TwilioClientListener> listeners) {
		List<TwilioClientListener> copy = List.copyOf(listeners);
		if (copy.isEmpty()) {
			return NONE;
		}
		if (copy.size() == 1) {
			return copy.get(0);
		}
		return new TwilioClientListener() {

			@Override
			public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
				return around(0, context, execution);
			}

			private <T extends @Nullable Object> T around(int index, TwilioRequestContext context,
					Supplier<T> execution) {
				if (index == copy.size()) {
					return execution.get();
				}
				return copy.get(index).aroundRequest(context, () -> around(index + 1, context, execution));
			}

			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				copy.forEach((listener) -> listener.onRetry(context, reason, delay));
			}

		};
	}

}
