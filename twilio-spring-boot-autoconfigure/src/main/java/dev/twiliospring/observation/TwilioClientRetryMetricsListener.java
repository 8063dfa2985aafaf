package dev.twiliospring.observation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link TwilioClientListener} that counts retries of Twilio calls in the
 * {@value #METRIC_NAME} counter, tagged with the {@code reason} ({@code RATE_LIMITED},
 * {@code SERVER_ERROR}, {@code CONNECTION_ERROR} or {@code TIMEOUT}) and the
 * {@code domain}, {@code method} and {@code uri} of the call.
 * <p>
 * A retry is counted once it was sent, as the {@code retries} of the call's observation
 * are: a retry that the client gave up while it waited for it, as its client was closed
 * or its thread interrupted, is not counted. It is counted when the client decides on
 * the next retry or when the call ends, whichever comes first, which this listener sees
 * when it wraps the call, as {@link TwilioClientListener#of} makes it do. A listener
 * that delegates {@link #onRetry} to this one but not {@link #aroundRequest} has each
 * retry counted when it is decided on, sent or not. A retry is counted once, even if
 * this listener is given to a client twice.
 * <p>
 * A rising rate of {@code RATE_LIMITED} retries is an early warning that the account
 * approaches Twilio's concurrency limits, before calls start to fail.
 *
 * @since 1.0.0
 */
public class TwilioClientRetryMetricsListener implements TwilioClientListener {

	/** Name of the counter. */
	public static final String METRIC_NAME = "twilio.client.retries";

	private final MeterRegistry meterRegistry;

	/**
	 * The calls under way that this listener wraps. A context is its own key: it does not
	 * override {@code equals}. Only {@link #aroundRequest} adds a call, and removes it
	 * when the call ends, so that a call whose end this listener never sees is not kept.
	 */
	private final Map<TwilioRequestContext, Call> calls = new ConcurrentHashMap<>();

	/**
	 * Create a listener.
	 * @param meterRegistry the registry the counter is registered in
	 */
	public TwilioClientRetryMetricsListener(MeterRegistry meterRegistry) {
		Assert.notNull(meterRegistry, "MeterRegistry must not be null");
		this.meterRegistry = meterRegistry;
	}

	@Override
	public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
		Call call = new Call();
		if (this.calls.putIfAbsent(context, call) != null) {
			// Given to the client twice: the outer call of this listener counts
			return execution.get();
		}
		try {
			return execution.get();
		}
		finally {
			this.calls.remove(context);
			AnnouncedRetry last = call.announced;
			if (last != null && context.retries() >= last.number()) {
				count(context, last.reason());
			}
		}
	}

	@Override
	public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
		Call call = this.calls.get(context);
		if (call == null) {
			// Not wrapping the call, this listener would never learn whether the retry
			// was sent, nor forget the call
			count(context, reason);
			return;
		}
		int number = context.retries() + 1;
		AnnouncedRetry previous = call.announced;
		if (previous != null && previous.number() == number) {
			// The same retry announced again, to this listener given twice
			return;
		}
		call.announced = new AnnouncedRetry(reason, number);
		if (previous != null) {
			// Announced after an attempt failed, so the retry announced before was sent
			count(context, previous.reason());
		}
	}

	private void count(TwilioRequestContext context, TwilioRetryReason reason) {
		Counter.builder(METRIC_NAME)
			.description("Retries of Twilio REST calls")
			.tags(Tags.of("reason", reason.name(), "domain", context.domain().name(), "method",
					context.method().name(), "uri", context.pathTemplate()))
			.register(this.meterRegistry)
			.increment();
	}

	/**
	 * A call under way, confined to its thread as its context is.
	 */
	private static final class Call {

		/**
		 * The retry that the call waits for or has sent last, not counted yet.
		 */
		@Nullable AnnouncedRetry announced;

	}

	/**
	 * A retry the client decided on: the given number of the call's retries once sent.
	 */
	private record AnnouncedRetry(TwilioRetryReason reason, int number) {

	}

}
