package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookBodyInserters} with the {@code WebTestClient} that Spring
 * Boot auto-configures for a test on a real port, in an application under a context path
 * that checks signatures for its public URL.
 */
@SpringBootTest(classes = TwilioWebhookSignerWithSpringBootWebTestClientTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app", "server.address=127.0.0.1" })
@AutoConfigureWebTestClient
class TwilioWebhookSignerWithSpringBootWebTestClientTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient client;

	@Test
	void signsTheFormBodyOfTheAutoConfiguredWebTestClient() {
		this.client.post()
			.uri("/sms?tenant=a")
			.body(signedFormData(TwilioWebhookSigner.forApplication(this.context), inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	@Test
	void autoConfiguredWebTestClientIsLeftUnsigned() {
		this.client.post()
			.uri("/sms")
			.body(BodyInserters.fromFormData(inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void formBodySignedForTheLocalUrlIsRejected() {
		this.client.post()
			.uri("/sms")
			.body(signedFormData(TwilioWebhookSigner.withAuthToken("the-auth-token"),
					inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isForbidden();
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
