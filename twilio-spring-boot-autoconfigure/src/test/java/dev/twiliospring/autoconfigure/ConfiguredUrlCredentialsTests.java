package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Credentials in the configured URLs ({@code twilio.base-url},
 * {@code twilio.webhook.public-url}) must not show in {@code toString()} or in the
 * startup failure report.
 */
@ExtendWith(OutputCaptureExtension.class)
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

	/**
	 * A value that is no URL at all failed in the binder, whose report, as Spring Boot
	 * prints it at startup, quoted the value twice, password included. Boot's own
	 * analyzers come first on the class path here, as they may in an application.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "twilio.base-url", "twilio.webhook.public-url" })
	void startupReportOfAValueThatIsNoUrlNamesThePropertyButNotThePassword(String property, CapturedOutput output) {
		SpringApplication application = new SpringApplication(UrlApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		application.addInitializers(TestEnvironments::isolate);
		application.setResourceLoader(new DefaultResourceLoader(new BootFactoriesFirstClassLoader()));
		Throwable failure = catchThrowable(() -> application.run(
				"--twilio.account-sid=" + TwilioAutoConfigurationTests.ACCOUNT_SID,
				"--twilio.auth-token=" + TwilioAutoConfigurationTests.AUTH_TOKEN,
				"--" + property + "=ht tps://twilio:" + PASSWORD + "@hooks.example.com/app"));
		assertThat(failure).isNotNull();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			assertThat(cause.getMessage()).doesNotContain(PASSWORD);
		}
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: " + property)
			.contains(property + " is not a valid URL: Illegal character in scheme name")
			.doesNotContain(PASSWORD);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(TwilioAutoConfiguration.class)
	static class UrlApplication {

	}

	/**
	 * Lists the {@code spring.factories} files of the jars after those of this module's
	 * classes, as an application whose class path has Spring Boot's jars first sees them.
	 */
	static class BootFactoriesFirstClassLoader extends ClassLoader {

		BootFactoriesFirstClassLoader() {
			super(ConfiguredUrlCredentialsTests.class.getClassLoader());
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			List<URL> resources = Collections.list(super.getResources(name));
			Collections.reverse(resources);
			return Collections.enumeration(resources);
		}

	}

}
