package dev.twiliospring.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClientRetryTests.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClient}: the three HTTP-date formats of {@code Retry-After},
 * and error messages of any length.
 */
class TwilioClientRetryAfterFormatsTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private final StubTwilioServer server = StubTwilioServer.start();

	// A Thursday
	private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T10:00:00Z"));

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void honoursRetryAfterInTheRfc850DateFormat() {
		// RFC 9110 5.6.7: a recipient MUST accept all three HTTP-date formats
		this.server.enqueue(Response.json(503, "{}").header("Retry-After", "Thursday, 01-May-25 10:00:12 GMT"),
				Response.json(200, "{}"));
		get(client(1));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void honoursRetryAfterInTheAsctimeDateFormat() {
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "Thu May  1 10:00:12 2025"),
				Response.json(200, "{}"));
		get(client(1));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void readsATwoDigitYearThatWouldBeFarAheadAsThePast() {
		// 94 is 1994, long past, rather than 2094, beyond any maximum
		this.server.enqueue(Response.json(429, "{}").header("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT"),
				Response.json(200, "{}"));
		get(client(1));
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
		get(client);
		assertThat(this.sleeps).hasSize(2).allSatisfy((delay) -> assertThat(delay).isLessThan(Duration.ofSeconds(1)));
	}

	@Test
	void abbreviatesAHugeErrorMessageButKeepsItWhole() {
		String huge = "x".repeat(100_000);
		this.server.enqueue(Response.json(400, "{\"code\":21211,\"message\":\"" + huge + "\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> get(client(0))).satisfies((ex) -> {
			assertThat(ex.getMessage()).hasSizeLessThan(2_000).startsWith("Twilio error 21211 (HTTP 400)");
			assertThat(ex.getErrorMessage()).isEqualTo(huge);
		});
	}

	private TwilioClient client(int maxRetries) {
		return this.server.clientBuilder().maxRetries(maxRetries).sleeper(this::sleep).clock(this.clock).build();
	}

	private void get(TwilioClient client) {
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), JsonNode.class);
	}

	private void sleep(Duration duration) {
		this.sleeps.add(duration);
		this.clock.advance(duration);
	}

}
