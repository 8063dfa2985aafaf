package dev.twiliospring.autoconfigure.webhook;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A webhook's {@code twilio.webhook.requests} observation is a child of Spring Boot's
 * {@code http.server.requests} observation of the request, whose filter runs first, so
 * that it joins the trace the request came with, as the README says.
 */
@SpringBootTest(classes = WebhookMethodNotAllowedObservationTests.App.class,
		properties = "twilio.auth-token=webhook-token")
@AutoConfigureMockMvc
class WebhookObservationParentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestObservationRegistry observationRegistry;

	@Test
	void webhookObservationIsAChildOfTheServerRequestObservation() throws Exception {
		this.mvc.perform(post("/twilio/sms").param("Body", "hi")).andExpect(status().isForbidden());
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.webhook.requests")
			.that()
			.hasParentObservationContextMatching((parent) -> "http.server.requests".equals(parent.getName()),
					"the http.server.requests observation");
	}

}
