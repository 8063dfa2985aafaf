package dev.twiliospring.autoconfigure.webhook;

/**
 * Thrown at startup when the application has Twilio webhook endpoints whose signatures
 * must be checked, but no auth token is configured to check them with.
 *
 * @since 1.0.0
 */
public class WebhookAuthTokenMissingException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance.
	 */
	public WebhookAuthTokenMissingException() {
		super("Twilio webhook signatures cannot be checked: no auth token is configured. Set twilio.auth-token "
				+ "or the TWILIO_AUTH_TOKEN environment variable.");
	}

}
