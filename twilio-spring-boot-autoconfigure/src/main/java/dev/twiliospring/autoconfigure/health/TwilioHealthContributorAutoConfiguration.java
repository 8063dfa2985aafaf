package dev.twiliospring.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioProperties;
import dev.twiliospring.autoconfigure.TwilioPropertiesConfiguration;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.health.TwilioHealthIndicator;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for {@link TwilioHealthIndicator}: one indicator per
 * {@link TwilioClient} bean, reported as {@code twilio}, configured by the
 * {@code twilio.health.*} properties and switched off with
 * {@code management.health.twilio.enabled=false}.
 * <p>
 * Each indicator asks its client whether it authenticates with an API key
 * ({@link TwilioClient#authenticatesWithApiKey()}): with the account's auth token, a
 * refused account is reported without the fallback call that a Standard API key needs.
 * This holds for a client of the application's own and for an API key that a
 * {@link dev.twiliospring.autoconfigure.TwilioClientCustomizer} sets, as for
 * {@code twilio.api-key.*}.
 * <p>
 * The indicator is not added to the liveness or readiness groups. To make readiness
 * depend on Twilio, set
 * {@code management.endpoint.health.group.readiness.include=readinessState,twilio}.
 *
 * @since 1.0.0
 */
@AutoConfiguration(after = TwilioAutoConfiguration.class)
@ConditionalOnClass({ TwilioClient.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(TwilioClient.class)
@ConditionalOnEnabledHealthIndicator("twilio")
@Import(TwilioPropertiesConfiguration.class)
public final class TwilioHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<TwilioHealthIndicator, TwilioClient> {

	TwilioHealthContributorAutoConfiguration(TwilioProperties properties) {
		super((client) -> {
			TwilioProperties.Health health = properties.getHealth();
			Duration cacheTtl = notNegative("twilio.health.cache-ttl", health.getCacheTtl(), "60s");
			Duration failureCacheTtl = health.getFailureCacheTtl();
			failureCacheTtl = (failureCacheTtl != null)
					? notNegative("twilio.health.failure-cache-ttl", failureCacheTtl, "10s") : cacheTtl;
			return new TwilioHealthIndicator(client, notNegative("twilio.health.timeout", health.getTimeout(), "3s"),
					cacheTtl, failureCacheTtl, health.getMinBalance(), Clock.systemUTC(),
					client.authenticatesWithApiKey());
		});
	}

	/**
	 * Refuse a negative duration: the indicator would take it as no limit (timeout) or as
	 * no caching (cache time to live), which a typo must not silently switch on.
	 */
	private static Duration notNegative(String property, Duration duration, String example) {
		if (duration.isNegative()) {
			throw new InvalidTwilioConfigurationException(property, null,
					"The value of " + property + " is not valid: it must not be negative",
					"Set " + property + " to a duration of zero or more, such as " + example
							+ ", or remove it to use the default.");
		}
		return duration;
	}

	@Bean
	@ConditionalOnMissingBean(value = TwilioHealthIndicator.class,
			name = { "twilioHealthIndicator", "twilioHealthContributor" })
	HealthContributor twilioHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, TwilioClient.class);
	}

}
