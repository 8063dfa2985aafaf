package dev.twiliospring.health;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioHealthIndicator} with durations too long for its arithmetic: an
 * unbounded timeout still checks, and an unbounded cache time to live still caches.
 */
class TwilioHealthIndicatorDurationTests {

	private static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void unboundedTimeoutDoesNotBreakTheCheck() {
		this.server.enqueue(Response.json(200, "{\"status\": \"active\"}"));
		assertThat(new TwilioHealthIndicator(this.server.client(), FOREVER, Duration.ofMinutes(1), null).health()
			.getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void unboundedCacheTimeToLiveStillCaches() {
		this.server.dispatcher((request) -> Response.json(200, "{\"status\": \"active\"}"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				FOREVER, null);
		indicator.health();
		indicator.health();
		indicator.health();
		assertThat(this.server.requestCount()).isOne();
	}

}
