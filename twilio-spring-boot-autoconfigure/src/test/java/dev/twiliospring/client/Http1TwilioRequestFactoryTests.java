package dev.twiliospring.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

import dev.twiliospring.client.ScriptedHttpServer.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Http1TwilioRequestFactory}.
 */
class Http1TwilioRequestFactoryTests {

	private static final String JSON_201 = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
			+ "Twilio-Request-Id: RQ1\r\ntwilio-request-id: RQ2\r\nContent-Length: 16\r\n\r\n{\"created\":true}";

	/**
	 * What some servers send on an idle connection before they close it.
	 */
	private static final String REQUEST_TIMEOUT = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n"
			+ "Content-Length: 0\r\n\r\n";

	private final ScriptedHttpServer server = start();

	private final Http1TwilioRequestFactory factory = factory(Duration.ofSeconds(5));

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	@Test
	void sendsRequestLineHostHeadersAndBodyAndReadsTheAnswer() throws Exception {
		this.server.answer(JSON_201.replace("{\"created\":true}", "{\"created\":1}").replace("16", "13"), false);
		ClientHttpRequest request = this.factory.createRequest(uri("/2010-04-01/Messages.json?To=%2B1555&Page=1"),
				HttpMethod.POST);
		request.getHeaders().add("Authorization", "Basic c2VjcmV0");
		request.getHeaders().add("X-Multi", "a");
		request.getHeaders().add("x-multi", "b");
		request.getHeaders().add("Content-Length", "999");
		request.getBody().write("To=%2B1555&Body=Hi".getBytes(StandardCharsets.US_ASCII));
		try (ClientHttpResponse response = request.execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(201);
			assertThat(response.getStatusText()).isEqualTo("Created");
			assertThat(response.getHeaders().get("TWILIO-REQUEST-ID")).containsExactly("RQ1", "RQ2");
			assertThat(response.getHeaders().getContentType()).hasToString("application/json");
			assertThat(response.getBody().readAllBytes()).asString().isEqualTo("{\"created\":1}");
		}
		Received received = this.server.take();
		assertThat(received.requestLine()).isEqualTo("POST /2010-04-01/Messages.json?To=%2B1555&Page=1 HTTP/1.1");
		assertThat(received.header("Host")).containsExactly("127.0.0.1:" + this.server.port());
		assertThat(received.header("Authorization")).containsExactly("Basic c2VjcmV0");
		assertThat(received.header("X-Multi")).containsExactly("a", "b");
		assertThat(received.header("Content-Length")).containsExactly("18");
		assertThat(received.body()).isEqualTo("To=%2B1555&Body=Hi");
	}

	@Test
	void sendsContentLengthZeroForAnEmptyPostAndNoneForAGet() throws Exception {
		this.server.answer(noContent(), false);
		this.server.answer(noContent(), false);
		execute(HttpMethod.POST, "/a").close();
		execute(HttpMethod.GET, "/").close();
		assertThat(this.server.take().header("Content-Length")).containsExactly("0");
		Received get = this.server.take();
		assertThat(get.requestLine()).isEqualTo("GET / HTTP/1.1");
		assertThat(get.header("Content-Length")).isEmpty();
	}

