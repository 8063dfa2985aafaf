package dev.twiliospring.health;

import java.time.Duration;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the masking of the account SID by {@link TwilioHealthIndicator}.
 */
class TwilioHealthIndicatorMaskingTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void errorDetailDoesNotRevealTheAccountSidThatTheAccountDetailMasks() {
		this.server.enqueue(Response.json(404, "{\"code\": 20404, \"message\": \"The requested resource /2010-04-01/"
				+ "Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json was not found\", \"more_info\": "
				+ "\"https://www.twilio.com/docs/errors/20404\", \"status\": 404}"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ZERO, null);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("account", "ACaa\u2026aaaa");
		assertThat(health.getDetails().toString()).doesNotContain(StubTwilioServer.ACCOUNT_SID);
	}

}
