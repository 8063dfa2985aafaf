package dev.twiliospring.autoconfigure.webhook;

import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request with a method that the webhook's handler does not support is answered with
 * 405 and observed like the other refused webhook requests.
 */
@SpringBootTest(classes = WebhookMethodNotAllowedObservationTests.App.class,
		properties = "twilio.auth-token=webhook-token")
@AutoConfigureMockMvc
class WebhookMethodNotAllowedObservationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestObservationRegistry observationRegistry;

	@Test
	void observesMethodNotAllowed() throws Exception {
		this.mvc.perform(get("/twilio/sms")).andExpect(status().isMethodNotAllowed());
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.webhook.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "rejected-bad-request")
			.hasLowCardinalityKeyValue("reason", "method-not-allowed")
			.hasBeenStopped();
	}

	@RestController
	static class SmsController {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		String sms(InboundMessage message) {
			return message.body();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(SmsController.class)
	static class App {

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}

	}

}
