package dev.twiliospring.autoconfigure.webhook;

import java.util.List;

/**
 * Thrown at startup when a reactive web application has handlers marked as Twilio
 * webhooks, or webhook paths configured, whose signatures only a Spring MVC (servlet)
 * application checks.
 *
 * @since 1.0.0
 * @see TwilioWebhookReactiveAutoConfiguration
 */
public final class ReactiveWebhookHandlersException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> handlers;

	/**
	 * Create an instance.
	 * @param handlers the handlers, such as {@code com.example.SmsController#inbound}, and
	 * the webhook properties that are set, such as
	 * {@code twilio.webhook.paths=/twilio/**}
	 */
	public ReactiveWebhookHandlersException(List<String> handlers) {
		super("Twilio webhooks need a Spring MVC (servlet) web application: nothing checks the X-Twilio-Signature "
				+ "of a request in this reactive one. Remove @TwilioWebhook from handlers and the webhook "
				+ "properties (" + String.join(", ", handlers) + "), or serve them from a Spring MVC application.");
		this.handlers = List.copyOf(handlers);
	}

	/**
	 * Return the handlers marked as webhooks and the webhook properties that are set.
	 * @return each a class name, a class name and {@code #} and a method name, or a
	 * property and its value
	 */
	public List<String> getHandlers() {
		return this.handlers;
	}

}
