package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.test.autoconfigure.TwilioEmulatorAutoConfiguration;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configured credentials ({@code twilio.*}, {@code TWILIO_*}) are ignored while the
 * emulator runs, even placeholders that nothing resolves, as CI without Twilio secrets has.
 */
class TwilioEmulatorPlaceholderCredentialsTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioEmulatorAutoConfiguration.class,
				dev.twiliospring.autoconfigure.TwilioAutoConfiguration.class,
				dev.twiliospring.autoconfigure.webhook.TwilioWebhookAutoConfiguration.class))
		.withPropertyValues("twilio.emulator.enabled=true");

	@Test
	void placeholderCredentials() {
		this.runner.withPropertyValues("twilio.account-sid=${TWILIO_SID_NOT_SET_ANYWHERE}",
				"twilio.auth-token=${TWILIO_TOKEN_NOT_SET_ANYWHERE}").run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(TwilioClient.class).accountSid())
						.isEqualTo(context.getBean(TwilioEmulator.class).accountSid());
				});
	}

	@Test
	void dummyCredentialsAreIgnored() {
		this.runner.withPropertyValues("twilio.account-sid=changeme", "twilio.auth-token=changeme",
				"twilio.region=nowhere", "twilio.api-key.sid=changeme").run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(TwilioClient.class).accountSid())
						.isEqualTo(context.getBean(TwilioEmulator.class).accountSid());
				});
	}

}
