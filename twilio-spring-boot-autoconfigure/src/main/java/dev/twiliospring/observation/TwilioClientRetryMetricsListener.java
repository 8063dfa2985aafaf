package dev.twiliospring.observation;

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
 * A retry is counted when it is sent, as the {@code retries} of the call's observation
 * are, through {@link #onRetrySent}: a retry that the client gave up, as its client was
 * closed or its thread interrupted during the wait or before the retry went out, is not
 * counted. A listener that wraps this one must forward {@code onRetrySent} to it.
 * <p>
 * Listeners on the same {@link MeterRegistry} are {@link #equals equal}, so a client
 * given this listener more than once, as the auto-configured one and an application's
 * own, calls it once and counts each retry once.
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
	 * Create a listener.
	 * @param meterRegistry the registry the counter is registered in
	 */
	public TwilioClientRetryMetricsListener(MeterRegistry meterRegistry) {
		Assert.notNull(meterRegistry, "MeterRegistry must not be null");
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
		Counter.builder(METRIC_NAME)
			.description("Retries of Twilio REST calls")
			.tags(Tags.of("reason", reason.name(), "domain", context.domain().name(), "method",
					context.method().name(), "uri", context.pathTemplate()))
			.register(this.meterRegistry)
			.increment();
	}

	/**
	 * Return whether the given object is a listener of this class (not a subclass) that
	 * counts in the same registry, and so would count every retry this one counts.
	 * @param obj the object to compare with
	 * @return whether the object counts the same retries in the same counter
	 */
	@Override
	public boolean equals(@Nullable Object obj) {
		if (this == obj) {
			return true;
		}
		return obj != null && obj.getClass() == TwilioClientRetryMetricsListener.class
				&& getClass() == TwilioClientRetryMetricsListener.class
				&& ((TwilioClientRetryMetricsListener) obj).meterRegistry == this.meterRegistry;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this.meterRegistry);
	}

}
