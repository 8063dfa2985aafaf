package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import dev.twiliospring.webhook.WebhookDeduplicationStore.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for {@link InMemoryWebhookDeduplicationStore}.
 */
class InMemoryWebhookDeduplicationStoreTests {

	private static final Duration TTL = Duration.ofMinutes(10);

	private final MutableClock clock = new MutableClock();

	private final InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(3, this.clock);

	@Test
	void firstClaimIsAcquired() throws InterruptedException {
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void claimOfCompletedKeyReturnsRecordedResponse() throws InterruptedException {
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		RecordedWebhookResponse response = response("first");
		this.store.complete("a", held, response, TTL);
		Claim claim = this.store.claim("a", TTL, Duration.ZERO);
		assertThat(claim.status()).isEqualTo(Claim.Status.COMPLETED);
		assertThat(claim.response()).isEqualTo(response);
	}

	@Test
	void claimOfKeyHeldElsewhereIsInProgress() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
	}

	@Test
	void releasedKeyCanBeClaimedAgain() throws InterruptedException {
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		this.store.release("a", held);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void releaseDoesNotForgetRecordedResponse() throws InterruptedException {
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		this.store.complete("a", held, response("first"), TTL);
		this.store.release("a", held);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
	}

	@Test
	void recordedResponseExpiresAfterTtl() throws InterruptedException {
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		this.store.complete("a", held, response("first"), TTL);
		this.clock.advance(TTL.minusSeconds(1));
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void recordedResponseWithATtlBeyondTheLastInstantIsKeptUntilEvicted() throws InterruptedException {
		for (Duration forever : new Duration[] { Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
				ChronoUnit.FOREVER.getDuration(), Duration.ofDays(365L * 2_000_000_000) }) {
			InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(1, this.clock);
			Claim held = store.claim("a", forever, Duration.ZERO);
			store.complete("a", held, response("first"), forever);
			this.clock.advance(Duration.ofDays(365L * 1000));
			assertThat(store.claim("a", forever, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
			// Capacity still bounds the store
			store.complete("b", store.claim("b", forever, Duration.ZERO), response("second"), forever);
			assertThat(store.claim("a", forever, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
		}
	}

	@Test
	void claimHeldLongerThanItsTtlIsNotTakenOverByARetry() throws InterruptedException {
		Duration ttl = Duration.ofMinutes(1);
		Claim first = this.store.claim("a", ttl, Duration.ZERO);
		this.clock.advance(InMemoryWebhookDeduplicationStore.DEFAULT_MAX_CLAIM_HOLD.minusSeconds(1));
		assertThat(this.store.claim("a", ttl, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		this.store.complete("a", first, response("first"), ttl);
		assertThat(this.store.claim("a", ttl, Duration.ZERO).response()).isEqualTo(response("first"));
	}

	@Test
	void claimHeldLongerThanTheHoldLimitIsTakenOverByARetryAndNoLongerTheFirstHoldersToCompleteOrRelease()
			throws InterruptedException {
		Claim first = this.store.claim("a", TTL, Duration.ZERO);
		this.clock.advance(InMemoryWebhookDeduplicationStore.DEFAULT_MAX_CLAIM_HOLD);
		Claim retry = this.store.claim("a", TTL, Duration.ZERO);
		assertThat(retry.status()).isEqualTo(Claim.Status.ACQUIRED);
		assertThat(retry.owner()).isNotEqualTo(first.owner());
		// The first holder's handler returns at last: the key is the retry's now
		this.store.release("a", first);
		this.store.complete("a", first, response("first"), TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		this.store.complete("a", retry, response("retry"), TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).response()).isEqualTo(response("retry"));
	}

	@Test
	void claimHeldPastTheHoldLimitIsStillCompletedByItsHolderWhenNoRetryTookItOver()
			throws InterruptedException {
		Claim first = this.store.claim("a", TTL, Duration.ZERO);
		this.clock.advance(InMemoryWebhookDeduplicationStore.DEFAULT_MAX_CLAIM_HOLD.multipliedBy(2));
		this.store.complete("a", first, response("first"), TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).response()).isEqualTo(response("first"));
	}

	@Test
	void holdLimitIsSetByTheConstructor() throws InterruptedException {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10,
				InMemoryWebhookDeduplicationStore.DEFAULT_MAX_BYTES, Duration.ofMinutes(1), this.clock);
		store.claim("a", TTL, Duration.ZERO);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void holdLimitOfForeverKeepsAClaimWhileItsRequestRuns() throws InterruptedException {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10,
				InMemoryWebhookDeduplicationStore.DEFAULT_MAX_BYTES, ChronoUnit.FOREVER.getDuration(), this.clock);
		store.claim("a", TTL, Duration.ZERO);
		this.clock.advance(Duration.ofDays(365 * 100));
		assertThat(store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
	}

	@Test
	void requiresHoldLimitGreaterThanZero() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryWebhookDeduplicationStore(10, 10, Duration.ZERO, this.clock))
			.withMessageContaining("greater than zero");
	}

	@Test
	void keyIsCompletedOrReleasedOnlyByTheClaimThatHoldsIt() throws InterruptedException {
		Claim first = this.store.claim("a", TTL, Duration.ZERO);
		Claim ofAnotherKey = this.store.claim("b", TTL, Duration.ZERO);
		assertThat(ofAnotherKey.owner()).isNotNull().isNotEqualTo(first.owner());
		this.store.release("a", ofAnotherKey);
		this.store.complete("a", ofAnotherKey, response("b"), TTL);
		this.store.complete("a", Claim.acquired("owner-the-store-never-gave"), response("stranger"), TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		// The owner tells the claims apart, not the instance the store returned
		this.store.complete("a", Claim.acquired(first.owner()), response("first"), TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).response()).isEqualTo(response("first"));
	}

	@Test
	void claimThatWasNotAcquiredIsRefusedAndNeitherCompletesNorReleasesTheKey() throws InterruptedException {
		Claim first = this.store.claim("a", TTL, Duration.ZERO);
		// Neither has an owner: taken as a claim, it would free or overwrite the holder's key
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.release("a", Claim.inProgress()))
			.withMessage("Only a claim that claim(...) returned with status ACQUIRED can release a key, "
					+ "but the claim given was one with status IN_PROGRESS");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.store.complete("a", Claim.completed(response("caller's words")), response("x"),
					TTL))
			.withMessage("Only a claim that claim(...) returned with status ACQUIRED can complete a key, "
					+ "but the claim given was one with status COMPLETED");
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.release("a", null))
			.withMessageEndingWith("but the claim given was null");
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		this.store.complete("a", first, response("first"), TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).response()).isEqualTo(response("first"));
	}

	@Test
	void evictsOldestEntriesBeyondCapacity() throws InterruptedException {
		for (String key : new String[] { "a", "b", "c", "d" }) {
			Claim held = this.store.claim(key, TTL, Duration.ZERO);
			this.store.complete(key, held, response(key), TTL);
		}
		assertThat(this.store.size()).isEqualTo(3);
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
		assertThat(this.store.claim("d", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
	}

	@Test
	void neverEvictsTheClaimOfARequestInProgress() throws InterruptedException {
		this.store.claim("running", TTL, Duration.ZERO);
		for (int i = 0; i < 10; i++) {
			Claim held = this.store.claim("flood-" + i, TTL, Duration.ZERO);
			this.store.complete("flood-" + i, held, response("x"), TTL);
		}
		assertThat(this.store.claim("running", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		// Claims alone may outnumber the capacity: each is a request in progress
		for (int i = 0; i < 5; i++) {
			assertThat(this.store.claim("concurrent-" + i, TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
		}
		assertThat(this.store.claim("running", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.IN_PROGRESS);
		assertThat(this.store.size()).isEqualTo(3 + 1 + 5);
	}

	@Test
	void evictsOldestResponsesBeyondTheBytesOfTheirBodies() throws InterruptedException {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(100, 10, this.clock);
		for (String key : new String[] { "a", "b", "c" }) {
			Claim held = store.claim(key, TTL, Duration.ZERO);
			store.complete(key, held, response(key.repeat(4)), TTL);
		}
		// 12 bytes do not fit in 10: the oldest response went first
		assertThat(store.size()).isEqualTo(2);
		Claim a = store.claim("a", TTL, Duration.ZERO);
		assertThat(a.status()).isEqualTo(Claim.Status.ACQUIRED);
		assertThat(store.claim("c", TTL, Duration.ZERO).response()).isEqualTo(response("cccc"));
		// A response larger than the bound is not kept, and takes no other's place
		store.complete("a", a, response("x".repeat(11)), TTL);
		assertThat(store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.ACQUIRED);
		assertThat(store.claim("c", TTL, Duration.ZERO).response()).isEqualTo(response("cccc"));
	}

	@Test
	void waitingClaimReceivesResponseOfConcurrentRequest() throws Exception {
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		FutureTask<Claim> waiting = claimOnAnotherThread("a");
		RecordedWebhookResponse response = response("first");
		this.store.complete("a", held, response, TTL);
		// Far below the minute the claim would wait if complete() did not wake it
		Claim claim = waiting.get(30, TimeUnit.SECONDS);
		assertThat(claim.status()).isEqualTo(Claim.Status.COMPLETED);
		assertThat(claim.response()).isEqualTo(response);
	}

	@Test
	void waitingClaimAcquiresKeyReleasedByConcurrentRequest() throws Exception {
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		FutureTask<Claim> waiting = claimOnAnotherThread("a");
		this.store.release("a", held);
		// Far below the minute the claim would wait if release() did not wake it
		assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void claimWithAWaitBeyondTheLongestInNanosecondsWaitsForTheKeyToBeReleased() throws Exception {
		Duration forever = ChronoUnit.FOREVER.getDuration();
		assertThat(this.store.claim("free", TTL, forever).status()).isEqualTo(Claim.Status.ACQUIRED);
		Claim held = this.store.claim("a", TTL, Duration.ZERO);
		FutureTask<Claim> waiting = new FutureTask<>(() -> this.store.claim("a", TTL, forever));
		Thread thread = new Thread(waiting, "waiting-claim");
		thread.setDaemon(true);
		thread.start();
		this.store.release("a", held);
		assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void waitingClaimTakesOverAClaimWhenItsHoldEnds() throws Exception {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10,
				InMemoryWebhookDeduplicationStore.DEFAULT_MAX_BYTES, Duration.ofMillis(200), Clock.systemUTC());
		store.claim("a", TTL, Duration.ZERO);
		FutureTask<Claim> waiting = new FutureTask<>(() -> store.claim("a", TTL, Duration.ofMinutes(1)));
		Thread thread = new Thread(waiting, "waiting-claim");
		thread.setDaemon(true);
		thread.start();
		// Far below the minute the claim would wait if the end of the hold did not wake it
		assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(Claim.Status.ACQUIRED);
	}

	@Test
	void requiresPositiveCapacity() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryWebhookDeduplicationStore(0));
	}

	/**
	 * Claim the key on a new thread, willing to wait a minute, and return once that
	 * thread waits for the claim held by this one, so that whatever this thread does next
	 * happens while the other waits.
	 */
	private FutureTask<Claim> claimOnAnotherThread(String key) throws InterruptedException {
		FutureTask<Claim> claim = new FutureTask<>(() -> this.store.claim(key, TTL, Duration.ofMinutes(1)));
		Thread thread = new Thread(claim, "waiting-claim");
		thread.setDaemon(true);
		thread.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
			if (claim.isDone()) {
				fail("Claim of '" + key + "' returned without waiting for the claim held by the test");
			}
			if (System.nanoTime() - deadline > 0) {
				fail("Claim of '" + key + "' did not start waiting within 10 seconds; thread is "
						+ thread.getState());
			}
			Thread.sleep(1);
		}
		return claim;
	}

	private static RecordedWebhookResponse response(String body) {
		return new RecordedWebhookResponse(200, "application/xml", body.getBytes(StandardCharsets.UTF_8));
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2025-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
