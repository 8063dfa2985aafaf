package dev.twiliospring.autoconfigure.webhook;

import java.util.List;

/**
 * Thrown at startup when a reactive web application has handlers marked as Twilio
 * webhooks, whose signatures only a Spring MVC (servlet) application checks.
 *
 * @since 1.0.0
 * @see TwilioWebhookReactiveAutoConfiguration
 */
public class ReactiveWebhookHandlersException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> handlers;

	/**
	 * Create an instance.
	 * @param handlers the handlers, such as {@code com.example.SmsController#inbound}
	 */
	public ReactiveWebhookHandlersException(List<String> handlers) {
		super("Twilio webhooks need a Spring MVC (servlet) web application: nothing checks the X-Twilio-Signature "
				+ "of a request in this reactive one. Remove @TwilioWebhook from " + String.join(", ", handlers)
				+ ", or serve them from a Spring MVC application.");
		this.handlers = List.copyOf(handlers);
	}

	/**
	 * Return the handlers marked as webhooks.
	 * @return the handlers, each a class name or a class name and {@code #} and a method
	 * name
	 */
	public List<String> getHandlers() {
		return this.handlers;
	}

}
