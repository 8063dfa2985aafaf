package dev.twiliospring.autoconfigure.health;

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
			return new TwilioHealthIndicator(client, health.getTimeout(), health.getCacheTtl(),
					health.getMinBalance());
		});
	}

	@Bean
	@ConditionalOnMissingBean(value = TwilioHealthIndicator.class,
			name = { "twilioHealthIndicator", "twilioHealthContributor" })
	HealthContributor twilioHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, TwilioClient.class);
	}

}
