package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the response recorder behind {@code twilio.webhook.deduplicate}, on a
 * real embedded server: a handler's answer must not change because Twilio sent an
 * {@code I-Twilio-Idempotency-Token}, which it sends with every webhook.
 */
@SpringBootTest(classes = RecordingResponseCharsetTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.deduplicate=true" })
class RecordingResponseCharsetTests {

	private static final AtomicInteger tokens = new AtomicInteger();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void writerLabelsTheCharsetItEncodesWithAsTheContainerDoes() throws Exception {
		HttpResponse<byte[]> plain = send("/writer/plain", null);
		HttpResponse<byte[]> recorded = send("/writer/plain", "tok-" + tokens.incrementAndGet());
		assertThat(recorded.body()).isEqualTo(plain.body());
		assertThat(recorded.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
	}

	@Test
	void charsetSetAfterTheWriterWasTakenDoesNotRelabelTheBody() throws Exception {
		HttpResponse<byte[]> plain = send("/writer/late", null);
		HttpResponse<byte[]> recorded = send("/writer/late", "tok-" + tokens.incrementAndGet());
		assertThat(recorded.body()).isEqualTo(plain.body());
		assertThat(recorded.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
	}

	private HttpResponse<byte[]> send(String path, @Nullable String idempotencyToken) throws Exception {
		String url = "http://127.0.0.1:" + this.port + path;
		Map<String, List<String>> params = params("Body", "Grüße");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			.POST(HttpRequest.BodyPublishers.ofString(form(params)));
		if (idempotencyToken != null) {
			request.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, idempotencyToken);
		}
		HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Hooks.class)
	static class App {

	}

	@RestController
	@TwilioWebhook
	static class Hooks {

		@PostMapping("/writer/plain")
		void plain(InboundMessage message, HttpServletResponse response) throws IOException {
			response.setContentType("application/xml");
			response.getWriter().write("<Response><Message>" + message.body() + "</Message></Response>");
		}

		@PostMapping("/writer/late")
		void late(InboundMessage message, HttpServletResponse response) throws IOException {
			response.getWriter().write("<Response><Message>" + message.body() + "</Message></Response>");
			response.setContentType("application/xml;charset=UTF-8");
		}

	}

}
