package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.InvalidWebhookPayloadException;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.DeferredResult;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for webhook controllers inside a Spring MVC application beyond the happy path:
 * asynchronous TwiML results, the application's own exception handling and timeouts, on
 * a real embedded server.
 */
@SpringBootTest(classes = TwilioWebhookSpringMvcTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.deduplicate=true", "spring.mvc.async.request-timeout=300ms" })
class TwilioWebhookSpringMvcTests {

	private static final String JSON_OR_XML = "application/json, application/xml";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private Hooks hooks;

	@BeforeEach
	void reset() {
		this.hooks.timeouts.set(0);
	}

	@Test
	void asynchronousTwimlIsRenderedAsXmlForAClientThatAcceptsJsonFirst() throws Exception {
		for (String path : List.of("/mvc/cf", "/mvc/callable", "/mvc/deferred", "/mvc/cf-entity")) {
			HttpResponse<String> response = post(path, JSON_OR_XML, null, "Body", "hi");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValue("application/xml;charset=UTF-8");
			assertThat(response.body()).as(path).contains("<Response>").doesNotContain("{}");
		}
	}

	@Test
	void asynchronousTwimlForAClientThatAcceptsOnlyJsonIsNotAcceptable() throws Exception {
		for (String path : List.of("/mvc/cf", "/mvc/callable", "/mvc/deferred", "/mvc/cf-entity")) {
			HttpResponse<String> response = post(path, "application/json", null, "Body", "hi");
			assertThat(response.statusCode()).as(path).isEqualTo(406);
			assertThat(response.body()).as(path).doesNotContain("{}");
		}
	}

	@Test
	void synchronousTwimlForAClientThatAcceptsJsonFirstIsStillXml() throws Exception {
		HttpResponse<String> response = post("/mvc/sync", JSON_OR_XML, null, "Body", "hi");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<Message>sync hi</Message>");
	}

	@Test
	void applicationExceptionHandlerAnswersAnInvalidPayload() throws Exception {
		HttpResponse<String> response = post("/mvc/invalid", "*/*", null, "Body", "hi", "NumMedia", "many");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("<Message>Sorry, NumMedia is wrong</Message>");
	}

	@Test
	void twimlWhoseTypeOnlyShowsAtRunTimeIsWrittenAsXmlWhenItsMappingProducesXml() throws Exception {
		// The exception handler's TwiML, and that of a handler declared to return Object:
		// their mappings declare what they produce, as the README says they must
		HttpResponse<String> object = post("/mvc/object", JSON_OR_XML, null, "Body", "hi");
		assertThat(object.statusCode()).as(object.body()).isEqualTo(200);
		assertThat(object.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		assertThat(object.body()).contains("<Message>object hi</Message>");
		HttpResponse<String> invalid = post("/mvc/invalid", JSON_OR_XML, null, "Body", "hi", "NumMedia", "many");
		assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(200);
		assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		assertThat(invalid.body()).contains("<Message>Sorry, NumMedia is wrong</Message>");
	}

	@Test
	void timedOutAsynchronousWebhookIsAnsweredWithoutA500AndRunsAgainWhenRetried() throws Exception {
		HttpResponse<String> first = post("/mvc/timeout", "*/*", "tok-timeout", "Body", "hi");
		assertThat(first.statusCode()).isEqualTo(503);
		assertThat(first.body()).doesNotContain(AUTH_TOKEN);
		HttpResponse<String> retry = post("/mvc/timeout", "*/*", "tok-timeout", "Body", "hi");
		assertThat(retry.statusCode()).isEqualTo(503);
		assertThat(this.hooks.timeouts).hasValue(2);
	}

	private HttpResponse<String> post(String path, String accept, @Nullable String idempotencyToken,
			String... namesAndValues) throws Exception {
		return send(this.client, this.port, path, accept, idempotencyToken, namesAndValues);
	}

	static HttpResponse<String> send(HttpClient client, int port, String path, String accept,
			@Nullable String idempotencyToken, String... namesAndValues) throws Exception {
		String url = "http://127.0.0.1:" + port + path;
		Map<String, List<String>> params = params(namesAndValues);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			.POST(HttpRequest.BodyPublishers.ofString(form(params)));
		if (idempotencyToken != null) {
			request.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, idempotencyToken);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * With problem details switched on, Spring's own exception handler answers what the
	 * application's does not, and the library's answers an invalid payload still.
	 */
	@Nested
	@SpringBootTest(classes = TwilioWebhookSpringMvcTests.PlainApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
					"spring.mvc.problemdetails.enabled=true", "spring.mvc.async.request-timeout=300ms" })
	class WithProblemDetails {

		private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		@LocalServerPort
		private int port;

		@Test
		void invalidPayloadIsABadRequestProblem() throws Exception {
			HttpResponse<String> response = send(this.client, this.port, "/mvc/invalid", "*/*", null, "Body", "hi",
					"NumMedia", "many");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"reason\":\"invalid-parameter\"");
		}

		@Test
		void timedOutAsynchronousTwimlIsAServiceUnavailableProblem() throws Exception {
			HttpResponse<String> response = send(this.client, this.port, "/mvc/timeout", JSON_OR_XML, null, "Body",
					"hi");
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Hooks.class, Advice.class })
	static class App {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Hooks.class)
	static class PlainApp {

	}

	@RestControllerAdvice
	static class Advice {

		@ExceptionHandler(exception = InvalidWebhookPayloadException.class, produces = MediaType.APPLICATION_XML_VALUE)
		ResponseEntity<MessagingResponse> invalid(InvalidWebhookPayloadException ex) {
			return ResponseEntity
				.ok(MessagingResponse.builder().message("Sorry, " + ex.getParameterName() + " is wrong").build());
		}

	}

	@RestController
	@TwilioWebhook
	static class Hooks {

		final AtomicInteger timeouts = new AtomicInteger();

		@PostMapping("/mvc/sync")
		MessagingResponse sync(InboundMessage sms) {
			return MessagingResponse.builder().message("sync " + sms.body()).build();
		}

		@PostMapping("/mvc/cf")
		CompletableFuture<MessagingResponse> cf(InboundMessage sms) {
			return CompletableFuture.supplyAsync(() -> MessagingResponse.builder().message("cf " + sms.body()).build());
		}

		@PostMapping("/mvc/cf-entity")
		CompletableFuture<ResponseEntity<VoiceResponse>> cfEntity(InboundMessage sms) {
			return CompletableFuture
				.supplyAsync(() -> ResponseEntity.ok(VoiceResponse.builder().say("entity " + sms.body()).build()));
		}

		@PostMapping("/mvc/callable")
		Callable<VoiceResponse> callable(InboundMessage sms) {
			return () -> VoiceResponse.builder().say("callable " + sms.body()).build();
		}

		@PostMapping("/mvc/deferred")
		DeferredResult<MessagingResponse> deferred(InboundMessage sms) {
			DeferredResult<MessagingResponse> result = new DeferredResult<>();
			CompletableFuture
				.runAsync(() -> result.setResult(MessagingResponse.builder().message("deferred " + sms.body()).build()));
			return result;
		}

		@PostMapping(path = "/mvc/object", produces = MediaType.APPLICATION_XML_VALUE)
		Object object(InboundMessage sms) {
			return MessagingResponse.builder().message("object " + sms.body()).build();
		}

		@PostMapping("/mvc/invalid")
		MessagingResponse invalid(InboundMessage sms) {
			return MessagingResponse.builder().message("media " + sms.numMedia()).build();
		}

		@PostMapping("/mvc/timeout")
		DeferredResult<MessagingResponse> timeout(InboundMessage sms) {
			this.timeouts.incrementAndGet();
			return new DeferredResult<>();
		}

	}

}
