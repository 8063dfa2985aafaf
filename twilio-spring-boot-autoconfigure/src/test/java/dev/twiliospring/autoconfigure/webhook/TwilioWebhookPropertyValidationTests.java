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
 * Tests for the validation of webhook properties by {@link TwilioWebhookAutoConfiguration}.
 */
class TwilioWebhookPropertyValidationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withPropertyValues("TWILIO_AUTH_TOKEN=", "twilio.auth-token=" + WebhookRequests.AUTH_TOKEN,
				"twilio.webhook.paths=/hook");

	@Test
	void invalidPublicUrlFailureNamesTheProperty() {
		this.contextRunner.withPropertyValues("twilio.webhook.public-url=example.ngrok.app")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("twilio.webhook.public-url"));
	}

	@Test
	void invalidDeduplicationCapacityFailureNamesTheProperty() {
		this.contextRunner
			.withPropertyValues("twilio.webhook.deduplicate=true", "twilio.webhook.deduplication-capacity=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("twilio.webhook.deduplication-capacity"));
	}

	/**
	 * A secret file, or a variable, that lists the tokens one per line binds as a single
	 * token, whose signatures never match: webhooks signed with either token were
	 * rejected with 403.
	 */
	@Test
	void additionalAuthTokensOnePerLineFailStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("twilio.webhook.additional-auth-tokens=previous-token-1234\nsecondary-token-5678\n")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class,
						(ex) -> assertThat(ex.getAction()).endsWith("; list several tokens separated by commas."))
				.hasMessage("twilio.webhook.additional-auth-tokens[0] holds a line break at position 20 of 40, "
						+ "which is not part of any Twilio SID, auth token or API key secret"));
	}

	@Test
	void nonPositiveMaxBodySizeFailsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("twilio.webhook.max-body-size=-1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("twilio.webhook.max-body-size"));
	}

}
