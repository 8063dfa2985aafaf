package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.autoconfigure.AutoConfigureTwilioEmulator;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The test support in {@code @WebMvcTest} slices: signing with the token the filter
 * checks, and the emulator with the auto-configured client.
 */
class WebMvcSliceTests {

	/**
	 * The application's auth token comes from the conventional TWILIO_AUTH_TOKEN
	 * environment variable (here as a property of the same name, which is how the
	 * filter reads it through the Environment).
	 */
	@Nested
	@WebMvcTest(properties = "TWILIO_AUTH_TOKEN=token-from-environment")
	class AuthTokenFromEnvironmentVariable {

		@Autowired
		MockMvc mvc;

		@Test
		void twilioSignatureSignsWithTheTokenTheFilterChecks() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/sms").with(twilioSignature()))
				.andExpect(status().isOk());
		}

	}

	/**
	 * With webhook support off, the slice keeps webhook handlers closed, as the
	 * application does, rather than run them for unchecked requests.
	 */
	@Nested
	@WebMvcTest(properties = { "TWILIO_AUTH_TOKEN=token-from-environment", "twilio.webhook.enabled=false" })
	class WebhooksDisabled {

		@Autowired
		MockMvc mvc;

		@Test
		void webhookHandlersStayClosed() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/sms")).andExpect(status().isForbidden());
			this.mvc.perform(inboundSms().body("HELP").post("/sms").with(twilioSignature()))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	@WebMvcTest
	@AutoConfigureTwilioEmulator
	class WithEmulator {

		@Autowired
		TwilioEmulator emulator;

		@Autowired
		ObjectProvider<TwilioClient> client;

		@Test
		void autoConfiguredClientTalksToTheEmulator() {
			// AutoConfigureTwilioEmulator: "the auto-configured TwilioClient talks to it"
			TwilioClient client = this.client.getObject();
			assertThat(client.accountSid()).isEqualTo(this.emulator.accountSid());
			String sid = client.messages()
				.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Slice").build())
				.sid();
			assertThat(this.emulator.message(sid)).hasValueSatisfying((message) -> {
				assertThat(message.to()).isEqualTo("+15558675310");
				assertThat(message.body()).isEqualTo("Slice");
			});
		}

	}

	@SpringBootConfiguration
	@Import(SmsController.class)
	static class App {

	}

	@RestController
	static class SmsController {

		@TwilioWebhook
		@PostMapping("/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

	}

}
