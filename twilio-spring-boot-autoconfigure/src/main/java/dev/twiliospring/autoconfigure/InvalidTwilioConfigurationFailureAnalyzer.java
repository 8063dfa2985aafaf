package dev.twiliospring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidTwilioConfigurationException} into a startup report that says
 * which property or environment variable to set.
 */
class InvalidTwilioConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTwilioConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidTwilioConfigurationException cause) {
		StringBuilder description = new StringBuilder();
		description.append("Twilio is not configured correctly.\n\n");
		description.append("    Property: ").append(cause.getProperty()).append('\n');
		if (cause.getEnvironmentVariable() != null) {
			description.append("    Environment variable: ").append(cause.getEnvironmentVariable()).append('\n');
		}
		description.append("    Reason: ").append(cause.getMessage()).append('\n');
		return new FailureAnalysis(description.toString(), cause.getAction(), cause);
	}

}
