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
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for webhooks that open an h2c connection with an {@code Upgrade: h2c} request, as
 * the JDK {@code HttpClient} does with its first request, on an embedded Tomcat with
 * {@code server.http2.enabled=true}: Tomcat holds the body of such a request up to its
 * connector's {@code maxSavePostSize}, as the README says.
 */
class TwilioWebhookH2cUpgradeTests {

	/**
	 * A form body of more than Tomcat's default 4 KB, within the webhook limit of 64 KB.
	 */
	private static final Map<String, List<String>> PARAMS = params("Body", "x".repeat(5000));

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
					"server.http2.enabled=true" })
	class WithTomcatDefaults {

		@LocalServerPort
		private int port;

		@Test
		void refusesUpgradeRequestWithBodyOverMaxSavePostSize() throws Exception {
			HttpResponse<String> response = postOnNewConnection(this.port);
			assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		}

	}

	@Nested
	@SpringBootTest(classes = { WebhookTestApplication.class, UpgradeBodiesConfiguration.class },
			webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
					"twilio.auth-token=" + AUTH_TOKEN, "server.http2.enabled=true" })
	class WithLargerMaxSavePostSize {

		@LocalServerPort
		private int port;

		@Test
		void acceptsUpgradeRequestWithBodyWithinMaxSavePostSize() throws Exception {
			HttpResponse<String> response = postOnNewConnection(this.port);
			assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

	}

	private static HttpResponse<String> postOnNewConnection(int port) throws Exception {
		String url = "http://127.0.0.1:" + port + "/twilio/sms";
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, PARAMS))
			.POST(BodyPublishers.ofString(form(PARAMS)))
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Configuration(proxyBeanMethods = false)
	static class UpgradeBodiesConfiguration {

		@Bean
		TomcatConnectorCustomizer h2cUpgradeBodies() {
			return (connector) -> connector.setMaxSavePostSize(64 * 1024);
		}

	}

}
