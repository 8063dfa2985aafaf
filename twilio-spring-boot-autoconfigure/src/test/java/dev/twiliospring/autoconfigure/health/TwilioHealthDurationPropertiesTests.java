package dev.twiliospring.autoconfigure.health;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioHealthContributorAutoConfiguration}: negative durations
 * of the health check are refused at startup, as negative client timeouts are.
 */
class TwilioHealthDurationPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(
				AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioHealthContributorAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN);

	/**
	 * A negative {@code twilio.health.timeout} silently means "no limit" and a negative
	 * {@code twilio.health.cache-ttl} "ask Twilio on every probe", spending the account's
	 * rate limit, while {@code twilio.connect-timeout=-1s} fails startup naming the
	 * property.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "twilio.health.timeout", "twilio.health.cache-ttl" })
	void negativeDurationFailsStartupNamingTheProperty(String property) {
		this.contextRunner.withPropertyValues(property + "=-3s").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
			assertThat(analysis.getDescription()).contains(property);
			assertThat(analysis.getAction()).startsWith("Set " + property);
		});
	}

	private static @Nullable FailureAnalysis analyze(Throwable failure) {
		// The registered analyzers, as Spring Boot runs them; those that need the bean
		// factory are skipped, since none of them explains this failure
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(),
					(factoryType, factoryImplementationName, loadFailure) -> {
					})) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
