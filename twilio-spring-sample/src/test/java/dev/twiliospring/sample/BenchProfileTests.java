package dev.twiliospring.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The twin endpoints of the webhook load test ({@code twilio-spring-benchmarks/wrk.sh}):
 * under the {@code bench} profile both answer a signed request with the same reply, and
 * only the validated one refuses an unsigned request.
 */
@SpringBootTest(properties = { "twilio.auth-token=wrk0123456789abcdef0123456789abcd",
		"twilio.account-sid=AC0123456789abcdef0123456789abcdef" })
@AutoConfigureMockMvc
@ActiveProfiles("bench")
class BenchProfileTests {

	@Autowired
	MockMvc mvc;

	@Test
	void validatedTwinAnswers() throws Exception {
		this.mvc.perform(inboundSms().body("Hello from wrk").post("/bench/sms").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("Thanks! You said: Hello from wrk"));
	}

	@Test
	void onlyTheValidatedTwinRefusesUnsignedRequests() throws Exception {
		this.mvc.perform(inboundSms().body("Hello from wrk").post("/bench/sms")).andExpect(status().isForbidden());
		this.mvc.perform(inboundSms().body("Hello from wrk").post("/bench/sms-unvalidated"))
			.andExpect(status().isOk());
	}

	@Test
	void unvalidatedTwinAnswers() throws Exception {
		this.mvc.perform(inboundSms().body("Hello from wrk").post("/bench/sms-unvalidated").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("Thanks! You said: Hello from wrk"));
	}

}
