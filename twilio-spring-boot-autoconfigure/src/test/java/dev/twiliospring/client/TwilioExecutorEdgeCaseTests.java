package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge cases of {@link TwilioExecutor}: answers without a body, unbounded backoffs.
 */
class TwilioExecutorEdgeCaseTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String UNAVAILABLE = "HTTP/1.1 503 Service Unavailable\r\n"
			+ "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";

	private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";

	private final ScriptedHttpServer server;

	TwilioExecutorEdgeCaseTests() throws IOException {
		this.server = new ScriptedHttpServer();
	}

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	private TwilioClient.Builder builder() {
		return TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + this.server.port()))
			.sleeper((duration) -> {
			});
	}

	/**
	 * A HEAD answer has no body, whatever its Content-Length says (the length of the GET
	 * representation): a length above the size limit does not fail the call.
	 */
	@Test
	void headOfALargeResourceIsNotTooLarge() {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: audio/x-wav\r\nContent-Length: 200000000\r\n\r\n", false);
		TwilioClient client = builder().build();
		TwilioResponse<byte[]> response = client
			.exchange(TwilioRequest.method(HttpMethod.HEAD, TwilioDomain.API, "/2010-04-01/Recordings/RE1.wav").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().getContentLength()).isEqualTo(200_000_000L);
	}

	/**
	 * A backoff too long for milliseconds in a {@code long} still retries.
	 */
	@Test
	void unboundedMaxBackoffStillRetries() {
		this.server.answer(UNAVAILABLE, false);
		this.server.answer(OK, false);
		TwilioClient client = builder().maxRetries(1)
			.maxBackoff(Duration.ofSeconds(Long.MAX_VALUE))
			.retryDeadline(Duration.ofSeconds(Long.MAX_VALUE))
			.build();
		TwilioResponse<byte[]> response = client.exchange(TwilioRequest.get(TwilioDomain.API, "/x.json").build());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	/**
	 * An initial backoff so long that doubling it 30 times leaves a {@code long} still
	 * waits, up to the maximum, rather than wrapping round to no wait at all.
	 */
	@Test
	void backoffThatWouldOverflowSaturatesAtTheMaximum() {
		int retries = 32;
		for (int i = 0; i < retries; i++) {
			this.server.answer(UNAVAILABLE, false);
		}
		this.server.answer(OK, false);
		List<Duration> sleeps = new ArrayList<>();
		Duration initial = Duration.ofMillis(1L << 34);
		Duration max = Duration.ofDays(100_000);
		TwilioClient client = builder().maxRetries(retries)
			.initialBackoff(initial)
			.maxBackoff(max)
			.retryDeadline(Duration.ofSeconds(Long.MAX_VALUE))
			.sleeper(sleeps::add)
			.build();
		TwilioResponse<byte[]> response = client.exchange(TwilioRequest.get(TwilioDomain.API, "/x.json").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(sleeps).hasSize(retries);
		// Full jitter draws from [0, ceiling]: a zero here is one chance in 2^34 or less
		assertThat(sleeps).allSatisfy((sleep) -> assertThat(sleep).isPositive().isLessThanOrEqualTo(max));
		// From the 30th retry on, the ceiling is the maximum: the waits are no longer
		// bounded by the initial backoff doubled
		assertThat(sleeps.subList(29, retries)).anySatisfy((sleep) -> assertThat(sleep).isGreaterThan(initial));
	}

}
