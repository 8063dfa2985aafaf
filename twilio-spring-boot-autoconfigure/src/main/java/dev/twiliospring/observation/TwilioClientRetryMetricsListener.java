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
 * the next retry or when the call ends, whichever comes first, so a listener that
 * delegates to this one must forward both {@link #aroundRequest} and {@link #onRetry},
 * as {@link TwilioClientListener#of} does.
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
	 * The retry that each call under way waits for or has sent last, not counted yet.
	 * A context is its own key: it does not override {@code equals}.
	 */
	private final Map<TwilioRequestContext, AnnouncedRetry> announced = new ConcurrentHashMap<>();

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
		try {
			return execution.get();
		}
		finally {
			AnnouncedRetry last = this.announced.remove(context);
			if (last != null && context.retries() >= last.number()) {
				count(context, last.reason());
			}
		}
	}

	@Override
	public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
		// Announced after an attempt failed, so the retry announced before was sent
		AnnouncedRetry previous = this.announced.put(context, new AnnouncedRetry(reason, context.retries() + 1));
		if (previous != null) {
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
	 * A retry the client decided on: the given number of the call's retries once sent.
	 */
	private record AnnouncedRetry(TwilioRetryReason reason, int number) {

	}

}
