package dev.twiliospring.sample;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.gatherResult;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundMms;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Tests for the sample's webhooks with MockMvc, signed with the application's auth
 * token.
 */
@SpringBootTest(properties = "twilio.auth-token=sample-test-token")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SmsControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LoggingSystem loggingSystem;

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

	@Test
	void echoesMessageWithControlCharacterAsWellFormedTwiml() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/twilio/sms").formFields(inboundSms().body("a\u0001b\u001Fc \uD83D\uDE00").params())
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andReturn();
		Document twiml = parse(result.getResponse().getContentAsByteArray());
		assertThat(twiml.getElementsByTagName("Message").item(0).getTextContent())
			.isEqualTo("You said: a\uFFFDb\uFFFDc \uD83D\uDE00");
	}

	@Test
	void rejectsMessageCutInTheMiddleOfAnEmojiAsInvalidUtf8() throws Exception {
		// A lone high surrogate encoded on its own (ED A0 BD) is not UTF-8
		this.mvc
			.perform(post("/twilio/sms").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("MessageSid=SM00000000000000000000000000000001&From=%2B15551230001&Body=cut+%ED%A0%BD")
				.with(twilioSignature()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void debugLineOfAMessageCannotBeForgedByItsText(CapturedOutput output) throws Exception {
		// Anyone who can text the number chooses the text, line breaks and terminal escapes included
		String text = "hi\r\n2026-01-01T00:00:00.000Z  INFO 1 --- [main] Refund approved\u001b[8m\u0085\u2028";
		String logger = SmsController.class.getName();
		this.loggingSystem.setLogLevel(logger, LogLevel.DEBUG);
		try {
			this.mvc
				.perform(post("/twilio/sms")
					.formFields(inboundSms().messageSid("SM00000000000000000000000000000042")
						.from("+14155550100")
						.body(text).params())
					.with(twilioSignature()))
				.andExpect(status().isOk());
		}
		finally {
			this.loggingSystem.setLogLevel(logger, null);
		}
		assertThat(output.getOut())
			.contains("Message SM00000000000000000000000000000042 from +14155550100: 'hi??2026-01-01T00:00:00.000Z  "
					+ "INFO 1 --- [main] Refund approved?[8m??'")
			.doesNotContain("\n2026-01-01T00:00:00.000Z")
			.doesNotContain("\u001b");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
