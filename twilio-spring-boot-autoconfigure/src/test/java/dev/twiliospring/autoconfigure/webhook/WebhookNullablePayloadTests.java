package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A payload parameter declared nullable, as Kotlin's {@code sms: InboundMessage?} or
 * Java's JSpecify {@code @Nullable InboundMessage sms} declares it.
 */
@SpringBootTest(classes = WebhookNullablePayloadTests.App.class,
		properties = "twilio.auth-token=" + WebhookNullablePayloadTests.TOKEN)
@AutoConfigureMockMvc
class WebhookNullablePayloadTests {

	static final String TOKEN = "webhook-token";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder signed(String path) {
		String url = "http://localhost" + path;
		return MockMvcRequestBuilders.post(URI.create(url))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("Body=hello")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature(TOKEN, url, Map.of("Body", List.of("hello"))));
	}

	@Test
	void bindsNullableInboundMessage() throws Exception {
		this.mvc.perform(signed("/nullable/sms")).andExpect(status().isOk()).andExpect(content().string("got hello"));
	}

	@Test
	void bindsNullableWebhookParameters() throws Exception {
		this.mvc.perform(signed("/nullable/params"))
			.andExpect(status().isOk())
			.andExpect(content().string("got hello"));
	}

	@RestController
	@TwilioWebhook
	static class NullableController {

		@PostMapping("/nullable/sms")
		String reply(@Nullable InboundMessage sms) {
			return "got " + ((sms != null) ? sms.body() : null);
		}

		@PostMapping("/nullable/params")
		String params(@Nullable WebhookParameters params) {
			return "got " + ((params != null) ? params.get("Body") : null);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(NullableController.class)
	static class App {

	}

}
