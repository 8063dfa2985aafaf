package dev.twiliospring.autoconfigure;

import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioAutoConfiguration}: which credentials win when properties and
 * environment variables both hold some.
 */
class TwilioCredentialPrecedenceTests {

	private static final String ACCOUNT_SID = TwilioAutoConfigurationTests.ACCOUNT_SID;

	private static final String AUTH_TOKEN = TwilioAutoConfigurationTests.AUTH_TOKEN;

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class));

	@AfterEach
	void stopServer() {
		this.server.close();
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

	/**
	 * An application that only receives webhooks configures the auth token alone. An API
	 * key variable exported for another tool is ignored by the connection details, so it
	 * must not create a client that then fails for want of an account SID.
	 */
	@Test
	void strayApiKeyVariableDoesNotCreateAClientForAWebhookOnlyApplication() {
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_API_KEY", TwilioAutoConfigurationTests.API_KEY_SID, "TWILIO_API_SECRET",
							"cli-api-key-secret"))
			.withPropertyValues("twilio.auth-token=" + AUTH_TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TwilioClient.class));
	}

	@Test
	void apiKeyVariableStillCountsWhenNoAuthTokenIsConfigured() {
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_API_KEY", TwilioAutoConfigurationTests.API_KEY_SID, "TWILIO_API_SECRET",
							"cli-api-key-secret"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("account SID"));
	}

	@Test
	void strayApiSecretVariableDoesNotFailStartupWhenAnAuthTokenIsConfigured() {
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner, Map.of("TWILIO_API_SECRET", "cli-api-key-secret"))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TwilioClient.class));
	}

	/**
	 * Relaxed binding reads {@code TWILIO_AUTH_TOKEN} as {@code twilio.auth-token}. With
	 * every credential in environment variables, the API key must still win, as it does
	 * for the client's own {@code fromEnvironment()}: an application given a restricted
	 * key must not call Twilio with the account's auth token instead.
	 */
	@Test
	void apiKeyWinsWhenAllCredentialsAreEnvironmentVariables() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + ACCOUNT_SID + "\", \"status\": \"active\"}"));
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN", AUTH_TOKEN, "TWILIO_API_KEY",
							TwilioAutoConfigurationTests.API_KEY_SID, "TWILIO_API_SECRET", "restricted-key-secret"))
			.withPropertyValues("twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioConnectionDetails.class).getAuthToken()).isEqualTo(AUTH_TOKEN);
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.takeRequest().basicCredentials())
					.isEqualTo(TwilioAutoConfigurationTests.API_KEY_SID + ":restricted-key-secret");
			});
	}

	/**
	 * The same variables beside an auth token that the configuration sets, even through
	 * a placeholder of the variable, leave the auth token in charge.
	 */
	@Test
	void authTokenConfiguredAsAPropertyStillWinsOverApiKeyVariables() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + ACCOUNT_SID + "\", \"status\": \"active\"}"));
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_API_KEY", TwilioAutoConfigurationTests.API_KEY_SID, "TWILIO_API_SECRET",
							"restricted-key-secret", "MY_TOKEN", AUTH_TOKEN))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=${MY_TOKEN}",
					"twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.takeRequest().basicCredentials()).isEqualTo(ACCOUNT_SID + ":" + AUTH_TOKEN);
			});
	}

}
