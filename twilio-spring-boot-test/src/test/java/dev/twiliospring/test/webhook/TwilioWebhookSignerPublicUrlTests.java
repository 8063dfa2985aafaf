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
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookSigner} in an application that checks the signature
 * for its public URL and has a servlet context path.
 */
@SpringBootTest(classes = TwilioWebhookSignerPublicUrlTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app", "server.address=127.0.0.1" })
class TwilioWebhookSignerPublicUrlTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void signsForThePublicUrlTheApplicationChecks() {
		client(TwilioWebhookSigner.forApplication(this.context)).post()
			.uri("/app/sms?tenant=a")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("via tunnel").params())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void requestSignedForTheLocalUrlIsRejected() {
		client(TwilioWebhookSigner.withAuthToken("the-auth-token")).post()
			.uri("/app/sms?tenant=a")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("via tunnel").params())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("signature-mismatch"));
	}

	private RestTestClient client(ClientHttpRequestInterceptor signer) {
		return RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.requestInterceptor(signer)
			.build();
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
