package dev.twiliospring.autoconfigure;

import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioAutoConfiguration}: routing settings that cannot reach
 * Twilio, and which credentials win when properties and environment variables both hold
 * some.
 */
class TwilioAutoConfigurationRoutingAndCredentialsTests {

	private static final String ACCOUNT_SID = TwilioAutoConfigurationTests.ACCOUNT_SID;

	private static final String AUTH_TOKEN = TwilioAutoConfigurationTests.AUTH_TOKEN;

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TwilioAutoConfigurationTests::isolateFromRealEnvironment)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class));

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	/**
	 * Twilio hosts are {@code {product}.{edge}.{region}.twilio.com}; regions are ids such as
	 * {@code us1}, {@code ie1} or {@code au1}, edges are places such as {@code dublin}. An
	 * edge put in {@code twilio.region} starts cleanly today and every call then fails
	 * with an unknown host.
	 */
	@Test
	void edgeLocationSetAsTheRegionFailsStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.region=dublin")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.region");
				assertThat(analysis.getAction()).contains("twilio.region").contains("twilio.edge");
			});
	}

	@Test
	void regionIdSetAsTheEdgeFailsStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.edge=ie1")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.edge");
				assertThat(analysis.getAction()).contains("twilio.edge").contains("twilio.region");
			});
	}

	/**
	 * The client documents that explicitly configured credentials replace all credentials
	 * from the variables. With the starter, a {@code twilio.auth-token} property is
	 * silently replaced by an API key exported for another tool, such as the Twilio CLI.
	 */
	@Test
	void configuredAuthTokenIsNotReplacedByAnApiKeyFromEnvironmentVariables() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + ACCOUNT_SID + "\", \"status\": \"active\"}"));
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_API_KEY", TwilioAutoConfigurationTests.API_KEY_SID, "TWILIO_API_SECRET",
							"cli-api-key-secret"))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.takeRequest().basicCredentials()).isEqualTo(ACCOUNT_SID + ":" + AUTH_TOKEN);
			});
	}

	@Test
	void strayApiSecretVariableDoesNotFailStartupWhenAnAuthTokenIsConfigured() {
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner, Map.of("TWILIO_API_SECRET", "cli-api-key-secret"))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TwilioClient.class));
	}

	private static FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new InvalidTwilioConfigurationFailureAnalyzer()
			.analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(AUTH_TOKEN);
		return analysis;
	}

}
