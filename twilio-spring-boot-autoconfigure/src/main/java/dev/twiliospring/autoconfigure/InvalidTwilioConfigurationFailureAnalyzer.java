package dev.twiliospring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Turns an {@link InvalidTwilioConfigurationException} into a startup report that says
 * which property or environment variable to set.
 * <p>
 * It comes before Spring Boot's own analyzers, whatever the order of the class path:
 * such an exception that the binder wraps would otherwise be reported by Boot's analyzer
 * of bind failures, which quotes the property's value, such as a URL with a password.
 */
class InvalidTwilioConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTwilioConfigurationException>
		implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

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
