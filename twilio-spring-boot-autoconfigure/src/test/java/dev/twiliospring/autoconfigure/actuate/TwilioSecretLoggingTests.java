package dev.twiliospring.autoconfigure.actuate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.health.TwilioHealthIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that a full request and response cycle logged at DEBUG never reveals a Twilio
 * credential.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioSecretLoggingTests {

	private static final List<String> DEBUG_LOGGERS = List.of("dev.twiliospring", "org.springframework.web.client",
			"org.springframework.http.client");

	private final StubTwilioServer server = StubTwilioServer.start();

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + ActuatorTestApplication.AUTH_TOKEN,
				"twilio.api-key.sid=" + ActuatorTestApplication.API_KEY_SID,
				"twilio.api-key.secret=" + ActuatorTestApplication.API_KEY_SECRET,
				"twilio.webhook.additional-auth-tokens=" + ActuatorTestApplication.OLD_AUTH_TOKEN,
				"twilio.base-url=" + this.server.baseUrl(), "twilio.max-retries=1",
				"twilio.retry.initial-backoff=0ms");

	@AfterEach
	void resetLogging() {
		DEBUG_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, null));
		this.server.close();
	}

	@Test
	void debugLogsOfRequestsRetriesErrorsAndHealthChecksHoldNoCredential(CapturedOutput output) {
		DEBUG_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, LogLevel.DEBUG));
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(201, "{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\"}"),
				Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"),
				Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"),
				// the health check's second call, which works for Standard API keys
				Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"));
		this.contextRunner.run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			client.messages()
				.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build());
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch());
			new TwilioHealthIndicator(client, Duration.ofSeconds(5), Duration.ZERO, null).health();
			assertThat(client.toString()).doesNotContain(ActuatorTestApplication.API_KEY_SECRET);
		});
		assertThat(this.server.requestCount()).isEqualTo(5);
		assertThat(this.server.requests().get(0).basicCredentials())
			.isEqualTo(ActuatorTestApplication.API_KEY_SID + ":" + ActuatorTestApplication.API_KEY_SECRET);
		assertThat(output.getAll()).contains("Sending POST /2010-04-01/Accounts/{AccountSid}/Messages.json")
			.contains("Retrying POST /2010-04-01/Accounts/{AccountSid}/Messages.json")
			.contains("Twilio health check failed")
			.doesNotContain(ActuatorTestApplication.AUTH_TOKEN)
			.doesNotContain(ActuatorTestApplication.API_KEY_SECRET)
			.doesNotContain(ActuatorTestApplication.OLD_AUTH_TOKEN)
			.doesNotContain(basic(ActuatorTestApplication.API_KEY_SID, ActuatorTestApplication.API_KEY_SECRET))
			.doesNotContain(basic(StubTwilioServer.ACCOUNT_SID, ActuatorTestApplication.AUTH_TOKEN))
			.doesNotContainIgnoringCase("Authorization");
	}

	private static String basic(String user, String password) {
		return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
