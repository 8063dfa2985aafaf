package dev.twiliospring.autoconfigure.actuate;

import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of a {@link SanitizingFunction} that masks the Twilio auth token,
 * API key secret and additional webhook auth tokens in the {@code env} and
 * {@code configprops} endpoints, even when they are set to show values: under their own
 * keys, and wherever their values appear in other values. The secrets are read from the
 * {@link TwilioConnectionDetails} in use, the bound {@link TwilioProperties} and the
 * environment when the endpoints are called.
 *
 * @since 1.0.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class TwilioSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "twilioSanitizingFunction")
	SanitizingFunction twilioSanitizingFunction(ObjectProvider<TwilioConnectionDetails> connectionDetails,
			ObjectProvider<TwilioProperties> properties, Environment environment) {
		return new TwilioSanitizingFunction(new ConfiguredTwilioSecrets(connectionDetails, properties, environment));
	}

}
