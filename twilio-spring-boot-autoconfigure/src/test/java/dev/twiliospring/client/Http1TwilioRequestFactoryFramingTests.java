package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Http1TwilioRequestFactory}: message framing as RFC 9112 defines it.
 */
class Http1TwilioRequestFactoryFramingTests {

	private final ScriptedHttpServer server = start();

	private final Http1TwilioRequestFactory factory = new Http1TwilioRequestFactory(Duration.ofSeconds(5),
			Duration.ofSeconds(2), () -> {
				throw new IllegalStateException("No TLS expected");
			}, () -> {
				throw new IllegalStateException("No proxy expected");
			});

	@AfterEach
	void stopServer() throws IOException {
		this.factory.close();
		this.server.close();
	}

	@Test
	void readsAChunkedBodyWhoseCodingIsNamedOnASecondTransferEncodingLine() throws Exception {
		// Field lines of one name make one list (RFC 9110 5.3): the last coding is chunked
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ "2\r\n{}\r\n0\r\n\r\n", false);
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", false);
		assertThat(readAll(execute())).isEqualTo("{}");
		assertThat(readAll(execute())).isEqualTo("ok");
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void rejectsContentLengthsThatDisagree() {
		// RFC 9112 6.3: an invalid Content-Length is an unrecoverable framing error
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 7\r\n\r\n{}", false);
		assertThatExceptionOfType(IOException.class).isThrownBy(this::execute)
			.withMessageContaining("Conflicting Content-Length");
	}

