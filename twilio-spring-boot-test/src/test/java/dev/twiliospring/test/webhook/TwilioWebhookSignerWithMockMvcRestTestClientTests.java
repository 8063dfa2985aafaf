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
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookSigner} intercepting the {@code RestTestClient} that
 * Spring Boot binds to MockMvc.
 */
@SpringBootTest(classes = TwilioWebhookSignerWithMockMvcRestTestClientTests.WebhookApplication.class,
		properties = "twilio.auth-token=the-auth-token")
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
class TwilioWebhookSignerWithMockMvcRestTestClientTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RestTestClient client;

	@Test
	void signsRequestsOfTheRestTestClientBoundToMockMvc() {
		this.client.mutate()
			.requestInterceptor(TwilioWebhookSigner.forApplication(this.context))
			.build()
			.post()
			.uri("/sms?tenant=a")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("HELP").params())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	@Test
	void signsJsonRequestsOfTheRestTestClientBoundToMockMvc() {
		this.client.mutate()
			.requestInterceptor(TwilioWebhookSigner.forApplication(this.context))
			.build()
			.post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"event\":\"ping\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("{\"event\":\"ping\"}");
	}

	@Test
	void requestOfTheRestTestClientBoundToMockMvcSignedWithAnotherTokenIsRejected() {
		this.client.mutate()
			.requestInterceptor(TwilioWebhookSigner.withAuthToken("another-auth-token"))
			.build()
			.post()
			.uri("/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("HELP").params())
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

		@TwilioWebhook
		@PostMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
		String json(@RequestBody String body) {
			return body;
		}

	}

}
