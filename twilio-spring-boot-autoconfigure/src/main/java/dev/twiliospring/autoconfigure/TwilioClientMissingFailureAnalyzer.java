package dev.twiliospring.autoconfigure;

import dev.twiliospring.client.TwilioClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;

/**
 * Explains a {@link TwilioClient} that a component needs but that was not
 * auto-configured because no account is configured, the usual first mistake (the
 * {@code TWILIO_*} variables not exported in the shell that starts the application).
 * Spring Boot's own analysis of a missing bean would only suggest defining one. Any
 * other reason, such as the auto-configuration being excluded, is left to it.
 */
// Ahead of Spring Boot's analyzer of missing beans, which reports the same failure
@Order(Ordered.HIGHEST_PRECEDENCE)
class TwilioClientMissingFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException> {

	private final BeanFactory beanFactory;

	TwilioClientMissingFailureAnalyzer(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
			@Nullable String description) {
		ResolvableType type = cause.getResolvableType();
		if (cause instanceof NoUniqueBeanDefinitionException || type == null
				|| !TwilioClient.class.equals(type.resolve()) || !leftOutForWantOfAnAccount()) {
			return null;
		}
		return new FailureAnalysis(((description != null) ? description : "A component")
				+ " required a TwilioClient, but none was auto-configured because no Twilio account is configured: "
				+ "neither twilio.account-sid nor the TWILIO_ACCOUNT_SID environment variable is set, nor an API key "
				+ "that the client would use.",
				"Set twilio.account-sid (or TWILIO_ACCOUNT_SID, in the environment the application starts in) to the "
						+ "SID of the account, with twilio.auth-token (or TWILIO_AUTH_TOKEN), or an API key with "
						+ "twilio.api-key.sid and twilio.api-key.secret. Tests without an account can use "
						+ "@AutoConfigureTwilioEmulator of twilio-spring-boot-test.",
				cause);
	}

	/**
	 * Whether the client was left out because no account is configured: its
	 * auto-configuration was processed (it is not excluded, as in a test slice), yet no
	 * client is defined, which only the account condition leaves out. Bean definitions
	 * outlive a failed refresh, which destroys the condition evaluation report.
	 */
	private boolean leftOutForWantOfAnAccount() {
		return this.beanFactory instanceof ListableBeanFactory listableBeanFactory
				&& listableBeanFactory.containsBeanDefinition(TwilioAutoConfiguration.class.getName())
				&& listableBeanFactory.getBeanNamesForType(TwilioClient.class, true, false).length == 0;
	}

}
