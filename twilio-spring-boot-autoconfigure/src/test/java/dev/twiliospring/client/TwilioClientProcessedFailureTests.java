package dev.twiliospring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.MessageCreateRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioException#mayHaveBeenProcessed()}: whether a call that failed
 * may have been carried out by Twilio all the same.
 */
class TwilioClientProcessedFailureTests {

	private static final String INVALID_TO = "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\",\"status\":400}";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createAnsweredWithA4xxWasNotProcessed() {
		this.server.enqueue(Response.json(400, INVALID_TO));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(0)))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse());
	}

	@Test
	void createAnsweredWithA5xxMayHaveBeenProcessed() {
		this.server.enqueue(Response.json(500, "{}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(0)))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
	}

	@Test
	void createWhoseAnswerTimedOutMayHaveBeenProcessed() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)));
		TwilioClient client = this.server.clientBuilder().readTimeout(Duration.ofMillis(200)).build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
	}

	@Test
	void createWhoseConnectionClosedWithoutAnAnswerMayHaveBeenProcessed() {
		this.server.enqueue(Response.disconnect());
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client(0)))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
	}

	@Test
	void createToARefusedConnectionWasNotProcessed() throws IOException {
		URI closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		TwilioClient client = this.server.clientBuilder().baseUrl(closedPort).build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse());
	}

	@Test
	void deleteThatApacheHttpClientSentAgainToARefusedConnectionMayHaveBeenProcessed() throws Exception {
		// Apache HttpClient, as Spring Boot builds it, sends a DELETE whose answer was lost
		// once more by itself: that its second attempt was refused says nothing of the first
		HttpComponentsClientHttpRequestFactory factory = ClientHttpRequestFactoryBuilder.httpComponents().build();
		try (ServerSocket once = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> answerNothingThenGoAway(once));
			TwilioClient client = this.server.clientBuilder()
				.baseUrl(URI.create("http://127.0.0.1:" + once.getLocalPort()))
				.requestFactory(factory)
				.build();
			assertThatExceptionOfType(TwilioConnectionException.class)
				.isThrownBy(() -> client.messages().delete("SM" + "0".repeat(32)))
				.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).as(ex.getMessage()).isTrue());
			assertThat(received.get(10, TimeUnit.SECONDS)).startsWith("DELETE /2010-04-01/Accounts/");
		}
		finally {
			factory.destroy();
		}
	}

	@Test
	void createSentWithApacheHttpClientToARefusedConnectionWasNotProcessed() throws Exception {
		HttpComponentsClientHttpRequestFactory factory = ClientHttpRequestFactoryBuilder.httpComponents().build();
		URI closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		try {
			TwilioClient client = this.server.clientBuilder().baseUrl(closedPort).requestFactory(factory).build();
			assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client))
				.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse());
		}
		finally {
			factory.destroy();
		}
	}

	@Test
	void createWhoseSuccessCouldNotBeReadWasProcessed() {
		this.server.enqueue(Response.text(201, "application/json", "{\"sid\":"));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> send(client(0)))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
	}

	@Test
	void createRetriedAfterALostAnswerMayHaveBeenProcessedWhateverTheLastAnswer() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)),
				Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}").header("Retry-After", "600"));
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofMillis(200))
			.maxRetries(2)
			.sleeper((duration) -> {
			})
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(429))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void createRetriedAfterA5xxThenAnsweredWithA4xxMayHaveBeenProcessed() {
		this.server.enqueue(Response.json(503, "{}"), Response.json(400, INVALID_TO));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(2)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
	}

	@Test
	void createRetriedAfterA429ThenAnsweredWithA4xxWasNotProcessed() {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}"),
				Response.json(400, INVALID_TO));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(2)))
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse());
	}

	@Test
	void createInterruptedWhileWaitingToRetryA5xxMayHaveBeenProcessed() {
		this.server.enqueue(Response.json(503, "{}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(3).sleeper((duration) -> {
			throw new InterruptedException();
		}).build();
		try {
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> send(client))
				.withMessageContaining("Interrupted while waiting to retry")
				.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void createFromAnInterruptedThreadIsNotSentAndWasNotProcessed() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		TwilioClient client = client(3);
		send(client);
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> send(client))
				.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse())
				.withMessageContaining("Interrupted before sending POST /2010-04-01/Accounts/{AccountSid}/Messages.json");
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(this.server.requestCount()).isOne();
	}

	/**
	 * Read one request's head, then stop listening and close the connection without an
	 * answer, so that a request sent again is refused.
	 * @return the request line
	 */
	private static String answerNothingThenGoAway(ServerSocket server) {
		try (Socket connection = server.accept()) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
			String requestLine = reader.readLine();
			String line;
			do {
				line = reader.readLine();
			}
			while (line != null && !line.isEmpty());
			server.close();
			return requestLine;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TwilioClient client(int maxRetries) {
		return this.server.clientBuilder().maxRetries(maxRetries).sleeper((duration) -> {
		}).build();
	}

	private static void send(TwilioClient client) {
		client.messages()
			.create(MessageCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.body("Your order 42 has shipped")
				.build());
	}

}
