package dev.twiliospring.autoconfigure.webhook;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link ReactiveWebhookHandlersException}.
 */
class ReactiveWebhookHandlersFailureAnalyzer extends AbstractFailureAnalyzer<ReactiveWebhookHandlersException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ReactiveWebhookHandlersException cause) {
		StringBuilder description = new StringBuilder();
		description.append("The application is a reactive (WebFlux) web application, and these handlers are ")
			.append("annotated with @TwilioWebhook, or these webhook properties are set:\n\n");
		cause.getHandlers().forEach((handler) -> description.append("    ").append(handler).append('\n'));
		description.append("\nTwilio webhook support is for Spring MVC (servlet) applications. In a reactive one ")
			.append("nothing checks the X-Twilio-Signature of a request, so these handlers would run for ")
			.append("forged requests, and no status callback endpoint is registered.");
		return new FailureAnalysis(description.toString(),
				"Serve the webhooks from a Spring MVC application (spring-boot-starter-webmvc), or remove "
						+ "@TwilioWebhook from these handlers, unset twilio.webhook.paths and "
						+ "twilio.webhook.status-callback.path, and check each request's signature yourself with "
						+ "TwilioSignatureValidator. Setting twilio.webhook.enabled=false does not switch this "
						+ "check off.",
				cause);
	}

}
