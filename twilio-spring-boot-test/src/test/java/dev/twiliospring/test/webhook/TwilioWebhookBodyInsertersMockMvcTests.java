package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookBodyInserters} with a {@code WebTestClient} bound to
 * MockMvc, in an application that checks signatures for its public URL.
 */
@SpringBootTest(classes = TwilioWebhookBodyInsertersMockMvcTests.WebhookApplication.class,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app" })
@AutoConfigureMockMvc
class TwilioWebhookBodyInsertersMockMvcTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Test
	void signsTheFormBodyForThePublicUrl() {
		client().post()
			.uri("/sms?tenant=a")
			.body(signedFormData(TwilioWebhookSigner.forApplication(this.context), inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	@Test
	void formBodySignedForTheLocalUrlIsRejected() {
		client().post()
			.uri("/sms?tenant=a")
			.body(signedFormData(TwilioWebhookSigner.withAuthToken("the-auth-token"),
					inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient client() {
		return MockMvcWebTestClient.bindTo(this.mvc).build();
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
