package dev.twiliospring.test.autoconfigure;

import java.net.URI;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioEmulatorAutoConfiguration} in an application that defines its
 * own {@link TwilioConnectionDetails}, such as one that reads the credentials from a
 * secret store.
 */
class TwilioEmulatorConnectionDetailsPrecedenceTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(TwilioEmulatorAutoConfiguration.class, TwilioAutoConfiguration.class))
		.withUserConfiguration(ProductionConnectionDetailsConfiguration.class);

	@Test
	void enabledEmulatorReplacesTheApplicationsOwnConnectionDetails() {
		this.contextRunner.withPropertyValues("twilio.emulator.enabled=true").run((context) -> {
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			TwilioClient client = context.getBean(TwilioClient.class);
			// The emulator runs, so the tests believe they are offline: the client must
			// talk to it, never to the real account
			assertThat(client.accountSid()).isEqualTo(emulator.accountSid());
			assertThat(client.balance().fetch().accountSid()).isEqualTo(emulator.accountSid());
		});
	}

	@Test
	void emulatorBeansOfTheTestsOwnReplaceTheApplicationsOwnConnectionDetails() {
		this.contextRunner.withUserConfiguration(OwnEmulatorConfiguration.class).run((context) -> {
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			TwilioClient client = context.getBean(TwilioClient.class);
			assertThat(client.balance().fetch().accountSid()).isEqualTo(emulator.accountSid());
		});
	}

	/**
	 * The beans of the "beans of your own" example of docs/testing.md.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnEmulatorConfiguration {

		@Bean(destroyMethod = "close")
		TwilioEmulator twilioEmulator() {
			return TwilioEmulator.start();
		}

		@Bean
		@Primary
		TwilioEmulatorConnectionDetails twilioEmulatorConnectionDetails(TwilioEmulator emulator) {
			return new TwilioEmulatorConnectionDetails(emulator);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ProductionConnectionDetailsConfiguration {

		@Bean
		TwilioConnectionDetails vaultTwilioConnectionDetails() {
			return new TwilioConnectionDetails() {

				@Override
				public String getAccountSid() {
					return "AC0123456789abcdef0123456789abcdef";
				}

				@Override
				public String getAuthToken() {
					return "production-token";
				}

				@Override
				public URI getBaseUrl() {
					// Stands in for api.twilio.com: nothing listens here
					return URI.create("http://127.0.0.1:9");
				}

			};
		}

	}

}
