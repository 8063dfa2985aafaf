package dev.twiliospring.autoconfigure.actuate;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentEntryDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
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

	@Test
	void environmentEndpointMasksTheAuthTokenInTheVariableItsPlaceholderNames() {
		String token = "0123456789abcdef0123456789abcdef";
		withTwilio(Map.of("MY_TWILIO_TOKEN", token), "twilio.auth-token=${MY_TWILIO_TOKEN}").run((context) -> {
			EnvironmentEndpoint endpoint = environmentEndpoint(context);
			assertThat(value(endpoint, "MY_TWILIO_TOKEN")).isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(value(endpoint, "twilio.auth-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	@Test
	void environmentEndpointMasksSecretsInsideOtherValuesAndKeepsTheRest() {
		String token = "0123456789abcdef0123456789abcdef";
		String apiSecret = "s3cr3tAPIkeySecretValue012345678";
		String oldToken = "fedcba9876543210fedcba9876543210";
		String tunnelPassword = "tunnel-p@ss-0123";
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("SPRING_APPLICATION_JSON", "{\"twilio\":{\"auth-token\":\"" + token + "\"}}");
		variables.put("PREVIOUS_TOKENS", oldToken + "," + apiSecret);
		variables.put("TUNNEL_PASSWORD", tunnelPassword);
		withTwilio(variables, "twilio.account-sid=AC0123456789abcdef0123456789abcdef", "twilio.auth-token=" + token,
				"twilio.api-key.sid=SK0123456789abcdef0123456789abcdef",
				"twilio.api-key.secret=" + apiSecret, "twilio.webhook.additional-auth-tokens[0]=" + oldToken,
				"twilio.webhook.public-url=https://user:tunnel-p%40ss-0123@example.ngrok.app")
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
						new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
								Map.of("sun.java.command",
										"com.example.App --twilio.auth-token=" + token + " --server.port=8080"))))
			.run((context) -> {
				EnvironmentEndpoint endpoint = environmentEndpoint(context);
				assertThat(value(endpoint, "sun.java.command"))
					.isEqualTo("com.example.App --twilio.auth-token=****** --server.port=8080");
				assertThat(value(endpoint, "SPRING_APPLICATION_JSON"))
					.isEqualTo("{\"twilio\":{\"auth-token\":\"******\"}}");
				assertThat(value(endpoint, "PREVIOUS_TOKENS")).isEqualTo("******,******");
				assertThat(value(endpoint, "TUNNEL_PASSWORD")).isEqualTo(SanitizableData.SANITIZED_VALUE);
			});
	}

	@Test
	void environmentEndpointMasksThePasswordOfAPublicUrlWithAHostBeyondAscii() {
		String tunnelPassword = "tunnel-pass-0123456789";
		withTwilio(Map.of("TUNNEL_PASSWORD", tunnelPassword), "twilio.account-sid=AC0123456789abcdef0123456789abcdef",
				"twilio.auth-token=0123456789abcdef0123456789abcdef",
				"twilio.webhook.public-url=https://user:" + tunnelPassword + "@bücher.example")
			.run((context) -> assertThat(value(environmentEndpoint(context), "TUNNEL_PASSWORD"))
				.isEqualTo(SanitizableData.SANITIZED_VALUE));
	}

	@Test
	void environmentEndpointMasksTheSecretsOfConnectionDetailsOfTheApplicationsOwn() {
		String token = "emulated-token-0123456789abcdef";
		TwilioConnectionDetails details = new TwilioConnectionDetails() {

			@Override
			public String getAccountSid() {
				return "AC0123456789abcdef0123456789abcdef";
			}

			@Override
			public String getAuthToken() {
				return token;
			}

			@Override
			public @Nullable URI getBaseUrl() {
				return URI.create("http://localhost:8080");
			}

		};
		withTwilio(Map.of("EMULATOR_SETTINGS", "token=" + token)).withBean(TwilioConnectionDetails.class, () -> details)
			.run((context) -> assertThat(value(environmentEndpoint(context), "EMULATOR_SETTINGS"))
				.isEqualTo("token=******"));
	}

	/**
	 * A context with the Twilio auto-configuration whose only environment variables are
	 * the given ones, not the machine's.
	 */
	private ApplicationContextRunner withTwilio(Map<String, Object> variables, String... properties) {
		return this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								variables)))
			.withPropertyValues(properties);
	}

	private static EnvironmentEndpoint environmentEndpoint(AssertableApplicationContext context) {
		return new EnvironmentEndpoint(context.getEnvironment(),
				List.of(context.getBean("twilioSanitizingFunction", SanitizingFunction.class)), Show.ALWAYS);
	}

	private static Object value(EnvironmentEndpoint endpoint, String name) {
		EnvironmentEntryDescriptor descriptor = endpoint.environmentEntry(name);
		assertThat(descriptor.getProperty()).isNotNull();
		return descriptor.getProperty().getValue();
	}

}
