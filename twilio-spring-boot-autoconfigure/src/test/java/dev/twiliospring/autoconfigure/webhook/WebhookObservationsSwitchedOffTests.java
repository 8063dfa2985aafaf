package dev.twiliospring.autoconfigure.webhook;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code management.observations.enable.twilio=false}, which the README gives for
 * switching the Twilio observations off, switches off the webhook observations too.
 */
@SpringBootTest(classes = WebhookMethodNotAllowedObservationTests.App.class,
		properties = { "twilio.auth-token=webhook-token", "management.observations.enable.twilio=false" })
@AutoConfigureMockMvc
class WebhookObservationsSwitchedOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestObservationRegistry observationRegistry;

	@Test
	void refusedWebhookRequestsAreNotObserved() throws Exception {
		this.mvc.perform(get("/twilio/sms")).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(post("/twilio/sms").param("Body", "hi")).andExpect(status().isForbidden());
		// Spring's own observation of each request still runs: only Twilio's are off
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("http.server.requests", 2)
			.hasNumberOfObservationsWithNameEqualTo("twilio.webhook.requests", 0);
	}

}
