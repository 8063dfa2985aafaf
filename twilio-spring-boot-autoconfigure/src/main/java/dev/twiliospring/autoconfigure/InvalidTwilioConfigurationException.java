package dev.twiliospring.autoconfigure;

import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when the Twilio configuration is missing or malformed. The message
 * names the property and environment variable to set and never contains a secret.
 *
 * @since 1.0.0
 */
public class InvalidTwilioConfigurationException extends RuntimeException {

	private final String property;

	private final @Nullable String environmentVariable;

	private final String action;

	/**
	 * Create an exception.
	 * @param property the configuration property at fault
	 * @param environmentVariable the environment variable that can be set instead, if any
	 * @param problem what is wrong, without the offending secret
	 * @param action what to do about it
	 */
	public InvalidTwilioConfigurationException(String property, @Nullable String environmentVariable, String problem,
			String action) {
		super(problem);
		this.property = property;
		this.environmentVariable = environmentVariable;
		this.action = action;
	}

	/**
	 * Apply a property's value to the component it configures, turning the component's
	 * refusal of the value ({@link IllegalArgumentException}) into an exception that names
	 * the property and says what to set it to.
	 * @param <T> the result of the setting
	 * @param property the configuration property being applied
	 * @param environmentVariable the environment variable that can be set instead, if any
	 * @param expected what to set it to instead, such as {@code a duration of zero or
	 * more}
	 * @param setting applies the value
	 * @return the result of the setting
	 * @throws InvalidTwilioConfigurationException if the component refuses the value
	 */
	public static <T> T applySetting(String property, @Nullable String environmentVariable, String expected,
			Supplier<T> setting) {
		try {
			return setting.get();
		}
		catch (IllegalArgumentException refusal) {
			throw new InvalidTwilioConfigurationException(property, environmentVariable,
					"The value of " + property + " is not valid: " + refusal.getMessage(),
					"Set " + property + ((environmentVariable != null) ? " (or " + environmentVariable + ")" : "")
							+ " to " + expected + ", or remove it to use the default.");
		}
	}

	/**
	 * Refuse a value that still holds a placeholder. The binder keeps a placeholder that
	 * nothing resolves as text, which would otherwise be used as the credential: sent to
	 * Twilio, or accepted as a key that signs webhooks, by anyone who reads the
	 * configuration. Only the placeholder is shown, since the text around it could be
	 * part of a secret.
	 * @param property the configuration property that holds the value, such as
	 * {@code twilio.auth-token}
	 * @param environmentVariable the environment variable that the starter reads when the
	 * property is unset, if any
	 * @param value the bound value
	 * @throws InvalidTwilioConfigurationException if the value holds a placeholder
	 * @since 1.0.0
	 */
	public static void requireResolved(String property, @Nullable String environmentVariable, String value) {
		int start = value.indexOf("${");
		int end = (start >= 0) ? value.indexOf('}', start) : -1;
		if (end < 0) {
			return;
		}
		String placeholder = value.substring(start, end + 1);
		String name = placeholder.substring(2, placeholder.length() - 1);
		String problem = property + " is set to the placeholder " + placeholder + ", which nothing resolves";
		// The default to suggest is the placeholder's own: one naming another variable
		// would have the user change what they meant to set.
		if (environmentVariable != null) {
			throw new InvalidTwilioConfigurationException(property, environmentVariable, problem,
					"Set " + name + ", give the placeholder an empty default (${" + name + ":} leaves " + property
							+ " unset), or remove " + property + ": the starter reads the " + environmentVariable
							+ " environment variable itself.");
		}
		throw new InvalidTwilioConfigurationException(property, null, problem, "Set " + name
				+ ", give the placeholder an empty default (${" + name + ":}), or remove " + property + ".");
	}

	/**
	 * Refuse a trimmed credential or SID that holds a character none of them has, such
	 * as the byte order mark, non-breaking space or line break that an editor leaves in a
	 * secret file, or that is wrapped in quotes, which
	 * {@code docker --env-file} and Kubernetes keep as part of a value. Twilio would
	 * refuse every call with it, and every webhook signature checked with it, only at run
	 * time. Only the kind of character and its position are shown, never the value.
	 * @param property the configuration property that holds the value
	 * @param environmentVariable the environment variable that can be set instead, if any
	 * @param value the trimmed value
	 * @throws InvalidTwilioConfigurationException if the value holds such a character
	 * @since 1.0.0
	 */
	public static void requirePlainAscii(String property, @Nullable String environmentVariable, String value) {
		// Spring Boot reads a secret file in the platform charset: on Java 17 under Windows
		// (windows-1252) a UTF-8 byte order mark arrives as these three characters
		String checked = value.startsWith("\u00EF\u00BB\u00BF") ? '\uFEFF' + value.substring(3) : value;
		String problem = null;
		char first = checked.isEmpty() ? ' ' : checked.charAt(0);
		if (checked.length() > 1 && (first == '"' || first == '\'')
				&& checked.charAt(checked.length() - 1) == first) {
			problem = property + " is wrapped in quotes, which are not part of the value";
		}
		for (int i = 0; i < checked.length() && problem == null; i++) {
			char ch = checked.charAt(i);
			if (ch <= ' ' || ch > '~') {
				String kind = switch (ch) {
					case '\uFEFF' -> "a byte order mark (U+FEFF)";
					case '\n', '\r' -> "a line break";
					case ' ', '\t' -> "a space";
					default -> String.format(Locale.ROOT, "the invisible or non-ASCII character U+%04X",
							(int) ch);
				};
				problem = property + " holds " + kind + " at position " + (i + 1) + " of " + checked.length()
						+ ", which is not part of any Twilio SID, auth token or API key secret";
			}
		}
		if (problem != null) {
			throw new InvalidTwilioConfigurationException(property, environmentVariable, problem,
					"Set " + property + ((environmentVariable != null) ? " (or " + environmentVariable + ")" : "")
							+ " to the value alone, as the Twilio Console shows it. Save a secret file without a "
							+ "byte order mark, put one value in it, and write an env file's values without quotes"
							// Only a list takes several: a comma in any other value passes, and fails at Twilio
							+ (property.startsWith("twilio.webhook.additional-auth-tokens")
									? "; list several tokens separated by commas." : "."));
		}
	}

	/**
	 * Return the configuration property at fault.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return the environment variable that can be set instead of the property.
	 * @return the variable name, or {@code null}
	 */
	public @Nullable String getEnvironmentVariable() {
		return this.environmentVariable;
	}

	/**
	 * Return what the user should do to fix the configuration.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
