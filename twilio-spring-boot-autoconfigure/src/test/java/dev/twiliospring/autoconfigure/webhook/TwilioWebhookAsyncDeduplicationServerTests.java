package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the deduplication of asynchronous webhooks by {@link TwilioWebhookFilter} on
 * a real embedded server, whose async timeouts and failures go through the container's
 * and Spring MVC's own dispatches: none of them leaves a claim behind that would answer
 * every later retry with {@code 409}.
 */
@SpringBootTest(classes = TwilioWebhookAsyncDeduplicationServerTests.AsyncApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.deduplicate=true", "spring.mvc.async.request-timeout=200ms" })
class TwilioWebhookAsyncDeduplicationServerTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private AsyncController controller;

	@BeforeEach
	void reset() {
		this.controller.invocations.set(0);
	}

	@Test
	void retryOfAnAsynchronousWebhookThatTimedOutRunsTheHandlerAgainAndIsReplayedThen() throws Exception {
		HttpResponse<String> timedOut = send("/twilio/first-times-out", "tok-timeout");
		HttpResponse<String> retry = send("/twilio/first-times-out", "tok-timeout");
		HttpResponse<String> replayed = send("/twilio/first-times-out", "tok-timeout");
		assertThat(timedOut.statusCode()).isEqualTo(503);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo("answered #2");
		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body()).isEqualTo("answered #2");
		assertThat(this.controller.invocations).hasValue(2);
	}

	@Test
	void retryOfAnAsynchronousWebhookThatFailedRunsTheHandlerAgain() throws Exception {
		HttpResponse<String> failed = send("/twilio/first-fails", "tok-fails");
		HttpResponse<String> retry = send("/twilio/first-fails", "tok-fails");
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo("answered #2");
		assertThat(this.controller.invocations).hasValue(2);
	}

	private HttpResponse<String> send(String path, String idempotencyToken) throws Exception {
		String url = "http://127.0.0.1:" + this.port + path;
		Map<String, List<String>> params = params("Body", "hi");
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, idempotencyToken)
			.POST(BodyPublishers.ofString(form(params)))
			.build();
		return this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(AsyncController.class)
	static class AsyncApplication {

	}

	@RestController
	@TwilioWebhook
	static class AsyncController {

		final AtomicInteger invocations = new AtomicInteger();

		@PostMapping("/twilio/first-times-out")
		DeferredResult<String> firstTimesOut() {
			int invocation = this.invocations.incrementAndGet();
			DeferredResult<String> result = new DeferredResult<>();
			// The first is never answered, and times out
			if (invocation > 1) {
				result.setResult("answered #" + invocation);
			}
			return result;
		}

		@PostMapping("/twilio/first-fails")
		Callable<String> firstFails() {
			return () -> {
				int invocation = this.invocations.incrementAndGet();
				if (invocation == 1) {
					throw new IllegalStateException("Handler failed");
				}
				return "answered #" + invocation;
			};
		}

	}

}
