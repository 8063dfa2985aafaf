package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.test.emulator.TwilioEmulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} that starts a {@link TwilioEmulator} and connects the application
 * to it with {@link TwilioEmulatorConnectionDetails}, when
 * {@code twilio.emulator.enabled} is {@code true} (or {@code on}, {@code yes}, {@code 1}).
 * The emulator is a bean, so tests can inject it; it stops with the application context.
 *
 * @since 1.0.0
 * @see AutoConfigureTwilioEmulator
 */
@AutoConfiguration(beforeName = { "dev.twiliospring.autoconfigure.TwilioAutoConfiguration",
		"dev.twiliospring.autoconfigure.webhook.TwilioWebhookAutoConfiguration" })
@Conditional(OnEmulatorEnabledCondition.class)
@EnableConfigurationProperties(TwilioEmulatorProperties.class)
public final class TwilioEmulatorAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	TwilioEmulator twilioEmulator(TwilioEmulatorProperties properties) {
		TwilioEmulator.Builder builder = TwilioEmulator.builder()
			.port(properties.getPort())
			.stepDelay(properties.getStepDelay());
		if (StringUtils.hasText(properties.getAccountSid())) {
			builder.accountSid(properties.getAccountSid().trim());
		}
		if (StringUtils.hasText(properties.getAuthToken())) {
			builder.authToken(properties.getAuthToken().trim());
		}
		return builder.start();
	}

	/**
	 * Connection details for the emulator, primary over any the application defines
	 * itself (read from a secret store, say), so that a test that enables the emulator
	 * never reaches real Twilio.
	 * @param twilioEmulator the emulator
	 * @return the connection details
	 */
	@Bean
	@Primary
	@ConditionalOnMissingBean(TwilioEmulatorConnectionDetails.class)
	TwilioEmulatorConnectionDetails twilioEmulatorConnectionDetails(TwilioEmulator twilioEmulator) {
		return new TwilioEmulatorConnectionDetails(twilioEmulator);
	}

}
