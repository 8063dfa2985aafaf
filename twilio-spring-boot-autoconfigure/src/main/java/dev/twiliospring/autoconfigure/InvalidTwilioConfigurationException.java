package dev.twiliospring.autoconfigure;

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
