package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.client.ClientHttpRequestFactory;

import dev.twiliospring.client.TwilioRequestContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClient} on answers that a transport fails with an exception of
 * its own, or with one while the answer is closed: the caller gets the client's
 * {@link TwilioException} that says what happened, never the transport's or a parser's,
 * on the client's own transport and on Spring Framework's JDK, Apache, Jetty, Reactor
 * Netty and {@code HttpURLConnection} ones.
 */
class TwilioClientTransportOwnFailureTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String MESSAGE_SID = "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final String MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json";

	private static final String RECORDING_SID = "RE" + "c".repeat(32);

	private static final String RECORDING = "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3";

	private final ScriptedHttpServer server;

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	/**
	 * Request factories given to clients, which the clients do not close.
	 */
	private final List<ClientHttpRequestFactory> givenTransports = new ArrayList<>();

	TwilioClientTransportOwnFailureTests() throws IOException {
		this.server = new ScriptedHttpServer();
	}

	@AfterEach
	void stop() throws Exception {
		this.server.close();
		for (ClientHttpRequestFactory transport : this.givenTransports) {
			TwilioExecutor.closeRequestFactory(transport);
		}
	}

	static Stream<Arguments> transports() {
		return TwilioClientPageStreamingTests.transports();
	}

	/**
	 * Apache HttpClient skips a status line it cannot read as noise before the answer,
	 * and waits for the answer until its read timeout, minutes later.
	 */
	static Stream<Arguments> transportsReadingEveryStatusLine() {
		return transports().filter((arguments) -> !"Apache HttpClient 5".equals(arguments.get()[0]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void answerWithAMalformedContentLengthIsAConnectionFailure(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}", true);
		TwilioClient client = client(requestFactory);
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
			.withMessageStartingWith("I/O error on GET " + MESSAGE)
			.withMessageNotContaining(ACCOUNT_SID)
			.withMessageNotContaining(MESSAGE_SID)
			.withMessageNotContaining("(400: ");
		assertThat(this.listener.only().outcome()).isEqualTo(Outcome.CONNECTION_ERROR);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transportsReadingEveryStatusLine")
	void answerWithAMalformedStatusLineIsAConnectionFailure(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer("HTTP/1.1 2x0 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", true);
		TwilioClient client = client(requestFactory);
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
			.withMessageStartingWith("I/O error on GET " + MESSAGE)
			.withMessageNotContaining(ACCOUNT_SID)
			.withMessageNotContaining(MESSAGE_SID)
			.withMessageNotContaining("(400: ");
		assertThat(this.listener.only().outcome()).isEqualTo(Outcome.CONNECTION_ERROR);
	}

	/**
	 * The client stops reading an answer over the size limit, and the transport, closing
	 * it, reads on to the end of the body, as Reactor Netty's does: the connection lost
	 * there must not replace the failure that says what to raise.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void answerOverTheSizeLimitWhoseConnectionIsThenLostStillSaysItIsTooLarge(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		String message = "{\"sid\": \"" + MESSAGE_SID + "\", \"body\": \"" + "x".repeat(40_000) + "\"}";
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(message.length() + 1_000) + "\r\n" + message, true);
		TwilioClient client = client(requestFactory);
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
			.withMessageContaining("has more than 16384 bytes")
			.withMessageContaining("twilio.max-response-size");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(1);
		assertThat(context.statusCode()).isEqualTo(200);
	}

	/**
	 * A file, such as a recording, is read to its end rather than mapped: losing the
	 * connection before that end must fail the call, not hand over the part that came.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void fileWhoseConnectionIsLostHalfwayIsAConnectionFailure(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: 8000\r\n\r\n"
				+ "a".repeat(3_000), true);
		TwilioClient client = client(requestFactory);
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.execute(
				TwilioRequest.get(TwilioDomain.API, RECORDING).pathVariable("Sid", RECORDING_SID).build(),
				byte[].class));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void chunkedFileWhoseConnectionIsLostHalfwayIsAConnectionFailure(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(8_000) + "\r\n" + "a".repeat(3_000), true);
		TwilioClient client = client(requestFactory);
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.execute(
				TwilioRequest.get(TwilioDomain.API, RECORDING).pathVariable("Sid", RECORDING_SID).build(),
				byte[].class));
	}

	private TwilioClient client(@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		TwilioClient.Builder builder = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + this.server.port()))
			.maxResponseSize(16 * 1024)
			.listener(this.listener)
			.sleeper((duration) -> {
			});
		if (requestFactory != null) {
			ClientHttpRequestFactory given = requestFactory.get();
			this.givenTransports.add(given);
			builder.requestFactory(given);
		}
		return builder.build();
	}

}
