package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookSigner} intercepting the {@code RestTestClient} and
 * {@code TestRestTemplate} that Spring Boot auto-configures for a test on a real port,
 * in an application under a context path that checks signatures for its public URL.
 */
@SpringBootTest(classes = TwilioWebhookSignerWithSpringBootClientsTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app", "server.address=127.0.0.1" })
@AutoConfigureRestTestClient
@AutoConfigureTestRestTemplate
class TwilioWebhookSignerWithSpringBootClientsTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RestTestClient client;

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private RestTemplateBuilder restTemplateBuilder;

	@Test
	void signsRequestsOfTheAutoConfiguredRestTestClient() {
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
	void autoConfiguredRestTestClientIsLeftUnsigned() {
		this.client.post()
			.uri("/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("HELP").params())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void signsRequestsOfATestRestTemplateWithTheAutoConfiguredRootUri() {
		TestRestTemplate signed = new TestRestTemplate(
				this.restTemplateBuilder.additionalInterceptors(TwilioWebhookSigner.forApplication(this.context)));
		signed.setUriTemplateHandler(this.restTemplate.getRestTemplate().getUriTemplateHandler());
		ResponseEntity<String> response = signed.postForEntity("/sms?tenant=a", form(inboundSms().body("HELP").params()),
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("Echo: HELP");
	}

	@Test
	void requestOfTheTestRestTemplateSignedForTheLocalUrlIsRejected() {
		TestRestTemplate signed = new TestRestTemplate(
				this.restTemplateBuilder.additionalInterceptors(TwilioWebhookSigner.withAuthToken("the-auth-token")));
		signed.setUriTemplateHandler(this.restTemplate.getRestTemplate().getUriTemplateHandler());
		ResponseEntity<String> response = signed.postForEntity("/sms", form(inboundSms().body("HELP").params()),
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private static HttpEntity<MultiValueMap<String, String>> form(MultiValueMap<String, String> params) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		return new HttpEntity<>(params, headers);
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
