package dev.twiliospring.test.webhook;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static dev.twiliospring.test.webhook.TwilioWebhookWebTestClientConfigurers.twilioSignature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookBodyInserters} and
 * {@link TwilioWebhookWebTestClientConfigurers} with the {@code WebTestClient} that Spring
 * Boot binds to MockMvc, in an application under a context path that checks signatures
 * for a public URL with a path.
 */
@SpringBootTest(classes = TwilioWebhookSignerWithMockMvcWebTestClientTests.WebhookApplication.class,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app" })
@AutoConfigureMockMvc
@AutoConfigureWebTestClient
class TwilioWebhookSignerWithMockMvcWebTestClientTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient client;

	@Test
	void signsTheFormBodyForThePublicUrlWithItsPath() {
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
	void formBodySignedForTheLocalUrlIsRejected() {
		this.client.post()
			.uri("/sms?tenant=a")
			.body(signedFormData(TwilioWebhookSigner.withAuthToken("the-auth-token"),
					inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void formBodySignedForThePublicUrlWithTheContextPathIsRejected() {
		MultiValueMap<String, String> params = inboundSms().body("HELP").params();
		String withContextPath = "https://example.ngrok.app/public/app/sms";
		this.client.post()
			.uri("/sms")
			.header("X-Twilio-Signature",
					TwilioWebhookSigner.withAuthToken("the-auth-token").signature(withContextPath, params))
			.body(BodyInserters.fromFormData(params))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void configurerSignsAGetWebhookForThePublicUrlWithItsPath() {
		signed().get()
			.uri("/voice?CallSid={sid}", "CA00000000000000000000000000000001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("CA00000000000000000000000000000001");
	}

	@Test
	void configurerSignsAJsonBodyWrittenFromAnObjectForThePublicUrlWithItsPath() {
		signed().post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("event", "ping"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("{\"event\":\"ping\"}");
	}

	@Test
	void configurerSignsAFormBodyForThePublicUrlWithItsPath() {
		signed().post()
			.uri("/sms?tenant=a")
			.body(BodyInserters.fromFormData(inboundSms().body("HELP").params()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: HELP"));
	}

	@Test
	void configurerSignsAWebhookWhoseCookiesTheControllerReads() {
		signed().get()
			.uri("/cookies")
			.cookie("session", "s1")
			.cookie("theme", "dark")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("s1 dark");
	}

	@Test
	void getWebhookSignedForTheLocalUrlIsRejected() {
		this.client.mutate()
			.apply(twilioSignature(TwilioWebhookSigner.withAuthToken("the-auth-token")))
			.build()
			.get()
			.uri("/voice?CallSid=CA00000000000000000000000000000001")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient signed() {
		TwilioWebhookSigner signer = TwilioWebhookSigner.forApplication(this.context);
		return this.client.mutate().apply(twilioSignature(signer)).build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(WebTestClientWebhooks.class)
	static class WebhookApplication {

	}

}
