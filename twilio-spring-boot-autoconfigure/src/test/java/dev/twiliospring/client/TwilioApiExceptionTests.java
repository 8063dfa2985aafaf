package dev.twiliospring.client;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;

import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioApiException} and {@link TwilioConnectionException} as thrown by
 * {@link TwilioClient}.
 */
class TwilioApiExceptionTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final String VERIFICATIONS = "/v2/Services/{ServiceSid}/Verifications";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void mapsClassicTwilioError() {
		this.server.enqueue(Response.fixture(400, "error-classic.json").header("Twilio-Request-Id", "RQerror"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(400);
			assertThat(ex.getCode()).isEqualTo(TwilioErrorCodes.INVALID_TO_NUMBER);
			assertThat(ex.hasCode(21211)).isTrue();
			assertThat(ex.getErrorMessage()).isEqualTo("The 'To' number +1555 is not a valid phone number.");
			assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21211");
			assertThat(ex.getDetails()).containsEntry("field", "To");
			assertThat(ex.getRequestId()).isEqualTo("RQerror");
			assertThat(ex.getMessage()).isEqualTo("Twilio error 21211 (HTTP 400) on POST " + MESSAGES
					+ ": The 'To' number +1555 is not a valid phone number. "
					+ "(see https://www.twilio.com/docs/errors/21211)");
		});
	}

	@Test
	void mapsProblemDetailsError() {
		this.server.enqueue(Response.fixture(400, "error-problem.json")
			.header("Content-Type", "application/problem+json")
			.header("Twilio-Request-Id", "RQproblem"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.server.client()
				.execute(TwilioRequest.post(TwilioDomain.VERIFY, VERIFICATIONS)
					.pathVariable("ServiceSid", "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
					.param("To", "+15558675310")
					.param("Channel", "pigeon")
					.build(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(20001);
				assertThat(ex.getErrorMessage())
					.isEqualTo("The 'Channel' parameter must be one of sms, call, email or whatsapp.");
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20001");
				assertThat(ex.getDetails()).containsOnlyKeys("errors");
				assertThat(ex.getDetails().get("errors")).isEqualTo(List.of(Map.of("field", "Channel", "reason", "invalid")));
				assertThat(ex.getRequestId()).isEqualTo("RQproblem");
				assertThat(ex.getMessage()).startsWith("Twilio error 20001 (HTTP 400) on POST " + VERIFICATIONS);
			});
	}

	@Test
	void mapsProblemDetailsWithTitleOnly() {
		this.server.enqueue(Response.json(404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage).satisfies((ex) -> {
			assertThat(ex.getCode()).isNull();
			assertThat(ex.getErrorMessage()).isEqualTo("Not Found");
			assertThat(ex.getMoreInfo()).isNull();
			assertThat(ex.getMessage()).isEqualTo("HTTP 404 from Twilio on POST " + MESSAGES + ": Not Found");
		});
	}

	@Test
	void mapsNonJsonErrorBody() {
		this.server.enqueue(Response.text(502, "text/html", "<html>\n<body>Bad   Gateway</body>\n</html>"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(502);
			assertThat(ex.getCode()).isNull();
			assertThat(ex.getDetails()).isEmpty();
			assertThat(ex.getMessage()).isEqualTo("HTTP 502 from Twilio on POST " + MESSAGES
					+ " with a non-JSON body: <html> <body>Bad Gateway</body> </html>; not retried: retries are off");
		});
	}

	@Test
	void mapsEmptyErrorBody() {
		this.server.enqueue(Response.empty(401));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage)
			.withMessage("HTTP 401 from Twilio on POST " + MESSAGES + " with an empty body");
	}

	@Test
	void mapsRefusedConnection() throws Exception {
		URI closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		TwilioClient client = this.server.clientBuilder().baseUrl(closedPort).build();
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isFalse();
				assertThat(ex.getMessage())
					.startsWith("I/O error on GET " + MESSAGES + " at " + closedPort.getRawAuthority() + ": ");
			});
	}

	/**
	 * A name under the reserved {@code .invalid} top-level domain never resolves, as a
	 * misspelled edge's host does not.
	 */
	@Test
	void mapsUnknownHost() {
		TwilioClient client = this.server.clientBuilder().baseUrl(URI.create("http://api.example.invalid")).build();
		assertUnknownHost(client);
	}

	@Test
	void mapsUnknownHostOfTheJdkHttpClient() {
		TwilioClient client = this.server.clientBuilder()
			.baseUrl(URI.create("http://api.example.invalid"))
			.requestFactory(new JdkClientHttpRequestFactory())
			.build();
		assertUnknownHost(client);
	}

	private void assertUnknownHost(TwilioClient client) {
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isFalse();
				// The transport's own words, if any, follow in parentheses
				assertThat(ex.getMessage()).matches("I/O error on GET " + Pattern.quote(MESSAGES)
						+ " at api\\.example\\.invalid: unknown host api\\.example\\.invalid( \\(.+\\))?")
					.doesNotContain(StubTwilioServer.AUTH_TOKEN);
			});
	}

	@Test
	void mapsReadTimeout() {
		this.server.enqueue(Response.fixture(200, "message.json").delay(Duration.ofSeconds(2)));
		TwilioClient client = this.server.clientBuilder().readTimeout(Duration.ofMillis(200)).build();
		assertThatExceptionOfType(TwilioConnectionException.class)
			.isThrownBy(() -> client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isTrue();
				assertThat(ex.getMessage()).startsWith("Timed out on GET " + MESSAGES);
			});
	}

	@Test
	void exceptionMessagesNeverContainCredentials() {
		this.server.enqueue(Response.fixture(400, "error-classic.json"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage)
			.satisfies((ex) -> assertThat(ex.toString()).doesNotContain(StubTwilioServer.AUTH_TOKEN));
	}

	@Test
	void abbreviatesAHugeErrorMessageButKeepsItWhole() {
		String huge = "x".repeat(100_000);
		this.server.enqueue(Response.json(400, "{\"code\":21211,\"message\":\"" + huge + "\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage).satisfies((ex) -> {
			assertThat(ex.getMessage()).hasSizeLessThan(2_000).startsWith("Twilio error 21211 (HTTP 400)");
			assertThat(ex.getErrorMessage()).isEqualTo(huge);
		});
	}

	@Test
	void errorThatEchoesTheCredentialsDoesNotShowThem() {
		// As a proxy or gateway does that repeats the request it refused
		this.server.dispatcher((request) -> Response.text(401, "text/plain",
				"Refused Authorization: " + request.header("Authorization")));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage)
			.withMessageContaining("Refused Authorization: Basic [hidden]")
			.withMessageNotContaining(basicCredentials());
		this.server.dispatcher((request) -> Response.json(401, "{\"code\": 20003, \"message\": \"Token "
				+ StubTwilioServer.AUTH_TOKEN + " refused\", \"detail\": \"" + request.header("Authorization") + "\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage).satisfies((ex) -> {
			assertThat(ex.getMessage()).contains("Token [hidden] refused - Basic [hidden]")
				.doesNotContain(StubTwilioServer.AUTH_TOKEN)
				.doesNotContain(basicCredentials());
			assertThat(ex.getErrorMessage()).isEqualTo("Token [hidden] refused");
		});
	}

	@Test
	void errorDetailsThatEchoTheCredentialsDoNotHoldThem() {
		// details are handed to error handlers and log lines as readily as the message
		this.server.dispatcher((request) -> Response.json(401,
				"{\"code\": 20003, \"message\": \"Authenticate\", \"details\": {\"request\": {\"headers\": "
						+ "[\"Authorization: " + request.header("Authorization") + "\"]}, \"token\": \""
						+ StubTwilioServer.AUTH_TOKEN + "\", \"attempt\": 2}}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage).satisfies((ex) -> {
			assertThat(ex.getDetails()).containsEntry("token", "[hidden]")
				.containsEntry("attempt", 2)
				.containsEntry("request", Map.of("headers", List.of("Authorization: Basic [hidden]")));
			assertThat(ex.getDetails().toString()).doesNotContain(StubTwilioServer.AUTH_TOKEN)
				.doesNotContain(basicCredentials());
		});
		this.server.dispatcher((request) -> Response.json(401, "{\"title\": \"Unauthorized\", \"echo\": \""
				+ request.header("Authorization") + "\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage)
			.satisfies((ex) -> assertThat(ex.getDetails()).containsEntry("echo", "Basic [hidden]"));
	}

	@Test
	void errorThatEchoesAControlCharacterOfTheRequestCannotForgeALogLine() {
		// Twilio quotes the number it refused, and an application passes on what its user typed
		String forged = "+1555\r\n2026-01-01T00:00:00Z  INFO 1 --- [main] Payment accepted\u001b[8m\u2028\u0085";
		this.server.dispatcher((request) -> Response.json(400, "{\"code\": 21211, \"message\": \"The 'To' number "
				+ jsonString(request.form().get("To").get(0)) + " is not a valid phone number.\", \"detail\": \""
				+ jsonString(request.form().get("To").get(0)) + "\", \"more_info\": \"https://www.twilio.com/docs/errors/"
				+ "21211\\u001b[2J\"}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.server.client()
				.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", forged).build(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo("Twilio error 21211 (HTTP 400) on POST " + MESSAGES
						+ ": The 'To' number +1555??2026-01-01T00:00:00Z  INFO 1 --- [main] Payment accepted?[8m??"
						+ " is not a valid phone number. - +1555??2026-01-01T00:00:00Z  INFO 1 --- [main] Payment "
						+ "accepted?[8m?? (see https://www.twilio.com/docs/errors/21211?[2J)");
				// The accessors keep Twilio's text as it came
				assertThat(ex.getErrorMessage()).isEqualTo("The 'To' number " + forged + " is not a valid phone number.");
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21211\u001b[2J");
			});
		this.server.dispatcher((request) -> Response.text(502, "text/plain", "Bad\u001b[2J\u009bGateway\u2029"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(this::sendMessage)
			.withMessageContaining("with a non-JSON body: Bad?[2J?Gateway?;");
	}

	private static String jsonString(String value) {
		StringBuilder json = new StringBuilder();
		value.chars().forEach((c) -> json.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", c) : (char) c));
		return json.toString();
	}

	private static String basicCredentials() {
		return Base64.getEncoder()
			.encodeToString((StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN)
				.getBytes(StandardCharsets.UTF_8));
	}

	private void sendMessage() {
		this.server.client()
			.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1555").build(), JsonNode.class);
	}

}
