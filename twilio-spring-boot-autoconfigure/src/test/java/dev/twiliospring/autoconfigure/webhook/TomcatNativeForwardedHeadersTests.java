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

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} behind a proxy with
 * {@code server.forward-headers-strategy=native}, on a real embedded Tomcat, whose
 * support reads {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and
 * {@code X-Forwarded-Port} but not {@code X-Forwarded-Prefix} or a port in
 * {@code X-Forwarded-Host}, as the README says.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"server.forward-headers-strategy=native" })
class TomcatNativeForwardedHeadersTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void acceptsSignatureForUrlFromXForwardedProtoHostAndPort() throws Exception {
		HttpResponse<String> response = post("https://hooks.example.com:8443/twilio/sms", "X-Forwarded-Proto",
				"https", "X-Forwarded-Host", "hooks.example.com", "X-Forwarded-Port", "8443");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void rejectsSignatureForUrlWithXForwardedPrefixWhichTomcatIgnores() throws Exception {
		HttpResponse<String> response = post("https://hooks.example.com/app/twilio/sms", "X-Forwarded-Proto",
				"https", "X-Forwarded-Host", "hooks.example.com", "X-Forwarded-Prefix", "/app");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
	}

	@Test
	void rejectsSignatureForUrlWithPortOfXForwardedHostWhichTomcatDrops() throws Exception {
		HttpResponse<String> response = post("https://hooks.example.com:8443/twilio/sms", "X-Forwarded-Proto",
				"https", "X-Forwarded-Host", "hooks.example.com:8443");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
	}

	private HttpResponse<String> post(String signedUrl, String... headers) throws Exception {
		Map<String, List<String>> params = params("Body", "hi");
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/twilio/sms"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(signedUrl, params))
			.POST(BodyPublishers.ofString(form(params)));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