	@Test
	void acceptsARepeatedContentLengthOfOneValue() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}", false);
		assertThat(readAll(execute())).isEqualTo("{}");
	}

	@Test
	void unfoldsAHeaderValueContinuedOnAFoldedLine() throws Exception {
		// RFC 9112 5.2: a user agent replaces obs-fold with spaces
		this.server.answer("HTTP/1.1 429 Too Many Requests\r\nX-Note: first\r\n second: part\r\nRetry-After: 3\r\n"
				+ "Content-Length: 2\r\n\r\n{}", false);
		try (ClientHttpResponse response = execute()) {
			assertThat(response.getHeaders().get("X-Note")).containsExactly("first second: part");
			assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("3");
			assertThat(response.getHeaders().containsHeader(" second")).isFalse();
			assertThat(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
		}
	}

	@Test
	void readsAFoldedLineWithoutAColonInsteadOfFailing() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nX-Note: first\r\n\tsecond\r\nContent-Length: 2\r\n\r\n{}", false);
		try (ClientHttpResponse response = execute()) {
			assertThat(response.getHeaders().getFirst("X-Note")).isEqualTo("first second");
		}
	}

	@Test
	void trimsHeaderValuesAsStringTrimDoes() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nX-Note: \t two  words \t\r\nX-Empty: \t \r\nX-Bare:x\r\n"
				+ "Content-Length: 2\r\n\r\n{}", false);
		try (ClientHttpResponse response = execute()) {
			assertThat(response.getHeaders().getFirst("X-Note")).isEqualTo("two  words");
			assertThat(response.getHeaders().getFirst("X-Empty")).isEmpty();
			assertThat(response.getHeaders().getFirst("X-Bare")).isEqualTo("x");
		}
	}

	@Test
	void readsAHeadThatArrivesInPieces() throws Exception {
		String rest = "X-Note: a\r\nContent-Length: 2\r\n\r\n{}";
		String[][] pieces = { { "HTTP/1.1 20", "1 Created\r\n" + rest }, { "HTTP/1.1 201 Created\r\n", rest },
				{ "HTTP/1.1 201 Created\r\nX-No", "te: a\r\nContent-Length: 2\r\n\r\n{}" },
				{ "HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 201 Created\r\n" + rest } };
		for (String[] piece : pieces) {
			this.server.answerThenUnasked(piece[0], piece[1]);
			try (ClientHttpResponse response = execute()) {
				assertThat(response.getStatusCode().value()).as(piece[0]).isEqualTo(201);
				assertThat(response.getStatusText()).isEqualTo("Created");
				assertThat(response.getHeaders().getFirst("X-Note")).isEqualTo("a");
				assertThat(response.getBody().readAllBytes()).asString().isEqualTo("{}");
			}
			this.server.awaitUnasked();
		}
	}

	@Test
	void readsHeadLinesLongerThanWhatOneReadBrings() throws Exception {
		String reason = "x".repeat(10_000);
		String value = "y".repeat(10_000);
		this.server.answer("HTTP/1.1 200 " + reason + "\r\nX-Long: " + value + "\r\nContent-Length: 2\r\n\r\n{}",
				false);
		try (ClientHttpResponse response = execute()) {
			assertThat(response.getStatusText()).isEqualTo(reason);
			assertThat(response.getHeaders().getFirst("X-Long")).isEqualTo(value);
			assertThat(response.getBody().readAllBytes()).asString().isEqualTo("{}");
		}
	}

	@Test
	void reportsAConnectionClosedInTheMiddleOfTheStatusLine() {
		this.server.answer("HTTP/1.1 20", true);
		assertThatExceptionOfType(IOException.class).isThrownBy(this::execute)
			.withMessageContaining("closed the connection in the middle of its answer's head");
	}

	@Test
	void reportsAConnectionClosedInTheMiddleOfTheHeaders() {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-", true);
		assertThatExceptionOfType(IOException.class).isThrownBy(this::execute)
			.withMessageContaining("closed the connection in the middle of its answer's head");
	}

	@Test
	void refusesASwitchOfProtocolsAtOnceInsteadOfWaitingForItsEnd() {
		this.server.answer("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
				false);
		assertThatExceptionOfType(IOException.class).isThrownBy(this::execute)
			.withMessageContaining("switched protocols (101)");
		assertThat(this.factory.idleConnections()).isZero();
	}

	@Test
	void refusesAStatusCodeOfMoreThanThreeDigits() {
		this.server.answer("HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\n{}", false);
		assertThatExceptionOfType(IOException.class).isThrownBy(this::execute)
			.withMessageContaining("Malformed status line")
			.withMessageContaining("HTTP/1.1 2000 OK");
	}

	@Test
	void readsAStatusLineWithoutReasonPhrase() throws Exception {
		this.server.answer("HTTP/1.1 204\r\n\r\n", false);
		try (ClientHttpResponse response = execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(204);
			assertThat(response.getStatusText()).isEmpty();
		}
	}

	@Test
	void refusesABodyThatIsNotChunkedAtItsFirstByteInsteadOfWaitingForALineEnd() throws Exception {
		// A JSON body under a wrong Transfer-Encoding, on a connection kept open: without a
		// line end to wait for, reading on would end only at the read timeout
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{\"sid\":\"SM1\"}", false);
		try (ClientHttpResponse response = execute()) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> response.getBody().readAllBytes())
				.withMessageStartingWith("Malformed chunk size '{' from 127.0.0.1:")
				.withMessageEndingWith("the answer is not in the chunked coding its Transfer-Encoding names");
		}
		assertThat(this.factory.idleConnections()).isZero();
	}

	@Test
	void refusesAChunkLongerThanItsSizeAtItsFirstExtraByte() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}xyz", false);
		try (ClientHttpResponse response = execute()) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> response.getBody().readAllBytes())
				.withMessageEndingWith("is longer than its declared size");
		}
	}

	@Test
	void refusesMalformedChunkSizes() throws Exception {
		for (String line : new String[] { "\r\n", " \r\n", "-2\r\n", "0x2\r\n", "2 2\r\n", ";ext\r\n", "2\rx\n",
				"10000000000000000\r\n" }) {
			this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + line + "{}\r\n0\r\n\r\n",
					false);
			try (ClientHttpResponse response = execute()) {
				assertThatExceptionOfType(IOException.class).as(line)
					.isThrownBy(() -> response.getBody().readAllBytes())
					.withMessageStartingWith("Malformed chunk size '");
			}
		}
	}

	@Test
	void readsChunkSizesInAnyCaseWithWhitespaceExtensionsAndBareLineFeeds() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ " 2 ;a=\"b;c\"\r\n{\"\r\n00000000000000a\n123456789\"\n1\t\r\n}\r\n0;last\r\n\r\n", false);
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", false);
		assertThat(readAll(execute())).isEqualTo("{\"123456789\"}");
		assertThat(readAll(execute())).isEqualTo("ok");
		assertThat(this.server.connections()).isOne();
	}

	@Test
	void refusesAnOverlongChunkExtensionAndAConnectionClosedInAChunkSize() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;" + "x".repeat(70_000) + "\r\n{}",
				false);
		try (ClientHttpResponse response = execute()) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> response.getBody().readAllBytes())
				.withMessageContaining("A chunk extension from 127.0.0.1:")
				.withMessageEndingWith("is longer than 65536 bytes");
		}
		this.server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n1", true);
		try (ClientHttpResponse response = execute()) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> response.getBody().readAllBytes())
				.withMessageEndingWith("closed the connection in the middle of a chunked body");
		}
	}

	private ClientHttpResponse execute() throws IOException {
		return this.factory.createRequest(URI.create("http://127.0.0.1:" + this.server.port() + "/"), HttpMethod.GET)
			.execute();
	}

	private static String readAll(ClientHttpResponse response) throws IOException {
		try (response) {
			return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
		}
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
