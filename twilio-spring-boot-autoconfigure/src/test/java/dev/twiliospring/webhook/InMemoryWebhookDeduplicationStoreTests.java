package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.twiliospring.webhook.WebhookDeduplicationStore.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link InMemoryWebhookDeduplicationStore}.
 */
class InMemoryWebhookDeduplicationStoreTests {

	private static final Duration TTL = Duration.ofMinutes(10);

	private final MutableClock clock = new MutableClock();

	private final InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(3, this.clock);

	@Test
	void firstClaimIsAcquired() throws InterruptedException {
		assertThat(this.store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
	}

	@Test
	void claimOfCompletedKeyReturnsRecordedResponse() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		RecordedWebhookResponse response = response("first");
		this.store.complete("a", response, TTL);
		Claim claim = this.store.claim("a", TTL, Duration.ZERO);
		assertThat(claim.status()).isEqualTo(Claim.Status.COMPLETED);
		assertThat(claim.response()).isEqualTo(response);
	}

	@Test
	void claimOfKeyHeldElsewhereIsInProgress() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		assertThat(this.store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.inProgress());
	}

	@Test
	void releasedKeyCanBeClaimedAgain() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		this.store.release("a");
		assertThat(this.store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
	}

	@Test
	void releaseDoesNotForgetRecordedResponse() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		this.store.complete("a", response("first"), TTL);
		this.store.release("a");
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
	}

	@Test
	void recordedResponseExpiresAfterTtl() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		this.store.complete("a", response("first"), TTL);
		this.clock.advance(TTL.minusSeconds(1));
		assertThat(this.store.claim("a", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
	}

	@Test
	void abandonedClaimExpiresAfterTtl() throws InterruptedException {
		this.store.claim("a", TTL, Duration.ZERO);
		this.clock.advance(TTL);
		assertThat(this.store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
	}

	@Test
	void evictsOldestEntriesBeyondCapacity() throws InterruptedException {
		for (String key : new String[] { "a", "b", "c", "d" }) {
			this.store.claim(key, TTL, Duration.ZERO);
			this.store.complete(key, response(key), TTL);
		}
		assertThat(this.store.size()).isEqualTo(3);
		assertThat(this.store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
		assertThat(this.store.claim("d", TTL, Duration.ZERO).status()).isEqualTo(Claim.Status.COMPLETED);
	}

	@Test
	void neverEvictsTheClaimOfARequestInProgress() throws InterruptedException {
		this.store.claim("running", TTL, Duration.ZERO);
		for (int i = 0; i < 10; i++) {
			this.store.claim("flood-" + i, TTL, Duration.ZERO);
			this.store.complete("flood-" + i, response("x"), TTL);
		}
		assertThat(this.store.claim("running", TTL, Duration.ZERO)).isEqualTo(Claim.inProgress());
		// Claims alone may outnumber the capacity: each is a request in progress
		for (int i = 0; i < 5; i++) {
			assertThat(this.store.claim("concurrent-" + i, TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
		}
		assertThat(this.store.claim("running", TTL, Duration.ZERO)).isEqualTo(Claim.inProgress());
		assertThat(this.store.size()).isEqualTo(3 + 1 + 5);
	}

	@Test
	void evictsOldestResponsesBeyondTheBytesOfTheirBodies() throws InterruptedException {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(100, 10, this.clock);
		for (String key : new String[] { "a", "b", "c" }) {
			store.claim(key, TTL, Duration.ZERO);
			store.complete(key, response(key.repeat(4)), TTL);
		}
		// 12 bytes do not fit in 10: the oldest response went first
		assertThat(store.size()).isEqualTo(2);
		assertThat(store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
		assertThat(store.claim("c", TTL, Duration.ZERO).response()).isEqualTo(response("cccc"));
		// A response larger than the bound is not kept, and takes no other's place
		store.complete("a", response("x".repeat(11)), TTL);
		assertThat(store.claim("a", TTL, Duration.ZERO)).isEqualTo(Claim.acquired());
		assertThat(store.claim("c", TTL, Duration.ZERO).response()).isEqualTo(response("cccc"));
	}

	@Test
	void waitingClaimReceivesResponseOfConcurrentRequest() throws Exception {
		this.store.claim("a", TTL, Duration.ZERO);
		CountDownLatch started = new CountDownLatch(1);
		CompletableFuture<Claim> waiting = CompletableFuture.supplyAsync(() -> {
			started.countDown();
			try {
				return this.store.claim("a", TTL, Duration.ofMinutes(1));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		RecordedWebhookResponse response = response("first");
		this.store.complete("a", response, TTL);
		Claim claim = waiting.get(30, TimeUnit.SECONDS);
		assertThat(claim.status()).isEqualTo(Claim.Status.COMPLETED);
		assertThat(claim.response()).isEqualTo(response);
	}

	@Test
	void waitingClaimAcquiresKeyReleasedByConcurrentRequest() throws Exception {
		this.store.claim("a", TTL, Duration.ZERO);
		CompletableFuture<Claim> waiting = CompletableFuture.supplyAsync(() -> {
			try {
				return this.store.claim("a", TTL, Duration.ofMinutes(1));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		this.store.release("a");
		assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(Claim.acquired());
	}

	@Test
	void requiresPositiveCapacity() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryWebhookDeduplicationStore(0));
	}

	@Test
	void claimRequiresResponseExactlyWhenCompleted() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Claim(Claim.Status.COMPLETED, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Claim(Claim.Status.ACQUIRED, response("unexpected")));
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
