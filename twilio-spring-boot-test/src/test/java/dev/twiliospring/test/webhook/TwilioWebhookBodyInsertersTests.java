package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookBodyInserters} with a {@code WebTestClient} bound to a
 * server, for an application under a context path.
 */
@SpringBootTest(classes = TwilioWebhookBodyInsertersTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "twilio.auth-token=the-auth-token",
				"server.servlet.context-path=/app", "server.address=127.0.0.1" })
class TwilioWebhookBodyInsertersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void signsTheFormBodyOfAWebTestClientBoundToTheServer() {
		serverClient().post()
			.uri("/sms?tenant={tenant}", "Zürich")
			.body(signedFormData(TwilioWebhookSigner.forApplication(this.context),
					inboundSms().body("Grüße & 100% + more").params()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: Grüße &amp; 100% + more"));
	}

	@Test
	void formBodySignedWithAnotherTokenIsRejected() {
		serverClient().post()
			.uri("/sms")
			.body(signedFormData(TwilioWebhookSigner.withAuthToken("another-auth-token"),
					inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void changesToTheFormDataAfterwardsAreNeitherSentNorSigned() {
		MultiValueMap<String, String> params = inboundSms().body("HELP").params();
		WebTestClient.RequestHeadersSpec<?> request = serverClient().post()
			.uri("/sms")
			.body(signedFormData(TwilioWebhookSigner.forApplication(this.context), params));
		params.set("Body", "changed");
		request.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	private WebTestClient serverClient() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/app").build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class WebhookApplication {

		@TwilioWebhook
		@PostMapping("/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

	}

}