	@Test
	void reusesAConnectionOnceTheBodyHasBeenRead() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.server.answer(JSON_201, false);
			try (ClientHttpResponse response = execute(HttpMethod.GET, "/")) {
				assertThat(response.getBody().readAllBytes()).hasSize(16);
			}
		}
		assertThat(this.server.connections()).isOne();
		assertThat(this.factory.idleConnections()).isOne();
	}

	@Test
	void closingAResponseWithASmallUnreadBodyKeepsTheConnection() throws Exception {
		this.server.answer(JSON_201, false);
		this.server.answer(JSON_201, false);
		execute(HttpMethod.GET, "/").close();
		try (ClientHttpResponse response = execute(HttpMethod.GET, "/")) {
			assertThat(response.getBody().readAllBytes()).asString().isEqualTo("{\"created\":true}");
		}
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void closingAResponseWithALargeUnreadBodyDropsTheConnection() throws Exception {
		String body = "x".repeat(200_000);
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body, false);
		this.server.answer(noContent(), false);
		try (ClientHttpResponse response = execute(HttpMethod.GET, "/")) {
			assertThat(response.getBody().read()).isEqualTo('x');
		}
		assertThat(this.factory.idleConnections()).isZero();
		execute(HttpMethod.GET, "/").close();
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void doesNotReuseAConnectionTheServerSaysItCloses() throws Exception {
		this.server.answer(JSON_201.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"), true);
		this.server.answer(JSON_201, false);
		readAll(execute(HttpMethod.GET, "/"));
		readAll(execute(HttpMethod.GET, "/"));
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void keepsAnHttp10ConnectionOnlyWhenTheServerAsks() throws Exception {
		this.server.answer("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", true);
		this.server.answer("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok", false);
		this.server.answer(noContent(), false);
		assertThat(readAll(execute(HttpMethod.GET, "/"))).isEqualTo("ok");
		assertThat(readAll(execute(HttpMethod.GET, "/"))).isEqualTo("ok");
		execute(HttpMethod.GET, "/").close();
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void decodesAChunkedBodyWithExtensionsAndTrailers() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ "5;name=value\r\n{\"a\":\r\nA\r\n\"chunked\"}\r\n0\r\nX-Trailer: yes\r\n\r\n", false);
		this.server.answer(noContent(), false);
		assertThat(readAll(execute(HttpMethod.GET, "/"))).isEqualTo("{\"a\":\"chunked\"}");
		execute(HttpMethod.GET, "/").close();
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void readsABodyWithoutLengthUpToTheEndOfTheConnection() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end", true);
		this.server.answer(noContent(), false);
		assertThat(readAll(execute(HttpMethod.GET, "/"))).isEqualTo("until the end");
		execute(HttpMethod.GET, "/").close();
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void readsNoBodyForHeadOr204AndKeepsTheConnection() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n", false);
		this.server.answer(noContent(), false);
		this.server.answer(JSON_201, false);
		assertThat(readAll(execute(HttpMethod.HEAD, "/"))).isEmpty();
		assertThat(readAll(execute(HttpMethod.DELETE, "/"))).isEmpty();
		assertThat(readAll(execute(HttpMethod.GET, "/"))).isEqualTo("{\"created\":true}");
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void skipsInterimAnswers() throws Exception {
		this.server.answer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nX-Interim: 1\r\n\r\n" + JSON_201,
				false);
		try (ClientHttpResponse response = execute(HttpMethod.POST, "/")) {
			assertThat(response.getStatusCode().value()).isEqualTo(201);
			assertThat(response.getHeaders().containsHeader("X-Interim")).isFalse();
			assertThat(response.getBody().readAllBytes()).hasSize(16);
		}
	}

	@Test
	void refusesInterimAnswersWithoutEndOnceTheyPassTheHeadLimit() {
		// A server that keeps answering 100 Continue, and never anything else
		this.server.answer("HTTP/1.1 100 Continue\r\n\r\n".repeat(4_000), false);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> execute(HttpMethod.POST, "/"))
			.withMessageEndingWith("is longer than 65536 bytes, interim (1xx) answers included");
	}

	@Test
	void sendsAGetAgainWhenThePooledConnectionWasClosedBeforeItAnswered() throws Exception {
		// The server closes the connection after answering without saying so, as a
		// server does when its keep-alive timeout strikes between two requests
		this.server.answer(JSON_201, true);
		this.server.answer(JSON_201, false);
		readAll(execute(HttpMethod.GET, "/"));
		assertThat(readAll(execute(HttpMethod.GET, "/"))).isEqualTo("{\"created\":true}");
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void leavesAPostOnAClosedPooledConnectionToTheClientsRetries() throws Exception {
		this.server.answer(JSON_201, true);
		readAll(execute(HttpMethod.GET, "/"));
		Thread.sleep(50);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> execute(HttpMethod.POST, "/"));
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void checksAConnectionIdleForSecondsBeforeReusingIt() throws Exception {
		this.server.answer(JSON_201, true);
		this.server.answer(JSON_201, false);
		readAll(execute(HttpMethod.GET, "/"));
		// Past the idle time after which a pooled connection is checked before use: the
		// check finds it closed, so even a POST, which is never sent twice, goes through
		Thread.sleep(2_200);
		assertThat(readAll(execute(HttpMethod.POST, "/"))).isEqualTo("{\"created\":true}");
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void timesOutWhenNoAnswerComes() {
		Http1TwilioRequestFactory factory = factory(Duration.ofMillis(200));
		this.server.answerNever();
		assertThatExceptionOfType(SocketTimeoutException.class)
			.isThrownBy(() -> factory.createRequest(uri("/slow"), HttpMethod.GET).execute());
	}

	@Test
	void anInterruptEndsTheWaitForAnAnswerAndDropsTheConnection() throws Exception {
		// A read timeout far beyond the join below: only the interrupt can end the wait
		Http1TwilioRequestFactory factory = factory(Duration.ofMinutes(5));
		this.server.answer(noContent(), false);
		factory.createRequest(uri("/first"), HttpMethod.GET).execute().close();
		this.server.take();
		this.server.answerNever();
		InterruptedCall call = InterruptedCall.whileWaiting(this.server,
				() -> factory.createRequest(uri("/slow"), HttpMethod.GET).execute());
		assertThat(call.failure()).isInstanceOf(ClosedByInterruptException.class);
		assertThat(call.interruptKept()).as("the caller's interrupt status after the call").isTrue();
		// The pooled connection the wait was on is closed, and the GET was not sent again
		assertThat(factory.idleConnections()).isZero();
		this.server.answer(noContent(), false);
		factory.createRequest(uri("/after"), HttpMethod.GET).execute().close();
		assertThat(this.server.take().requestLine()).isEqualTo("GET /after HTTP/1.1");
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void anInterruptEndsTheWaitForTheRestOfTheBody() throws Exception {
		Http1TwilioRequestFactory factory = factory(Duration.ofMinutes(5));
		// Ten bytes of the body promised, four sent, and the rest never
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{\"a\"", false);
		ClientHttpResponse response = factory.createRequest(uri("/partial"), HttpMethod.GET).execute();
		InterruptedCall call = InterruptedCall.run(() -> response.getBody().readAllBytes());
		assertThat(call.failure()).isInstanceOf(ClosedByInterruptException.class);
		assertThat(call.interruptKept()).isTrue();
		assertThat(factory.idleConnections()).isZero();
	}

	@Test
	void anInterruptedThreadSendsNothingAndTheClientWorksOnAfterwards() throws Exception {
		this.server.answer(noContent(), false);
		execute(HttpMethod.GET, "/first").close();
		this.server.take();
		assertThat(this.factory.idleConnections()).isOne();
		assertRefusedWhileInterrupted("/not-sent");
		this.server.answer(noContent(), false);
		execute(HttpMethod.GET, "/after").close();
		assertThat(this.server.take().requestLine()).as("the request after the interrupted one")
			.isEqualTo("GET /after HTTP/1.1");
		assertThat(this.factory.idleConnections()).isOne();
	}

	@Test
	void anInterruptedThreadOpensNoConnection() throws Exception {
		assertRefusedWhileInterrupted("/not-sent");
		this.server.answer(noContent(), false);
		execute(HttpMethod.GET, "/after").close();
		assertThat(this.server.take().requestLine()).isEqualTo("GET /after HTTP/1.1");
		assertThat(this.server.connections()).isOne();
	}

	/**
	 * Assert that a POST from this thread, interrupted beforehand, fails at once and
	 * leaves the interrupt status set; the status is cleared afterwards.
	 */
	private void assertRefusedWhileInterrupted(String path) {
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(ClosedByInterruptException.class).isThrownBy(() -> execute(HttpMethod.POST, path));
			assertThat(Thread.currentThread().isInterrupted()).as("the interrupt status after the call").isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void waitForTheAnswerEndsAtTheRetryDeadlineOfTheAttemptRatherThanAtTheReadTimeout() {
		this.server.answerNever();
		assertThatExceptionOfType(AttemptDeadline.Exceeded.class)
			.isThrownBy(() -> withDeadline(this.factory.createRequest(uri("/slow"), HttpMethod.GET), 200).execute())
			.withMessageContaining("retry deadline of 200 ms");
		assertThat(this.factory.idleConnections()).isZero();
	}

	@Test
	void readingTheBodyEndsAtTheRetryDeadlineOfTheAttemptToo() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort", false);
		try (ClientHttpResponse response = withDeadline(this.factory.createRequest(uri("/"), HttpMethod.GET), 1000)
			.execute()) {
			InputStream body = response.getBody();
			assertThatExceptionOfType(AttemptDeadline.Exceeded.class).isThrownBy(body::readAllBytes)
				.withMessageContaining("retry deadline of 1000 ms");
		}
		assertThat(this.factory.idleConnections()).isZero();
	}

	@Test
	void sendsNothingOnceTheRetryDeadlineOfTheAttemptHasPassed() throws Exception {
		ClientHttpRequest request = this.factory.createRequest(uri("/"), HttpMethod.POST);
		request.getAttributes()
			.put(AttemptDeadline.ATTRIBUTE, new AttemptDeadline(System.nanoTime() - 1, Duration.ofSeconds(2)));
		assertThatExceptionOfType(AttemptDeadline.Exceeded.class).isThrownBy(request::execute);
		assertThat(this.server.connections()).isZero();
	}

	@Test
	void pooledConnectionWaitsTheWholeReadTimeoutAgainAfterAnAttemptWithADeadline() throws Exception {
		this.server.answer(JSON_201, false);
		try (ClientHttpResponse response = withDeadline(this.factory.createRequest(uri("/"), HttpMethod.GET), 1000)
			.execute()) {
			assertThat(response.getBody().readAllBytes()).hasSize(16);
		}
		// Answered after the shortened timeout the first request left on the socket
		Thread answerLater = new Thread(() -> {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.server.answer(JSON_201, false);
		});
		answerLater.start();
		try (ClientHttpResponse response = execute(HttpMethod.GET, "/")) {
			assertThat(response.getBody().readAllBytes()).hasSize(16);
		}
		answerLater.join();
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void reportsAConnectionClosedWithoutAnAnswer() {
		this.server.answer("", true);
		assertThatExceptionOfType(EOFException.class).isThrownBy(() -> execute(HttpMethod.POST, "/"))
			.withMessageContaining("closed the connection without answering");
	}

	@Test
	void reportsABodyCutShort() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort", true);
		try (ClientHttpResponse response = execute(HttpMethod.GET, "/")) {
			InputStream body = response.getBody();
			assertThatExceptionOfType(EOFException.class).isThrownBy(body::readAllBytes)
				.withMessageContaining("95 bytes of the body still to come");
		}
		assertThat(this.factory.idleConnections()).isZero();
	}

	@Test
	void rejectsAnAnswerThatIsNotHttp() {
		this.server.answer("SSH-2.0-OpenSSH\r\n\r\n", true);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> execute(HttpMethod.GET, "/"))
			.withMessageContaining("Not an HTTP/1.x answer")
			.withMessageContaining("SSH-2.0");
	}

	@Test
	void rejectsAMalformedContentLength() {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n", true);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> execute(HttpMethod.GET, "/"))
			.withMessageContaining("Malformed Content-Length 'lots'");
	}

	@Test
	void rejectsHeaderValuesThatWouldBreakTheRequestWithoutShowingThem() throws Exception {
		ClientHttpRequest request = this.factory.createRequest(uri("/"), HttpMethod.GET);
		request.getHeaders().add("Authorization", "Basic secret\r\nX-Injected: yes");
		assertThatIllegalArgumentException().isThrownBy(request::execute)
			.withMessageContaining("'Authorization'")
			.withMessageContaining("line breaks")
			.withMessageNotContaining("secret");
		ClientHttpRequest badName = this.factory.createRequest(uri("/"), HttpMethod.GET);
		badName.getHeaders().add("Bad Name", "value");
		assertThatIllegalArgumentException().isThrownBy(badName::execute).withMessageContaining("'Bad?Name'");
	}

	@Test
	void closesTheConnectionWhenAHeaderIsRefused() throws Exception {
		try (ServerSocket serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			ClientHttpRequest request = this.factory
				.createRequest(URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/"), HttpMethod.GET);
			request.getHeaders().add("X-Bad", "a\r\nb");
			assertThatIllegalArgumentException().isThrownBy(request::execute);
			try (Socket accepted = serverSocket.accept()) {
				accepted.setSoTimeout(5_000);
				// The end of the stream: the client closed its end without sending anything
				assertThat(accepted.getInputStream().read()).isEqualTo(-1);
			}
			assertThat(this.factory.idleConnections()).isZero();
		}
	}

	@Test
	void doesNotHandBytesBeyondAnAnswerToTheNextRequest() throws Exception {
		// More than the declared length: a duplicate answer, which answers no request
		this.server.answer(json("{}") + json("{\"sid\":\"SM-stale\"}"), false);
		this.server.answer(json("{\"sid\":\"SM-fresh\"}"), false);
		assertThat(readAll(execute(HttpMethod.GET, "/first"))).isEqualTo("{}");
		assertThat(readAll(execute(HttpMethod.POST, "/second"))).isEqualTo("{\"sid\":\"SM-fresh\"}");
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void doesNotTakeWhatTheServerSentOnAnIdleConnectionAsTheNextAnswer() throws Exception {
		this.server.answerThenUnasked(json("{}"), REQUEST_TIMEOUT);
		this.server.answer(json("{\"sid\":\"SM-fresh\"}"), false);
		assertThat(readAll(execute(HttpMethod.GET, "/first"))).isEqualTo("{}");
		this.server.awaitUnasked();
		try (ClientHttpResponse response = execute(HttpMethod.POST, "/second")) {
			assertThat(response.getStatusCode().value()).isEqualTo(200);
			assertThat(response.getBody().readAllBytes()).asString().isEqualTo("{\"sid\":\"SM-fresh\"}");
		}
		assertThat(this.server.connections()).isEqualTo(2);
	}

	@Test
	void doesNotTakeWhatTheServerSentOnAnIdleTlsConnectionAsTheNextAnswer(@TempDir Path directory)
			throws Exception {
		SSLContext tls = selfSignedTls(directory);
		try (ScriptedHttpServer secure = new ScriptedHttpServer(tls.getServerSocketFactory())) {
			Http1TwilioRequestFactory factory = tlsFactory(tls, Duration.ofSeconds(5));
			secure.answerThenUnasked(json("{}"), REQUEST_TIMEOUT);
			secure.answer(json("{\"sid\":\"SM-fresh\"}"), false);
			URI uri = URI.create("https://localhost:" + secure.port() + "/v1/Services");
			assertThat(readAll(factory.createRequest(uri, HttpMethod.GET).execute())).isEqualTo("{}");
			secure.awaitUnasked();
			try (ClientHttpResponse response = factory.createRequest(uri, HttpMethod.POST).execute()) {
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				assertThat(response.getBody().readAllBytes()).asString().isEqualTo("{\"sid\":\"SM-fresh\"}");
			}
			assertThat(secure.connections()).isEqualTo(2);
		}
	}

	@Test
	void rejectsAStatusBelow100() {
		this.server.answer("HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n", true);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> execute(HttpMethod.GET, "/"))
			.withMessageContaining("Malformed status line")
			.withMessageContaining("099");
	}

	@Test
	void doesNotReuseAConnectionPastTheServersKeepAliveTimeout() throws Exception {
		// An attempt whose connection idled for as long as the time after which idle
		// connections are checked proves nothing: the check alone would find the
		// connection closed. Such an attempt is made again.
		for (int attempt = 0; attempt < 3; attempt++) {
			Duration idle = reuseAfterTheServersKeepAliveTimeout();
			if (idle.compareTo(Duration.ofSeconds(2)) < 0) {
				return;
			}
		}
		Assumptions.abort("Every attempt idled for 2 s or more, after which the connection is checked anyway; "
				+ "the machine is too slow for this test to tell whether the Keep-Alive timeout is honored");
	}

	/**
	 * Send a GET answered with a Keep-Alive timeout of one second and a closed connection,
	 * then, after a wait longer than that but shorter than the time after which idle
	 * connections are checked, a POST, which is never sent twice: it goes through only on
	 * a new connection.
	 * @return how long the first connection was idle before the POST, or longer
	 */
	private Duration reuseAfterTheServersKeepAliveTimeout() throws Exception {
		int connections = this.server.connections();
		this.server.answer("HTTP/1.1 200 OK\r\nKeep-Alive: timeout=1\r\nContent-Length: 2\r\n\r\n{}", true);
		this.server.answer(json("{}"), false);
		Http1TwilioRequestFactory factory = factory(Duration.ofSeconds(5));
		try {
			ClientHttpResponse first = factory.createRequest(uri("/"), HttpMethod.GET).execute();
			// The connection goes back to the pool once its body is read, not before
			long released = System.nanoTime();
			assertThat(readAll(first)).isEqualTo("{}");
			Thread.sleep(1_200);
			assertThat(readAll(factory.createRequest(uri("/create"), HttpMethod.POST).execute())).isEqualTo("{}");
			Duration idle = Duration.ofNanos(System.nanoTime() - released);
			assertThat(this.server.connections() - connections).isEqualTo(2);
			return idle;
		}
		finally {
			factory.close();
		}
	}

	@Test
	void refusesSchemesOtherThanHttpAndHttps() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.factory.createRequest(URI.create("ftp://127.0.0.1/file"), HttpMethod.GET))
			.withMessageContaining("Unsupported URL scheme 'ftp'");
	}

	@Test
	void sendsABodySetForStreamingWithItsLength() throws Exception {
		// The client's own body, and another one, as an interceptor hands it on
		this.server.answer(noContent(), false);
		this.server.answer(noContent(), false);
		ClientHttpRequest own = this.factory.createRequest(uri("/own"), HttpMethod.POST);
		((StreamingHttpOutputMessage) own)
			.setBody(new TwilioExecutor.FixedBody("To=%2B1555".getBytes(StandardCharsets.US_ASCII)));
		own.execute().close();
		ClientHttpRequest other = this.factory.createRequest(uri("/other"), HttpMethod.POST);
		((StreamingHttpOutputMessage) other)
			.setBody((out) -> out.write("Body=Hi&To=%2B1".getBytes(StandardCharsets.US_ASCII)));
		other.execute().close();
		Received first = this.server.take();
		assertThat(first.header("Content-Length")).containsExactly("10");
		assertThat(first.body()).isEqualTo("To=%2B1555");
		Received second = this.server.take();
		assertThat(second.header("Content-Length")).containsExactly("15");
		assertThat(second.body()).isEqualTo("Body=Hi&To=%2B1");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> ((StreamingHttpOutputMessage) own).setBody((out) -> out.write(1)));
	}

	@Test
	void hasNoBodyToWriteOnceSent() throws Exception {
		this.server.answer(noContent(), false);
		ClientHttpRequest request = this.factory.createRequest(uri("/"), HttpMethod.POST);
		request.execute().close();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(request::getBody);
	}

	@Test
	void handsRoutesThroughAProxyToTheProxyTransport() throws Exception {
		// A factory that has found the route direct before the proxy is configured
		Http1TwilioRequestFactory direct = factory(Duration.ofSeconds(5));
		this.server.answer(noContent(), false);
		direct.createRequest(uri("/"), HttpMethod.GET).execute().close();
		AtomicInteger proxied = new AtomicInteger();
		ClientHttpRequestFactory proxyTransport = (uri, method) -> {
			proxied.incrementAndGet();
			return direct.createRequest(uri, method);
		};
		ProxySelector previous = ProxySelector.getDefault();
		ProxySelector.setDefault(ProxySelector.of(java.net.InetSocketAddress.createUnresolved("proxy", 3128)));
		try {
			Http1TwilioRequestFactory factory = new Http1TwilioRequestFactory(Duration.ZERO, Duration.ZERO,
					SSLContext.getDefault()::getSocketFactory, () -> proxyTransport);
			this.server.answer(noContent(), false);
			factory.createRequest(uri("/"), HttpMethod.GET).execute().close();
		}
		finally {
			ProxySelector.setDefault(previous);
		}
		assertThat(proxied).hasValue(1);
	}

	@Test
	void speaksTlsAndVerifiesTheHostName(@TempDir Path directory) throws Exception {
		SSLContext tls = selfSignedTls(directory);
		try (ScriptedHttpServer secure = new ScriptedHttpServer(tls.getServerSocketFactory())) {
			Http1TwilioRequestFactory factory = tlsFactory(tls, Duration.ofSeconds(5));
			secure.answer(JSON_201, false);
			secure.answer(JSON_201, false);
			URI byName = URI.create("https://localhost:" + secure.port() + "/v1/Services");
			assertThat(readAll(factory.createRequest(byName, HttpMethod.GET).execute()))
				.isEqualTo("{\"created\":true}");
			assertThat(readAll(factory.createRequest(byName, HttpMethod.GET).execute()))
				.isEqualTo("{\"created\":true}");
			assertThat(secure.take().header("Host")).containsExactly("localhost:" + secure.port());
			assertThat(secure.connections()).isOne();
			// The certificate names localhost only
			URI byAddress = URI.create("https://127.0.0.1:" + secure.port() + "/v1/Services");
			assertThatExceptionOfType(SSLException.class)
				.isThrownBy(() -> factory.createRequest(byAddress, HttpMethod.GET).execute());
		}
	}

	@Test
	void anInterruptEndsAWaitUnderTls(@TempDir Path directory) throws Exception {
		SSLContext tls = selfSignedTls(directory);
		try (ScriptedHttpServer secure = new ScriptedHttpServer(tls.getServerSocketFactory())) {
			Http1TwilioRequestFactory factory = tlsFactory(tls, Duration.ofMinutes(5));
			secure.answerNever();
			URI slow = URI.create("https://localhost:" + secure.port() + "/slow");
			InterruptedCall call = InterruptedCall.whileWaiting(secure,
					() -> factory.createRequest(slow, HttpMethod.GET).execute());
			assertThat(call.failure()).isInstanceOf(ClosedByInterruptException.class);
			assertThat(call.interruptKept()).isTrue();
		}
	}

	private static Http1TwilioRequestFactory tlsFactory(SSLContext tls, Duration readTimeout) {
		return new Http1TwilioRequestFactory(Duration.ofSeconds(5), readTimeout, tls::getSocketFactory, () -> {
			throw new IllegalStateException("No proxy expected");
		});
	}

	private static SSLContext selfSignedTls(Path directory) throws Exception {
		return SelfSignedKeyStores.tls(SelfSignedKeyStores.create(directory));
	}

	private ClientHttpResponse execute(HttpMethod method, String path) throws IOException {
		return this.factory.createRequest(uri(path), method).execute();
	}

	private static String readAll(ClientHttpResponse response) throws IOException {
		try (response) {
			return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String json(String body) {
		return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
				+ body;
	}

	private static String noContent() {
		return "HTTP/1.1 204 No Content\r\n\r\n";
	}

	private static ClientHttpRequest withDeadline(ClientHttpRequest request, long millis) {
		Duration deadline = Duration.ofMillis(millis);
		request.getAttributes()
			.put(AttemptDeadline.ATTRIBUTE, new AttemptDeadline(System.nanoTime() + deadline.toNanos(), deadline));
		return request;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.port() + path);
	}

	private static Http1TwilioRequestFactory factory(Duration readTimeout) {
		return new Http1TwilioRequestFactory(Duration.ofSeconds(5), readTimeout, () -> {
			throw new IllegalStateException("No TLS expected");
		}, () -> {
			throw new IllegalStateException("No proxy expected");
		});
	}

	private static ScriptedHttpServer start() {
		try {
			return new ScriptedHttpServer();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
