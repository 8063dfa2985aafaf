package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JettyClientHttpRequestFactory;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioRequestContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioClient#exchange(TwilioRequest)}, request headers, raw bodies and
 * redirect answers.
 */
class TwilioClientExchangeTests {

	private static final String CONVERSATIONS = "/v1/Conversations";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final TwilioClient client = this.server.clientBuilder().listener(this.listener).build();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void exchangeReturnsErrorStatusWithRawBodyInsteadOfThrowing() {
		String error = "{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}";
		this.server.enqueue(Response.json(404, error).header("Twilio-Request-Id", "RQ404"));
		TwilioResponse<byte[]> response = this.client
			.exchange(TwilioRequest.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{Sid}")
				.pathVariable("Sid", "CH404")
				.build());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(error);
		assertThat(response.requestId()).isEqualTo("RQ404");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
		assertThat(context.errorCode()).isEqualTo(20404);
		assertThat(context.error()).isInstanceOf(TwilioApiException.class);
	}

	@Test
	void exchangeStillRetriesServerErrorsAndReturnsTheLastAnswer() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.json(503, "{\"status\":503,\"n\":2}"));
		TwilioClient retrying = this.server.clientBuilder().maxRetries(1).build();
		TwilioResponse<byte[]> response = retrying.exchange(TwilioRequest.get(TwilioDomain.API, "/x").build());
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"n\":2");
	}

	@Test
	void exchangeReturnsSuccessfulAnswerAsIs() {
		this.server.enqueue(Response.text(200, "text/csv", "a,b\n1,2\n"));
		TwilioResponse<byte[]> response = this.client.exchange(TwilioRequest.get(TwilioDomain.API, "/x").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
		assertThat(this.listener.only().outcome()).isEqualTo(Outcome.SUCCESS);
	}

	@Test
	void sendsExtraHeadersAndKeepsThemOnNextPages() {
		this.server.enqueue(Response.json(200, "{\"conversations\":[{\"sid\":\"CH1\"}],\"meta\":{\"key\":\"conversations\","
				+ "\"next_page_url\":\"https://conversations.twilio.com/v1/Conversations?PageSize=1&Page=1\"}}"),
				Response.json(200, "{\"conversations\":[{\"sid\":\"CH2\"}],\"meta\":{\"key\":\"conversations\"}}"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.CONVERSATIONS, CONVERSATIONS)
			.queryParam("PageSize", 1)
			.header("X-Twilio-Api-Version", "2025-01-01")
			.build();
		assertThat(this.client.stream(request, "conversations", JsonNode.class).map((item) -> item.get("sid").asString()))
			.containsExactly("CH1", "CH2");
		assertThat(this.server.requests()).extracting((sent) -> sent.header("X-Twilio-Api-Version"))
			.containsExactly("2025-01-01", "2025-01-01");
		assertThat(this.server.requests().get(1).rawQuery()).isEqualTo("PageSize=1&Page=1");
	}

	@Test
	void sendsRawJsonBodyWithItsContentType() {
		this.server.enqueue(Response.json(201, "{\"sid\":\"HX1\"}"));
		this.client.execute(TwilioRequest.post(TwilioDomain.of("content"), "/v1/Content")
			.body("{\"friendly_name\":\"greeting\"}", MediaType.APPLICATION_JSON)
			.build(), JsonNode.class);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.bodyAsString()).isEqualTo("{\"friendly_name\":\"greeting\"}");
		assertThat(request.header("I-Twilio-Idempotency-Token")).isNotBlank();
	}

	@Test
	void rawBodyOfABuiltRequestCannotBeChangedThroughItsAccessor() {
		this.server.enqueue(Response.json(201, "{}"));
		TwilioRequest request = TwilioRequest.post(TwilioDomain.of("content"), "/v1/Content")
			.body("{\"a\":1}", MediaType.APPLICATION_JSON)
			.build();
		request.body().content()[5] = '2';
		this.client.execute(request, JsonNode.class);
		assertThat(this.server.takeRequest().bodyAsString()).isEqualTo("{\"a\":1}");
	}

	@Test
	void rawBodiesWithTheSameBytesAreEqual() {
		TwilioRequest.Body body = new TwilioRequest.Body("{}".getBytes(StandardCharsets.UTF_8),
				MediaType.APPLICATION_JSON);
		TwilioRequest.Body same = new TwilioRequest.Body("{}".getBytes(StandardCharsets.UTF_8),
				MediaType.APPLICATION_JSON);
		assertThat(body).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(body).isNotEqualTo(new TwilioRequest.Body("{}".getBytes(StandardCharsets.UTF_8),
				MediaType.TEXT_PLAIN));
	}

	@Test
	void keepsIdempotencyTokenGivenAsHeader() {
		this.server.enqueue(Response.json(201, "{}"));
		this.client.execute(TwilioRequest.post(TwilioDomain.API, "/x")
			.param("A", "1")
			.header("I-Twilio-Idempotency-Token", "my-token")
			.build(), JsonNode.class);
		assertThat(this.server.takeRequest().headers().get("i-twilio-idempotency-token")).containsExactly("my-token");
	}

	@Test
	void sendsPatchWithBody() {
		this.server.enqueue(Response.json(200, "{}"));
		this.client.execute(TwilioRequest.method(HttpMethod.PATCH, TwilioDomain.API, "/x")
			.body("{\"a\":1}", MediaType.APPLICATION_JSON)
			.build(), JsonNode.class);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("PATCH");
		assertThat(request.bodyAsString()).isEqualTo("{\"a\":1}");
	}

	@Test
	void readsRedirectAnswerAsResult() {
		this.server.enqueue(Response.json(307, "{\"redirect_to\":\"https://example.com/file.csv\"}")
			.header("Location", "https://example.com/file.csv"));
		TwilioResponse<JsonNode> response = this.client
			.executeForResponse(TwilioRequest.get(TwilioDomain.MESSAGING, "/v1/Deactivations").build(), JsonNode.class);
		assertThat(response.statusCode()).isEqualTo(307);
		assertThat(response.body().get("redirect_to").asString()).isEqualTo("https://example.com/file.csv");
		assertThat(this.listener.only().outcome()).isEqualTo(Outcome.SUCCESS);
	}

	@Test
	void rejectsHeadersTheClientSetsItself() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.get(TwilioDomain.API, "/x").header("Authorization", "Basic abc"))
			.withMessageContaining("'Authorization' is set by the client")
			.withMessageNotContaining("abc");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.post(TwilioDomain.API, "/x").header("content-type", "text/plain"));
	}

	@Test
	void refusesHeaderWithALineBreakWhenBuiltWithoutShowingItsValueWhateverTheTransport() {
		// Jetty's client, which Boot's transport may be, would send the value with the
		// line break turned into a space; Reactor Netty's would fail the call as an I/O error
		try (TwilioClient client = this.server.clientBuilder()
			.requestFactory(new JettyClientHttpRequestFactory())
			.build()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> client.exchange(TwilioRequest.get(TwilioDomain.API, "/x")
					.header("X-Custom", "a\r\nX-Injected: secret-value")
					.build()))
				.withMessageContaining("'X-Custom'")
				.withMessageNotContaining("secret-value");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> client
					.exchange(TwilioRequest.get(TwilioDomain.API, "/x").header("X-Custom: a", "b").build()))
				.withMessageContaining("header names cannot have");
		}
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void rejectsPathVariablesThatAreRelativePathSegments() {
		TwilioRequest.Builder request = TwilioRequest.post(TwilioDomain.VERIFY,
				"/v2/Services/{ServiceSid}/Verifications/{Sid}");
		assertThatIllegalArgumentException().isThrownBy(() -> request.pathVariable("Sid", ".."))
			.withMessage("Path variable 'Sid' must not be '..', a relative path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> request.pathVariable("Sid", "."));
		// Dots inside a value are plain characters of the segment
		request.pathVariable("ServiceSid", "VA00000000000000000000000000000000").pathVariable("Sid", "...");
		this.server.enqueue(Response.json(200, "{}"));
		this.server.client().execute(request.build(), JsonNode.class);
		assertThat(this.server.takeRequest().path())
			.isEqualTo("/v2/Services/VA00000000000000000000000000000000/Verifications/...");
	}

	@Test
	void rejectsBodyTogetherWithFormParameters() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioRequest.post(TwilioDomain.API, "/x")
			.param("A", "1")
			.body("{}", MediaType.APPLICATION_JSON)
			.build()).withMessageContaining("either a body or form parameters");
	}

	@Test
	void rejectsBodyOnGet() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.get(TwilioDomain.API, "/x").body("{}", MediaType.APPLICATION_JSON).build())
			.withMessage("GET requests carry no body");
	}

	@Test
	void mutateKeepsHeadersAndBody() {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/x")
			.header("X-Twilio-Webhook-Enabled", "true")
			.body("{}", MediaType.APPLICATION_JSON)
			.build();
		TwilioRequest copy = request.mutate().build();
		assertThat(copy.headers().getFirst("X-Twilio-Webhook-Enabled")).isEqualTo("true");
		assertThat(copy.body()).isNotNull();
		assertThat(copy.body().contentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

}
