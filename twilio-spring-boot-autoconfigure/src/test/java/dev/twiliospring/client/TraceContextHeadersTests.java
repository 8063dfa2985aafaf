package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.observation.TestPropagator;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TraceContextHeaders}: a tracer's headers are kept from Twilio on the
 * transports that the client sets itself, where they are removed without an
 * interceptor, which would have the {@code RestClient} copy every body into a buffer.
 * {@code TwilioClientTracingTests} holds the client on a builder's own transport.
 */
class TraceContextHeadersTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void builtInTransportOfAnObservedBuilderSendsNoTraceContext() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.server.clientBuilder()
			.restClientBuilder(observedBuilder())
			.builtInTransport()
			.traceContextHeaders(List.of("user-id"))
			.build()
			.messages()
			.create(message());
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.headers()).doesNotContainKeys(TestPropagator.HEADERS);
		assertThat(request.form()).containsEntry("Body", List.of("Hello"));
	}

	@Test
	void givenRequestFactoryOfAnObservedBuilderSendsNoTraceContext() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.server.clientBuilder()
			.restClientBuilder(observedBuilder())
			.requestFactory(new SimpleClientHttpRequestFactory())
			.traceContextHeaders(List.of("user-id"))
			.build()
			.messages()
			.create(message());
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.headers()).doesNotContainKeys(TestPropagator.HEADERS);
		assertThat(request.form()).containsEntry("Body", List.of("Hello"));
	}

	@Test
	void headersThatTheBuildersInterceptorsAddAreRemovedToo() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().requestInterceptor((request, body, execution) -> {
				request.getHeaders().set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
				request.getHeaders().set("X-Application", "kept");
				return execution.execute(request, body);
			}))
			.builtInTransport()
			.build()
			.messages()
			.create(message());
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.header("traceparent")).isNull();
		assertThat(request.header("X-Application")).isEqualTo("kept");
	}

	@Test
	void builtInTransportOfAnObservedBuilderSendsTheTraceContextWhenPropagationIsOn() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.server.clientBuilder()
			.restClientBuilder(observedBuilder())
			.builtInTransport()
			.propagateTraceContext(true)
			.build()
			.messages()
			.create(message());
		assertThat(this.server.requests().get(0).headers()).containsKeys(TestPropagator.HEADERS);
	}

	/**
	 * A header that the caller sets on a {@link TwilioRequest} is sent as it was set, even
	 * named like a trace context header or a baggage field, say for a proxy of the
	 * caller's own: it is neither removed nor replaced by the tracer's value.
	 */
	@Test
	void headersThatTheRequestSetsAreSentAsTheRequestSetsThem() {
		this.server.enqueue(Response.json(200, "{}"));
		this.server.clientBuilder()
			.restClientBuilder(observedBuilder())
			.builtInTransport()
			.traceContextHeaders(List.of("user-id"))
			.build()
			.exchange(requestWithHeaders());
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.headers()).containsEntry("user-id", List.of("proxy-user"))
			.containsEntry("baggage", List.of("tenant=acme"))
			.doesNotContainKeys("traceparent", "tracestate", "b3", "x-b3-traceid", "x-b3-spanid");
	}

	@Test
	void headersThatTheRequestSetsAreSentAsTheRequestSetsThemOnTheBuildersOwnTransport() {
		this.server.enqueue(Response.json(200, "{}"));
		this.server.clientBuilder()
			.restClientBuilder(observedBuilder())
			.traceContextHeaders(List.of("user-id"))
			.build()
			.exchange(requestWithHeaders());
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.headers()).containsEntry("user-id", List.of("proxy-user"))
			.containsEntry("baggage", List.of("tenant=acme"))
			.doesNotContainKeys("traceparent", "tracestate", "b3", "x-b3-traceid", "x-b3-spanid");
	}

	@Test
	void headerThatTheRequestSetsKeepsTheCaseItWasSetIn() throws IOException {
		MockClientHttpRequest sent = new MockClientHttpRequest(HttpMethod.GET, URI.create("https://api.twilio.com/"));
		sent.setResponse(new MockClientHttpResponse(new byte[0], HttpStatus.OK));
		ClientHttpRequest request = TraceContextHeaders.removing(List.of("User-Id"))
			.removedFrom((uri, method) -> sent)
			.createRequest(sent.getURI(), HttpMethod.GET);
		request.getAttributes().put(TwilioRequest.ATTRIBUTE, requestWithHeaders());
		request.getHeaders().set("user-id", "from-the-tracer");
		request.getHeaders().set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
		request.execute();
		assertThat(sent.getHeaders().headerNames()).contains("User-Id").doesNotContain("user-id", "traceparent");
		assertThat(sent.getHeaders().get("User-Id")).containsExactly("proxy-user");
	}

	private static TwilioRequest requestWithHeaders() {
		return TwilioRequest.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}.json")
			.header("User-Id", "proxy-user")
			.header("baggage", "tenant=acme")
			.build();
	}

	/**
	 * The client hands its transport a form body that the transport can write as it is;
	 * an interceptor would have the {@code RestClient} copy it into a buffer first, and
	 * hand on a copy of that.
	 */
	@Test
	void transportOfAnObservedBuilderIsGivenTheClientsBodyUncopied() {
		RecordingRequestFactory transport = new RecordingRequestFactory(new SimpleClientHttpRequestFactory());
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.server.clientBuilder()
			.restClientBuilder(observedBuilder())
			.requestFactory(transport)
			.traceContextHeaders(List.of("user-id"))
			.build()
			.messages()
			.create(message());
		assertThat(transport.bodies).singleElement().isInstanceOf(TwilioExecutor.FixedBody.class);
		assertThat(this.server.requests().get(0).headers()).doesNotContainKeys(TestPropagator.HEADERS);
	}

	private static MessageCreateRequest message() {
		return MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hello").build();
	}

	private static RestClient.Builder observedBuilder() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, new TestPropagator("alice")),
					new DefaultTracingObservationHandler(tracer)));
		return RestClient.builder().observationRegistry(observationRegistry);
	}

	/**
	 * A transport that records the streaming bodies its requests are given.
	 */
	private static final class RecordingRequestFactory implements ClientHttpRequestFactory {

		private final ClientHttpRequestFactory transport;

		final List<StreamingHttpOutputMessage.Body> bodies = new CopyOnWriteArrayList<>();

		RecordingRequestFactory(ClientHttpRequestFactory transport) {
			this.transport = transport;
		}

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
			ClientHttpRequest request = this.transport.createRequest(uri, method);
			return new RecordingRequest(request, this.bodies);
		}

	}

	/**
	 * A request that records the streaming body it is given, and hands it on.
	 */
	private static final class RecordingRequest extends ForwardingClientHttpRequest {

		private final List<StreamingHttpOutputMessage.Body> bodies;

		RecordingRequest(ClientHttpRequest request, List<StreamingHttpOutputMessage.Body> bodies) {
			super(request);
			this.bodies = bodies;
		}

		@Override
		public void setBody(StreamingHttpOutputMessage.Body body) {
			this.bodies.add(body);
			super.setBody(body);
		}

	}

}
