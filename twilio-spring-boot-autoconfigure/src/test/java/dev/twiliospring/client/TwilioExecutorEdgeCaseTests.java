package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge cases of {@link TwilioExecutor}: answers without a body, unbounded backoffs.
 */
class TwilioExecutorEdgeCaseTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

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
		String unavailable = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
		String ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
		this.server.answer(unavailable, false);
		this.server.answer(ok, false);
		TwilioClient client = builder().maxRetries(1)
			.maxBackoff(Duration.ofSeconds(Long.MAX_VALUE))
			.retryDeadline(Duration.ofSeconds(Long.MAX_VALUE))
			.build();
		TwilioResponse<byte[]> response = client.exchange(TwilioRequest.get(TwilioDomain.API, "/x.json").build());
		assertThat(response.statusCode()).isEqualTo(200);
	}

}
