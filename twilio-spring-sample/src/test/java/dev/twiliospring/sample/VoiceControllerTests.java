package dev.twiliospring.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.dialResult;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.recordResult;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The voice menu's answers to the outcomes that the emulator does not produce for the
 * sample's forwarding number: a forwarded call that nobody took falls back to voicemail,
 * and a caller who hangs up during a voicemail still gets an answer.
 */
@SpringBootTest(properties = { "twilio.auth-token=voice0123456789abcdef0123456789ab",
		"twilio.account-sid=AC0123456789abcdef0123456789abcdef" })
@AutoConfigureMockMvc
class VoiceControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void forwardedCallThatNobodyTookGoesToVoicemail() throws Exception {
		for (String outcome : new String[] { "busy", "no-answer", "failed", "canceled" }) {
			this.mvc.perform(dialResult().dialCallStatus(outcome).post("/twilio/voice/dialed").with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(xpath("/Response/Say[1]").string("Nobody could take your call."))
				.andExpect(xpath("/Response/Say[2]")
					.string("Leave a message after the beep. Press the pound key when you are done."))
				.andExpect(xpath("/Response/Record/@action").string("/twilio/voice/recorded"))
				.andExpect(xpath("/Response/Hangup").doesNotExist());
		}
	}

	@Test
	void forwardedCallThatWasAnsweredHangsUp() throws Exception {
		this.mvc.perform(dialResult().post("/twilio/voice/dialed").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Hangup").exists())
			.andExpect(xpath("/Response/Record").doesNotExist());
	}

	@Test
	void callerWhoHungUpDuringTheVoicemailGetsAnAnswer() throws Exception {
		this.mvc.perform(recordResult().hungUp().post("/twilio/voice/recorded").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Say").string("Thank you, your message was recorded. Goodbye."));
	}

	@Test
	void unsignedDialResultIsRefused() throws Exception {
		this.mvc.perform(dialResult().dialCallStatus("busy").post("/twilio/voice/dialed"))
			.andExpect(status().isForbidden());
	}

}
