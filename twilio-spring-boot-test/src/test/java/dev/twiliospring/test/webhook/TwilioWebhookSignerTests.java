package dev.twiliospring.test.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link TwilioWebhookSigner} against the real webhook filter of an
 * application on a real port.
 */
@SpringBootTest(classes = TwilioWebhookSignerTests.WebhookApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.paths=/json", "server.address=127.0.0.1" })
class TwilioWebhookSignerTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void signsFormBodyWithTheApplicationsAuthToken() {
		client(TwilioWebhookSigner.forApplication(this.context)).post()
			.uri("/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("Hi there").params())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("<Message>Echo: Hi there</Message>"));
	}

	@Test
	void signsFormBodyAndQueryStringBeyondAscii() {
		client(TwilioWebhookSigner.forApplication(this.context)).post()
			.uri("/sms?tenant={tenant}", "Zürich & co")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("Grüße + 😀").params())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("<Message>Echo: Grüße + 😀</Message>"));
	}

	@Test
	void signsGetRequestByItsUrlAlone() {
		client(TwilioWebhookSigner.forApplication(this.context)).get()
			.uri("/sms?From={from}&Body={body}", "+14155550100", "by GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("<Message>Echo: by GET</Message>"));
	}

	@Test
	void signsRequestsOfAClientMutatedToUseIt() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.mutate()
			.requestInterceptor(TwilioWebhookSigner.forApplication(this.context))
			.build()
			.post()
			.uri("/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("mutated").params())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void signsRequestsOfARestClient() {
		String reply = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestInterceptor(TwilioWebhookSigner.forApplication(this.context))
			.build()
			.post()
			.uri("/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().body("by RestClient").params())
			.retrieve()
			.body(String.class);
		assertThat(reply).contains("<Message>Echo: by RestClient</Message>");
	}

	@Test
	void signsRequestsOfARestTemplate() {
		RestTemplate restTemplate = new RestTemplate();
		restTemplate.getInterceptors().add(TwilioWebhookSigner.forApplication(this.context));
		String reply = restTemplate.postForObject("http://localhost:" + this.port + "/sms",
				inboundSms().body("by RestTemplate").params(), String.class);
		assertThat(reply).contains("<Message>Echo: by RestTemplate</Message>");
	}

	@Test
	void addsBodyHashToJsonRequests() {
		client(TwilioWebhookSigner.forApplication(this.context)).post()
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
	void requestSignedWithAnotherTokenIsRejected() {
		client(TwilioWebhookSigner.withAuthToken("another-token")).post()
			.uri("/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(inboundSms().params())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("signature-mismatch"));
	}

	@Test
	void signatureIsTheOneTheValidatorAccepts() {
		Map<String, List<String>> params = Map.of("Body", List.of("Hi"), "From", List.of("+14155550100"));
		String url = "https://example.com/sms?tenant=a%2Bb";
		String signature = TwilioWebhookSigner.withAuthToken("the-auth-token").signature(url, params);
		assertThat(TwilioSignatureValidator.of("the-auth-token").validate(url, params, signature).isValid()).isTrue();
		assertThat(TwilioSignatureValidator.of("another-token").validate(url, params, signature).isValid()).isFalse();
	}

	@Test
	void signatureOfAUrlWithBodyHashIsTheOneTheValidatorAcceptsForTheBody() {
		byte[] body = "{\"event\":\"ping\"}".getBytes(StandardCharsets.UTF_8);
		String url = TwilioSignatureValidator.withBodySha256("https://example.com/json", body);
		String signature = TwilioWebhookSigner.withAuthToken("the-auth-token").signature(url);
		assertThat(TwilioSignatureValidator.of("the-auth-token").validateBody(url, body, signature).isValid())
			.isTrue();
	}

	@Test
	void relativeUrlIsRejectedWithWhatToPass() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioWebhookSigner.withAuthToken("the-auth-token").signature("/sms"))
			.withMessageContaining("'/sms' must be an absolute http or https URL");
	}

	@Test
	void applicationWithoutAuthTokenIsReportedWithWhatToSet() {
		new ApplicationContextRunner().run((context) -> assertThatIllegalStateException()
			.isThrownBy(() -> TwilioWebhookSigner.forApplication(context))
			.withMessageContaining("set twilio.auth-token"));
	}

	@Test
	void toStringDoesNotShowTheAuthToken() {
		assertThat(TwilioWebhookSigner.withAuthToken("the-auth-token")).asString().doesNotContain("the-auth-token");
		assertThat(TwilioWebhookSigner.forApplication(this.context)).asString().doesNotContain("the-auth-token");
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
		@RequestMapping(path = "/sms", method = { RequestMethod.GET, RequestMethod.POST })
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

		@PostMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
		String json(@RequestBody String body, WebhookParameters params) {
			return params.contains("bodySHA256") ? body : "{}";
		}

	}

}
