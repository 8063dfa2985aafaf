package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookSigner} with clients that Spring Boot binds to MockMvc,
 * which applies no {@code server.servlet.context-path}, in an application whose handler
 * paths begin with its context path and that checks signatures for a public URL with a
 * path.
 */
@SpringBootTest(classes = TwilioWebhookSignerMockMvcContextPathTests.WebhookApplication.class,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/twilio" })
@AutoConfigureMockMvc
@AutoConfigureWebTestClient
@AutoConfigureRestTestClient
class TwilioWebhookSignerMockMvcContextPathTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient webTestClient;

	@Autowired
	private RestTestClient restTestClient;

	@Test
	void signsTheFormBodyOfAWebTestClientForThePublicUrlWithThePathAsMockMvcReceivesIt() {
		this.webTestClient.post()
			.uri("/twilio/sms")
			.body(signedFormData(TwilioWebhookSigner.forApplication(this.context), inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	@Test
	void signsARestTestClientRequestForThePublicUrlWithThePathAsMockMvcReceivesIt() {
		this.restTestClient.mutate()
			.requestInterceptor(TwilioWebhookSigner.forApplication(this.context))
			.build()
			.post()
			.uri("/twilio/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("HELP").params())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	@Test
	void formBodySignedForThePublicUrlWithoutTheContextPathIsRejected() {
		MultiValueMap<String, String> params = inboundSms().body("HELP").params();
		this.webTestClient.post()
			.uri("/twilio/sms")
			.header("X-Twilio-Signature",
					TwilioWebhookSigner.withAuthToken("the-auth-token")
						.signature("https://example.ngrok.app/public/sms", params))
			.body(BodyInserters.fromFormData(params))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class WebhookApplication {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

	}

}
