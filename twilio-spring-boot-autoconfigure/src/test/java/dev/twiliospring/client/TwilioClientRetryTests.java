package dev.twiliospring.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the retries of {@link TwilioClient}.
 */
class TwilioClientRetryTests {

	@Test
	void idempotencyTokensAreDistinctVersion4Uuids() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String token = TwilioExecutor.randomToken();
			UUID uuid = UUID.fromString(token);
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
			assertThat(uuid).hasToString(token);
			tokens.add(token);
		}
		assertThat(tokens).hasSize(10_000);
	}

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final String MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T10:00:00Z"));

	/**
	 * A source of randomness that adds nothing to a {@code Retry-After}, for the tests
	 * that read the wait it asked for.
	 */
	private static final RandomGenerator NO_JITTER = () -> 0L;

	/**
	 * A source of randomness that adds the most it may to a {@code Retry-After}.
	 */
	private static final RandomGenerator MOST_JITTER = new RandomGenerator() {

		@Override
		public long nextLong() {
			return -1L;
		}

		@Override
		public long nextLong(long bound) {
			return bound - 1;
		}

	};

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void doesNotRetryByDefault() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().sleeper(this::sleep).build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageEndingWith("; not retried: retries are off")
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isNull());
		assertThat(this.server.requestCount()).isOne();
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void retryAfterOfAnAnswerThatIsNotRetriedIsGivenToTheCaller() {
		String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.ofInstant(this.clock.instant().plusSeconds(12), ZoneOffset.UTC));
		this.server.enqueue(
				Response
					.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\","
							+ "\"more_info\":\"https://www.twilio.com/docs/errors/20429\"}")
					.header("Retry-After", "7"),
				Response.json(503, "{}").header("Retry-After", inTwelveSeconds),
				Response.json(503, "{}").header("Retry-After", "Thu, 01 May 2025 09:59:00 GMT"));
		TwilioClient client = client(0);
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessage("Twilio error 20429 (HTTP 429) on POST " + MESSAGES
					+ ": Too Many Requests (see https://www.twilio.com/docs/errors/20429); Twilio asks to try again"
					+ " after 7 s; not retried: retries are off")
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(7)));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageContaining("; Twilio asks to try again after 12 s;")
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(12)));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageContaining("; Twilio asks to try again after 0 s;")
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isZero());
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void honoursRetryAfterSecondsOn429() {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")
			.header("Retry-After", "7"), Response.fixture(201, "message-queued.json"));
		JsonNode message = send(client(3));
		assertThat(message.get("status").asString()).isEqualTo("queued");
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(7));
	}

	/**
	 * Verify answers 429 for its limits on the attempts at one verification, which last
	 * until it expires: a retry would only hide the limit behind the next answer, such as
	 * the 404 that a check gets once the verification is closed.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 60202, 60203, 60308, 60310 })
	void verifyAttemptLimitsAreNotRetried(int code) {
		this.server.enqueue(Response.json(429, "{\"code\":" + code + ",\"message\":\"Max attempts reached\","
				+ "\"status\":429}"), Response.json(404, "{\"code\":20404,\"message\":\"Not found\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(3)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(code))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("not retried"));
		assertThat(this.server.requestCount()).isOne();
		assertThat(this.sleeps).isEmpty();
	}

	/**
	 * A 408 says that the server, or a proxy or load balancer in front of it, gave up
	 * waiting for the request: nothing was carried out, so it is retried as a timeout.
	 */
	@Test
	void requestTimeoutAnswerIsRetriedAsATimeout() {
		List<TwilioRetryReason> reasons = new CopyOnWriteArrayList<>();
		TwilioClientListener listener = new TwilioClientListener() {

			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				reasons.add(reason);
			}

		};
		this.server.enqueue(Response.text(408, "text/html", "<html>Request Timeout</html>"),
				Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().maxRetries(1).sleeper(this::sleep).listener(listener).build();
		assertThat(send(client).get("status").asString()).isEqualTo("queued");
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(reasons).containsExactly(TwilioRetryReason.TIMEOUT);
	}

	@Test
	void rateLimitWithoutAnErrorBodyIsRetried() {
		this.server.enqueue(Response.json(429, "<html>slow down</html>"), Response.fixture(201, "message-queued.json"));
		assertThat(send(client(1)).get("status").asString()).isEqualTo("queued");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void honoursRetryAfterHttpDate() {
		String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.ofInstant(this.clock.instant().plusSeconds(12), ZoneOffset.UTC));
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", inTwelveSeconds),
				Response.fixture(201, "message-queued.json"));
		send(client(1));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void retryAfterDateIsWaitedForInWholeSecondsRoundedUp() {
		// The clock is 266 ms past a second, the date 12 s after that second
		MutableClock clock = new MutableClock(Instant.parse("2025-05-01T10:00:00.266Z"));
		this.server.enqueue(Response.json(503, "{}").header("Retry-After", "Thu, 01 May 2025 10:00:12 GMT"),
				Response.json(503, "{}").header("Retry-After", "Thu, 01 May 2025 10:00:12 GMT"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.sleeper(this::sleep)
			.random(NO_JITTER)
			.clock(clock)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageContaining("; Twilio asks to try again after 12 s;")
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(12)));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void takesARetryAfterTooLargeForALongAsBeyondTheMaximum() {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}")
			.header("Retry-After", "99999999999999999999"), Response.fixture(201, "message-queued.json"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(3)))
			.withMessageEndingWith("; Twilio asks to try again after " + Long.MAX_VALUE
					+ " s; not retried: Retry-After is longer than the 60 s the client waits at most")
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE)));
		assertThat(this.server.requestCount()).isOne();
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void stopsRetryingWhenRetryAfterExceedsMaximum() {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}")
			.header("Retry-After", "120"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.maxRetryAfter(Duration.ofSeconds(60))
			.sleeper(this::sleep)
			.clock(this.clock)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageEndingWith("Too Many Requests; Twilio asks to try again after 120 s; not retried: "
					+ "Retry-After is longer than the 60 s the client waits at most")
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(TwilioErrorCodes.TOO_MANY_REQUESTS);
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
			});
		assertThat(this.server.requestCount()).isOne();
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void retriesServerErrorsWithBoundedJitteredBackoff() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.json(500, "{\"status\":500}"),
				Response.json(502, "{\"status\":502}"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.initialBackoff(Duration.ofMillis(100))
			.maxBackoff(Duration.ofMillis(250))
			.sleeper(this::sleep)
			.clock(this.clock)
			.build();
		send(client);
		assertThat(this.server.requestCount()).isEqualTo(4);
		assertThat(this.sleeps).hasSize(3);
		assertThat(this.sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
		assertThat(this.sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
		assertThat(this.sleeps.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(250));
	}

	@Test
	void retriesConnectionReset() {
		this.server.enqueue(Response.disconnect(), Response.fixture(201, "message-queued.json"));
		send(client(2));
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(this.sleeps).hasSize(1);
	}

	@Test
	void doesNotRetryClientErrors() {
		this.server.enqueue(Response.fixture(400, "error-classic.json"), Response.fixture(201, "message-queued.json"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(3)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.withMessageNotContaining("retr");
		assertThat(this.server.requestCount()).isOne();
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void throwsLastFailureWithEarlierOnesSuppressedWhenRetriesAreExhausted() {
		this.server.enqueue(Response.json(500, "{\"message\":\"first\"}"), Response.json(503, "{\"message\":\"last\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(1))).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(503);
			assertThat(ex).hasMessageEndingWith(": last; not retried: the one retry allowed was made");
			assertThat(ex.getSuppressed()).singleElement()
				.satisfies((first) -> assertThat(first).hasMessageEndingWith(": first"));
		});
		assertThat(this.server.requestCount()).isEqualTo(2);
		this.server.enqueue(Response.json(500, "{}"), Response.json(500, "{}"), Response.json(500, "{}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client(2)))
			.withMessageEndingWith("; not retried: all 2 retries allowed were made");
	}

	/**
	 * Instances that a rate limit answered at the same moment must not all come back at
	 * the same moment, nor before the time Twilio asked for.
	 */
	@Test
	void waitsARandomTimeOfUpToATenthOnTopOfRetryAfter() {
		this.server.dispatcher((request) -> Response.json(429, "{}").header("Retry-After", "10"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(8)
			.retryDeadline(Duration.ZERO)
			.sleeper(this::sleep)
			.random(new SplittableRandom(2026))
			.clock(this.clock)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(10)));
		assertThat(this.sleeps).hasSize(8)
			.allSatisfy((delay) -> assertThat(delay).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11)));
		assertThat(new HashSet<>(this.sleeps)).hasSizeGreaterThan(1);
	}

	@Test
	void waitsAtMostATenthMoreThanRetryAfter() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "10"),
				Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.sleeper(this::sleep)
			.random(MOST_JITTER)
			.clock(this.clock)
			.build();
		send(client);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(11));
	}

	/**
	 * The jitter decides no retry: a {@code Retry-After} that leaves time before the
	 * deadline is retried, and the retry keeps at least half of that time to get its
	 * answer.
	 */
	@Test
	void jitterOnTopOfRetryAfterLeavesTheRetryTimeBeforeTheDeadline() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "20"),
				Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.retryDeadline(Duration.ofMillis(20_500))
			.sleeper(this::sleep)
			.random(MOST_JITTER)
			.clock(this.clock)
			.build();
		send(client);
		assertThat(this.sleeps).containsExactly(Duration.ofMillis(20_250));
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void retryAfterOfTheLongestHonouredIsWaitedWithItsJitter() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "60"),
				Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.maxRetryAfter(Duration.ofSeconds(60))
			.retryDeadline(Duration.ZERO)
			.sleeper(this::sleep)
			.random(MOST_JITTER)
			.clock(this.clock)
			.build();
		send(client);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(66));
	}

	@Test
	void stopsRetryingAtDeadline() {
		this.server.dispatcher((request) -> Response.json(429, "{}").header("Retry-After", "20"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(10)
			.retryDeadline(Duration.ofSeconds(50))
			.sleeper(this::sleep)
			.clock(this.clock)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageEndingWith("; Twilio asks to try again after 20 s; not retried: "
					+ "waiting 20 s would pass the retry deadline of 50 s")
			.satisfies((ex) -> assertThat(ex.getSuppressed()).hasSize(2)
				.allSatisfy((retried) -> assertThat(retried).hasMessageEndingWith("Twilio asks to try again after 20 s")));
		assertThat(this.sleeps).hasSize(2)
			.allSatisfy((delay) -> assertThat(delay).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(22)));
		assertThat(this.server.requestCount()).isEqualTo(3);
	}

	/**
	 * A wait that would end just at the deadline is not begun: the retry after it would
	 * have no time left and is not sent, so the call fails at once rather than after the
	 * whole wait.
	 */
	@Test
	void retryAfterThatEndsAtTheDeadlineIsNotWaitedFor() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "10"),
				Response.fixture(201, "message-queued.json"));
		List<String> events = new CopyOnWriteArrayList<>();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.retryDeadline(Duration.ofSeconds(10))
			.sleeper(this::sleep)
			.clock(this.clock)
			.listener(new TwilioClientListener() {

				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					events.add("retry");
				}

				@Override
				public void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
					events.add("abandoned");
				}

			})
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageEndingWith("; Twilio asks to try again after 10 s; not retried: "
					+ "waiting 10 s would reach the retry deadline of 10 s");
		assertThat(this.sleeps).isEmpty();
		assertThat(events).isEmpty();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void retryThatGetsNoAnswerEndsAtTheRetryDeadlineRatherThanAfterTheReadTimeout() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"first\"}"),
				Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(8)));
		// The deadline leaves the first attempt time enough on a busy machine
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofSeconds(30))
			.maxRetries(1)
			.initialBackoff(Duration.ofMillis(1))
			.retryDeadline(Duration.ofMillis(1500))
			.sleeper(this::sleep)
			.clock(this.clock)
			.build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client))
			.withMessageContaining("Timed out on POST " + MESSAGES)
			.withMessageContaining("retry deadline of 1500 ms")
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isTrue();
				assertThat(ex.getSuppressed()).singleElement()
					.satisfies((first) -> assertThat(first).hasMessageContaining("first"));
			});
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void retryDeadlineEndsACallWithoutRetriesToo() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(8)));
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofSeconds(30))
			.retryDeadline(Duration.ofMillis(300))
			.build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client))
			.withMessageContaining("retry deadline of 300 ms")
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void zeroRetryDeadlineLeavesTheReadTimeoutAloneWithoutRetries() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofMillis(500)));
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofSeconds(30))
			.retryDeadline(Duration.ZERO)
			.build();
		send(client);
		assertThat(this.server.requestCount()).isOne();
	}

	/**
	 * Zero lifts the bound, as for timeouts and Spring's {@code RetryPolicy}, instead of
	 * leaving no time for any retry.
	 */
	@Test
	void zeroRetryDeadlineLeavesRetriesToMaxRetries() {
		this.server.enqueue(Response.json(503, "{}"), Response.json(429, "{}").header("Retry-After", "30"),
				Response.json(503, "{}"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(2)
			.retryDeadline(Duration.ZERO)
			.sleeper(this::sleep)
			.clock(this.clock)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
			.withMessageEndingWith("; not retried: all 2 retries allowed were made");
		assertThat(this.server.requestCount()).isEqualTo(3);
		assertThat(this.sleeps).hasSize(2)
			.anySatisfy((delay) -> assertThat(delay).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(33)));
	}

	@Test
	void zeroRetryDeadlineStillSendsTheFirstAttempt() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(2)
			.retryDeadline(Duration.ZERO)
			.sleeper(this::sleep)
			.build();
		JsonNode message = send(client);
		assertThat(message.get("status").asString()).isEqualTo("queued");
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void reusesIdempotencyTokenAcrossAttemptsButNotAcrossCalls() {
		this.server.enqueue(Response.json(503, "{}"), Response.disconnect(), Response.fixture(201, "message-queued.json"),
				Response.fixture(201, "message-queued.json"));
		TwilioClient client = client(3);
		send(client);
		send(client);
		List<String> tokens = this.server.requests().stream().map((request) -> request.header("I-Twilio-Idempotency-Token")).toList();
		assertThat(tokens).hasSize(4).doesNotContainNull();
		assertThat(tokens.get(0)).isEqualTo(tokens.get(1)).isEqualTo(tokens.get(2));
		assertThat(tokens.get(3)).isNotEqualTo(tokens.get(0));
		assertThat(this.server.requests()).extracting(RecordedRequest::bodyAsString).containsOnly("To=%2B15558675310");
	}

	@Test
	void replacesABlankIdempotencyTokenGivenAsHeaderWithOneTokenForAllAttempts() {
		this.server.enqueue(Response.json(503, "{}"), Response.json(503, "{}"),
				Response.fixture(201, "message-queued.json"));
		client(2).execute(TwilioRequest.post(TwilioDomain.API, MESSAGES)
			.param("To", "+15558675310")
			.header("I-Twilio-Idempotency-Token", " ")
			.build(), JsonNode.class);
		List<List<String>> tokens = this.server.requests()
			.stream()
			.map((request) -> request.headers().get("i-twilio-idempotency-token"))
			.toList();
		assertThat(tokens).hasSize(3).allSatisfy((values) -> assertThat(values).singleElement().matches((token) -> !token.isBlank()));
		assertThat(tokens.get(0)).isEqualTo(tokens.get(1)).isEqualTo(tokens.get(2));
	}

	@Test
	void retriesReadTimeoutOfIdempotentRequest() {
		this.server.enqueue(Response.fixture(200, "message.json").delay(Duration.ofSeconds(2)),
				Response.fixture(200, "message.json"));
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofMillis(200))
			.maxRetries(1)
			.sleeper(this::sleep)
			.build();
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void retriesReadTimeoutOfPostWithTheSameIdempotencyToken() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)),
				Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofMillis(200))
			.maxRetries(3)
			.sleeper(this::sleep)
			.build();
		send(client);
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(this.sleeps).hasSize(1);
		List<String> tokens = this.server.requests()
			.stream()
			.map((request) -> request.header("I-Twilio-Idempotency-Token"))
			.toList();
		assertThat(tokens.get(0)).isNotNull().isEqualTo(tokens.get(1));
	}

	@Test
	void readTimeoutFailsOnceRetriesAreSpent() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)),
				Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)));
		TwilioClient client = this.server.clientBuilder()
			.readTimeout(Duration.ofMillis(200))
			.maxRetries(1)
			.sleeper(this::sleep)
			.build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> send(client))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void stopsWhenInterruptedWhileWaiting() {
		this.server.enqueue(Response.json(503, "{}"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().maxRetries(3).sleeper((duration) -> {
			throw new InterruptedException();
		}).build();
		try {
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> send(client))
				.withMessageContaining("Interrupted while waiting to retry POST " + MESSAGES)
				.satisfies((ex) -> assertThat(ex.getSuppressed()).hasSize(1));
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void honoursRetryAfterInTheRfc850DateFormat() {
		// RFC 9110 5.6.7: a recipient MUST accept all three HTTP-date formats (the clock
		// stands on Thursday 2025-05-01 10:00:00 UTC)
		this.server.enqueue(Response.json(503, "{}").header("Retry-After", "Thursday, 01-May-25 10:00:12 GMT"),
				Response.json(200, "{}"));
		send(client(1));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void honoursRetryAfterInTheAsctimeDateFormat() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "Thu May  1 10:00:12 2025"),
				Response.json(200, "{}"));
		send(client(1));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void readsATwoDigitYearThatWouldBeFarAheadAsThePast() {
		// 94 is 1994, long past, rather than 2094, beyond any maximum
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT"),
				Response.json(200, "{}"));
		send(client(1));
		assertThat(this.sleeps).containsExactly(Duration.ZERO);
	}

	@Test
	void stillIgnoresAnUnreadableRetryAfter() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "Thu, 32-May-25 10:00:12 GMT"),
				Response.json(429, "{}").header("Retry-After", "soon"), Response.json(200, "{}"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(2)
			.initialBackoff(Duration.ofMillis(100))
			.sleeper(this::sleep)
			.clock(this.clock)
			.build();
		send(client);
		assertThat(this.sleeps).hasSize(2).allSatisfy((delay) -> assertThat(delay).isLessThan(Duration.ofSeconds(1)));
	}

	/**
	 * A client that waits exactly what a {@code Retry-After} asks for.
	 */
	private TwilioClient client(int maxRetries) {
		return this.server.clientBuilder()
			.maxRetries(maxRetries)
			.sleeper(this::sleep)
			.random(NO_JITTER)
			.clock(this.clock)
			.build();
	}

	private JsonNode send(TwilioClient client) {
		return client.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+15558675310").build(),
				JsonNode.class);
	}

	private void sleep(Duration duration) {
		this.sleeps.add(duration);
		this.clock.advance(duration);
	}

	@Test
	void errorCodeBeyondTheRangeOfAnIntStillMakesATwilioApiExceptionAndA503IsRetried() {
		this.server.enqueue(Response.json(503, "{\"code\":99999999999,\"message\":\"Service Unavailable\"}"),
				Response.json(200, "{\"sid\":\"SM1\"}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(1).sleeper(this::sleep).build();
		JsonNode message = client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo("SM1");
		assertThat(this.server.requestCount()).isEqualTo(2);
		this.server.enqueue(Response.json(400, "{\"code\":99999999999,\"message\":\"Bad\"}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isNull();
				assertThat(ex.getErrorMessage()).isEqualTo("Bad");
			});
	}

	@Test
	void deleteRetriedAfterAnAnswerWasLostTreatsNotFoundAsDeleted() {
		this.server.enqueue(Response.disconnect(), Response.json(404,
				"{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper(this::sleep).build();
		client.execute(TwilioRequest.delete(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build());
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void deleteRetriedAfterA503TreatsNotFoundAsDeleted() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.json(404,
				"{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper(this::sleep).build();
		client.execute(TwilioRequest.delete(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build());
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void deleteOfAResourceThatWasNeverThereIsStillNotFound() {
		this.server.enqueue(Response.json(404,
				"{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper(this::sleep).build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> client
				.execute(TwilioRequest.delete(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void deleteRetriedAfterA429IsStillNotFound() {
		// a 429 was refused before Twilio did anything, so a later 404 is the resource's
		this.server.enqueue(Response.json(429, "{\"status\":429}"), Response.json(404,
				"{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper(this::sleep).build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client
			.execute(TwilioRequest.delete(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build()));
	}

	@Test
	void retryDeadlineWithoutALimitDoesNotOverflow() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.json(200, "{}"));
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.retryDeadline(ChronoUnit.FOREVER.getDuration())
			.sleeper(this::sleep)
			.build();
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	/**
	 * Clock that only moves when told to.
	 */
	static final class MutableClock extends Clock {

		private volatile Instant instant;

		MutableClock(Instant instant) {
			this.instant = instant;
		}

		void advance(Duration duration) {
			this.instant = this.instant.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.instant;
		}

	}

}
