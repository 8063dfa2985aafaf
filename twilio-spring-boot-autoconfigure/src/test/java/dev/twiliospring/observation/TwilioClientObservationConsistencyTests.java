package dev.twiliospring.observation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.api.Message;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClientObservationListener}: trace propagation to Twilio, one tag
 * key set per meter name on every path, and observations of abandoned page streams.
 */
class TwilioClientObservationConsistencyTests {

	private static final String ACCOUNT_JSON = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\", \"type\": \"Full\"}";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void traceContextOfEachAttemptIsSentToTwilio() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, new TraceparentPropagator()),
					new DefaultTracingObservationHandler(tracer)));
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.builtInTransport()
			.propagateTraceContext(true)
			.listener(new TwilioClientObservationListener(registry))
			.build()
			.accounts()
			.fetch();
		String traceparent = this.server.takeRequest().header("traceparent");
		List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
		SimpleSpan http = spans.stream()
			.filter((span) -> !span.getName().startsWith("twilio "))
			.findFirst()
			.orElseThrow();
		assertThat(traceparent).isEqualTo("00-" + http.getTraceId() + "-" + http.getSpanId() + "-01");
	}

	@Test
	void everyTimerOfTheSameNameHasTheSameTagKeys() {
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
		TwilioClient client = this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.builtInTransport()
			.readTimeout(Duration.ofMillis(300))
			.maxRetries(1)
			.listener(new TwilioClientObservationListener(registry))
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.build();
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		client.accounts().fetch();
		this.server.enqueue(Response.json(404, "{\"code\": 20404, \"message\": \"Not found\", \"status\": 404}"));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch());
		this.server.enqueue(Response.json(200, ACCOUNT_JSON).delay(Duration.ofSeconds(2)),
				Response.json(200, ACCOUNT_JSON).delay(Duration.ofSeconds(2)));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch());
		this.server.enqueue(Response.disconnect(), Response.disconnect());
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch());
		this.server.enqueue(Response.json(503, "{\"code\": 20503}"), Response.json(200, ACCOUNT_JSON));
		client.accounts().fetch();
		for (String name : List.of("twilio.client.requests", "twilio.client.retries", "http.client.requests")) {
			List<Meter> meters = meterRegistry.find(name).meters().stream().toList();
			Set<Set<String>> keySets = meters.stream()
				.map((meter) -> meter.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toSet()))
				.collect(Collectors.toSet());
			assertThat(keySets).as(name).hasSize(1);
		}
		assertThat(meterRegistry.get("twilio.client.requests").tag("outcome", "TIMEOUT").timer().count()).isOne();
		assertThat(meterRegistry.get("twilio.client.requests").tag("outcome", "CONNECTION_ERROR").timer().count())
			.isOne();
	}

	@Test
	void abandonedPageStreamLeavesNoObservationOpen() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		String page1 = "{\"messages\": [{\"sid\": \"SM1\"}, {\"sid\": \"SM2\"}], "
				+ "\"next_page_uri\": \"/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
				+ "/Messages.json?Page=1&PageToken=PA1\"}";
		this.server.enqueue(Response.json(200, page1));
		TwilioClient client = this.server.clientBuilder()
			.listener(new TwilioClientObservationListener(registry))
			.build();
		try (Stream<Message> messages = client.messages().stream()) {
			assertThat(messages.limit(1).toList()).hasSize(1);
		}
		assertThat(registry).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1)
			.hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasBeenStarted()
			.hasBeenStopped();
	}

	static class TraceparentPropagator implements Propagator {

		@Override
		public List<String> fields() {
			return List.of("traceparent");
		}

		@Override
		public <C> void inject(TraceContext context, @Nullable C carrier, Setter<C> setter) {
			setter.set(carrier, "traceparent", "00-" + context.traceId() + "-" + context.spanId() + "-01");
		}

		@Override
		public <C> Span.Builder extract(C carrier, Getter<C> getter) {
			throw new UnsupportedOperationException();
		}

	}

}
