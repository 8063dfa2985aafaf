package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.test.MockServerRestClientCustomizer;
import org.springframework.boot.restclient.test.autoconfigure.MockRestServiceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioEmulatorAutoConfiguration} in a test that also mocks HTTP with
 * Spring Boot's {@code MockRestServiceServer}, such as for another API.
 */
class TwilioEmulatorWithMockRestServiceServerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		// TWILIO_* variables of the machine, which the live tests need, would configure a client
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class,
				MockRestServiceServerAutoConfiguration.class, TwilioEmulatorAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("spring.test.restclient.mockrestserviceserver.enabled=true",
				"twilio.emulator.enabled=true");

	@Test
	void clientSendsToTheEmulatorNotTheMockServer() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MockServerRestClientCustomizer.class);
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			String sid = context.getBean(TwilioClient.class)
				.messages()
				.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build())
				.sid();
			assertThat(emulator.message(sid)).isPresent();
		});
	}

}
