package dev.twiliospring.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.gatherResult;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundMms;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Tests for the sample's webhooks with MockMvc, signed with the application's auth
 * token.
 */
@SpringBootTest(properties = "twilio.auth-token=sample-test-token")
@AutoConfigureMockMvc
class SmsControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void answersHelp() throws Exception {
		this.mvc.perform(post("/twilio/sms").formFields(inboundSms().body("HELP").params()).with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string(SmsController.HELP));
	}

	@Test
	void countsMmsPictures() throws Exception {
		this.mvc.perform(inboundMms().body("Look").post("/twilio/sms").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("You said: Look (and sent 1 picture)"));
	}

	@Test
	void rejectsForgedWebhook() throws Exception {
		this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature("forged-token")))
			.andExpect(status().isForbidden());
	}

	@Test
	void repeatsMenuForUnknownDigit() throws Exception {
		this.mvc.perform(gatherResult().digits("7").post("/twilio/voice/menu").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Say").string("Sorry, 7 is not an option."))
			.andExpect(xpath("/Response/Gather/@numDigits").string("1"));
	}

}
