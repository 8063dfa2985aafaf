package dev.twiliospring.observation;

import java.util.List;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the spans that {@link TwilioClientObservationListener} produces when tracing
 * is set up.
 */
class TwilioClientTracingTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void twilioCallIsOneSpanWithTheHttpRequestAsChild() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\"}").header("Twilio-Request-Id", "RQtrace"));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.listener(new TwilioClientObservationListener(observationRegistry))
			.build()
			.accounts()
			.fetch();
		List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
		assertThat(spans).hasSize(2);
		SimpleSpan twilio = spans.stream()
			.filter((span) -> span.getName().startsWith("twilio "))
			.findFirst()
			.orElseThrow();
		SimpleSpan http = spans.stream().filter((span) -> span != twilio).findFirst().orElseThrow();
		assertThat(twilio.getName()).isEqualTo("twilio GET /2010-04-01/Accounts/{Sid}.json");
		assertThat(twilio.getTags()).containsEntry("uri", "/2010-04-01/Accounts/{Sid}.json")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("retries", "0")
			.containsEntry("request.id", "RQtrace");
		assertThat(http.getTraceId()).isEqualTo(twilio.getTraceId());
		assertThat(http.getParentId()).isEqualTo(twilio.getSpanId());
	}

}
