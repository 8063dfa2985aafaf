package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;

import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.StatusEvents;
import dev.twiliospring.webhook.MessageStatusEvent;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.jspecify.annotations.Nullable;
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
 * Tests for {@link TwilioWebhookAutoConfiguration} with the dispatcher servlet mapped
 * under a path prefix ({@code spring.mvc.servlet.path}), on a real embedded server.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN, "spring.mvc.servlet.path=/api",
				"twilio.webhook.status-callback.path=/twilio/status" })
class TwilioWebhookServletPathTests {

	private static final Map<String, List<String>> DELIVERED = params("MessageSid",
			"SM00000000000000000000000000000000", "MessageStatus", "delivered");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private StatusEvents statusEvents;

	@BeforeEach
	void reset() {
		this.statusEvents.received.clear();
	}

	@Test
	void rejectsStatusCallbacksUnderTheServletPathThatAreNotSignedForIt() throws Exception {
		HttpResponse<String> unsigned = post("/api/twilio/status", null, DELIVERED);
		assertThat(unsigned.statusCode()).isEqualTo(403);
		assertThat(unsigned.body()).contains("\"reason\":\"missing-signature\"");
		String signedForAnotherUrl = sign("http://127.0.0.1:" + this.port + "/twilio/status", DELIVERED);
		HttpResponse<String> misdirected = post("/api/twilio/status", signedForAnotherUrl, DELIVERED);
		assertThat(misdirected.statusCode()).isEqualTo(403);
		assertThat(misdirected.body()).contains("\"reason\":\"signature-mismatch\"");
		assertThat(this.statusEvents.received).isEmpty();
	}

	@Test
	void publishesSignedStatusCallbackUnderTheServletPath() throws Exception {
		String signature = sign("http://127.0.0.1:" + this.port + "/api/twilio/status", DELIVERED);
		HttpResponse<String> response = post("/api/twilio/status", signature, DELIVERED);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(this.statusEvents.received).singleElement()
			.isInstanceOfSatisfying(MessageStatusEvent.class,
					(event) -> assertThat(event.callback().messageSid()).isEqualTo("SM00000000000000000000000000000000"));
	}

	@Test
	void rejectsUnsignedControllerWebhookUnderTheServletPath() throws Exception {
		HttpResponse<String> response = post("/api/twilio/sms", null, params("Body", "hi"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> post(String path, @Nullable String signature, Map<String, List<String>> params)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(params)));
		if (signature != null) {
			request.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

}
