package dev.twiliospring.test.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookExchangeFilterFunctions.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookBodyInserters} and
 * {@link TwilioWebhookExchangeFilterFunctions} with the {@code WebTestClient} that Spring
 * Boot auto-configures for a test on a real port, in an application under a context path
 * that checks signatures for its public URL.
 */
@SpringBootTest(classes = TwilioWebhookSignerWithSpringBootWebTestClientTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app", "server.address=127.0.0.1" })
@AutoConfigureWebTestClient
@SuppressWarnings("deprecation") // Tests the filter as long as it is kept
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

	@Test
	void filterSignsAFormBody() {
		signed().post()
			.uri("/sms?tenant={tenant}", "Zürich")
			.body(BodyInserters.fromFormData(inboundSms().body("Grüße & 100% + more").params()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: Grüße &amp; 100% + more"));
	}

	@Test
	void filterSignsAGetWebhookByItsQueryString() {
		signed().get()
			.uri("/voice?CallSid={sid}&From={from}", "CA00000000000000000000000000000001", "+15005550006")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("CA00000000000000000000000000000001 from +15005550006");
	}

	@Test
	void getWebhookWhoseQueryStringChangedAfterSigningIsRejected() {
		signed().mutate()
			.filter(afterSigning((request) -> ClientRequest.from(request)
				.url(URI.create(request.url() + "&CallStatus=completed"))
				.build()))
			.build()
			.get()
			.uri("/voice?CallSid={sid}&From={from}", "CA00000000000000000000000000000001", "+15005550006")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void filterSignsAJsonBodyWrittenFromAPublisherAsTheBytesItSends() {
		signed().post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Flux.just("{\"event\":", "\"ping\"}"), String.class)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("{\"event\":\"ping\"}");
	}

	@Test
	void filterSignsAFormBodyInTheCharsetOfItsContentType() {
		signed().post()
			.uri("/sms")
			.contentType(new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.ISO_8859_1))
			.bodyValue("MessageSid=SM00000000000000000000000000000001&From=%2B14155550100&To=%2B15005550006"
					+ "&Body=Gr%FC%DFe")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Echo: Grüße"));
	}

	@Test
	void filterSignsAJsonBodyWithItsHash() {
		signed().post()
			.uri("/json?tenant=a")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"event\":\"ping\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("{\"event\":\"ping\"}");
	}

	@Test
	void jsonBodyChangedAfterSigningIsRejected() {
		signed().mutate()
			.filter(afterSigning((request) -> ClientRequest.from(request)
				.body(BodyInserters.fromValue("{\"event\":\"pong\"}"))
				.build()))
			.build()
			.post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"event\":\"ping\"}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void filterSignsAPostWithoutABodyByItsUrl() {
		signed().post()
			.uri("/status?CallSid={sid}", "CA00000000000000000000000000000001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("CA00000000000000000000000000000001");
	}

	@Test
	void getWebhookSignedWithAnotherTokenIsRejected() {
		this.client.mutate()
			.filter(twilioSignature(TwilioWebhookSigner.withAuthToken("another-auth-token")))
			.build()
			.get()
			.uri("/voice?CallSid=CA00000000000000000000000000000001&From=%2B15005550006")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient signed() {
		return this.client.mutate().filter(twilioSignature(TwilioWebhookSigner.forApplication(this.context))).build();
	}

	/**
	 * Return a filter that changes the request after the filters before it signed it.
	 */
	private static ExchangeFilterFunction afterSigning(UnaryOperator<ClientRequest> change) {
		return (request, next) -> next.exchange(change.apply(request));
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
		@GetMapping("/voice")
		String voice(@RequestParam("CallSid") String callSid, @RequestParam("From") String from) {
			return callSid + " from " + from;
		}

		@TwilioWebhook
		@PostMapping("/status")
		String status(@RequestParam("CallSid") String callSid) {
			return callSid;
		}

		@TwilioWebhook
		@PostMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
		String json(@RequestBody String body) {
			return body;
		}

	}

}
