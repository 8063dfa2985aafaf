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

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} in an application that creates its
 * beans lazily ({@code spring.main.lazy-initialization=true}): a signature filter or a
 * startup check that was never created would let unsigned requests through.
 */
class TwilioWebhookLazyInitializationTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void filterChecksTheFirstWebhookOfALazilyInitializedApplication() throws Exception {
		try (ConfigurableApplicationContext context = run("--twilio.auth-token=" + AUTH_TOKEN)) {
			String url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort()
					+ "/twilio/sms";
			Map<String, List<String>> params = params("Body", "hello");
			HttpResponse<String> unsigned = send(url, null, form(params));
			assertThat(unsigned.statusCode()).isEqualTo(403);
			assertThat(unsigned.body()).contains("\"reason\":\"missing-signature\"");
			HttpResponse<String> signed = send(url, sign(url, params), form(params));
			assertThat(signed.statusCode()).isEqualTo(200);
			assertThat(signed.body()).contains("You said: hello");
		}
	}

	@Test
	void missingAuthTokenFailsStartupOfALazilyInitializedApplication() {
		assertThatExceptionOfType(WebhookAuthTokenMissingException.class).isThrownBy(() -> run().close());
	}

	private ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(WebhookTestApplication.class);
		application.addInitializers(TestEnvironments::isolate);
		application.setLazyInitialization(true);
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--server.port=0");
		all.add("--server.address=127.0.0.1");
		return application.run(all.toArray(String[]::new));
	}

	private HttpResponse<String> send(String url, @Nullable String signature, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body));
		if (signature != null) {
			request.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature);
		}
		return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
