package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.SmsController;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} on Tomcat with
 * {@code spring.threads.virtual.enabled=true}: concurrent webhooks and their concurrent
 * retries, deduplicated through the in-memory store whose waiting requests are virtual
 * threads.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.threads.virtual.enabled=true",
				"twilio.auth-token=" + AUTH_TOKEN, "twilio.webhook.deduplicate=true" })
class TwilioWebhookVirtualThreadsTests {

	private static final int WEBHOOKS = 100;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private SmsController smsController;

	@Test
	void concurrentWebhooksAndTheirConcurrentRetriesRunEachHandlerOnceAndReplayItsResponse() throws Exception {
		this.smsController.invocations.set(0);
		this.smsController.threadClasses.clear();
		String url = "http://127.0.0.1:" + this.port + "/twilio/sms";
		ExecutorService executor = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
			.invoke(null);
		List<Future<HttpResponse<String>>> firsts = new ArrayList<>();
		List<Future<HttpResponse<String>>> retries = new ArrayList<>();
		try {
			for (int i = 0; i < WEBHOOKS; i++) {
				Map<String, List<String>> params = params("From", "+15551230000", "Body", "hello-" + i);
				HttpRequest request = HttpRequest.newBuilder(URI.create(url))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
					.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-virtual-" + i)
					.POST(BodyPublishers.ofString(form(params)))
					.build();
				firsts.add(executor.submit(() -> send(request)));
				retries.add(executor.submit(() -> send(request)));
			}
			for (int i = 0; i < WEBHOOKS; i++) {
				// A safety net against a deadlock only
				HttpResponse<String> first = firsts.get(i).get(60, TimeUnit.SECONDS);
				HttpResponse<String> retry = retries.get(i).get(60, TimeUnit.SECONDS);
				assertThat(first.statusCode()).isEqualTo(200);
				assertThat(first.body()).contains("You said: hello-" + i + " #");
				assertThat(retry.statusCode()).isEqualTo(200);
				assertThat(retry.body()).isEqualTo(first.body());
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.smsController.invocations).hasValue(WEBHOOKS);
		// Else the test says nothing of virtual threads
		assertThat(this.smsController.threadClasses).as("the classes of the threads the handler ran on")
			.containsExactly("java.lang.VirtualThread");
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
