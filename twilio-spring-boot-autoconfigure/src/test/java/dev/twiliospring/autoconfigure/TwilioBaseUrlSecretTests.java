package dev.twiliospring.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a refused {@code twilio.base-url} never shows the credentials it carries.
 */
class TwilioBaseUrlSecretTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class));

	@Test
	void refusedBaseUrlDoesNotEchoItsPassword() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + TwilioAutoConfigurationTests.ACCOUNT_SID,
					"twilio.auth-token=token", "twilio.base-url=htps://user:s3cr3t-password@localhost:8080")
			.run((context) -> {
				InvalidTwilioConfigurationException ex = (InvalidTwilioConfigurationException) context
					.getStartupFailure()
					.getCause()
					.getCause();
				assertThat(ex.getProperty()).isEqualTo("twilio.base-url");
				assertThat(ex.getMessage() + ex.getAction()).doesNotContain("s3cr3t-password");
			});
	}

}
