package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
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
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookSigner} in an application that rebuilds the public URL
 * from forwarded headers.
 */
@SpringBootTest(classes = TwilioWebhookSignerForwardedHeadersTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "twilio.auth-token=the-auth-token",
				"server.forward-headers-strategy=framework", "server.address=127.0.0.1" })
class TwilioWebhookSignerForwardedHeadersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void signatureForThePublicUrlIsAcceptedWithTheForwardedHeaders() {
		MultiValueMap<String, String> params = inboundSms().body("forwarded").params();
		String signature = TwilioWebhookSigner.forApplication(this.context)
			.signature("https://example.com/sms", params);
		RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/sms")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "example.com")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(params)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("<Message>Echo: forwarded</Message>"));
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
