package dev.twiliospring.observation;

import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

/**
 * {@link Propagator} that writes W3C's and B3's headers, and a baggage field as a header
 * of its own, as Brave's does for a remote baggage field.
 */
public final class TestPropagator implements Propagator {

	/**
	 * Names of the headers written, in lower case.
	 */
	public static final String[] HEADERS = { "traceparent", "tracestate", "baggage", "b3", "x-b3-traceid",
			"x-b3-spanid", "user-id" };

	private final String userId;

	/**
	 * Create a propagator.
	 * @param userId the value of the {@code user-id} baggage field
	 */
	public TestPropagator(String userId) {
		this.userId = userId;
	}

	@Override
	public List<String> fields() {
		return List.of("traceparent", "tracestate", "baggage", "b3", "X-B3-TraceId", "X-B3-SpanId", "user-id");
	}

	@Override
	public <C> void inject(TraceContext context, @Nullable C carrier, Setter<C> setter) {
		setter.set(carrier, "traceparent", "00-" + context.traceId() + "-" + context.spanId() + "-01");
		setter.set(carrier, "tracestate", "vendor=1");
		setter.set(carrier, "baggage", "user-id=" + this.userId);
		setter.set(carrier, "b3", context.traceId() + "-" + context.spanId() + "-1");
		setter.set(carrier, "X-B3-TraceId", context.traceId());
		setter.set(carrier, "X-B3-SpanId", context.spanId());
		setter.set(carrier, "user-id", this.userId);
	}

	@Override
	public <C> Span.Builder extract(C carrier, Getter<C> getter) {
		return Span.Builder.NOOP;
	}

}
