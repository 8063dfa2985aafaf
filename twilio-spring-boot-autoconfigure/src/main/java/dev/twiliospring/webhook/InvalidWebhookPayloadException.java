package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a webhook parameter cannot be read as the type a payload declares, such as
 * a {@code NumMedia} that is not a number. Web requests that fail this way are answered
 * with 400 Bad Request.
 *
 * @since 1.0.0
 */
public class InvalidWebhookPayloadException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String message;

	private final @Nullable String parameterName;

	/**
	 * Create an instance.
	 * @param message what is wrong, safe to show to the caller
	 * @param parameterName the offending parameter, if known
	 */
	public InvalidWebhookPayloadException(String message, @Nullable String parameterName) {
		super(message);
		this.message = message;
		this.parameterName = parameterName;
	}

	/**
	 * Return what is wrong, safe to show to the caller. Unlike that of most exceptions,
	 * the message is never {@code null}.
	 * @return the message
	 */
	@Override
	public String getMessage() {
		return this.message;
	}

	/**
	 * Return the offending parameter.
	 * @return the parameter name, or {@code null} if not known
	 */
	public @Nullable String getParameterName() {
		return this.parameterName;
	}

}
