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
 * <p>
 * An exception that a listener throws changes nothing about the call, as a metrics
 * binder never fails the call it measures: the client logs it at {@code WARN}, naming
 * the listener's class and the event, and carries on as if the listener had returned. A
 * call that Twilio carried out returns its result even if a listener throws after it,
 * and a call that failed throws its own failure, with its
 * {@link TwilioException#mayHaveBeenProcessed()}, rather than the listener's exception:
 * the application would otherwise make again a call that Twilio carried out, and send a
 * message twice. The client's other listeners are told of every event all the same, so
 * each {@link #onRetry} is still followed by {@link #onRetrySent} or
 * {@link #onRetryAbandoned}. A call that a listener did not run in
 * {@link #aroundRequest}, as it threw before or returned without running it, is made
 * without that listener; one that it ran twice is made once. An {@link Error} is not
 * caught.
 *
 * @since 1.0.0
 */
public interface TwilioClientListener {

	/** Listener that does nothing. */
	TwilioClientListener NONE = new TwilioClientListener() {
	};

	/**
	 * Run one logical call. Implementations must call {@code execution.get()} exactly once
	 * and return its result or let its exception propagate; the caller gets what the
	 * execution came to whatever the listener returns or throws.
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
	 * the client is closed or the thread interrupted during the wait, or after it before
	 * the retry goes out: the call then fails without another attempt,
	 * {@link TwilioRequestContext#retries()} does not count it, and
	 * {@link #onRetryAbandoned} is called instead of {@link #onRetrySent}.
	 * @param context the call; {@link TwilioRequestContext#statusCode()} and
	 * {@link TwilioRequestContext#errorCode()} describe the failed attempt
	 * @param reason why the call is retried
	 * @param delay how long the client waits before the next attempt
	 */
	default void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
	}

	/**
	 * Called when the retry that {@link #onRetry} announced is sent, once the wait is
	 * over, just before the attempt goes to the transport:
	 * {@link TwilioRequestContext#retries()} counts it from now on. A listener that
	 * counts retries that were made counts them here, and needs no state of its own
	 * between {@code onRetry} and the end of the call. A listener that wraps another one
	 * must forward this call to it, as it forwards {@link #aroundRequest}. A client
	 * closed at this very moment may still send the retry, or have its transport refuse
	 * it: it is not abandoned once this has been called.
	 * @param context the call; {@link TwilioRequestContext#statusCode()} and
	 * {@link TwilioRequestContext#errorCode()} still describe the failed attempt
	 * @param reason why the call is retried, as {@code onRetry} was told
	 */
	default void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
	}

	/**
	 * Called when the retry that {@link #onRetry} announced is not sent after all, as the
	 * client was closed or the thread interrupted during the wait, or after it before the
	 * retry went out, or as the retry deadline passed during the wait, or as a
	 * {@link TwilioClient.Builder#sleeper sleeper} of the application's threw. The call
	 * then fails without another attempt.
	 * @param context the call, which fails with the failure of its last attempt as the
	 * cause
	 * @param reason why the call was to be retried, as {@code onRetry} was told
	 */
	default void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
	}

	/**
	 * Return a listener that calls the given listeners in order; the first one wraps all
	 * others. A listener given more than once, or one {@link Object#equals equal} to one
	 * given before it, is called once, in the place it was first given: a retry would
	 * otherwise be counted, or a call observed, twice. Listeners that this method
	 * returned are taken apart into the listeners they call, so that this holds for
	 * them too.
	 * @param listeners the listeners
	 * @return the composite listener
	 */
	static TwilioClientListener of(List<? extends TwilioClientListener> listeners) {
		return CompositeTwilioClientListener.of(listeners);
	}

}
