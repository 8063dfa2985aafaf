package dev.twiliospring.autoconfigure.health;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.health.TwilioHealthIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioHealthContributorAutoConfiguration} with API key credentials.
 */
class TwilioHealthApiKeyTests {

	private static final String API_KEY_SID = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(
				AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioHealthContributorAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID, "twilio.api-key.sid=" + API_KEY_SID,
				"twilio.api-key.secret=standard-key-secret", "twilio.base-url=" + this.server.baseUrl());

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void healthIsUpWithAStandardApiKeyThatWorksForEverythingButTheAccountResource() {
		// Twilio's documented behaviour: a Standard API key may call every resource except
		// the Account resource itself (and Keys), which answers 401 with error 20003
		this.server.dispatcher(TwilioHealthApiKeyTests::standardApiKeyTwilio);
		this.contextRunner.run((context) -> {
			Health health = context.getBean(TwilioHealthIndicator.class).health();
			assertThat(health.getStatus()).as("%s", health.getDetails()).isEqualTo(Status.UP);
		});
	}

	@Test
	void healthFallsBackWhenTheAccountRefusesAnApiKeyEvenIfAnAuthTokenIsConfigured() {
		// The auth token signs webhooks; REST calls, the health check's among them, use the key
		this.server.dispatcher(TwilioHealthApiKeyTests::standardApiKeyTwilio);
		this.contextRunner.withPropertyValues("twilio.auth-token=webhook-signing-token").run((context) -> {
			Health health = context.getBean(TwilioHealthIndicator.class).health();
			assertThat(health.getStatus()).as("%s", health.getDetails()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("status", "unknown");
			assertThat(this.server.requests()).extracting(RecordedRequest::path)
				.containsExactly("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json",
						"/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/IncomingPhoneNumbers.json");
		});
	}

	private static Response standardApiKeyTwilio(RecordedRequest request) {
		if (!(API_KEY_SID + ":standard-key-secret").equals(request.basicCredentials())) {
			return Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}");
		}
		if (request.path().equals("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json")) {
			return Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\", "
					+ "\"more_info\": \"https://www.twilio.com/docs/errors/20003\", \"status\": 401}");
		}
		if (request.path().endsWith("/Balance.json")) {
			return Response.json(200, "{\"balance\": \"10.00\", \"currency\": \"USD\"}");
		}
		return Response.json(200, "{\"incoming_phone_numbers\": [], \"page\": 0, \"page_size\": 1, "
				+ "\"next_page_uri\": null}");
	}

}
