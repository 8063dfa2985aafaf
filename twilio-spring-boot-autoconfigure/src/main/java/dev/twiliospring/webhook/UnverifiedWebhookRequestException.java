package dev.twiliospring.webhook;

/**
 * Thrown when a webhook payload is asked for in a request whose signature was not
 * checked; {@link TwilioWebhookExceptionResolver} answers it with 403 Forbidden.
 */
final class UnverifiedWebhookRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnverifiedWebhookRequestException() {
		super("A Twilio webhook payload was asked for in a request whose X-Twilio-Signature was not checked: "
				+ "only handlers annotated with @TwilioWebhook, or on twilio.webhook.paths, get one");
	}

}
