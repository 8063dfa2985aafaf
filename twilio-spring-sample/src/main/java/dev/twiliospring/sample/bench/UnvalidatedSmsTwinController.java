package dev.twiliospring.sample.bench;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twin SMS webhooks for measuring what signature validation costs under load: both
 * build the same TwiML reply, one behind {@link TwilioWebhook} and one without. Active
 * only under the {@code bench} profile, so that no unvalidated endpoint is ever exposed
 * otherwise. Used by {@code twilio-spring-benchmarks/wrk.sh}.
 */
@RestController
@Profile("bench")
class UnvalidatedSmsTwinController {

	@TwilioWebhook
	@PostMapping("/bench/sms")
	MessagingResponse validated(InboundMessage message) {
		return reply(message);
	}

	/**
	 * The same handler without validation. Payload parameters are bound only for
	 * requests whose signature was checked, so this one reads the same payload from the
	 * request's parameters itself.
	 */
	@PostMapping("/bench/sms-unvalidated")
	MessagingResponse unvalidated(HttpServletRequest request) {
		return reply(InboundMessage.from(WebhookParameters.ofArrays(request.getParameterMap())));
	}

	private static MessagingResponse reply(InboundMessage message) {
		String body = (message.body() != null) ? message.body() : "";
		return MessagingResponse.builder().message("Thanks! You said: " + body).build();
	}

}
