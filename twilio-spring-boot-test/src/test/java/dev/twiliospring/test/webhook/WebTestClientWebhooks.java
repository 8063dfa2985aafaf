package dev.twiliospring.test.webhook;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks that the tests of signed {@code WebTestClient} requests send to: each
 * answers with what it read, so that a test sees the request arrive as it was signed.
 */
@RestController
class WebTestClientWebhooks {

	@TwilioWebhook
	@PostMapping("/sms")
	MessagingResponse sms(InboundMessage message) {
		return MessagingResponse.builder().message("Echo: " + message.body()).build();
	}

	@TwilioWebhook
	@GetMapping("/voice")
	String voice(@RequestParam("CallSid") String callSid,
			@RequestParam(name = "From", required = false) @Nullable String from) {
		return (from != null) ? callSid + " from " + from : callSid;
	}

	@TwilioWebhook
	@PostMapping("/status")
	String status(@RequestParam("CallSid") String callSid) {
		return callSid;
	}

	@TwilioWebhook
	@PostMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
	String json(@RequestBody String body) {
		return body;
	}

	@TwilioWebhook
	@GetMapping("/cookies")
	String cookies(@CookieValue("session") String session, @CookieValue("theme") String theme) {
		return session + " " + theme;
	}

}
