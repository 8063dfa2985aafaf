package dev.twiliospring.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.twiliospring.observation.TwilioClientObservationListener;
import dev.twiliospring.observation.TwilioHttpUrlObservationFilter;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the spans of a {@link TwilioClient} call whose transport fails, recorded
 * through Spring's {@code http.client.requests} observation, name neither the SIDs nor the
 * phone numbers of the request's URL: RestClient's own error for an I/O failure quotes the
 * whole URL, and tracing records an error when it happens, before any observation filter
 * runs.
 */
class TwilioClientObservedTransportFailureTests {

	private static final String PHONE_NUMBER = "+15558675310";

	private static final String MESSAGE_SID = "SM" + "b".repeat(32);

	private final SimpleTracer tracer = new SimpleTracer();

	private final ObservationRegistry observationRegistry = ObservationRegistry.create();

	private ScriptedHttpServer server;

	TwilioClientObservedTransportFailureTests() {
		this.observationRegistry.observationConfig()
			.observationHandler(new DefaultTracingObservationHandler(this.tracer))
			.observationFilter(new TwilioHttpUrlObservationFilter());
	}

	@AfterEach
	void closeServer() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	static Stream<Arguments> transports() {
		return Stream.of(Arguments.of("the client's own", (UnaryOperator<TwilioClient.Builder>) (builder) -> builder
			.builtInTransport()),
				Arguments.of("JDK HttpClient as Spring Boot builds it", boot(ClientHttpRequestFactoryBuilder.jdk())),
				Arguments.of("Apache HttpClient as Spring Boot builds it",
						boot(ClientHttpRequestFactoryBuilder.httpComponents())),
				Arguments.of("Jetty HttpClient", (UnaryOperator<TwilioClient.Builder>) (builder) -> builder
					.requestFactory(new JettyClientHttpRequestFactory())),
				Arguments.of("JDK HttpURLConnection", (UnaryOperator<TwilioClient.Builder>) (builder) -> builder
					.requestFactory(new SimpleClientHttpRequestFactory())));
	}

	/**
	 * The transports whose own failure for a body cut short names no URL: Jetty's
	 * describes its connection, the request line included.
	 */
	static Stream<Arguments> transportsWithoutUrlsInTheirFailures() {
		return transports().filter((arguments) -> !arguments.get()[0].toString().startsWith("Jetty"));
	}

	private static UnaryOperator<TwilioClient.Builder> boot(ClientHttpRequestFactoryBuilder<?> factoryBuilder) {
		return (builder) -> builder.requestFactoryWithTimeouts((connectTimeout, readTimeout) -> factoryBuilder
			.build(HttpClientSettings.defaults()
				.withTimeouts(connectTimeout, readTimeout)
				.withRedirects(HttpRedirects.DONT_FOLLOW)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void refusedConnectionIsTracedWithoutThePhoneNumber(String transport,
			UnaryOperator<TwilioClient.Builder> transportSetup) throws IOException {
		TwilioClient client = transportSetup.apply(builder(closedPort())).build();
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.lookups().lookup(PHONE_NUMBER))
			.withMessageStartingWith("I/O error on GET /v2/PhoneNumbers/{PhoneNumber} at 127.0.0.1:");
		assertSpansDoNotName("GET /v2/PhoneNumbers/{PhoneNumber}", "15558675310");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transportsWithoutUrlsInTheirFailures")
	void answerCutShortIsTracedWithoutTheSids(String transport, UnaryOperator<TwilioClient.Builder> transportSetup)
			throws IOException {
		this.server = new ScriptedHttpServer();
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
				+ "{\"sid\": \"" + MESSAGE_SID + "\"", true);
		TwilioClient client = transportSetup.apply(builder(URI.create("http://127.0.0.1:" + this.server.port())))
			.build();
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
			.withMessageStartingWith("I/O error on GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json at ");
		assertSpansDoNotName("GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
				StubTwilioServer.ACCOUNT_SID, MESSAGE_SID);
	}

	private TwilioClient.Builder builder(URI baseUrl) {
		return TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.baseUrl(baseUrl)
			.maxRetries(0)
			.readTimeout(Duration.ofSeconds(5))
			.restClientBuilder(RestClient.builder().observationRegistry(this.observationRegistry))
			.listener(new TwilioClientObservationListener(this.observationRegistry));
	}

	private static URI closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
	}

	/**
	 * Assert that the HTTP attempt's span has an error that names the request, and that
	 * no span names any of the values anywhere: name, tags, events, or the error with its
	 * causes, as exporters such as OpenTelemetry's record the whole stack trace.
	 */
	private void assertSpansDoNotName(String request, String... values) {
		List<SimpleSpan> spans = List.copyOf(this.tracer.getSpans());
		assertThat(spans).hasSize(2);
		SimpleSpan http = spans.stream()
			.filter((span) -> !span.getName().startsWith("twilio "))
			.findFirst()
			.orElseThrow();
		assertThat(http.getError()).isNotNull();
		assertThat(http.getError().getMessage()).contains(request);
		for (SimpleSpan span : spans) {
			StringBuilder recorded = new StringBuilder(span.getName()).append('\n');
			span.getTags().forEach((key, value) -> recorded.append(key).append('=').append(value).append('\n'));
			span.getEvents().forEach((event) -> recorded.append(event.getValue()).append('\n'));
			if (span.getError() != null) {
				StringWriter trace = new StringWriter();
				span.getError().printStackTrace(new PrintWriter(trace));
				recorded.append(trace);
			}
			for (String value : values) {
				assertThat(recorded.toString()).as("span %s", span.getName()).doesNotContain(value);
			}
		}
	}

}
