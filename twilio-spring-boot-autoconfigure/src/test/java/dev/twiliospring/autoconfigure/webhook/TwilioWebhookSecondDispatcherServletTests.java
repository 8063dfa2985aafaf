package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} with a webhook handler in a second
 * {@link DispatcherServlet} of its own context, whose path the application lists in
 * {@code twilio.webhook.paths} as the README says.
 */
@SpringBootTest(classes = TwilioWebhookSecondDispatcherServletTests.App.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
				"twilio.auth-token=" + AUTH_TOKEN, "twilio.webhook.paths=/legacy/twilio/**" })
class TwilioWebhookSecondDispatcherServletTests {

	private static final Map<String, List<String>> SMS = params("Body", "hi");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void answersSignedWebhookOfTheSecondDispatcherServlet() throws Exception {
		HttpResponse<String> response = post("/legacy/twilio/sms",
				sign("http://127.0.0.1:" + this.port + "/legacy/twilio/sms", SMS));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<Message>Legacy: hi</Message>");
	}

	@Test
	void rejectsUnsignedWebhookOfTheSecondDispatcherServlet() throws Exception {
		HttpResponse<String> response = post("/legacy/twilio/sms", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("\"reason\":\"missing-signature\"");
	}

	private HttpResponse<String> post(String path, @Nullable String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(SMS)));
		if (signature != null) {
			request.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		ServletRegistrationBean<DispatcherServlet> legacyDispatcherServlet() {
			AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
			context.register(LegacyMvc.class);
			ServletRegistrationBean<DispatcherServlet> registration = new ServletRegistrationBean<>(
					new DispatcherServlet(context), "/legacy/*");
			registration.setName("legacy");
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@Import(LegacyHooks.class)
	static class LegacyMvc {

	}

	@RestController
	@TwilioWebhook
	static class LegacyHooks {

		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Legacy: " + message.body()).build();
		}

	}

}
