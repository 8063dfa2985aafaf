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
 * With a Standard API key the account fetch is always refused (HTTP 401, code 20003),
 * and the indicator falls back to listing incoming phone numbers. When that call fails
 * for another reason (here a transient 503), the health shows that failure, not the
 * expected refusal with a hint that the credentials are wrong.
 */
class TwilioHealthIndicatorFallbackTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void failureOfTheFallbackCallIsReportedInsteadOfTheExpectedAccountRefusal() {
		this.server.enqueue(
				Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}"),
				Response.json(503, "{\"code\": 20503, \"message\": \"Service Unavailable\", \"status\": 503}"));
		Health health = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5), Duration.ZERO, null)
			.health();
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		// The credentials worked well enough to be refused only by the Account resource:
		// the cause of DOWN is the 503, not "rejected credentials"
		assertThat(health.getDetails()).containsEntry("httpStatus", 503).doesNotContainKey("hint");
		assertThat((String) health.getDetails().get("error")).contains("20503");
	}

}
