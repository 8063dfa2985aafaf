package dev.twiliospring.resilience;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small application with Twilio webhooks, for the bad-input suite.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(BadInputTestApplication.Webhooks.class)
class BadInputTestApplication {

	@RestController
	@TwilioWebhook
	static class Webhooks {

		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("You said: " + message.body()).build();
		}

		@PostMapping(path = "/twilio/events", consumes = "application/json")
		String event(@RequestBody String event) {
			return "received " + event.length() + " bytes";
		}

	}

}
