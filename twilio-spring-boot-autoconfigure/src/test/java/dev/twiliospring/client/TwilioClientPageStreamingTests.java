package dev.twiliospring.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.AfterEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import dev.twiliospring.client.TwilioRequestContext.Outcome;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for list pages and resources read as they arrive from the connection: items are
 * mapped while the rest of the page is still to come, and the size limit, a connection
 * lost halfway and a malformed answer are handled as for an answer read into memory
 * first, on the client's own transport and on Spring Framework's JDK, Apache, Jetty,
 * Reactor Netty and {@code HttpURLConnection} ones.
 */
class TwilioClientPageStreamingTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	/**
	 * The body being read on this thread, for {@link CountedItem}.
	 */
	private static final ThreadLocal<CountingBody> READING = new ThreadLocal<>();

	private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

	private final ScriptedHttpServer server;

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	TwilioClientPageStreamingTests() throws IOException {
		this.server = new ScriptedHttpServer();
	}

	/**
	 * Request factories given to clients, which the clients do not close.
	 */
	private final List<ClientHttpRequestFactory> givenTransports = new ArrayList<>();

	@AfterEach
	void stop() throws Exception {
		this.server.close();
		READING.remove();
		for (ClientHttpRequestFactory transport : this.givenTransports) {
			TwilioExecutor.closeRequestFactory(transport);
		}
	}

	/**
	 * Put a client on a transport, or leave it on its own built-in one.
	 */
	private TwilioClient.Builder on(TwilioClient.Builder builder,
			@Nullable Supplier<ClientHttpRequestFactory> transport) {
		if (transport != null) {
			ClientHttpRequestFactory given = transport.get();
			this.givenTransports.add(given);
			builder.requestFactory(given);
		}
		return builder;
	}

	private TwilioClient.Builder builder() {
		return TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + this.server.port()))
			.listener(this.listener)
			.sleeper((duration) -> {
			});
	}

	@Test
	void itemsAreMappedWhileTheRestOfThePageIsStillToCome() {
		byte[] page = page(2_000).getBytes(StandardCharsets.UTF_8);
		CountingBody body = new CountingBody(page);
		READING.set(body);
		TwilioClient client = builder().requestFactory((uri, method) -> {
			MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
			MockClientHttpResponse response = new MockClientHttpResponse(body, HttpStatus.OK);
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
			request.setResponse(response);
			return request;
		}).build();
		Page<CountedItem> read = client.page(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), "messages",
				CountedItem.class);
		assertThat(read.items()).hasSize(2_000);
		assertThat(read.items().get(1_999).sid).isEqualTo(sid(1_999));
		assertThat(read.nextPageUrl()).isNull();
		// Read into memory first, the whole page would have arrived before the first item
		assertThat(read.items().get(0).bytesArrived).isLessThan(page.length / 10);
		assertThat(read.items().get(1_999).bytesArrived).isGreaterThan(page.length / 2);
		assertThat(body.count).isEqualTo(page.length);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void pageWhoseConnectionIsLostHalfwayIsFetchedAgain(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = page(500);
		byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
		this.server.answer(head(bytes.length) + whole.substring(0, whole.length() / 2), true);
		this.server.answer(head(bytes.length) + whole, false);
		TwilioClient client = on(builder().maxRetries(1), requestFactory).build();
		List<String> sids;
		try (Stream<Message> messages = client.messages().stream()) {
			sids = messages.map(Message::sid).toList();
		}
		assertThat(sids).hasSize(500).doesNotHaveDuplicates().startsWith(sid(0)).endsWith(sid(499));
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(2);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
	}

	static Stream<Arguments> transports() {
		return Stream.of(Arguments.of("the client's own", null),
				Arguments.of("JDK HttpClient", (Supplier<ClientHttpRequestFactory>) JdkClientHttpRequestFactory::new),
				Arguments.of("Apache HttpClient 5",
						(Supplier<ClientHttpRequestFactory>) HttpComponentsClientHttpRequestFactory::new),
				Arguments.of("Jetty HttpClient",
						(Supplier<ClientHttpRequestFactory>) JettyClientHttpRequestFactory::new),
				Arguments.of("Reactor Netty HttpClient", (Supplier<ClientHttpRequestFactory>) ReactorTransport::new),
				// Ends a body cut short by a closed connection without an error
				Arguments.of("JDK HttpURLConnection",
						(Supplier<ClientHttpRequestFactory>) SimpleClientHttpRequestFactory::new));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void connectionLostHalfwayWithoutRetriesIsAConnectionFailureNotAMalformedPage(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = page(500);
		this.server.answer(head(whole.getBytes(StandardCharsets.UTF_8).length) + whole.substring(0, 3_000), true);
		TwilioClient client = on(builder(), requestFactory).build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.messages().list())
			.withMessageContaining("GET " + MESSAGES)
			.withMessageNotContaining("Could not read the list page");
		assertThat(this.listener.only().outcome()).isEqualTo(Outcome.CONNECTION_ERROR);
	}

	/**
	 * The retry deadline bounds the waits for Twilio. A page that arrived within it must
	 * not fail because mapping its items took the clock past it, as it did not when pages
	 * were read whole before they were mapped.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("ownTransports")
	void timeSpentMappingAPageDoesNotCountAgainstTheRetryDeadline(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String page = page(2_000);
		this.server.answer(head(page.getBytes(StandardCharsets.UTF_8).length) + page, false);
		SlowItem.slept.set(false);
		try (TwilioClient client = on(builder().maxRetries(1).retryDeadline(Duration.ofSeconds(1)), requestFactory)
			.build()) {
			Page<SlowItem> read = client.page(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), "messages",
					SlowItem.class);
			assertThat(read.items()).hasSize(2_000);
			assertThat(SlowItem.slept).isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ownTransports")
	void retryDeadlineStillEndsTheWaitForTheRestOfAPage(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = page(500);
		this.server.answer(head(whole.getBytes(StandardCharsets.UTF_8).length) + whole.substring(0, 3_000), false);
		try (TwilioClient client = on(builder().maxRetries(1).retryDeadline(Duration.ofMillis(500)), requestFactory)
			.build()) {
			assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.messages().list())
				.withMessageContaining("the retry deadline of 500 ms passed while waiting for Twilio");
		}
		TwilioRequestContext context = this.listener.only();
		assertThat(context.outcome()).isEqualTo(Outcome.TIMEOUT);
		assertThat(context.attempts()).isEqualTo(1);
	}

	static Stream<Arguments> ownTransports() {
		return Stream.of(Arguments.of("the client's own", null),
				Arguments.of("the client's JDK transport, used through a proxy",
						(Supplier<ClientHttpRequestFactory>) () -> new JdkTwilioRequestFactory(
								HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
								Duration.ofSeconds(30))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void pageOverTheSizeLimitWithoutADeclaredLengthFailsOnceWithoutRetrying(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = page(500);
		String chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(whole.length()) + "\r\n" + whole + "\r\n0\r\n\r\n";
		this.server.answer(chunked, false);
		this.server.answer(chunked, false);
		TwilioClient client = on(builder().maxRetries(1).maxResponseSize(16 * 1024), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().list())
			.withMessageContaining("GET " + MESSAGES)
			.withMessageContaining("more than 16384 bytes")
			.withMessageContaining("twilio.max-response-size");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(1);
		assertThat(context.statusCode()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void pageOverTheSizeLimitWithADeclaredLengthFailsBeforeItIsRead(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = page(500);
		int length = whole.getBytes(StandardCharsets.UTF_8).length;
		this.server.answer(head(length) + whole, false);
		TwilioClient client = on(builder().maxResponseSize(16 * 1024), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().list())
			.withMessageContaining("has " + length + " bytes");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void malformedPageThatArrivedWholeFailsTheCallOnceWithAnsweredStatus(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String truncatedJson = page(3).replace("]", "");
		this.server.answer(head(truncatedJson.length()) + truncatedJson, false);
		TwilioClient client = on(builder().maxRetries(2), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().list())
			.withMessageContaining("Could not read the list page of GET " + MESSAGES + " as Message");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(1);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(context.statusCode()).isEqualTo(200);
		assertThat(context.error()).isInstanceOf(TwilioException.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void errorAnsweringAPageRequestIsStillReadAsTwiliosError(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String error = "{\"code\": 20404, \"message\": \"The requested resource was not found\", \"status\": 404}";
		this.server.answer(notFound(error.length()) + error, false);
		TwilioClient client = on(builder(), requestFactory).build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.messages().list())
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	/**
	 * A single resource is mapped as it arrives too: losing its connection halfway must
	 * still be a connection failure, retried as one.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void resourceWhoseConnectionIsLostHalfwayIsFetchedAgain(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = message(sid(7), "x".repeat(20_000));
		int length = whole.getBytes(StandardCharsets.UTF_8).length;
		this.server.answer(head(length) + whole.substring(0, whole.length() / 2), true);
		this.server.answer(head(length) + whole, false);
		TwilioClient client = on(builder().maxRetries(1), requestFactory).build();
		Message message = client.messages().fetch(sid(7));
		assertThat(message.sid()).isEqualTo(sid(7));
		assertThat(message.body()).hasSize(20_000);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(2);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
	}

	/**
	 * The mapper gives up at the first byte it cannot read, before it learns that the
	 * connection was lost further on: the answer was cut short, and is fetched again as
	 * a lost one, not reported as a malformed page.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void pageMalformedBeforeItsConnectionIsLostIsFetchedAgain(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = page(500);
		int length = whole.getBytes(StandardCharsets.UTF_8).length;
		this.server.answer(head(length) + "{]" + whole.substring(2, whole.length() / 2), true);
		this.server.answer(head(length) + whole, false);
		TwilioClient client = on(builder().maxRetries(1), requestFactory).build();
		List<String> sids;
		try (Stream<Message> messages = client.messages().stream()) {
			sids = messages.map(Message::sid).toList();
		}
		assertThat(sids).hasSize(500).doesNotHaveDuplicates();
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(2);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
	}

	/**
	 * A create whose answer is lost halfway may have been carried out: it is sent again
	 * with the same idempotency token, as when its answer was read into memory first, so
	 * that Twilio does not create the message twice.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void createWhoseAnswerIsLostHalfwayIsSentAgainWithTheSameIdempotencyToken(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) throws InterruptedException {
		String whole = message(sid(7), "x".repeat(20_000));
		int length = whole.getBytes(StandardCharsets.UTF_8).length;
		String created = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + length
				+ "\r\n\r\n";
		this.server.answer(created + whole.substring(0, whole.length() / 2), true);
		this.server.answer(created + whole, false);
		TwilioClient client = on(builder().maxRetries(1), requestFactory).build();
		Message message = client.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build());
		assertThat(message.sid()).isEqualTo(sid(7));
		List<String> first = this.server.take().header("I-Twilio-Idempotency-Token");
		List<String> second = this.server.take().header("I-Twilio-Idempotency-Token");
		assertThat(first).hasSize(1).isEqualTo(second);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(2);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
	}

	/**
	 * A create whose answer is lost halfway, and not retried, fails saying that it may
	 * have been carried out.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void createWhoseAnswerIsLostHalfwayWithoutRetriesMayHaveBeenProcessed(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = message(sid(7), "x".repeat(20_000));
		int length = whole.getBytes(StandardCharsets.UTF_8).length;
		this.server.answer("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + length
				+ "\r\n\r\n" + whole.substring(0, whole.length() / 2), true);
		TwilioClient client = on(builder(), requestFactory).build();
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.messages()
				.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build()))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
		assertThat(this.listener.only().attempts()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void resourceMalformedBeforeItsConnectionIsLostIsFetchedAgain(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String whole = message(sid(7), "x".repeat(20_000));
		int length = whole.getBytes(StandardCharsets.UTF_8).length;
		this.server.answer(head(length) + "{]" + whole.substring(2, whole.length() / 2), true);
		this.server.answer(head(length) + whole, false);
		TwilioClient client = on(builder().maxRetries(1), requestFactory).build();
		assertThat(client.messages().fetch(sid(7)).body()).hasSize(20_000);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(2);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void resourceWithMoreAfterItsJsonFailsTheCallOnceWithAnsweredStatus(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String body = message(sid(7), "hi") + " {\"sid\": \"" + sid(8) + "\"}";
		this.server.answer(head(body.length()) + body, false);
		TwilioClient client = on(builder().maxRetries(2), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(sid(7)))
			.withMessageContaining("Could not read the response of GET "
					+ "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (HTTP 200, application/json) as Message")
			.withMessageContaining("Trailing token");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(1);
		assertThat(context.statusCode()).isEqualTo(200);
		assertThat(context.error()).isInstanceOf(TwilioException.class);
	}

	/**
	 * The rest of an answer that failed to map is read, or its connection closed: the
	 * next call on the connection reads its own answer, not what was left of the last.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void callAfterAResourceWithMoreAfterItsJsonReadsItsOwnAnswer(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String trailing = message(sid(7), "hi") + " {\"sid\": \"" + sid(9) + "\"}" + " ".repeat(5_000);
		this.server.answer(head(trailing.length()) + trailing, false);
		String next = message(sid(8), "next");
		this.server.answer(head(next.length()) + next, false);
		TwilioClient client = on(builder(), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(sid(7)))
			.withMessageContaining("Trailing token");
		assertThat(client.messages().fetch(sid(8)).body()).isEqualTo("next");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void callAfterAResourceOverTheSizeLimitReadsItsOwnAnswer(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String large = message(sid(7), "x".repeat(20_000));
		this.server.answer(head(large.length()) + large, false);
		String next = message(sid(8), "next");
		this.server.answer(head(next.length()) + next, false);
		TwilioClient client = on(builder().maxResponseSize(16 * 1024), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(sid(7)))
			.withMessageContaining("twilio.max-response-size");
		assertThat(client.messages().fetch(sid(8)).body()).isEqualTo("next");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void resourceAnsweredWithoutABodyFailsTheCallSayingSo(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer(head(0), false);
		TwilioClient client = on(builder().maxRetries(2), requestFactory).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(sid(7)))
			.withMessage("Twilio answered GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json with HTTP 200 "
					+ "and no body, expected Message");
		assertThat(this.listener.only().attempts()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void errorWhoseConnectionIsLostHalfwayIsAConnectionFailure(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String error = "{\"code\": 20404, \"message\": \"" + "x".repeat(20_000) + "\", \"status\": 404}";
		this.server.answer(notFound(error.length()) + error.substring(0, error.length() / 2), true);
		TwilioClient client = on(builder(), requestFactory).build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.messages().fetch(sid(7)))
			.withMessageContaining("GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.outcome()).isEqualTo(Outcome.CONNECTION_ERROR);
		assertThat(context.attempts()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transportsWithAShortReadTimeout")
	void pageThatStallsHalfwayTimesOutAndIsFetchedAgain(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory, boolean reportedAsTimeout) {
		String whole = page(500);
		byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
		this.server.answer(head(bytes.length) + whole.substring(0, whole.length() / 2), false);
		this.server.answer(head(bytes.length) + whole, false);
		TwilioClient client = on(builder().maxRetries(1).readTimeout(SHORT_READ_TIMEOUT), requestFactory).build();
		List<String> sids;
		try (Stream<Message> messages = client.messages().stream()) {
			sids = messages.map(Message::sid).toList();
		}
		assertThat(sids).hasSize(500).doesNotHaveDuplicates();
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(2);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(this.listener.retries())
			.containsExactly(reportedAsTimeout ? TwilioRetryReason.TIMEOUT : TwilioRetryReason.CONNECTION_ERROR);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transportsWithAShortReadTimeout")
	void resourceThatStallsHalfwayFailsTheAttempt(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory, boolean reportedAsTimeout) {
		String whole = message(sid(7), "x".repeat(20_000));
		this.server.answer(head(whole.getBytes(StandardCharsets.UTF_8).length)
				+ whole.substring(0, whole.length() / 2), false);
		TwilioClient client = on(builder().readTimeout(SHORT_READ_TIMEOUT), requestFactory).build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.messages().fetch(sid(7)))
			.withMessageStartingWith((reportedAsTimeout ? "Timed out" : "I/O error")
					+ " on GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json")
			.satisfies((ex) -> assertThat(ex.isTimeout()).isEqualTo(reportedAsTimeout));
		TwilioRequestContext context = this.listener.only();
		assertThat(context.outcome()).isEqualTo(reportedAsTimeout ? Outcome.TIMEOUT : Outcome.CONNECTION_ERROR);
		assertThat(context.attempts()).isEqualTo(1);
	}

	/**
	 * The transports, each with a read timeout short enough for a test: the client's own
	 * takes it from the builder, the others from their own settings. Spring's JDK
	 * transport closes the body when its read timeout passes, so that a stalled body
	 * ends as a connection closed under the reader, which is all the client can see.
	 */
	static Stream<Arguments> transportsWithAShortReadTimeout() {
		return Stream.of(Arguments.of("the client's own", null, true),
				Arguments.of("JDK HttpClient", (Supplier<ClientHttpRequestFactory>) () -> {
					JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
					factory.setReadTimeout(SHORT_READ_TIMEOUT);
					return factory;
				}, false), Arguments.of("Apache HttpClient 5", (Supplier<ClientHttpRequestFactory>) () -> {
					HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory();
					factory.setReadTimeout(SHORT_READ_TIMEOUT);
					return factory;
				}, true), Arguments.of("Jetty HttpClient", (Supplier<ClientHttpRequestFactory>) () -> {
					JettyClientHttpRequestFactory factory = new JettyClientHttpRequestFactory();
					factory.setReadTimeout(SHORT_READ_TIMEOUT);
					return factory;
				}, true), Arguments.of("Reactor Netty HttpClient", (Supplier<ClientHttpRequestFactory>) () -> {
					ReactorTransport factory = new ReactorTransport();
					factory.setReadTimeout(SHORT_READ_TIMEOUT);
					return factory;
				}, true));
	}

	private static String head(int length) {
		return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
	}

	private static String notFound(int length) {
		return "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
	}

	private static String page(int items) {
		String messages = IntStream.range(0, items)
			.mapToObj((i) -> "{\"sid\": \"" + sid(i) + "\", \"body\": \"message number " + i
					+ "\", \"status\": \"delivered\", \"price\": \"-0.00750\"}")
			.collect(Collectors.joining(", "));
		return "{\"messages\": [" + messages + "], \"page\": 0, \"page_size\": " + items + ", \"next_page_uri\": null}";
	}

	private static String message(String sid, String body) {
		return "{\"sid\": \"" + sid + "\", \"body\": \"" + body + "\", \"status\": \"delivered\"}";
	}

	private static String sid(int i) {
		return "SM" + String.format("%032x", i);
	}

	/**
	 * An item that notes how much of the page had arrived when it was mapped.
	 */
	static final class CountedItem {

		final String sid;

		final long bytesArrived;

		@JsonCreator
		CountedItem(@JsonProperty("sid") String sid) {
			this.sid = sid;
			this.bytesArrived = READING.get().count;
		}

	}

	/**
	 * An item whose first instance takes longer to map than the whole retry deadline.
	 */
	static final class SlowItem {

		static final AtomicBoolean slept = new AtomicBoolean();

		final String sid;

		@JsonCreator
		SlowItem(@JsonProperty("sid") String sid) throws InterruptedException {
			this.sid = sid;
			if (slept.compareAndSet(false, true)) {
				Thread.sleep(1_500);
			}
		}

	}

	/**
	 * A body that counts the bytes taken from it.
	 */
	private static final class CountingBody extends InputStream {

		private final ByteArrayInputStream bytes;

		private long count;

		CountingBody(byte[] bytes) {
			this.bytes = new ByteArrayInputStream(bytes);
		}

		@Override
		public int read() {
			int read = this.bytes.read();
			if (read >= 0) {
				this.count++;
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			int read = this.bytes.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

	}

}
