package dev.twiliospring.test.web.servlet.request;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link TwilioMockMvcRequestPostProcessors} in an application that trusts
 * forwarded headers with Spring's {@code ForwardedHeaderFilter}, as docs/testing.md
 * describes: the URL is resolved on the request as MockMvc builds it, so a test that sends
 * forwarded headers signs for the public URL itself.
 */
@SpringBootTest(classes = TwilioMockMvcRequestPostProcessorsTests.WebhookApplication.class,
		properties = { "twilio.auth-token=the-auth-token", "server.forward-headers-strategy=framework" })
@AutoConfigureMockMvc
class TwilioMockMvcRequestPostProcessorsForwardedHeadersTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void forwardedRequestIsSignedForTheUrlOfTheRequestAsBuilt() throws Exception {
		this.mvc.perform(inboundSms().post("/sms")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "example.com")
			.with(twilioSignature()))
			.andExpect(status().isForbidden());
	}

	@Test
	void forwardedRequestSignedForThePublicUrlIsAccepted() throws Exception {
		this.mvc.perform(inboundSms().post("/sms")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "example.com")
			.with(twilioSignature().url("https://example.com/sms")))
			.andExpect(status().isOk());
	}

}
