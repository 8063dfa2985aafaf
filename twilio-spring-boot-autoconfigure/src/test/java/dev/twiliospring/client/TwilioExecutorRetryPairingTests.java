package dev.twiliospring.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClientRetryTests.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every {@link TwilioClientListener#onRetry} is followed by exactly one
 * {@link TwilioClientListener#onRetrySent} or
 * {@link TwilioClientListener#onRetryAbandoned}, before the next retry and before the
 * call ends, on random sequences of answers, sleepers that fail, overrun the deadline,
 * close the client or interrupt the thread.
 */
class TwilioExecutorRetryPairingTests {

	private static final String MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json";

	private static final int SEQUENCES = 300;

	private static final int SLEEPER_ACTIONS = 9;

	private static final int THROWING_ACTIONS = 7;

	/**
	 * How often each way of the sleeper's was taken, so that no path goes untried.
	 */
	private final int[] sleeperActions = new int[SLEEPER_ACTIONS];

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
		Thread.interrupted();
	}

	@Test
	void everyAnnouncedRetryIsEitherSentOrAbandonedOnce() {
		for (int seed = 0; seed < SEQUENCES; seed++) {
			Random random = new Random(seed);
			List<String> events = runSequence(random, null);
			assertPaired(seed, events);
		}
		assertThat(this.sleeperActions).as("waits of each kind").doesNotContain(0);
	}

	@Test
	void listenersThatThrowChangeNeitherTheCallNorWhatOtherListenersAreTold() {
		int[] throwingActions = new int[THROWING_ACTIONS];
		for (int seed = 0; seed < SEQUENCES; seed++) {
			List<String> alone = runSequence(new Random(seed), null);
			List<String> amongThrowing = runSequence(new Random(seed), new ThrowingListeners(seed, throwingActions));
			assertPaired(seed, amongThrowing);
			assertThat(amongThrowing).as("seed %d: what the listener was told and how the call ended", seed)
				.isEqualTo(alone);
		}
		assertThat(throwingActions).as("listener failures of each kind").doesNotContain(0);
	}

	private List<String> runSequence(Random random, @Nullable ThrowingListeners throwing) {
		this.server.reset();
		this.server.dispatcher((request) -> answer(random));
		MutableClock clock = new MutableClock(Instant.parse("2025-05-01T10:00:00Z"));
		Duration deadline = switch (random.nextInt(3)) {
			case 0 -> Duration.ZERO;
			case 1 -> Duration.ofSeconds(5);
			default -> Duration.ofSeconds(60);
		};
		AtomicReference<TwilioClient> client = new AtomicReference<>();
		PairingListener listener = new PairingListener();
		client.set(this.server.clientBuilder()
			.maxRetries(random.nextInt(5))
			.initialBackoff(Duration.ofMillis(1 + random.nextInt(2000)))
			.retryDeadline(deadline)
			.clock(clock)
			.random(new Random(random.nextLong()))
			.sleeper((delay) -> sleep(random, clock, delay, client.get()))
			.listener(TwilioClientListener.of((throwing != null)
					? List.of(throwing.listener(), listener, throwing.listener()) : List.of(listener)))
			.build());
		if (random.nextInt(20) == 0) {
			Thread.currentThread().interrupt();
		}
		try {
			client.get()
				.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(),
						JsonNode.class);
			listener.events.add("success");
		}
		catch (Throwable ex) {
			listener.events.add("failure " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
					+ ((ex instanceof TwilioException twilioException)
							? " mayHaveBeenProcessed=" + twilioException.mayHaveBeenProcessed() : ""));
		}
		finally {
			Thread.interrupted();
			client.get().close();
		}
		return listener.events;
	}

	private static Response answer(Random random) {
		return switch (random.nextInt(7)) {
			case 0 -> Response.json(503, "{\"status\":503}");
			case 1 -> Response.json(500, "{\"status\":500}");
			case 2 -> Response.json(429, "{\"code\":20429}").header("Retry-After", String.valueOf(random.nextInt(8)));
			case 3 -> Response.disconnect();
			case 4 -> Response.json(400, "{\"code\":21211}");
			default -> Response.fixture(200, "message.json");
		};
	}

	private void sleep(Random random, MutableClock clock, Duration delay, TwilioClient client)
			throws InterruptedException {
		int action = random.nextInt(SLEEPER_ACTIONS);
		this.sleeperActions[action]++;
		switch (action) {
			case 0 -> throw new IllegalStateException("Scheduler shut down");
			case 1 -> throw new SleeperError();
			case 2 -> throw new InterruptedException();
			case 3 -> {
				// A sleeper in Kotlin, which has no checked exceptions
				TwilioExecutorRetryPairingTests.<RuntimeException>sneakyThrow(new IOException("Timer gone"));
			}
			case 4 -> {
				clock.advance(delay);
				Thread.currentThread().interrupt();
			}
			case 5 -> {
				clock.advance(delay);
				client.close();
			}
			case 6 -> clock.advance(delay.plus(Duration.ofSeconds(61)));
			default -> clock.advance(delay);
		}
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> void sneakyThrow(Throwable ex) throws E {
		throw (E) ex;
	}

	private static void assertPaired(int seed, List<String> events) {
		boolean pending = false;
		for (String event : events) {
			if (event.startsWith("retry")) {
				assertThat(pending).as("seed %d: a retry announced while another was pending in %s", seed, events)
					.isFalse();
				pending = true;
			}
			else if (event.startsWith("sent") || event.startsWith("abandoned")) {
				assertThat(pending).as("seed %d: %s without a pending retry in %s", seed, event, events).isTrue();
				pending = false;
			}
		}
		assertThat(pending).as("seed %d: the call ended with a retry neither sent nor abandoned in %s", seed, events)
			.isFalse();
	}

	/**
	 * Listeners that throw at random in each event, from a random source of their own so
	 * that the answers and waits are those of the same sequence without them.
	 */
	static final class ThrowingListeners {

		private final Random random;

		private final int[] actions;

		ThrowingListeners(long seed, int[] actions) {
			this.random = new Random(~seed);
			this.actions = actions;
		}

		TwilioClientListener listener() {
			return new TwilioClientListener() {

				@Override
				public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context,
						Supplier<T> execution) {
					switch (action(4)) {
						case 0 -> throw new IllegalStateException("Before the call");
						case 1 -> {
							try {
								execution.get();
							}
							catch (RuntimeException ex) {
								throw new IllegalStateException("Over the call's failure", ex);
							}
							throw new IllegalStateException("After the call");
						}
						case 2 -> {
							execution.get();
							return execution.get();
						}
						default -> {
							return execution.get();
						}
					}
				}

				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					maybeThrow(4, "onRetry");
				}

				@Override
				public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
					maybeThrow(5, "onRetrySent");
				}

				@Override
				public void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
					maybeThrow(6, "onRetryAbandoned");
				}

			};
		}

		private int action(int choices) {
			int action = this.random.nextInt(choices);
			this.actions[action]++;
			return action;
		}

		private void maybeThrow(int action, String event) {
			if (this.random.nextBoolean()) {
				this.actions[action]++;
				throw new IllegalStateException(event + " failed");
			}
		}

	}

	static class SleeperError extends Error {

		SleeperError() {
			super("Sleeper failed");
		}

	}

	static class PairingListener implements TwilioClientListener {

		final List<String> events = new ArrayList<>();

		@Override
		public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
			this.events.add("retry " + reason);
		}

		@Override
		public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
			this.events.add("sent " + reason);
		}

		@Override
		public void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
			this.events.add("abandoned " + reason);
		}

	}

}
