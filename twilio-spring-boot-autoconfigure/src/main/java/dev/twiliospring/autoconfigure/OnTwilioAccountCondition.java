package dev.twiliospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when an account to call is configured: an account SID or API key in the
 * {@code twilio.*} properties or {@code TWILIO_*} environment variables, or a
 * {@link TwilioConnectionDetails} bean that the application (or the test support's
 * emulator) defines. An auth token alone is not enough, since it also serves
 * webhook-only applications that never call the REST API; nor is an API key variable
 * beside an auth token configured as a property, which the connection details ignore.
 * <p>
 * Evaluated when beans are registered, so that connection details defined by a
 * {@code @Bean} method, including one of an earlier auto-configuration, are seen.
 * <p>
 * Ahead-of-time processing fixes the application's beans at build time, where the
 * account's credentials are usually absent: they reach the application at run time, in
 * its environment. The condition therefore matches during that processing, and an
 * application that runs without an account fails to start with a report that names
 * what to set. An application that only receives webhooks excludes
 * {@link TwilioAutoConfiguration} instead.
 */
class OnTwilioAccountCondition extends SpringBootCondition implements ConfigurationCondition {

	private static final String[] KEYS = { "twilio.account-sid", PropertiesTwilioConnectionDetails.ACCOUNT_SID_ENV,
			"twilio.api-key.sid", PropertiesTwilioConnectionDetails.API_KEY_ENV };

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Twilio account");
		// Connection details of the application or the emulator come first: they replace
		// the configuration, which may then hold placeholders that nothing resolves
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null) {
			for (String name : beanFactory.getBeanNamesForType(TwilioConnectionDetails.class, true, false)) {
				if (!isDefault(beanFactory, name)) {
					return ConditionOutcome.match(message.found("TwilioConnectionDetails bean").items(name));
				}
			}
		}
		Environment environment = context.getEnvironment();
		String key = configuredKey(environment);
		if (key != null) {
			return ConditionOutcome.match(message.found("configuration").items(key));
		}
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			return ConditionOutcome.match(message.because("ahead-of-time processing leaves the account to run time"));
		}
		return ConditionOutcome.noMatch(message.didNotFind("account SID")
			.items("twilio.account-sid", PropertiesTwilioConnectionDetails.ACCOUNT_SID_ENV));
	}

	private static @Nullable String configuredKey(Environment environment) {
		for (String key : KEYS) {
			if (isConfigured(environment, key) && !isIgnoredApiKeyVariable(environment, key)) {
				return key;
			}
		}
		return null;
	}

	/**
	 * Whether the key is the API key variable and the connection details ignore it,
	 * because an auth token is configured and no part of an API key is: such a variable
	 * may have been exported for another tool, and does not make an application that
	 * only receives webhooks call the REST API.
	 */
	private static boolean isIgnoredApiKeyVariable(Environment environment, String key) {
		return PropertiesTwilioConnectionDetails.API_KEY_ENV.equals(key)
				&& PropertiesTwilioConnectionDetails.ignoresApiKeyVariables(environment,
						isConfigured(environment, PropertiesTwilioConnectionDetails.AUTH_TOKEN_PROPERTY),
						isConfigured(environment, "twilio.api-key.sid")
								|| isConfigured(environment, "twilio.api-key.secret"));
	}

	/**
	 * Whether a key has a value. A value whose placeholder cannot be resolved counts as
	 * configured, so that binding the properties reports it with the property's name.
	 */
	private static boolean isConfigured(Environment environment, String key) {
		try {
			return StringUtils.hasText(environment.getProperty(key));
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	private boolean isDefault(ConfigurableListableBeanFactory beanFactory, String name) {
		if (!beanFactory.containsBeanDefinition(name)) {
			return false;
		}
		// Auto-configuration beans are named after their class.
		BeanDefinition definition = beanFactory.getBeanDefinition(name);
		return TwilioAutoConfiguration.class.getName().equals(definition.getFactoryBeanName());
	}

}
