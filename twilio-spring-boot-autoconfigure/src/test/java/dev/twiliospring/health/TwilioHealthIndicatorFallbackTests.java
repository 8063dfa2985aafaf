package dev.twiliospring.health;

import java.time.Clock;
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
 * expected refusal with a hint that the credentials are wrong. Once refused, the Account
 * resource is not asked again until the fallback refuses the credentials too.
 */
class TwilioHealthIndicatorFallbackTests {

	private static final String ACCOUNT_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json";

	private static final String PHONE_NUMBERS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/IncomingPhoneNumbers.json";

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

	@Test
	void accountResourceRefusedToAStandardKeyIsNotAskedAgain() {
		this.server.enqueue(refused(), phoneNumbers(), phoneNumbers(), phoneNumbers());
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ZERO, null);
		for (int i = 0; i < 3; i++) {
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("status", "unknown");
		}
		// One refused call in all, rather than one per check in the client's metrics
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH, PHONE_NUMBERS_PATH, PHONE_NUMBERS_PATH);
	}

	@Test
	void wholeCheckRunsAgainWhenTheResourceAStandardKeyMayReadFails() {
		this.server.enqueue(refused(), phoneNumbers(), refused(), refused(), refused());
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ZERO, null);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 401).containsKey("hint");
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH, PHONE_NUMBERS_PATH, ACCOUNT_PATH, PHONE_NUMBERS_PATH);
	}

	@Test
	void twilioFailingTheResourceAStandardKeyMayReadIsReportedWithoutAskingTheAccountResourceAgain() {
		this.server.enqueue(refused(), phoneNumbers(),
				Response.json(503, "{\"code\": 20503, \"message\": \"Service Unavailable\", \"status\": 503}"),
				Response.json(429, "{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}"),
				phoneNumbers());
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ZERO, null);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		Health unavailable = indicator.health();
		assertThat(unavailable.getStatus()).isEqualTo(Status.DOWN);
		assertThat(unavailable.getDetails()).containsEntry("httpStatus", 503)
			.containsEntry("errorCode", 20503)
			.doesNotContainKey("hint");
		Health rateLimited = indicator.health();
		assertThat(rateLimited.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(rateLimited.getDetails()).containsEntry("httpStatus", 429).containsEntry("errorCode", 20429);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		// An outage or a rate limit is no reason to ask the Account resource: it would be
		// refused again, one more call while Twilio struggles and one more rejected call
		// (20003) in the client's metrics, read as a credentials problem
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH, PHONE_NUMBERS_PATH, PHONE_NUMBERS_PATH,
					PHONE_NUMBERS_PATH);
	}

	@Test
	void accountRefusedToAnAuthTokenIsReportedWithoutTheFallbackCall() {
		this.server.enqueue(refused(), refused(), refused());
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ZERO, Duration.ZERO, null, Clock.systemUTC(), false);
		for (int i = 0; i < 3; i++) {
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("httpStatus", 401)
				.containsEntry("errorCode", 20003)
				.containsKey("hint");
		}
		// One rejected call per check: the account's auth token may fetch the account
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.containsExactly(ACCOUNT_PATH, ACCOUNT_PATH, ACCOUNT_PATH);
	}

	@Test
	void accountRefusedToAClientThatMayUseAnApiKeyFallsBack() {
		this.server.enqueue(refused(), phoneNumbers());
		Health health = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5), Duration.ZERO,
				Duration.ZERO, null, Clock.systemUTC(), true)
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("status", "unknown");
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH);
	}

	private static Response refused() {
		return Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}");
	}

	private static Response phoneNumbers() {
		return Response.json(200, "{\"incoming_phone_numbers\": [], \"next_page_uri\": null}");
	}

}
