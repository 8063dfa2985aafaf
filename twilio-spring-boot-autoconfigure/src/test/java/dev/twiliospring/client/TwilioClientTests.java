package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioClient} requests against a local server.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioClientTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final String MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void sendsFormEncodedPostWithAuthenticationAndHeaders() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().userAgentExtension("my-app/1.2").build();
		JsonNode message = client.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES)
			.param("To", "+15558675310")
			.param("From", "whatsapp:+15017122661")
			.param("Body", "Hello & good bye = 100%")
			.param("MediaUrl", List.of("https://example.com/a.png", "https://example.com/b.png"))
			.build(), JsonNode.class);
		assertThat(message.get("status").asString()).isEqualTo("queued");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json");
		assertThat(request.rawQuery()).isNull();
		assertThat(request.bodyAsString()).isEqualTo("To=%2B15558675310&From=whatsapp%3A%2B15017122661"
				+ "&Body=Hello+%26+good+bye+%3D+100%25&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
				+ "&MediaUrl=https%3A%2F%2Fexample.com%2Fb.png");
		assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(request.header("Accept")).isEqualTo("application/json");
		assertThat(request.header("User-Agent")).startsWith("twilio-spring-boot/")
			.contains("(Java " + System.getProperty("java.version") + "; " + System.getProperty("os.name") + ")")
			.endsWith(" my-app/1.2");
		assertThat(request.header("I-Twilio-Idempotency-Token")).isNotBlank();
	}

	@Test
	void encodesUnicodeFormValuesAsUtf8() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.server.client()
			.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("Body", "Grüße 👍").build(), JsonNode.class);
		assertThat(this.server.takeRequest().form()).containsEntry("Body", List.of("Grüße 👍"));
	}

	@Test
	void authenticatesWithApiKeyButKeepsAccountSidInPath() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		TwilioClient client = this.server.clientBuilder()
			.apiKey("SK0123456789abcdef0123456789abcdef", "api-key-secret")
			.build();
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM123").build(),
				JsonNode.class);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.basicCredentials()).isEqualTo("SK0123456789abcdef0123456789abcdef:api-key-secret");
		assertThat(request.path())
			.isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages/SM123.json");
	}

	@Test
	void forAccountUsesSubaccountSidInPathsAndParentCredentials() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.client()
			.forAccount(subaccount)
			.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + subaccount + "/Messages/SM1.json");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
	}

	@Test
	void explicitAccountSidVariableWinsOverClientAccount() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		this.server.client()
			.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE)
				.pathVariable("AccountSid", "ACcccccccccccccccccccccccccccccccc")
				.pathVariable("Sid", "SM1")
				.build(), JsonNode.class);
		assertThat(this.server.takeRequest().path()).contains("/Accounts/ACcccccccccccccccccccccccccccccccc/");
	}

	@Test
	void encodesPathVariablesAndQueryParametersStrictly() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"));
		this.server.client()
			.execute(TwilioRequest.get(TwilioDomain.API, "/v2/PhoneNumbers/{PhoneNumber}")
				.pathVariable("PhoneNumber", "+1 555/../x")
				.queryParam("To", "+15558675310")
				.queryParam("DateSent>", Instant.parse("2025-05-01T10:15:30.123Z"))
				.queryParam("Fields", List.of("line_type_intelligence", "caller_name"))
				.build(), JsonNode.class);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v2/PhoneNumbers/%2B1%20555%2F..%2Fx");
		assertThat(request.rawQuery()).isEqualTo("To=%2B15558675310&DateSent%3E=2025-05-01T10%3A15%3A30Z"
				+ "&Fields=line_type_intelligence&Fields=caller_name");
		assertThat(request.header("I-Twilio-Idempotency-Token")).isNull();
		assertThat(request.header("Content-Type")).isNull();
	}

	@Test
	void executeForResponseExposesStatusHeadersAndRequestId() {
		this.server.enqueue(Response.fixture(201, "message-queued.json")
			.header("Twilio-Request-Id", "RQ0123456789abcdef0123456789abcdef")
			.header("X-Custom", "yes"));
		TwilioResponse<JsonNode> response = this.server.client()
			.executeForResponse(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1").build(),
					JsonNode.class);
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.requestId()).isEqualTo("RQ0123456789abcdef0123456789abcdef");
		assertThat(response.headers().getFirst("X-Custom")).isEqualTo("yes");
		assertThat(response.body().get("sid").asString()).startsWith("SM");
	}

	@Test
	void executesDeleteWithoutBody() {
		this.server.enqueue(Response.empty(204).header("Twilio-Request-Id", "RQ1"));
		TwilioResponse<Void> response = this.server.client()
			.executeForResponse(TwilioRequest.delete(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build());
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.requestId()).isEqualTo("RQ1");
		assertThat(response.body()).isNull();
		assertThat(this.server.takeRequest().method()).isEqualTo("DELETE");
	}

	@Test
	void rejectsVoidResponseTypeBeforeSendingBecauseItsBodyWouldBeNull() {
		this.server.enqueue(Response.empty(204));
		TwilioRequest request = TwilioRequest.delete(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.client().execute(request, Void.class))
			.withMessageContaining("execute(TwilioRequest)");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void returnsRawTextAndBytes() {
		this.server.enqueue(Response.text(200, "text/xml", "<Response/>"), Response.text(200, "image/png", "PNG"));
		TwilioClient client = this.server.client();
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, "/raw").build();
		assertThat(client.execute(request, String.class)).isEqualTo("<Response/>");
		assertThat(client.execute(request, byte[].class)).isEqualTo("PNG".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void failsClearlyWhenBodyIsExpectedButMissing() {
		this.server.enqueue(Response.empty(200));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> this.server.client().execute(request, JsonNode.class))
			.withMessageContaining("GET " + MESSAGE)
			.withMessageContaining("no body");
	}

	@Test
	void failsClearlyWhenBodyCannotBeMapped() {
		this.server.enqueue(Response.json(200, "[1, 2]"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> this.server.client().execute(request, Map.class))
			.withMessageContaining("Could not read the response of GET " + MESSAGE);
	}

	@Test
	void failsClearlyOnEveryCallForATypeThatCannotBeMappedAtAll() {
		this.server.enqueue(Response.json(200, "{\"sid\":\"SM1\"}"), Response.json(200, "{\"sid\":\"SM1\"}"),
				Response.json(200, "{\"sid\":\"SM1\"}"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build();
		TwilioClient client = this.server.client();
		for (TwilioClient caller : List.of(client, client, client.forAccount("AC" + "b".repeat(32)))) {
			assertThatExceptionOfType(TwilioException.class)
				.isThrownBy(() -> caller.execute(request, Runnable.class))
				.withMessageContaining("Could not read the response of GET " + MESSAGE)
				.withMessageContaining("as Runnable");
		}
	}

	@Test
	void failsWithStatusAndContentTypeWhenSomethingElseAnswersInsteadOfTwilio() {
		this.server.enqueue(Response.text(200, "text/html;charset=UTF-8", "<html><body>Sign in to the proxy</body></html>"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> this.server.client().execute(request, Map.class))
			.withMessageContaining("Could not read the response of GET " + MESSAGE + " (HTTP 200, text/html;charset=UTF-8)");
	}

	@Test
	void buildsOnGivenRestClientBuilderWithoutChangingIt() {
		RestClient.Builder restClientBuilder = RestClient.builder().defaultHeader("X-From-Boot", "true");
		this.server.enqueue(Response.fixture(200, "message.json"));
		TwilioClient client = this.server.clientBuilder().restClientBuilder(restClientBuilder).build();
		restClientBuilder.defaultHeader("X-Added-Later", "true");
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(),
				JsonNode.class);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.header("X-From-Boot")).isEqualTo("true");
		assertThat(request.header("X-Added-Later")).isNull();
	}

	@Test
	void debugLogsShowTemplateAndStatusButNoSecrets(CapturedOutput output) {
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		loggingSystem.setLogLevel(TwilioClient.class.getName(), LogLevel.DEBUG);
		try {
			this.server.enqueue(Response.fixture(201, "message-queued.json").header("Twilio-Request-Id", "RQlog"));
			this.server.client()
				.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1").build(), JsonNode.class);
		}
		finally {
			loggingSystem.setLogLevel(TwilioClient.class.getName(), null);
		}
		assertThat(output.getAll()).contains("Sending POST " + MESSAGES + " (attempt 1)")
			.contains("Received 201 for POST " + MESSAGES + " (attempt 1, request id RQlog)")
			.doesNotContain(StubTwilioServer.AUTH_TOKEN)
			.doesNotContain("Authorization");
	}

	@Test
	void debugLogsOfAStreamNameEachPageByItsNumberWithoutTheFiltersOfItsUrl(CapturedOutput output) {
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		loggingSystem.setLogLevel("dev.twiliospring", LogLevel.TRACE);
		loggingSystem.setLogLevel("org.springframework.web", LogLevel.TRACE);
		try {
			this.server.enqueue(Response.fixture(200, "messages-page-0.json"),
					Response.fixture(200, "messages-page-1.json"),
					Response.json(503, "{\"code\":20503,\"message\":\"Service Unavailable\",\"status\":503}"),
					Response.fixture(200, "messages-page-2.json"));
			TwilioClient client = this.server.clientBuilder().maxRetries(1).sleeper((duration) -> {
			}).build();
			TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES)
				.queryParam("To", "+15558675310")
				.queryParam("PageSize", 2)
				.build();
			try (Stream<JsonNode> messages = client.stream(request, "messages", JsonNode.class)) {
				assertThat(messages.count()).isEqualTo(6);
			}
		}
		finally {
			loggingSystem.setLogLevel("dev.twiliospring", null);
			loggingSystem.setLogLevel("org.springframework.web", null);
		}
		assertThat(output.getAll()).contains("Sending GET " + MESSAGES + " (attempt 1)")
			.contains("Sending GET " + MESSAGES + " (page 1) (attempt 1)")
			.contains("Retrying GET " + MESSAGES + " (page 2) after")
			.contains("Received 200 for GET " + MESSAGES + " (page 2) (attempt 2")
			.doesNotContain("5558675310")
			.doesNotContain("PageToken");
	}

	@Test
	void requestRejectsMissingPathVariable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.get(TwilioDomain.API, MESSAGE).build())
			.withMessageContaining("Path variable {Sid}");
	}

	@Test
	void requestRejectsFormParametersOnGet() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.get(TwilioDomain.API, MESSAGES).param("To", "+1").build())
			.withMessageContaining("use queryParam");
	}

	@Test
	void requestRejectsQueryInTemplate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.method(HttpMethod.GET, TwilioDomain.API, MESSAGES + "?PageSize=5"))
			.withMessageContaining("must not contain a query");
	}

	@Test
	void requestRejectsBraceThatOpensNoVariableWhenBuilt() {
		// Refused by the factory method, not only when the request is sent
		for (String template : new String[] { "/v1/Services/{ServiceSid", "/v1/{Service/Sid}", "/v1/{}/Roles",
				"/v1/{{Sid}}" }) {
			assertThatIllegalArgumentException().as(template)
				.isThrownBy(() -> TwilioRequest.post(TwilioDomain.CONVERSATIONS, template))
				.withMessageContaining("opens no variable")
				.withMessageContaining(template);
		}
		assertThat(TwilioRequest.post(TwilioDomain.CONVERSATIONS, "/v1/Services/{ServiceSid}/Roles/{Sid}")
			.pathVariable("ServiceSid", "IS1")
			.pathVariable("Sid", "RL1")
			.build()
			.pathTemplate()).isEqualTo("/v1/Services/{ServiceSid}/Roles/{Sid}");
	}

}
