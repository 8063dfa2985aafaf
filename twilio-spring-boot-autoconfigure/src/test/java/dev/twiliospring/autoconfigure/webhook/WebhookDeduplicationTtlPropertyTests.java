package dev.twiliospring.autoconfigure.webhook;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code twilio.webhook.deduplication-ttl}: a time to live that keeps nothing must fail startup like an invalid
 * capacity does, instead of silently switching deduplication off.
 */
class WebhookDeduplicationTtlPropertyTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withPropertyValues("TWILIO_AUTH_TOKEN=", "twilio.auth-token=" + WebhookRequests.AUTH_TOKEN,
				"twilio.webhook.paths=/hook", "twilio.webhook.deduplicate=true");

	@Test
	void zeroDeduplicationTtlFailsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("twilio.webhook.deduplication-ttl=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("twilio.webhook.deduplication-ttl"));
	}

	@Test
	void negativeDeduplicationTtlFailsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("twilio.webhook.deduplication-ttl=-5m")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("twilio.webhook.deduplication-ttl"));
	}

}
