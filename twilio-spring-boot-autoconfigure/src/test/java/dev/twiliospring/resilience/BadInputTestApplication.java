package dev.twiliospring.resilience;

import java.io.IOException;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small application with Twilio webhooks, for the bad-input suite.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ BadInputTestApplication.Webhooks.class, BadInputTestApplication.Other.class })
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

	@RestController
	static class Other {

		@GetMapping("/not-implemented")
		void notImplemented(HttpServletResponse response) throws IOException {
			response.sendError(HttpStatus.NOT_IMPLEMENTED.value());
		}

	}

}
