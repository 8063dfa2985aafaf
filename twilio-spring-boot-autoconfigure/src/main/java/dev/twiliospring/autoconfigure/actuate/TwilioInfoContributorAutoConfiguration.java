package dev.twiliospring.autoconfigure.actuate;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.health.TwilioInfoContributor;

import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for {@link TwilioInfoContributor}, switched off with
 * {@code management.info.twilio.enabled=false}.
 *
 * @since 1.0.0
 */
@AutoConfiguration(after = TwilioAutoConfiguration.class)
@ConditionalOnClass({ TwilioClient.class, InfoContributor.class, ConditionalOnEnabledInfoContributor.class })
@ConditionalOnSingleCandidate(TwilioClient.class)
@ConditionalOnEnabledInfoContributor("twilio")
public final class TwilioInfoContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(value = TwilioInfoContributor.class, name = "twilioInfoContributor")
	TwilioInfoContributor twilioInfoContributor(TwilioClient twilioClient) {
		return new TwilioInfoContributor(twilioClient);
	}

}
