package dev.twiliospring.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentEntryDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioSanitizingAutoConfiguration}.
 */
class TwilioSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioSanitizingAutoConfiguration.class));

	@Test
	void sanitizingFunctionIsAutoConfigured() {
		this.contextRunner.run((context) -> assertThat(context).hasBean("twilioSanitizingFunction")
			.getBean("twilioSanitizingFunction")
			.isInstanceOf(TwilioSanitizingFunction.class));
	}

	@Test
	void otherSanitizingFunctionsDoNotReplaceIt() {
		this.contextRunner.withBean("custom", SanitizingFunction.class, () -> (data) -> data)
			.run((context) -> assertThat(context).getBeans(SanitizingFunction.class)
				.containsOnlyKeys("custom", "twilioSanitizingFunction"));
	}

	@Test
	void backsOffFromBeanWithTheSameName() {
		SanitizingFunction custom = (data) -> data;
		this.contextRunner.withBean("twilioSanitizingFunction", SanitizingFunction.class, () -> custom)
			.run((context) -> assertThat(context).getBean(SanitizingFunction.class).isSameAs(custom));
	}

	@Test
	void switchesOffWithoutActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean("twilioSanitizingFunction"));
	}

	@Test
	void environmentEndpointMasksCredentialsFromEnvironmentVariablesWhileShowingValues() {
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("testEnvironment",
						Map.of("TWILIO_AUTH_TOKEN", "env-auth-token-0123456789", "TWILIO_API_SECRET",
								"env-api-secret-0123456789", "TWILIO_ACCOUNT_SID",
								"AC0123456789abcdef0123456789abcdef"))))
			.run((context) -> {
				EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(),
						List.of(context.getBean("twilioSanitizingFunction", SanitizingFunction.class)), Show.ALWAYS);
				assertThat(value(endpoint, "TWILIO_AUTH_TOKEN")).isEqualTo(SanitizableData.SANITIZED_VALUE);
				assertThat(value(endpoint, "TWILIO_API_SECRET")).isEqualTo(SanitizableData.SANITIZED_VALUE);
				assertThat(value(endpoint, "TWILIO_ACCOUNT_SID")).isEqualTo("AC0123456789abcdef0123456789abcdef");
			});
	}

	private static Object value(EnvironmentEndpoint endpoint, String name) {
		EnvironmentEntryDescriptor descriptor = endpoint.environmentEntry(name);
		assertThat(descriptor.getProperty()).isNotNull();
		return descriptor.getProperty().getValue();
	}

}
