package dev.twiliospring.autoconfigure.webhook;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link WebhookAuthTokenMissingException}.
 *
 * @since 1.0.0
 */
public class WebhookAuthTokenMissingFailureAnalyzer extends AbstractFailureAnalyzer<WebhookAuthTokenMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WebhookAuthTokenMissingException cause) {
		return new FailureAnalysis(
				"The application has Twilio webhook endpoints (handlers annotated with @TwilioWebhook, "
						+ "twilio.webhook.paths or twilio.webhook.status-callback.path), but no auth token is "
						+ "configured to check their X-Twilio-Signature. Twilio signs webhooks with the account's "
						+ "auth token, even when REST calls authenticate with an API key.",
				"Set twilio.auth-token or the TWILIO_AUTH_TOKEN environment variable to the auth token of the "
						+ "account. Only if every webhook endpoint is protected otherwise, switch signature "
						+ "validation off with twilio.webhook.validation.enabled=false.",
				cause);
	}

}
