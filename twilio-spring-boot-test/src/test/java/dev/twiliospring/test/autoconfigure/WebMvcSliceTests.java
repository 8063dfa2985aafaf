package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageResource;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.callStatus;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

	/**
	 * docs/testing.md: the final client and its resources take Mockito mocks, and the
	 * slice's AssertJ MockMvc checks signatures as MockMvc does.
	 */
	@Nested
	@WebMvcTest(properties = "twilio.auth-token=test-token")
	class WithMockedClient {

		@Autowired
		MockMvcTester mvc;

		@MockitoBean
		TwilioClient client;

		@Test
		void handlerUsesTheMockedClientForSignedRequestsOnly() {
			MessageResource messages = mock(MessageResource.class);
			given(this.client.messages()).willReturn(messages);
			Message sent = mock(Message.class);
			given(sent.sid()).willReturn("SM1");
			given(messages.create(any(MessageCreateRequest.class))).willReturn(sent);
			assertThat(this.mvc.post().uri("/notify").formFields(inboundSms().body("HELP").params())).hasStatus(403);
			assertThat(this.mvc.post().uri("/notify").formFields(inboundSms().body("HELP").params()).with(twilioSignature()))
				.hasStatusOk()
				.bodyText()
				.contains("SM1");
		}

	}

	/**
	 * README: a handler that binds Twilio's parameters itself takes Twilio's enums as
	 * Twilio sends them.
	 */
	@Nested
	@WebMvcTest(properties = { "twilio.auth-token=test-token", "twilio.webhook.paths=/call-status" })
	class PlainHandlerWithTwilioEnums {

		@Autowired
		MockMvc mvc;

		@Test
		void requestParameterBindsTheValueTwilioSends() throws Exception {
			this.mvc.perform(callStatus().callStatus("no-answer").post("/call-status").with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(content().string("NO_ANSWER"));
			this.mvc.perform(callStatus().callStatus("in-progress").post("/call-status").with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(content().string("IN_PROGRESS"));
		}

	}

	@SpringBootConfiguration
	@Import({ SmsController.class, CallStatusController.class })
	static class App {

	}

	@RestController
	static class SmsController {

		private final ObjectProvider<TwilioClient> client;

		SmsController(ObjectProvider<TwilioClient> client) {
			this.client = client;
		}

		@TwilioWebhook
		@PostMapping("/notify")
		MessagingResponse notify(InboundMessage message) {
			Message sent = this.client.getObject()
				.messages()
				.create(MessageCreateRequest.builder().to(message.from()).from(message.to()).body("Hi").build());
			return MessagingResponse.builder().message("Sent " + sent.sid()).build();
		}

		@TwilioWebhook
		@PostMapping("/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

	}

	@RestController
	static class CallStatusController {

		@PostMapping("/call-status")
		String callStatus(@RequestParam("CallStatus") Call.Status status) {
			return status.name();
		}

	}

}
