package dev.twiliospring.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Tests for {@link SmsController} in a {@code @WebMvcTest} slice: the webhook support
 * (signature filter, payload binding, TwiML rendering) must be part of the slice.
 */
@WebMvcTest(controllers = SmsController.class, properties = "twilio.auth-token=slice-test-token")
class SmsControllerWebMvcTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void answersSignedWebhookWithTwiml() throws Exception {
		this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(xpath("/Response/Message").string(SmsController.HELP));
	}

	@Test
	void rejectsForgedWebhook() throws Exception {
		this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature("forged-token")))
			.andExpect(status().isForbidden());
	}

}
