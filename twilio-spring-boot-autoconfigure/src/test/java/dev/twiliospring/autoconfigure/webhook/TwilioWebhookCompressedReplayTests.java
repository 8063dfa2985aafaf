package dev.twiliospring.autoconfigure.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.SmsController;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhookFilter;
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
 * Tests for deduplicated webhook responses on an embedded server that compresses its
 * responses ({@code server.compression.enabled}).
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.deduplicate=true", "server.compression.enabled=true" })
class TwilioWebhookCompressedReplayTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private SmsController smsController;

	@Test
	void replaysResponseThatTheServerCompressedAsABodyTheClientCanRead() throws Exception {
		String url = "http://127.0.0.1:" + this.port + "/twilio/sms";
		// Larger than the response buffer, so the server compresses it while the handler
		// writes, before the filter records the response
		Map<String, List<String>> params = params("Body", "y".repeat(20_000));
		HttpResponse<byte[]> first = send(url, params);
		HttpResponse<byte[]> retry = send(url, params);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String body = decoded(first);
		assertThat(body).endsWith(" #1</Message></Response>");
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(decoded(retry)).isEqualTo(body);
		assertThat(this.smsController.invocations).hasValue(1);
	}

	private HttpResponse<byte[]> send(String url, Map<String, List<String>> params) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Encoding", "gzip")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-compressed")
			.POST(BodyPublishers.ofString(form(params)))
			.build();
		return this.client.send(request, BodyHandlers.ofByteArray());
	}

	private static String decoded(HttpResponse<byte[]> response) throws IOException {
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isEmpty()) {
			return new String(response.body(), StandardCharsets.UTF_8);
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
