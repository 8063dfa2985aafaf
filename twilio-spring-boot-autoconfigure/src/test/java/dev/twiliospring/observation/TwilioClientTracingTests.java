package dev.twiliospring.observation;

import java.util.List;
import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for the spans that {@link TwilioClientObservationListener} produces when tracing
 * is set up.
 */
class TwilioClientTracingTests {

	private static final String ACTIVE_ACCOUNT = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\"}";

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

	/**
	 * A tracer's sender handler writes the trace context and baggage into the headers of
	 * every request of an observed {@code RestClient}; Twilio's are sent without them.
	 */
	@Test
	void requestsToTwilioCarryNoTraceContextOrBaggage() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry observationRegistry = propagatingRegistry(tracer);
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT), Response.json(200, "{}"));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.listener(new TwilioClientObservationListener(observationRegistry))
			.traceContextHeaders(List.of("user-id"))
			.build()
			.accounts()
			.fetch();
		// The same registry on another RestClient: the handler does write the headers
		RestClient.builder()
			.observationRegistry(observationRegistry)
			.build()
			.get()
			.uri(this.server.baseUrl() + "/other")
			.retrieve()
			.toBodilessEntity();
		RecordedRequest twilio = this.server.requests().get(0);
		RecordedRequest other = this.server.requests().get(1);
		assertThat(other.headers()).containsKeys(TestPropagator.HEADERS);
		assertThat(twilio.headers()).doesNotContainKeys(TestPropagator.HEADERS);
		assertThat(twilio.header("authorization")).isNotNull();
		assertThat(tracer.getSpans()).hasSize(3);
	}

	@Test
	void requestsToTwilioCarryTheTraceContextWhenPropagationIsOn() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry observationRegistry = propagatingRegistry(tracer);
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.listener(new TwilioClientObservationListener(observationRegistry))
			.propagateTraceContext(true)
			.build()
			.accounts()
			.fetch();
		SimpleSpan http = tracer.getSpans()
			.stream()
			.filter((span) -> !span.getName().startsWith("twilio "))
			.findFirst()
			.orElseThrow();
		assertThat(this.server.requests().get(0).header("traceparent"))
			.isEqualTo("00-" + http.getTraceId() + "-" + http.getSpanId() + "-01");
		assertThat(this.server.requests().get(0).header("user-id")).isEqualTo("alice");
	}

	/**
	 * Tracing records an error's message (Brave as the {@code error} tag, OpenTelemetry
	 * as the exception event and the status description), and Twilio's own message
	 * quotes the phone number or the SIDs of the request.
	 */
	@Test
	void spanOfAFailedCallDoesNotQuoteTwiliosMessage() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
		this.server.enqueue(Response.json(400,
				"{\"code\": 21211, \"message\": \"Invalid 'To' Phone Number: +15005550001\", "
						+ "\"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}")
			.header("Twilio-Request-Id", "RQfailed"));
		TwilioClient client = this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.listener(new TwilioClientObservationListener(observationRegistry))
			.build();
		TwilioApiException thrown = catchThrowableOfType(TwilioApiException.class,
				() -> client.messages()
					.create(MessageCreateRequest.builder().to("+15005550001").from("+15005550006").body("Hi").build()));
		// The caller gets all of it
		assertThat(thrown).hasMessageContaining("+15005550001");
		List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
		assertThat(spans).hasSize(2).allSatisfy((span) -> {
			assertThat(span.getTags().values()).noneMatch((value) -> value.contains("15005550001"));
			assertThat(span.getEvents()).noneMatch((event) -> event.getValue().contains("15005550001"));
		});
		SimpleSpan twilio = spans.stream()
			.filter((span) -> span.getName().startsWith("twilio "))
			.findFirst()
			.orElseThrow();
		assertThat(twilio.getTags()).containsEntry("exception", "TwilioApiException")
			.containsEntry("error.code", "21211")
			.containsEntry("request.id", "RQfailed");
		assertThat(twilio.getError()).isInstanceOfSatisfying(TwilioApiException.class, (observed) -> {
			assertThat(observed).hasMessage("Twilio error 21211 (HTTP 400) on POST "
					+ "/2010-04-01/Accounts/{AccountSid}/Messages.json (see https://www.twilio.com/docs/errors/21211)");
			assertThat(observed.getCode()).isEqualTo(21211);
			assertThat(observed.getStatusCode()).isEqualTo(400);
			assertThat(observed.getRequestId()).isEqualTo("RQfailed");
			assertThat(observed.getErrorMessage()).isNull();
			assertThat(observed.getStackTrace()).isEqualTo(thrown.getStackTrace());
		});
	}

	@Test
	void spanOfAnAnswerThatIsNoJsonDoesNotQuoteIt() {
		SimpleTracer tracer = new SimpleTracer();
		TwilioClient client = tracedClient(tracer);
		this.server.enqueue(Response.text(404, "text/html",
				"<html><body>No route for /2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
						+ "/Messages.json?To=+15005550001</body></html>"));
		TwilioApiException thrown = catchThrowableOfType(TwilioApiException.class, () -> client.messages()
			.create(MessageCreateRequest.builder().to("+15005550001").from("+15005550006").body("Hi").build()));
		// The caller sees the page
		assertThat(thrown).hasMessageContaining("+15005550001");
		SimpleSpan twilio = assertNoSpanQuotes(tracer, "15005550001");
		assertThat(twilio.getError()).isInstanceOfSatisfying(TwilioApiException.class, (observed) -> {
			assertThat(observed).hasMessage("HTTP 404 from Twilio on POST /2010-04-01/Accounts/{AccountSid}/Messages.json");
			assertThat(observed.getStatusCode()).isEqualTo(404);
			assertThat(observed.getStackTrace()).isEqualTo(thrown.getStackTrace());
		});
	}

	@Test
	void spanOfAnAnswerThatCannotBeMappedDoesNotQuoteTheParsersComplaint() {
		SimpleTracer tracer = new SimpleTracer();
		TwilioClient client = tracedClient(tracer);
		this.server.enqueue(Response.json(201, "{\"sid\": \"SM" + "0".repeat(32) + "\", \"account_sid\": \""
				+ StubTwilioServer.ACCOUNT_SID + "\", \"num_segments\": \"+15005550001\"}"));
		TwilioException thrown = catchThrowableOfType(TwilioException.class, () -> client.messages()
			.create(MessageCreateRequest.builder().to("+15005550001").from("+15005550006").body("Hi").build()));
		// The parser's complaint quotes the value, and the caller gets it
		assertThat(thrown).hasMessageContaining("+15005550001").hasCauseInstanceOf(JacksonException.class);
		SimpleSpan twilio = assertNoSpanQuotes(tracer, "15005550001");
		assertThat(twilio.getError()).isExactlyInstanceOf(TwilioException.class)
			.hasMessageStartingWith("Could not read Twilio's answer to POST /2010-04-01/Accounts/{AccountSid}/Messages.json (")
			.hasNoCause();
		assertThat(twilio.getError().getStackTrace()).isEqualTo(thrown.getStackTrace());
	}

	@Test
	void otherFailuresAreRecordedAsTheyAre() {
		TwilioRequestContext context = new TwilioRequestContext(
				TwilioRequest.get(TwilioDomain.API, "/x.json").build(),
				StubTwilioServer.ACCOUNT_SID);
		TwilioException own = new TwilioException("Interrupted during GET /x.json");
		assertThat(TwilioClientObservationListener.asObserved(own, context)).isSameAs(own);
		IllegalStateException other = new IllegalStateException("other");
		assertThat(TwilioClientObservationListener.asObserved(other, context)).isSameAs(other);
	}

	private static ObservationRegistry propagatingRegistry(SimpleTracer tracer) {
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, new TestPropagator("alice")),
					new DefaultTracingObservationHandler(tracer)));
		return observationRegistry;
	}

	private TwilioClient tracedClient(SimpleTracer tracer) {
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
		return this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.listener(new TwilioClientObservationListener(observationRegistry))
			.build();
	}

	/**
	 * Assert that no tag or event of any span holds the text, and return the Twilio span.
	 */
	private static SimpleSpan assertNoSpanQuotes(SimpleTracer tracer, String text) {
		List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
		assertThat(spans).hasSize(2).allSatisfy((span) -> {
			assertThat(span.getTags().values()).noneMatch((value) -> value.contains(text));
			assertThat(span.getEvents()).noneMatch((event) -> event.getValue().contains(text));
		});
		return spans.stream().filter((span) -> span.getName().startsWith("twilio ")).findFirst().orElseThrow();
	}

}
