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
 * Tests for {@link TwilioClient} on a {@code 401} or {@code 407} answer, with or without
 * the challenge header that HTTP asks for: a stub of the application's or a proxy in
 * front of Twilio may leave it out, and the caller must still get Twilio's error, not
 * retried, on the client's own transport and on Spring Framework's JDK, Apache, Jetty,
 * Reactor Netty and {@code HttpURLConnection} ones.
 */
class TwilioClientAuthenticationChallengeTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String MESSAGE_SID = "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final String AUTH_TOKEN = "secret-auth-token";

	private static final String TWILIO_ERROR = "{\"code\": 20003, \"message\": \"Authenticate\", "
			+ "\"more_info\": \"https://www.twilio.com/docs/errors/20003\", \"status\": 401}";

	private final ScriptedHttpServer server;

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	/**
	 * Request factories given to clients, which the clients do not close.
	 */
	private final List<ClientHttpRequestFactory> givenTransports = new ArrayList<>();

	TwilioClientAuthenticationChallengeTests() throws IOException {
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

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void unauthorizedWithAChallengeIsTwilioErrorNotRetried(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer(answer("401 Unauthorized", "WWW-Authenticate: Basic realm=\"Twilio API\"\r\n", TWILIO_ERROR),
				false);
		assertUnauthorized(client(requestFactory));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void unauthorizedWithoutAChallengeIsTwilioErrorNotRetried(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer(answer("401 Unauthorized", "", TWILIO_ERROR), false);
		assertUnauthorized(client(requestFactory));
	}

	/**
	 * Twilio never asks for proxy credentials: the caller must learn that a proxy on the
	 * way did, rather than that the connection failed.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void proxyAuthenticationRequiredWithoutAChallengeSaysAProxyAskedForCredentials(String transport,
			@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.answer(answer("407 Proxy Authentication Required", "", "Proxy login required"), false);
		TwilioClient client = client(requestFactory);
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407))
			.withMessageContaining("HTTP 407 (Proxy Authentication Required) from a proxy between the application "
					+ "and Twilio, which wants credentials that were missing or wrong")
			.withMessageContaining("Proxy login required")
			.withMessageNotContaining(AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(1);
		assertThat(context.statusCode()).isEqualTo(407);
	}

	private void assertUnauthorized(TwilioClient client) {
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getCode()).isEqualTo(20003);
				assertThat(ex.getErrorMessage()).isEqualTo("Authenticate");
			})
			.withMessageNotContaining(AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isEqualTo(1);
		assertThat(context.statusCode()).isEqualTo(401);
		assertThat(context.outcome()).isNotEqualTo(Outcome.CONNECTION_ERROR);
	}

	private static String answer(String status, String headers, String body) {
		String type = body.startsWith("{") ? "application/json" : "text/plain";
		return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Type: " + type + "\r\nContent-Length: "
				+ body.length() + "\r\n\r\n" + body;
	}

	private TwilioClient client(@Nullable Supplier<ClientHttpRequestFactory> requestFactory) {
		TwilioClient.Builder builder = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken(AUTH_TOKEN)
			.baseUrl(URI.create("http://127.0.0.1:" + this.server.port()))
			.maxRetries(3)
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
