package dev.twiliospring.autoconfigure.webhook;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.SmsController;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Tests for {@link TwilioWebhookAutoConfiguration} on a real embedded server, over HTTP.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.max-body-size=1KB", "twilio.webhook.deduplicate=true" })
class TwilioWebhookServerTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private SmsController smsController;

	@BeforeEach
	void reset() {
		this.smsController.invocations.set(0);
	}

	@Test
	void acceptsSignatureForUrlWithPortAndEncodedQuery() throws Exception {
		String url = "http://127.0.0.1:" + this.port + "/twilio/sms?tenant=a%2Bb";
		Map<String, List<String>> params = params("From", "+15551230000", "Body", "Grüße");
		HttpResponse<String> response = send(url, sign(url, params), BodyPublishers.ofString(form(params)), null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		assertThat(response.body()).contains("You said: Grüße #1");
	}

	@Test
	void rejectsChunkedBodyOverLimitAndKeepsServing() throws Exception {
		String url = "http://127.0.0.1:" + this.port + "/twilio/sms";
		byte[] large = ("Body=" + "x".repeat(4000)).getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> rejected = send(url, "irrelevant",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)), null);
		assertThat(rejected.statusCode()).isEqualTo(413);
		assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(rejected.body()).contains("\"reason\":\"body-too-large\"");
		assertThat(this.smsController.invocations).hasValue(0);
		Map<String, List<String>> params = params("Body", "still here");
		HttpResponse<String> accepted = send(url, sign(url, params), BodyPublishers.ofString(form(params)), null);
		assertThat(accepted.statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsDeclaredBodyOverLimit() throws Exception {
		String url = "http://127.0.0.1:" + this.port + "/twilio/sms";
		HttpResponse<String> rejected = send(url, "irrelevant", BodyPublishers.ofString("Body=" + "x".repeat(4000)),
				null);
		assertThat(rejected.statusCode()).isEqualTo(413);
		assertThat(rejected.body()).contains("\"reason\":\"body-too-large\"");
	}

	@Test
	void replaysResponseOfAsynchronousHandler() throws Exception {
		String url = "http://127.0.0.1:" + this.port + "/twilio/async";
		Map<String, List<String>> params = params("Body", "later");
		HttpResponse<String> first = send(url, sign(url, params), BodyPublishers.ofString(form(params)), "tok-async");
		HttpResponse<String> retry = send(url, sign(url, params), BodyPublishers.ofString(form(params)), "tok-async");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("Later: later #1");
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(this.smsController.invocations).hasValue(1);
	}

	private HttpResponse<String> send(String url, String signature, BodyPublisher body, String idempotencyToken)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
			.POST(body);
		if (idempotencyToken != null) {
			request.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, idempotencyToken);
		}
		return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
