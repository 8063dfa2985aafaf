package dev.twiliospring.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of a {@link SanitizingFunction} that masks the Twilio auth token,
 * API key secret and additional webhook auth tokens in the {@code env} and
 * {@code configprops} endpoints, even when they are set to show values.
 *
 * @since 1.0.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class TwilioSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "twilioSanitizingFunction")
	SanitizingFunction twilioSanitizingFunction() {
		return new TwilioSanitizingFunction();
	}

}
