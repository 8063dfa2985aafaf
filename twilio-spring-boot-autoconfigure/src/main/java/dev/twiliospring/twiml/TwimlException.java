package dev.twiliospring.twiml;

/**
 * Thrown when a value cannot be written as TwiML, for example because it contains a
 * character that XML 1.0 cannot carry or an attribute name that is not a valid XML name.
 *
 * @since 1.0.0
 */
public class TwimlException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param message the detail message, saying what is wrong and how to fix it
	 */
	public TwimlException(String message) {
		super(message);
	}

}
