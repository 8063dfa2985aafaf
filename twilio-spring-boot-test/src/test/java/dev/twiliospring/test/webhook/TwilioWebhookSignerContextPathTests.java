package dev.twiliospring.test.webhook;

import java.util.List;

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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tests for {@link TwilioWebhookSigner} with an application under a context path, and
 * webhooks with repeated parameters.
 */
@SpringBootTest(classes = TwilioWebhookSignerContextPathTests.WebhookApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "twilio.auth-token=the-auth-token",
				"server.address=127.0.0.1", "server.servlet.context-path=/app" })
class TwilioWebhookSignerContextPathTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void signsRequestsToAnApplicationUnderAContextPath() {
		signingClient().post()
			.uri("/media?tenant={tenant}", "Zürich")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(media("https://example.com/a.jpg"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("[https://example.com/a.jpg]");
	}

	@Test
	void signsRepeatedParametersInTheOrderTheyAreSent() {
		signingClient().post()
			.uri("/media")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(media("https://example.com/b.jpg", "https://example.com/a.jpg", "https://example.com/c.jpg"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("[https://example.com/b.jpg, https://example.com/a.jpg, https://example.com/c.jpg]");
	}

	@Test
	void requestSignedForTheUrlWithoutTheContextPathIsRejected() {
		String withoutContextPath = "http://localhost:" + this.port + "/media";
		client().post()
			.uri("/media")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature",
					TwilioWebhookSigner.withAuthToken("the-auth-token")
						.signature(withoutContextPath, media("https://example.com/a.jpg")))
			.body(media("https://example.com/a.jpg"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/app").build();
	}

	private RestTestClient signingClient() {
		return RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/app")
			.requestInterceptor(TwilioWebhookSigner.forApplication(this.context))
			.build();
	}

	private static MultiValueMap<String, String> media(String... urls) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("MessageSid", "MM00000000000000000000000000000000");
		form.addAll("MediaUrl", List.of(urls));
		return form;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class WebhookApplication {

		@TwilioWebhook
		@PostMapping("/media")
		String media(@RequestParam("MediaUrl") List<String> urls) {
			return urls.toString();
		}

	}

}
