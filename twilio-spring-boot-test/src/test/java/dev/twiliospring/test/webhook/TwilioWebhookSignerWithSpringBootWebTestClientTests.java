package dev.twiliospring.test.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;

import static dev.twiliospring.test.webhook.TwilioWebhookBodyInserters.signedFormData;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static dev.twiliospring.test.webhook.TwilioWebhookWebTestClientConfigurers.twilioSignature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookBodyInserters} and
 * {@link TwilioWebhookWebTestClientConfigurers} with the {@code WebTestClient} that Spring
 * Boot auto-configures for a test on a real port, with the application's
 * {@code spring.jackson.*} settings, in an application under a context path that checks
 * signatures for its public URL.
 */
@SpringBootTest(classes = TwilioWebhookSignerWithSpringBootWebTestClientTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app", "server.address=127.0.0.1",
				"spring.jackson.property-naming-strategy=SNAKE_CASE" })
@AutoConfigureWebTestClient
class TwilioWebhookSignerWithSpringBootWebTestClientTests {

	private static final CallEvent EVENT = new CallEvent("CA00000000000000000000000000000001", "completed");

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

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
	void configurerSignsAFormBody() {
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
	void configurerSignsAGetWebhookByItsQueryString() {
		signed().get()
			.uri("/voice?CallSid={sid}&From={from}", "CA00000000000000000000000000000001", "+15005550006")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("CA00000000000000000000000000000001 from +15005550006");
	}

	@Test
	void getWebhookSignedByHandIsRejectedOnceItsQueryStringChanges() {
		TwilioWebhookSigner signer = TwilioWebhookSigner.forApplication(this.context);
		String signature = signer
			.signature(local("/voice?CallSid=CA00000000000000000000000000000001&From=%2B15005550006"));
		this.client.get()
			.uri("/voice?CallSid={sid}&From={from}", "CA00000000000000000000000000000001", "+15005550006")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/voice?CallSid={sid}&From={from}&CallStatus=completed", "CA00000000000000000000000000000001",
					"+15005550006")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void configurerSignsAJsonBodyWrittenFromAPublisherAsTheBytesItSends() {
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
	void configurerSignsAFormBodyInTheCharsetOfItsContentType() {
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
	void configurerSignsAJsonBodyWithItsHash() {
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
	void jsonWebhookSignedByHandIsRejectedOnceItsBodyChanges() {
		TwilioWebhookSigner signer = TwilioWebhookSigner.forApplication(this.context);
		String signed = TwilioSignatureValidator.withBodySha256(local("/json"),
				"{\"event\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
		this.client.post()
			.uri("/json?" + URI.create(signed).getRawQuery())
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signer.signature(signed))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"event\":\"ping\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.post()
			.uri("/json?" + URI.create(signed).getRawQuery())
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signer.signature(signed))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"event\":\"pong\"}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void configurerSignsAPostWithoutABodyByItsUrl() {
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
			.apply(twilioSignature(TwilioWebhookSigner.withAuthToken("another-auth-token")))
			.build()
			.get()
			.uri("/voice?CallSid=CA00000000000000000000000000000001&From=%2B15005550006")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void configurerSignsAJsonBodyAsTheClientsOwnCodecsWriteIt() {
		String unsigned = this.client.post()
			.uri("/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(unsigned).contains("\"call_sid\"");
		signed().post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(unsigned);
	}

	@Test
	void configurerRecordsTheRequestAsItWasSigned() {
		signed().post()
			.uri("/json?tenant=a")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.consumeWith((result) -> {
				assertThat(result.getUrl().getRawQuery()).startsWith("tenant=a&bodySHA256=");
				assertThat(result.getRequestHeaders().getFirst(TwilioSignatureValidator.SIGNATURE_HEADER))
					.isNotEmpty();
				assertThat(result.getRequestBodyContent()).isEqualTo(result.getResponseBodyContent());
			});
	}

	@Test
	void configurerSignsTheBodyAFilterOfTheClientChanged() {
		signed().mutate()
			.filter((request, next) -> next.exchange(
					ClientRequest.from(request).body(BodyInserters.fromValue(new CallEvent("CA1", "busy"))).build()))
			.build()
			.post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"call_status\":\"busy\""));
	}

	@Test
	void configurerAppliedAgainSignsWithTheLastSignerOnly() {
		this.client.mutate()
			.apply(twilioSignature(TwilioWebhookSigner.withAuthToken("another-auth-token")))
			.build()
			.mutate()
			.apply(twilioSignature(TwilioWebhookSigner.forApplication(this.context)))
			.build()
			.post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void configurerSendsWithTheHttpClientTheClientWouldSendWithUnsigned() {
		String unsigned = this.client.get()
			.uri("/user-agent")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(unsigned).startsWith("ReactorNetty/");
		signed().get()
			.uri("/signed-user-agent")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(unsigned);
	}

	@Test
	void configurerSendsTheCookiesOfASignedRequest() {
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

	/**
	 * Return the URL a request to the given path of the application is sent to.
	 */
	private String local(String path) {
		return "http://127.0.0.1:" + this.port + "/app" + path;
	}

	private WebTestClient signed() {
		return this.client.mutate().apply(twilioSignature(TwilioWebhookSigner.forApplication(this.context))).build();
	}

	record CallEvent(String callSid, String callStatus) {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	@Import(WebTestClientWebhooks.class)
	static class WebhookApplication {

		@TwilioWebhook
		@GetMapping("/signed-user-agent")
		String signedUserAgent(@RequestHeader(HttpHeaders.USER_AGENT) String userAgent) {
			return userAgent;
		}

		/**
		 * Not a webhook: the HTTP client that sends unsigned.
		 */
		@GetMapping("/user-agent")
		String userAgent(@RequestHeader(HttpHeaders.USER_AGENT) String userAgent) {
			return userAgent;
		}

		/**
		 * Not a webhook: what the client sends unsigned.
		 */
		@PostMapping(path = "/echo", produces = MediaType.APPLICATION_JSON_VALUE)
		String echo(@RequestBody String body) {
			return body;
		}

	}

}
