package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Tests for binding webhook payload parameters: {@code Optional} payloads, and payloads
 * in handlers that are not webhooks, whose requests nobody checked.
 */
@SpringBootTest(classes = WebhookPayloadBindingTests.App.class, properties = "twilio.auth-token=" + AUTH_TOKEN)
@AutoConfigureMockMvc
class WebhookPayloadBindingTests {

	static final List<String> SENDERS = new CopyOnWriteArrayList<>();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OpenController openController;

	@Autowired
	private PlainController plainController;


	@Test
	void bindsOptionalPayload() {
		assertThatCode(() -> {
			MvcResult result = this.mvc.perform(signedPost("http://localhost/hook/optional", "Body", "hi")).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).isEqualTo("optional:hi");
		}).doesNotThrowAnyException();
	}

	@Test
	void bindsOptionalParameters() {
		assertThatCode(() -> {
			MvcResult result = this.mvc.perform(signedPost("http://localhost/hook/optional-params", "Body", "hi"))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).isEqualTo("params:[Body]");
		}).doesNotThrowAnyException();
	}

	@Test
	void doesNotBindTwilioPayloadOfARequestWhoseSignatureWasNotChecked() throws Exception {
		this.openController.invocations.set(0);
		// forged: no X-Twilio-Signature, and the handler is not a @TwilioWebhook
		MvcResult result = this.mvc.perform(post(URI.create("http://localhost/open/sms"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("From=%2B15550001111&Body=forged")).andReturn();
		assertThat(this.openController.invocations).hasValue(0);
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("\"reason\":\"not-verified\"");
	}

	@Test
	void controllerAdviceGetsNoPayloadOfARequestWhoseSignatureWasNotChecked() throws Exception {
		this.plainController.invocations.set(0);
		SENDERS.clear();
		MvcResult result = this.mvc.perform(post(URI.create("http://localhost/plain/required"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("From=forged&Body=hi")).andReturn();
		assertThat(SENDERS).isEmpty();
		assertThat(this.plainController.invocations).hasValue(0);
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("\"reason\":\"not-verified\"");
	}

	@Test
	void controllerAdviceGetsAnEmptyOptionalPayloadOfARequestWhoseSignatureWasNotChecked() throws Exception {
		SENDERS.clear();
		MvcResult result = this.mvc.perform(post(URI.create("http://localhost/plain/optional"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("From=forged&Body=hi")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).isEqualTo("plain");
		assertThat(SENDERS).containsExactly("<none>");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Hooks.class, OpenController.class, PlainController.class, OptionalPlainController.class,
			SenderAdvice.class, OptionalSenderAdvice.class })
	static class App {

	}

	@RestController
	@TwilioWebhook
	static class Hooks {

		@PostMapping("/hook/optional")
		String optional(Optional<InboundMessage> message) {
			return "optional:" + message.map(InboundMessage::body).orElse("<empty>");
		}

		@PostMapping("/hook/optional-params")
		String optionalParams(Optional<WebhookParameters> params) {
			return "params:" + params.map((p) -> p.names().toString()).orElse("<empty>");
		}

	}

	@RestController
	static class OpenController {

		final AtomicInteger invocations = new AtomicInteger();

		@PostMapping("/open/sms")
		String sms(InboundMessage message) {
			this.invocations.incrementAndGet();
			return "open:" + message.body();
		}

	}

	@RestController
	static class PlainController {

		final AtomicInteger invocations = new AtomicInteger();

		@PostMapping("/plain/required")
		String plain() {
			this.invocations.incrementAndGet();
			return "plain";
		}

	}

	@RestController
	static class OptionalPlainController {

		@PostMapping("/plain/optional")
		String plain() {
			return "plain";
		}

	}

	/**
	 * Binds the sender for a handler that is not a webhook: forged parameters must not
	 * reach it.
	 */
	@ControllerAdvice(assignableTypes = PlainController.class)
	static class SenderAdvice {

		@ModelAttribute
		void sender(InboundMessage message) {
			SENDERS.add(String.valueOf(message.from()));
		}

	}

	@ControllerAdvice(assignableTypes = OptionalPlainController.class)
	static class OptionalSenderAdvice {

		@ModelAttribute
		void sender(Optional<InboundMessage> message) {
			SENDERS.add(message.map((payload) -> String.valueOf(payload.from())).orElse("<none>"));
		}

	}

}
