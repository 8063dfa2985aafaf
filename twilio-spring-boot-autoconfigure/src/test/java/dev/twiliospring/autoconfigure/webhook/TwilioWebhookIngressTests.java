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
import org.junit.jupiter.api.Nested;
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
 * Tests for {@link TwilioWebhookAutoConfiguration} behind an ingress that sends
 * {@code X-Forwarded-Proto}, {@code X-Forwarded-Host}, {@code X-Forwarded-Port} and
 * {@code X-Forwarded-Prefix} to an application with a context path and a dispatcher
 * servlet path, on a real embedded Tomcat, as the README describes it.
 */
class TwilioWebhookIngressTests {

	private static final String LOCAL_PATH = "/ctx/mvc/twilio/sms";

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
					"server.servlet.context-path=/ctx", "spring.mvc.servlet.path=/mvc",
					"server.forward-headers-strategy=framework" })
	class FrameworkStrategy {

		@LocalServerPort
		private int port;

		@Test
		void acceptsSignatureForPublicUrlWhosePrefixReplacesContextPath() throws Exception {
			HttpResponse<String> response = post(this.port, "https://hooks.example.com/app/mvc/twilio/sms",
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hooks.example.com", "X-Forwarded-Port", "443",
					"X-Forwarded-Prefix", "/app");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

		@Test
		void honoursForwardedHostOfAnyClient() throws Exception {
			// Spring's ForwardedHeaderFilter has no list of trusted proxies: the README says so
			HttpResponse<String> response = post(this.port, "https://elsewhere.example.com/ctx/mvc/twilio/sms",
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "elsewhere.example.com");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

	}

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
					"server.servlet.context-path=/ctx", "spring.mvc.servlet.path=/mvc",
					"server.forward-headers-strategy=native" })
	class NativeStrategyFromTrustedProxy {

		@LocalServerPort
		private int port;

		@Test
		void acceptsSignatureForPublicUrlWithContextPath() throws Exception {
			HttpResponse<String> response = post(this.port, "https://hooks.example.com/ctx/mvc/twilio/sms",
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hooks.example.com", "X-Forwarded-Port", "443");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

	}

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
					"server.servlet.context-path=/ctx", "spring.mvc.servlet.path=/mvc",
					"server.forward-headers-strategy=native",
					"server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9" })
	class NativeStrategyFromUntrustedClient {

		@LocalServerPort
		private int port;

		@Test
		void ignoresForwardedHeadersOfClientThatIsNoInternalProxy() throws Exception {
			HttpResponse<String> forged = post(this.port, "https://hooks.example.com/ctx/mvc/twilio/sms",
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hooks.example.com", "X-Forwarded-Port", "443");
			assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
			assertThat(forged.body()).contains("\"reason\":\"signature-mismatch\"");
			HttpResponse<String> local = post(this.port, "http://127.0.0.1:" + this.port + LOCAL_PATH,
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hooks.example.com", "X-Forwarded-Port", "443");
			assertThat(local.statusCode()).as(local.body()).isEqualTo(200);
		}

	}

	private static HttpResponse<String> post(int port, String signedUrl, String... headers) throws Exception {
		Map<String, List<String>> params = params("Body", "hi");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LOCAL_PATH))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(signedUrl, params))
			.POST(BodyPublishers.ofString(form(params)));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
