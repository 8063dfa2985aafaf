package dev.twiliospring.test.webhook;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
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

import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static dev.twiliospring.test.webhook.TwilioWebhookWebTestClientConfigurers.twilioSignature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookWebTestClientConfigurers} with the {@code WebTestClient}
 * that Spring Boot auto-configures for a test on a real port, with the application's
 * {@code spring.jackson.*} settings, in an application under a context path that checks
 * signatures for its public URL.
 */
@SpringBootTest(classes = TwilioWebhookWebTestClientConfigurersTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.public-url=https://example.ngrok.app/public",
				"server.servlet.context-path=/app", "server.address=127.0.0.1",
				"spring.jackson.property-naming-strategy=SNAKE_CASE" })
@AutoConfigureWebTestClient
class TwilioWebhookWebTestClientConfigurersTests {

	private static final CallEvent EVENT = new CallEvent("CA00000000000000000000000000000001", "completed");

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient client;

	@Test
	void signsAJsonBodyAsTheClientsOwnCodecsWriteIt() {
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
	void recordsTheRequestAsItWasSigned() {
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
	void signsAFormBody() {
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
	void signsAGetWebhookByItsQueryString() {
		signed().get()
			.uri("/voice?CallSid={sid}&From={from}", "CA00000000000000000000000000000001", "+15005550006")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("CA00000000000000000000000000000001 from +15005550006");
	}

	@Test
	void signsAPostWithoutABodyByItsUrl() {
		signed().post()
			.uri("/status?CallSid={sid}", "CA00000000000000000000000000000001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("CA00000000000000000000000000000001");
	}

	@Test
	void signsTheBodyAFilterOfTheClientChanged() {
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
	void requestSignedWithAnotherTokenIsRejected() {
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
	void appliedAgainSignsWithTheLastSignerOnly() {
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
	void sendsWithTheHttpClientTheClientWouldSendWithUnsigned() {
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
	void sendsTheCookiesOfASignedRequest() {
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
