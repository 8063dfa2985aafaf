package dev.twiliospring.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.twiliospring.client.Sleeper;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.resilience.FaultyTwilioServer.Fault;
import dev.twiliospring.resilience.FaultyTwilioServer.StoredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection for {@link TwilioClient}: 1,000 message creates against a server that
 * fails 30% of all requests transiently. Every create must end in exactly one message
 * on the server or in an exception to its caller: no duplicates, no silent losses.
 */
class FaultInjectionTests {

	private static final int CREATES = 1_000;

	private static final int MAX_RETRIES = 5;

	private static final Duration MAX_BACKOFF = Duration.ofMillis(8);

	private static final Duration READ_TIMEOUT = Duration.ofMillis(250);

	private FaultyTwilioServer server;

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private final List<Retry> retries = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopServer() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void everyCreateEndsInExactlyOneMessageOrAnException() throws Exception {
		this.server = new FaultyTwilioServer(20260101L, 0.30, READ_TIMEOUT.toMillis() * 3);
		Map<String, Outcome> outcomes = createAll(client(), CREATES);

		Map<String, List<StoredMessage>> serverMessagesByBody = new HashMap<>();
		this.server.messagesByToken.values()
			.forEach((message) -> serverMessagesByBody.computeIfAbsent(message.body(), (key) -> new ArrayList<>())
				.add(message));
		// No duplicates: every retry reused its token, so no create has two messages
		assertThat(serverMessagesByBody.values()).allSatisfy((messages) -> assertThat(messages).hasSize(1));
		// Every server message belongs to a create of this test
		assertThat(outcomes.keySet()).containsAll(serverMessagesByBody.keySet());
		long succeeded = 0;
		long failedAfterCommit = 0;
		for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
			List<StoredMessage> stored = serverMessagesByBody.getOrDefault(entry.getKey(), List.of());
			Outcome outcome = entry.getValue();
			if (outcome.sid() != null) {
				// No silent loss: a create that returned a message has exactly that message
				assertThat(stored).extracting(StoredMessage::sid).containsExactly(outcome.sid());
				succeeded++;
			}
			else {
				assertThat(outcome.failure()).isInstanceOf(TwilioException.class);
				failedAfterCommit += stored.size();
			}
		}
		// Retries stay within the limit, and every POST carried a token
		assertThat(this.server.requestsWithoutToken).isEmpty();
		assertThat(this.server.attemptsByToken.values()).allSatisfy(
				(attempts) -> assertThat(attempts.get()).isBetween(1, MAX_RETRIES + 1));
		// Each create used one token for all its attempts
		assertThat(this.server.attemptsByToken).hasSize(CREATES);
		assertRetryAfterHonoured();
		// A late response to a POST is retried with the same token: the server, which may
		// already have stored the message, answers the retry with it instead of a second one
		assertThat(this.retries).anyMatch((retry) -> retry.reason() == TwilioRetryReason.TIMEOUT);
		long timeouts = outcomes.values()
			.stream()
			.filter((outcome) -> outcome.failure() instanceof TwilioConnectionException connection
					&& connection.isTimeout())
			.count();
		// Every kind of fault happened, and most creates still succeeded
		assertThat(this.server.faults.keySet()).containsExactlyInAnyOrder(Fault.values());
		assertThat(succeeded).isGreaterThan(CREATES * 8 / 10);
		System.out.printf("%d creates: %d succeeded, %d failed (%d timed out; %d of the failed were created "
				+ "by the server), %d retries, faults injected: %s%n", CREATES, succeeded, CREATES - succeeded,
				timeouts, failedAfterCommit, this.retries.size(), this.server.faults);
	}

	@Test
	void createThatKeepsFailingEndsInAnExceptionAfterExactlyMaxRetries() throws Exception {
		// Every attempt fails: at 30% a create reaches its last retry too rarely for the
		// limit to be tested reliably
		int creates = 40;
		this.server = new FaultyTwilioServer(20260102L, 1.0, READ_TIMEOUT.toMillis() * 3);
		Map<String, Outcome> outcomes = createAll(client(), creates);
		assertThat(outcomes.values()).allSatisfy((outcome) -> {
			assertThat(outcome.sid()).isNull();
			assertThat(outcome.failure()).isInstanceOf(TwilioException.class);
		});
		assertThat(this.server.requestsWithoutToken).isEmpty();
		assertThat(this.server.attemptsByToken).hasSize(creates);
		assertThat(this.server.attemptsByToken.values())
			.allSatisfy((attempts) -> assertThat(attempts.get()).isEqualTo(MAX_RETRIES + 1));
		assertThat(this.retries).hasSize(creates * MAX_RETRIES);
		assertRetryAfterHonoured();
		// A server that failed after committing holds one message at most for each create
		Map<String, Long> messagesByBody = this.server.messagesByToken.values()
			.stream()
			.collect(Collectors.groupingBy(StoredMessage::body, Collectors.counting()));
		assertThat(outcomes.keySet()).containsAll(messagesByBody.keySet());
		assertThat(messagesByBody.values()).allSatisfy((count) -> assertThat(count).isOne());
	}

	/**
	 * Every wait after a 429 is the {@code Retry-After} that the server sent with it, no
	 * more and no less, every other wait is a millisecond backoff, and the client really
	 * waited what it reported.
	 */
	private void assertRetryAfterHonoured() {
		assertThat(this.retries).filteredOn((retry) -> retry.reason() == TwilioRetryReason.RATE_LIMITED)
			.isNotEmpty()
			.allSatisfy((retry) -> {
				Integer retryAfter = this.server.retryAfterByRequestId.get(retry.requestId());
				assertThat(retryAfter).isNotNull();
				assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(retryAfter));
			});
		assertThat(this.retries).filteredOn((retry) -> retry.reason() != TwilioRetryReason.RATE_LIMITED)
			.isNotEmpty()
			.allSatisfy((retry) -> assertThat(retry.delay()).isBetween(Duration.ZERO, MAX_BACKOFF));
		assertThat(this.sleeps).containsExactlyInAnyOrderElementsOf(this.retries.stream().map(Retry::delay).toList());
	}

	private TwilioClient client() {
		Sleeper recordingSleeper = (duration) -> this.sleeps.add(duration);
		return TwilioClient.builder()
			.accountSid("AC0123456789abcdef0123456789abcdef")
			.authToken("0123456789abcdef0123456789abcdef")
			.baseUrl(this.server.baseUrl())
			.maxRetries(MAX_RETRIES)
			.initialBackoff(Duration.ofMillis(1))
			.maxBackoff(MAX_BACKOFF)
			.readTimeout(READ_TIMEOUT)
			.sleeper(recordingSleeper)
			.listener(new TwilioClientListener() {

				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					FaultInjectionTests.this.retries.add(new Retry(reason, context.requestId(), delay));
				}

			})
			.build();
	}

	private Map<String, Outcome> createAll(TwilioClient client, int creates) throws Exception {
		Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
		ExecutorService callers = Executors.newFixedThreadPool(8);
		AtomicLong counter = new AtomicLong();
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < creates; i++) {
				calls.add(callers.submit(() -> {
					String body = "create-" + counter.incrementAndGet();
					try {
						Message message = client.messages()
							.create(MessageCreateRequest.builder()
								.to("+15558675310")
								.from("+15017122661")
								.body(body)
								.build());
						outcomes.put(body, new Outcome(message.sid(), null));
					}
					catch (RuntimeException ex) {
						outcomes.put(body, new Outcome(null, ex));
					}
				}));
			}
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(outcomes).hasSize(creates);
		return outcomes;
	}

	private record Outcome(String sid, RuntimeException failure) {

	}

	private record Retry(TwilioRetryReason reason, String requestId, Duration delay) {

	}

}
