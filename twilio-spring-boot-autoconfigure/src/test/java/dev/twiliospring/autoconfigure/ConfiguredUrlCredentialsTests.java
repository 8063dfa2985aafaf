package dev.twiliospring.autoconfigure;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials in the configured URLs ({@code twilio.base-url},
 * {@code twilio.webhook.public-url}) must not show in {@code toString()} or in the
 * startup failure report.
 */
class ConfiguredUrlCredentialsTests {

	private static final String PASSWORD = "url-password-0123456789abcdef";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class));

	@Test
	void propertiesToStringDoesNotShowUrlPasswords() {
		TwilioProperties properties = new TwilioProperties();
		properties.setBaseUrl(URI.create("http://emulator:" + PASSWORD + "@localhost:8080"));
		properties.getWebhook().setPublicUrl(URI.create("https://twilio:" + PASSWORD + "@hooks.example.com"));
		assertThat(properties.toString()).contains("http://******@localhost:8080")
			.contains("https://******@hooks.example.com")
			.doesNotContain(PASSWORD);
		properties.setBaseUrl(URI.create("https://h:" + PASSWORD + "@localhost"));
		assertThat(properties.toString()).contains("baseUrl=https://******@localhost");
	}

	@Test
	void propertiesToStringDoesNotShowThePasswordOfAUrlWithAHostBeyondAscii() {
		TwilioProperties properties = new TwilioProperties();
		properties.getWebhook().setPublicUrl(URI.create("https://twilio:" + PASSWORD + "@bücher.example/hooks"));
		assertThat(properties.toString()).contains("https://******@bücher.example/hooks").doesNotContain(PASSWORD);
	}

	@Test
	void failureReportOfAMistypedBaseUrlDoesNotShowItsPassword() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + TwilioAutoConfigurationTests.ACCOUNT_SID,
					"twilio.auth-token=" + TwilioAutoConfigurationTests.AUTH_TOKEN,
					"twilio.base-url=htps://emulator:" + PASSWORD + "@localhost:8080")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidTwilioConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("twilio.base-url");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(PASSWORD);
			});
	}

}
