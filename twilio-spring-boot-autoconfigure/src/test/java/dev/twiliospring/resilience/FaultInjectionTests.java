package dev.twiliospring.resilience;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.twiliospring.client.Sleeper;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.resilience.FaultyTwilioServer.Fault;
import dev.twiliospring.resilience.FaultyTwilioServer.StoredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection for {@link TwilioClient}: 1,000 message creates against a server that
 * fails 30% of all requests transiently, at clean points and halfway through an answer.
 * Every create must end in exactly one message on the server or in an exception to its
 * caller: no duplicates, no silent losses, no answer taken for whole when it was cut
 * short. Each test must finish within a minute; the suite takes seconds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultInjectionTests {

	private static final int CREATES = 1_000;

	private static final int MAX_RETRIES = 5;

	private static final Duration MAX_BACKOFF = Duration.ofMillis(8);

	private static final Duration READ_TIMEOUT = Duration.ofMillis(250);

	/**
	 * Faults that fail an attempt before its request was read or halfway through its
	 * answer, and a slow answer that must be read whole.
	 */
	private static final EnumSet<Fault> MID_RESPONSE_FAULTS = EnumSet.of(Fault.RESET_BEFORE_READ,
			Fault.CONNECTION_RESET, Fault.CUT_SHORT_BY_RESET, Fault.CUT_SHORT_BY_CLOSE, Fault.SLOW_RESPONSE);

	private FaultyTwilioServer server;

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private final List<Retry> retries = new CopyOnWriteArrayList<>();

	private final AtomicLong createCounter = new AtomicLong();

	@AfterEach
	void stopServer() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void everyCreateEndsInExactlyOneMessageOrAnException() throws Exception {
		this.server = new FaultyTwilioServer(20260101L, 0.30, READ_TIMEOUT.toMillis() * 3);
		Map<String, Outcome> outcomes;
		try (TwilioClient client = client(null, READ_TIMEOUT)) {
			outcomes = createAll(client, CREATES);
		}
		long succeeded = assertExactlyOneMessageOrAnException(outcomes);
		// Retries stay within the limit, and every POST carried a token
		assertThat(this.server.requestsWithoutToken).isEmpty();
		assertThat(this.server.attemptsByToken.values()).allSatisfy(
				(attempts) -> assertThat(attempts.get()).isBetween(1, MAX_RETRIES + 1));
		// Each create used one token for all its attempts
		assertThat(this.server.attemptsByToken).hasSize(CREATES);
		assertRetryAfterHonoured();
		// Every kind of fault was injected often enough to matter (about 48 times each in
		// some 1,450 requests), and the client retried for each kind of failure. A late
		// response to a POST is retried with the same token: the server, which may already
		// have stored the message, answers the retry with it instead of a second one
		assertThat(this.server.faults.keySet()).containsExactlyInAnyOrder(Fault.values());
		assertThat(this.server.faults.values()).allSatisfy((count) -> assertThat(count.get()).isGreaterThan(10));
		assertThat(this.retries).extracting(Retry::reason)
			.containsOnly(TwilioRetryReason.RATE_LIMITED, TwilioRetryReason.SERVER_ERROR,
					TwilioRetryReason.CONNECTION_ERROR, TwilioRetryReason.TIMEOUT);
		// A create fails only if all its 6 attempts do: at most 0.3^6 (0.07%), under one
		// create in 1,000 on average. Ten or more would take a fault in the client
		assertThat(succeeded).isGreaterThanOrEqualTo(990);
		System.out.printf("%d creates: %d succeeded, %d failed, %d retries, faults injected: %s%n", CREATES,
				succeeded, CREATES - succeeded, this.retries.size(), this.server.faults);
	}

	@Test
	void createThatKeepsFailingEndsInAnExceptionAfterExactlyMaxRetries() throws Exception {
		// Every attempt fails: at 30% a create reaches its last retry too rarely for the
		// limit to be tested reliably
		int creates = 40;
		EnumSet<Fault> failing = EnumSet.allOf(Fault.class);
		failing.remove(Fault.SLOW_RESPONSE);
		this.server = new FaultyTwilioServer(20260102L, 1.0, READ_TIMEOUT.toMillis() * 3, failing);
		Map<String, Outcome> outcomes;
		try (TwilioClient client = client(null, READ_TIMEOUT)) {
			outcomes = createAll(client, creates);
		}
		assertThat(outcomes.values()).allSatisfy((outcome) -> {
			assertThat(outcome.sid()).isNull();
			assertThat(outcome.failure()).isInstanceOfAny(TwilioConnectionException.class, TwilioApiException.class);
		});
		assertThat(this.retries).hasSize(creates * MAX_RETRIES);
		// A request reset before it was read never showed its token: with those, every
		// create made exactly 6 attempts
		assertThat(this.server.requestsWithoutToken).isEmpty();
		assertThat(this.server.attemptsByToken).hasSizeLessThanOrEqualTo(creates);
		assertThat(this.server.attemptsByToken.values())
			.allSatisfy((attempts) -> assertThat(attempts.get()).isBetween(1, MAX_RETRIES + 1));
		int seen = this.server.attemptsByToken.values().stream().mapToInt(AtomicInteger::get).sum();
		assertThat(seen + this.server.faults.get(Fault.RESET_BEFORE_READ).get())
			.isEqualTo(creates * (MAX_RETRIES + 1));
		assertRetryAfterHonoured();
		// A server that failed after committing holds one message at most for each create
		Map<String, Long> messagesByBody = this.server.messagesByToken.values()
			.stream()
			.collect(Collectors.groupingBy(StoredMessage::body, Collectors.counting()));
		assertThat(outcomes.keySet()).containsAll(messagesByBody.keySet());
		assertThat(messagesByBody.values()).allSatisfy((count) -> assertThat(count).isOne());
	}

	/**
	 * Some transports end a body cut short by a closed connection without an error; the
	 * client must not take what arrived for the answer.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("transports")
	void answerCutShortOrWrittenSlowlyIsNeverTakenForAPartialResult(String name,
			BiFunction<Duration, Duration, ClientHttpRequestFactory> transport) throws Exception {
		int creates = 200;
		this.server = new FaultyTwilioServer(20260103L, 0.30, READ_TIMEOUT.toMillis() * 3, MID_RESPONSE_FAULTS);
		Map<String, Outcome> outcomes;
		// No late answers here: a read timeout well above the few milliseconds that a slow
		// answer pauses for keeps each fault what it is
		try (TwilioClient client = client(transport, Duration.ofSeconds(2))) {
			outcomes = createAll(client, creates);
		}
		long succeeded = assertExactlyOneMessageOrAnException(outcomes);
		assertThat(this.server.requestsWithoutToken).isEmpty();
		assertThat(this.server.attemptsByToken).hasSize(creates);
		assertThat(this.server.faults.keySet()).containsExactlyInAnyOrderElementsOf(MID_RESPONSE_FAULTS);
		assertThat(this.retries).extracting(Retry::reason).containsOnly(TwilioRetryReason.CONNECTION_ERROR);
		// Four of the five kinds fail an attempt: at most 0.24^6 of the creates fail
		assertThat(succeeded).isGreaterThanOrEqualTo(195);
	}

	static Stream<Arguments> transports() {
		BiFunction<Duration, Duration, ClientHttpRequestFactory> httpClient = (connect, read) -> {
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect).build());
			factory.setReadTimeout(read);
			return factory;
		};
		BiFunction<Duration, Duration, ClientHttpRequestFactory> httpUrlConnection = (connect, read) -> {
			SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
			factory.setConnectTimeout(connect);
			factory.setReadTimeout(read);
			return factory;
		};
		return Stream.of(Arguments.of("the client's own", null), Arguments.of("JDK HttpClient", httpClient),
				Arguments.of("JDK HttpURLConnection", httpUrlConnection));
	}

	@Test
	void retryAfterOfA429IsWaitedForWithTheDefaultSleeper() throws Exception {
		this.server = FaultyTwilioServer.failingFirstAttempts(Fault.RATE_LIMITED, (millis) -> "1");
		assertSecondAttemptsCameAfter(Duration.ofSeconds(1));
	}

	@Test
	void retryAfterOfA503IsWaitedForWithTheDefaultSleeper() throws Exception {
		this.server = FaultyTwilioServer.failingFirstAttempts(Fault.UNAVAILABLE, (millis) -> "1");
		assertSecondAttemptsCameAfter(Duration.ofSeconds(1));
	}

	@Test
	void retryAfterGivenAsAnHttpDateIsWaitedForUntilThatDate() throws Exception {
		// Two to three seconds ahead, in the whole seconds that an HTTP date has
		this.server = FaultyTwilioServer.failingFirstAttempts(Fault.RATE_LIMITED,
				(millis) -> DateTimeFormatter.RFC_1123_DATE_TIME
					.format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(millis / 1000 + 3), ZoneOffset.UTC)));
		assertSecondAttemptsCameAfter(Duration.ofSeconds(2));
		assertThat(this.server.arrivalsByToken.values()).allSatisfy((arrivals) -> {
			Instant date = ZonedDateTime.parse(arrivals.get(0).retryAfter(), DateTimeFormatter.RFC_1123_DATE_TIME)
				.toInstant();
			assertThat(arrivals.get(1).epochMillis()).isGreaterThanOrEqualTo(date.toEpochMilli());
		});
	}

	/**
	 * Send a few creates at once with the client's own sleeper and one retry, and assert
	 * that the second attempt of each reached the server no sooner than the first plus
	 * the wait its {@code Retry-After} asked for. Scheduling can only add to the wait; the
	 * upper bound is there to catch a wait of the wrong unit, and is far from any timing.
	 */
	private void assertSecondAttemptsCameAfter(Duration retryAfter) throws Exception {
		int creates = 4;
		Map<String, Outcome> outcomes;
		try (TwilioClient client = baseClient(null).maxRetries(1).build()) {
			outcomes = createAll(client, creates);
		}
		assertThat(assertExactlyOneMessageOrAnException(outcomes)).isEqualTo(creates);
		assertThat(this.retries).hasSize(creates);
		assertThat(this.server.arrivalsByToken).hasSize(creates);
		assertThat(this.server.arrivalsByToken.values()).allSatisfy((arrivals) -> {
			assertThat(arrivals).hasSize(2);
			assertThat(arrivals.get(0).fault()).isNotNull();
			assertThat(arrivals.get(1).fault()).isNull();
			Duration waited = Duration.ofNanos(arrivals.get(1).nanoTime() - arrivals.get(0).nanoTime());
			assertThat(waited).isGreaterThanOrEqualTo(retryAfter).isLessThan(Duration.ofSeconds(10));
		});
	}

	/**
	 * Assert that every create ended in exactly one message on the server, which is the
	 * one it returned, whole, or in an exception after its retries ran out.
	 * @return how many creates succeeded
	 */
	private long assertExactlyOneMessageOrAnException(Map<String, Outcome> outcomes) {
		Map<String, List<StoredMessage>> serverMessagesByBody = new HashMap<>();
		this.server.messagesByToken.values()
			.forEach((message) -> serverMessagesByBody.computeIfAbsent(message.body(), (key) -> new ArrayList<>())
				.add(message));
		// No duplicates: every retry reused its token, so no create has two messages
		assertThat(serverMessagesByBody.values()).allSatisfy((messages) -> assertThat(messages).hasSize(1));
		// Every server message belongs to a create of this test
		assertThat(outcomes.keySet()).containsAll(serverMessagesByBody.keySet());
		long succeeded = 0;
		for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
			List<StoredMessage> stored = serverMessagesByBody.getOrDefault(entry.getKey(), List.of());
			Outcome outcome = entry.getValue();
			if (outcome.sid() != null) {
				// No silent loss: a create that returned a message has exactly that message,
				// read whole
				assertThat(stored).extracting(StoredMessage::sid).containsExactly(outcome.sid());
				assertThat(outcome.body()).isEqualTo(entry.getKey());
				succeeded++;
			}
			else {
				// Failed after its retries, never on an answer it could not read
				assertThat(outcome.failure()).isInstanceOfAny(TwilioConnectionException.class,
						TwilioApiException.class);
			}
		}
		return succeeded;
	}

	/**
	 * Every wait after a 429 is the {@code Retry-After} that the server sent with it, never
	 * less and at most a tenth more, the jitter that keeps clients limited at the same
	 * moment from all coming back at the same moment; every other wait is a millisecond
	 * backoff, and the client really waited what it reported.
	 */
	private void assertRetryAfterHonoured() {
		assertThat(this.retries).filteredOn((retry) -> retry.reason() == TwilioRetryReason.RATE_LIMITED)
			.isNotEmpty()
			.allSatisfy((retry) -> {
				Integer retryAfter = this.server.retryAfterByRequestId.get(retry.requestId());
				assertThat(retryAfter).isNotNull();
				Duration asked = Duration.ofSeconds(retryAfter);
				assertThat(retry.delay()).isBetween(asked, asked.plus(asked.dividedBy(10)));
			});
		assertThat(this.retries).filteredOn((retry) -> retry.reason() != TwilioRetryReason.RATE_LIMITED)
			.isNotEmpty()
			.allSatisfy((retry) -> assertThat(retry.delay()).isBetween(Duration.ZERO, MAX_BACKOFF));
		assertThat(this.sleeps).containsExactlyInAnyOrderElementsOf(this.retries.stream().map(Retry::delay).toList());
	}

	/**
	 * A client that retries quickly and records its waits instead of waiting.
	 */
	private TwilioClient client(BiFunction<Duration, Duration, ClientHttpRequestFactory> transport,
			Duration readTimeout) {
		Sleeper recordingSleeper = (duration) -> this.sleeps.add(duration);
		return baseClient(transport).maxRetries(MAX_RETRIES)
			.initialBackoff(Duration.ofMillis(1))
			.maxBackoff(MAX_BACKOFF)
			.readTimeout(readTimeout)
			.sleeper(recordingSleeper)
			.build();
	}

	private TwilioClient.Builder baseClient(BiFunction<Duration, Duration, ClientHttpRequestFactory> transport) {
		TwilioClient.Builder builder = TwilioClient.builder()
			.accountSid("AC0123456789abcdef0123456789abcdef")
			.authToken("0123456789abcdef0123456789abcdef")
			.baseUrl(this.server.baseUrl())
			.listener(new TwilioClientListener() {

				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					FaultInjectionTests.this.retries.add(new Retry(reason, context.requestId(), delay));
				}

			});
		return (transport != null) ? builder.requestFactoryWithTimeouts(transport) : builder;
	}

	private Map<String, Outcome> createAll(TwilioClient client, int creates) throws Exception {
		Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < creates; i++) {
				calls.add(callers.submit(() -> {
					String body = "create-" + this.createCounter.incrementAndGet();
					try {
						Message message = client.messages()
							.create(MessageCreateRequest.builder()
								.to("+15558675310")
								.from("+15017122661")
								.body(body)
								.build());
						outcomes.put(body, new Outcome(message.sid(), message.body(), null));
					}
					catch (RuntimeException ex) {
						outcomes.put(body, new Outcome(null, null, ex));
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

	private record Outcome(String sid, String body, RuntimeException failure) {

	}

	private record Retry(TwilioRetryReason reason, String requestId, Duration delay) {

	}

}
