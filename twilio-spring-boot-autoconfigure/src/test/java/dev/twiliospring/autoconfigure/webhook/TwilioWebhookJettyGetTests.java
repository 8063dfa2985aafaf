package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} with {@code GET} webhooks over
 * HTTP/1.1 on an embedded Jetty, which, as Tomcat does, gives a request without a body
 * a {@code Content-Length} of 0 and a chunked one a {@code Transfer-Encoding}.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				// The test application.properties' list, with Tomcat left out in place of Jetty
				"spring.autoconfigure.exclude="
						+ "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
						+ "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
						+ "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
						+ "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration,"
						+ "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration,"
						+ "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration" })
class TwilioWebhookJettyGetTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void acceptsSignedGetWebhookWithoutBody() throws Exception {
		String url = voiceUrl();
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(url))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, Map.of()))
			.GET()
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("Call CA1 from +15005550006 is ringing");
	}

	@Test
	void rejectsChunkedBodyOfGetWebhook() throws Exception {
		String url = voiceUrl();
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(url))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, Map.of()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method("GET", BodyPublishers.fromPublisher(BodyPublishers.ofString("From=%2B15005550009")))
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("\"reason\":\"unexpected-body\"");
	}

	private String voiceUrl() {
		return "http://127.0.0.1:" + this.port + "/twilio/voice?CallSid=CA1&From=%2B15005550006&CallStatus=ringing";
	}

}
