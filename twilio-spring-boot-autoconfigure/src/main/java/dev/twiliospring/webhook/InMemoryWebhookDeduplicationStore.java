package dev.twiliospring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * {@link WebhookDeduplicationStore} that keeps claims and responses in memory, bounded
 * by their time to live, by a maximum number of recorded responses and by the bytes of
 * their bodies: beyond either bound, the oldest recorded responses go first.
 * <p>
 * A claim is kept while the request that holds it runs, beyond its time to live, but no
 * longer than a hold limit ({@link #DEFAULT_MAX_CLAIM_HOLD} unless given to the
 * constructor). The holder runs in this JVM, and {@link TwilioWebhookFilter} always
 * completes or releases its claim (when the handler returns or fails, or when an
 * asynchronous request completes, times out or fails), so a claim outlives its time to
 * live only while its handler still runs: a retry then gets {@code 409} rather than
 * running a slow handler a second time. A handler that never returns, such as one stuck
 * on a downstream call without a timeout, would hold its claim until the application
 * stops; past the hold limit, a retry takes the claim over and runs the handler again.
 * That is the trade-off the limit sets: a longer one refuses the retries of a stuck
 * webhook for longer, a shorter one may run a slow handler twice. The first holder's
 * late completion or release then leaves the retry's claim and response alone, as a
 * claim is completed or released only by the request that holds it; while no retry took
 * the claim over, its holder still completes it. Claims are never evicted to make room;
 * there are as many as requests in progress.
 * <p>
 * Suits a single application instance. Requests that wait for a claim held by another
 * thread are woken as soon as it completes or is released. They wait on a lock, not a
 * monitor, so that a virtual thread that waits does not hold on to its carrier thread
 * (as it would in a {@code synchronized} block before Java 24).
 *
 * @since 1.0.0
 */
public class InMemoryWebhookDeduplicationStore implements WebhookDeduplicationStore {

	/**
	 * Default bound of the bytes of the recorded response bodies.
	 */
	public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

	/**
	 * Default bound of the time a retry is refused while the request that holds its key
	 * still runs: far beyond the 15 seconds Twilio waits for a webhook's response, and as
	 * long as the default time to live of {@code twilio.webhook.deduplication-ttl}.
	 */
	public static final Duration DEFAULT_MAX_CLAIM_HOLD = Duration.ofMinutes(10);

	private final int capacity;

	private final long maxBytes;

	private final Duration maxClaimHold;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/**
	 * Claims of requests in progress, by key.
	 */
	private final Map<String, Held> claims = new HashMap<>();

	/**
	 * Recorded responses, in the order they were recorded, which is the eviction order.
	 */
	private final Map<String, Entry> responses = new LinkedHashMap<>();

	private long bytes;

	private long lastOwner;

	/**
	 * Create a store that keeps up to {@link #DEFAULT_MAX_BYTES} of response bodies.
	 * @param capacity the maximum number of recorded responses
	 */
	public InMemoryWebhookDeduplicationStore(int capacity) {
		this(capacity, DEFAULT_MAX_BYTES, Clock.systemUTC());
	}

	/**
	 * Create a store that keeps up to {@link #DEFAULT_MAX_BYTES} of response bodies.
	 * @param capacity the maximum number of recorded responses
	 * @param clock the clock that decides when entries expire
	 */
	public InMemoryWebhookDeduplicationStore(int capacity, Clock clock) {
		this(capacity, DEFAULT_MAX_BYTES, clock);
	}

	/**
	 * Create a store.
	 * @param capacity the maximum number of recorded responses
	 * @param maxBytes the maximum number of bytes of recorded response bodies
	 * @param clock the clock that decides when entries expire
	 */
	public InMemoryWebhookDeduplicationStore(int capacity, long maxBytes, Clock clock) {
		this(capacity, maxBytes, DEFAULT_MAX_CLAIM_HOLD, clock);
	}

	/**
	 * Create a store.
	 * @param capacity the maximum number of recorded responses
	 * @param maxBytes the maximum number of bytes of recorded response bodies
	 * @param maxClaimHold how long a claim is kept at most while its request still runs,
	 * greater than zero, after which a retry takes it over and runs the handler again
	 * @param clock the clock that decides when entries expire
	 */
	public InMemoryWebhookDeduplicationStore(int capacity, long maxBytes, Duration maxClaimHold, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("Capacity must be at least 1 but was " + capacity);
		}
		if (maxBytes < 0) {
			throw new IllegalArgumentException("Maximum bytes must not be negative but was " + maxBytes);
		}
		if (maxClaimHold == null || maxClaimHold.compareTo(Duration.ZERO) <= 0) {
			throw new IllegalArgumentException(
					"The longest hold of a claim must be greater than zero but was " + maxClaimHold);
		}
		this.capacity = capacity;
		this.maxBytes = maxBytes;
		this.maxClaimHold = maxClaimHold;
		this.clock = clock;
	}

	/**
	 * Claim a key for processing, or find the response recorded for it. If another request
	 * holds the key, wait up to {@code maxWait} for it to complete.
	 * @param key the key of the request
	 * @param ttl how long a recorded response is kept; a claim is kept until its holder
	 * completes or releases it, or a retry takes it over once held longer than the hold
	 * limit
	 * @param maxWait how long to wait for a request that holds the key; one beyond
	 * {@link Long#MAX_VALUE} nanoseconds, such as
	 * {@code ChronoUnit.FOREVER.getDuration()}, waits until the key is completed or
	 * released, or its hold ends
	 * @return the claim
	 * @throws InterruptedException if interrupted while waiting
	 */
	@Override
	public Claim claim(String key, Duration ttl, Duration maxWait) throws InterruptedException {
		// Compared as a difference, the deadline may wrap around
		long deadline = System.nanoTime() + nanos(maxWait);
		this.lock.lockInterruptibly();
		try {
			while (true) {
				Instant now = this.clock.instant();
				Entry entry = current(key, now);
				if (entry != null) {
					return Claim.completed(entry.response());
				}
				Held held = this.claims.get(key);
				if (held == null || !now.isBefore(held.until())) {
					String owner = Long.toString(++this.lastOwner);
					this.claims.put(key, new Held(owner, holdEnd(now)));
					return Claim.acquired(owner);
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return Claim.inProgress();
				}
				// Woken when the hold ends too, so that a retry waiting on a stuck handler
				// takes its claim over then
				Duration untilTakeable = Duration.between(now, held.until());
				this.changed.awaitNanos((untilTakeable.compareTo(Duration.ofNanos(remaining)) < 0)
						? untilTakeable.toNanos() : remaining);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Record the response for a key that the given claim holds, its
	 * {@linkplain Claim#owner() owner} being the one this store gave the key's current
	 * claim, and do nothing otherwise.
	 * @param key the key of the request
	 * @param claim the claim that {@link #claim} returned with
	 * {@link Claim.Status#ACQUIRED}
	 * @param response the response to replay to retries
	 * @param ttl how long the response is kept; one beyond {@link Instant#MAX}, such as
	 * {@code ChronoUnit.FOREVER.getDuration()}, keeps it until it is evicted to make room
	 * @throws IllegalArgumentException if the claim is not an acquired one
	 */
	@Override
	public void complete(String key, Claim claim, RecordedWebhookResponse response, Duration ttl) {
		requireAcquired(claim, "complete");
		this.lock.lock();
		try {
			if (holds(key, claim)) {
				this.claims.remove(key);
				remove(key);
				// Kept, a response larger than the bound would evict every other one and
				// then itself
				if (response.bodyLength() <= this.maxBytes) {
					put(key, new Entry(response, plus(this.clock.instant(), ttl)));
				}
				this.changed.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Give up a key that the given claim holds, its {@linkplain Claim#owner() owner} being
	 * the one this store gave the key's current claim, and do nothing otherwise.
	 * @param key the key of the request
	 * @param claim the claim that {@link #claim} returned with
	 * {@link Claim.Status#ACQUIRED}
	 * @throws IllegalArgumentException if the claim is not an acquired one
	 */
	@Override
	public void release(String key, Claim claim) {
		requireAcquired(claim, "release");
		this.lock.lock();
		try {
			if (holds(key, claim)) {
				this.claims.remove(key);
				this.changed.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private Instant holdEnd(Instant now) {
		return plus(now, this.maxClaimHold);
	}

	/**
	 * Return the instant a duration after another, or {@link Instant#MAX} beyond it: a
	 * duration given as "forever", such as {@code ChronoUnit.FOREVER.getDuration()}, or
	 * a time to live of {@code twilio.webhook.deduplication-ttl} that large, keeps an
	 * entry until it is evicted to make room.
	 */
	private static Instant plus(Instant instant, Duration duration) {
		try {
			return instant.plus(duration);
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Instant.MAX;
		}
	}

	/**
	 * Return a wait in nanoseconds, none for a negative one and {@link Long#MAX_VALUE}
	 * for one beyond it (about 292 years), such as
	 * {@code ChronoUnit.FOREVER.getDuration()}.
	 */
	private static long nanos(Duration wait) {
		if (wait.isNegative()) {
			return 0;
		}
		try {
			return wait.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static void requireAcquired(@Nullable Claim claim, String operation) {
		if (claim == null || claim.status() != Claim.Status.ACQUIRED) {
			// Its status only: a completed claim's response may repeat what a caller sent
			throw new IllegalArgumentException("Only a claim that claim(...) returned with status ACQUIRED can "
					+ operation + " a key, but the claim given was "
					+ ((claim != null) ? "one with status " + claim.status() : "null"));
		}
	}

	private boolean holds(String key, Claim claim) {
		Held held = this.claims.get(key);
		return held != null && held.owner().equals(claim.owner());
	}

	/**
	 * Return the number of entries, claims included.
	 * @return the number of entries
	 */
	public int size() {
		this.lock.lock();
		try {
			evictExpired(this.clock.instant());
			return this.claims.size() + this.responses.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	private @Nullable Entry current(String key, Instant now) {
		evictExpired(now);
		Entry entry = this.responses.get(key);
		if (entry != null && entry.isExpired(now)) {
			remove(key);
			return null;
		}
		return entry;
	}

	private void put(String key, Entry entry) {
		this.responses.put(key, entry);
		this.bytes += entry.response().bodyLength();
		Iterator<Entry> oldestFirst = this.responses.values().iterator();
		while ((this.responses.size() > this.capacity || this.bytes > this.maxBytes) && oldestFirst.hasNext()) {
			Entry oldest = oldestFirst.next();
			oldestFirst.remove();
			this.bytes -= oldest.response().bodyLength();
		}
	}

	private void remove(String key) {
		Entry removed = this.responses.remove(key);
		if (removed != null) {
			this.bytes -= removed.response().bodyLength();
		}
	}

	private void evictExpired(Instant now) {
		Iterator<Entry> oldestFirst = this.responses.values().iterator();
		while (oldestFirst.hasNext()) {
			Entry oldest = oldestFirst.next();
			if (!oldest.isExpired(now)) {
				return;
			}
			oldestFirst.remove();
			this.bytes -= oldest.response().bodyLength();
		}
	}

	@Override
	public String toString() {
		return "InMemoryWebhookDeduplicationStore[capacity=" + this.capacity + ", maxBytes=" + this.maxBytes
				+ ", maxClaimHold=" + this.maxClaimHold + "]";
	}

	private record Held(String owner, Instant until) {

	}

	private record Entry(RecordedWebhookResponse response, Instant expiresAt) {

		boolean isExpired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

}
