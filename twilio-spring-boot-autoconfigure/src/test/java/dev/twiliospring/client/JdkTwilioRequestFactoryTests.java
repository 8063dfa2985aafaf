package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link JdkTwilioRequestFactory}.
 */
class JdkTwilioRequestFactoryTests {

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	private HttpClient httpClient;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/echo", this::echo);
		this.server.createContext("/slow", (exchange) -> {
			try (exchange) {
				this.release.await(10, TimeUnit.SECONDS);
				exchange.sendResponseHeaders(204, -1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		this.server.createContext("/redirect", (exchange) -> {
			try (exchange) {
				exchange.getResponseHeaders().add("Location", "/echo");
				exchange.sendResponseHeaders(302, -1);
			}
		});
		this.server.start();
		this.httpClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@AfterEach
	void stopServer() {
		this.release.countDown();
		this.server.stop(0);
	}

	private void echo(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
					Map.copyOf(exchange.getRequestHeaders()), exchange.getProtocol(), body));
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.getResponseHeaders().add("X-Twilio-Test", "first");
			exchange.getResponseHeaders().add("X-Twilio-Test", "second");
			byte[] answer = "{\"echoed\":true}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(201, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
	}

	@Test
	void sendsMethodUriHeadersAndBody() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, Duration.ofSeconds(5));
		ClientHttpRequest request = factory.createRequest(uri("/echo?To=%2B1555"), HttpMethod.POST);
		request.getHeaders().add("X-Repeated", "one");
		request.getHeaders().add("X-Repeated", "two");
		request.getHeaders().set("Content-Type", "application/x-www-form-urlencoded");
		request.getBody().write("Body=Hello+%C3%A9".getBytes(StandardCharsets.UTF_8));
		try (ClientHttpResponse response = request.execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(201);
		}
		Received received = this.received.poll(5, TimeUnit.SECONDS);
		assertThat(received).isNotNull();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.uri().getRawPath()).isEqualTo("/echo");
		assertThat(received.uri().getRawQuery()).isEqualTo("To=%2B1555");
		assertThat(received.headers().get("X-repeated")).containsExactly("one", "two");
		assertThat(received.headers().get("Content-type")).containsExactly("application/x-www-form-urlencoded");
		assertThat(received.headers().get("Content-length")).containsExactly("17");
		assertThat(received.body()).isEqualTo("Body=Hello+%C3%A9".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void sendsPlainHttpAsHttp11WithoutUpgrade() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, null);
		try (ClientHttpResponse response = factory.createRequest(uri("/echo"), HttpMethod.GET).execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(201);
		}
		Received received = this.received.poll(5, TimeUnit.SECONDS);
		assertThat(received).isNotNull();
		assertThat(received.protocol()).isEqualTo("HTTP/1.1");
		assertThat(received.headers()).doesNotContainKeys("Upgrade", "Http2-settings");
		assertThat(received.body()).isEmpty();
	}

	@Test
	void leavesOutHeadersThatTheJdkClientSetsItself() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, null);
		ClientHttpRequest request = factory.createRequest(uri("/echo"), HttpMethod.POST);
		request.getHeaders().set("Connection", "close");
		request.getHeaders().set("Host", "example.com");
		request.getHeaders().set("Expect", "100-continue");
		request.getHeaders().set("Upgrade", "websocket");
		request.getHeaders().setContentLength(999);
		request.getBody().write(new byte[] { 'a', 'b', 'c' });
		try (ClientHttpResponse response = request.execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(201);
		}
		Received received = this.received.poll(5, TimeUnit.SECONDS);
		assertThat(received).isNotNull();
		assertThat(received.headers().get("Host")).containsExactly("127.0.0.1:" + this.server.getAddress().getPort());
		assertThat(received.headers().get("Content-length")).containsExactly("3");
		assertThat(received.headers()).doesNotContainKeys("Expect", "Upgrade");
		assertThat(received.body()).containsExactly('a', 'b', 'c');
	}

	@Test
	void refusesHeaderValuesTheJdkClientCannotSendWithoutShowingThem() {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, null);
		ClientHttpRequest lineBreak = factory.createRequest(uri("/echo"), HttpMethod.GET);
		lineBreak.getHeaders().add("X-Api-Secret", "secret\r\nX-Injected: yes");
		assertThatIllegalArgumentException().isThrownBy(lineBreak::execute)
			.withMessageContaining("'X-Api-Secret'")
			.withMessageContaining("index 6")
			.withMessageContaining("control characters")
			.withMessageNotContaining("secret")
			.withNoCause();
		ClientHttpRequest beyondLatin1 = factory.createRequest(uri("/echo"), HttpMethod.GET);
		beyondLatin1.getHeaders().add("X-Api-Secret", "secret\u0100");
		assertThatIllegalArgumentException().isThrownBy(beyondLatin1::execute)
			.withMessageContaining("'X-Api-Secret'")
			.withMessageContaining("ISO-8859-1")
			.withMessageNotContaining("secret")
			.withNoCause();
		ClientHttpRequest badName = factory.createRequest(uri("/echo"), HttpMethod.GET);
		badName.getHeaders().add("Bad Name", "value");
		assertThatIllegalArgumentException().isThrownBy(badName::execute).withMessageContaining("'Bad?Name'");
		assertThat(this.received).isEmpty();
	}

	@Test
	void readsStatusHeadersAndBodyOfTheResponse() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, Duration.ofSeconds(5));
		try (ClientHttpResponse response = factory.createRequest(uri("/echo"), HttpMethod.GET).execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(201);
			assertThat(response.getHeaders().get("x-twilio-test")).containsExactly("first", "second");
			assertThat(response.getHeaders().getFirst("CONTENT-TYPE")).isEqualTo("application/json");
			assertThat(response.getHeaders().getContentLength()).isEqualTo(15);
			assertThat(response.getBody().readAllBytes()).asString(StandardCharsets.UTF_8)
				.isEqualTo("{\"echoed\":true}");
		}
	}

	@Test
	void closingAnUnreadResponseKeepsTheClientUsable() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, Duration.ofSeconds(5));
		for (int i = 0; i < 3; i++) {
			try (ClientHttpResponse response = factory.createRequest(uri("/echo"), HttpMethod.GET).execute()) {
				assertThat(response.getStatusCode().value()).isEqualTo(201);
			}
		}
		assertThat(this.received).hasSize(3);
	}

	@Test
	void doesNotFollowRedirects() throws Exception {
		RestClient restClient = RestClient.builder()
			.requestFactory(new JdkTwilioRequestFactory(this.httpClient, null))
			.build();
		int status = restClient.get()
			.uri(uri("/redirect"))
			.header("Authorization", "Basic c2VjcmV0")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(302);
		assertThat(this.received).isEmpty();
	}

	@Test
	void failsWithHttpTimeoutExceptionWhenTheResponseIsLate() {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, Duration.ofMillis(200));
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> factory.createRequest(uri("/slow"), HttpMethod.POST).execute());
	}

	@Test
	void interruptedWaitKeepsTheInterruptAndLeavesThePathOutOfTheMessage() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, Duration.ofSeconds(5));
		// A path such as a lookup's holds a phone number, which has no place in messages
		ClientHttpRequest request = factory.createRequest(uri("/slow/+15017122661"), HttpMethod.GET);
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(IOException.class).isThrownBy(request::execute)
				.withMessage("Interrupted while waiting for the response");
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void waitForTheAnswerEndsAtTheRetryDeadlineOfTheAttemptRatherThanAtTheReadTimeout() throws Exception {
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(this.httpClient, Duration.ofSeconds(5));
		ClientHttpRequest request = factory.createRequest(uri("/slow"), HttpMethod.POST);
		Duration deadline = Duration.ofMillis(200);
		request.getAttributes()
			.put(AttemptDeadline.ATTRIBUTE, new AttemptDeadline(System.nanoTime() + deadline.toNanos(), deadline));
		assertThatExceptionOfType(AttemptDeadline.Exceeded.class).isThrownBy(request::execute)
			.withMessageContaining("retry deadline of 200 ms");
	}

	@Test
	void connectTimeoutOfTheClientIsNotReportedAsTheRetryDeadline() throws Exception {
		try (FullBacklogServer full = new FullBacklogServer()) {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
			JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(client, Duration.ofSeconds(30));
			ClientHttpRequest request = factory
				.createRequest(URI.create("http://127.0.0.1:" + full.port() + "/echo"), HttpMethod.GET);
			// The deadline shortens the read timeout, but not the client's connect timeout
			Duration deadline = Duration.ofSeconds(10);
			request.getAttributes()
				.put(AttemptDeadline.ATTRIBUTE, new AttemptDeadline(System.nanoTime() + deadline.toNanos(), deadline));
			assertThatExceptionOfType(HttpConnectTimeoutException.class).isThrownBy(request::execute);
		}
	}

	@Test
	void clientReportsReadTimeoutOnTheDefaultTransport() {
		TwilioClient client = clientBuilder().readTimeout(Duration.ofMillis(200)).build();
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, "/slow").build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.execute(request))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
	}

	@Test
	void clientReportsRefusedConnectionOnTheDefaultTransport() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		TwilioClient client = clientBuilder().baseUrl(URI.create("http://127.0.0.1:" + port)).build();
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, "/echo").build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.execute(request))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isFalse());
	}

	@Test
	void clientSendsFormAndReadsJsonOnTheDefaultTransport() throws Exception {
		TwilioClient client = clientBuilder().build();
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/echo").param("To", "+15558675310").build();
		TwilioResponse<String> response = client.executeForResponse(request, String.class);
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().get("X-Twilio-Test")).containsExactly("first", "second");
		assertThat(response.body()).isEqualTo("{\"echoed\":true}");
		Received received = this.received.poll(5, TimeUnit.SECONDS);
		assertThat(received).isNotNull();
		assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo("To=%2B15558675310");
		assertThat(received.headers().get("Authorization")).hasSize(1);
	}

	@Test
	void clientReportsAnAnswerTheJdkClientCannotReadAsAConnectionFailure() throws Exception {
		try (ScriptedHttpServer scripted = new ScriptedHttpServer()) {
			// A length too large for a long, which the JDK client fails on unchecked
			scripted.answer("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n{}", true);
			TwilioClient client = clientBuilder().baseUrl(URI.create("http://127.0.0.1:" + scripted.port()))
				.requestFactory(new JdkTwilioRequestFactory(this.httpClient, null))
				.build();
			TwilioRequest request = TwilioRequest.get(TwilioDomain.API, "/huge").build();
			assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.execute(request))
				.withMessageContaining("The head of the response could not be read")
				.withMessageContaining("99999999999999999999");
		}
	}

	private TwilioClient.Builder clientBuilder() {
		return TwilioClient.builder()
			.accountSid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.authToken("stub-auth-token")
			.baseUrl(uri(""));
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + pathAndQuery);
	}

	private record Received(String method, URI uri, Map<String, List<String>> headers, String protocol,
			byte[] body) {

	}

}
