package dev.twiliospring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Claims of requests whose handler still runs are never evicted to make room, as a
 * retry would then run the handler a second time; there are as many as requests in
 * progress, and they expire with their time to live.
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

	private final int capacity;

	private final long maxBytes;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private int responses;

	private long bytes;

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
		if (capacity < 1) {
			throw new IllegalArgumentException("Capacity must be at least 1 but was " + capacity);
		}
		if (maxBytes < 0) {
			throw new IllegalArgumentException("Maximum bytes must not be negative but was " + maxBytes);
		}
		this.capacity = capacity;
		this.maxBytes = maxBytes;
		this.clock = clock;
	}

	@Override
	public Claim claim(String key, Duration ttl, Duration maxWait) throws InterruptedException {
		long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
		this.lock.lockInterruptibly();
		try {
			while (true) {
				Instant now = this.clock.instant();
				Entry entry = current(key, now);
				if (entry == null) {
					put(key, new Entry(null, now.plus(ttl)));
					return Claim.acquired();
				}
				if (entry.response() != null) {
					return Claim.completed(entry.response());
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return Claim.inProgress();
				}
				this.changed.awaitNanos(remaining);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void complete(String key, RecordedWebhookResponse response, Duration ttl) {
		this.lock.lock();
		try {
			if (response.bodyLength() > this.maxBytes) {
				// Kept, it would evict every other response and then itself
				remove(key);
			}
			else {
				put(key, new Entry(response, this.clock.instant().plus(ttl)));
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void release(String key) {
		this.lock.lock();
		try {
			Entry entry = this.entries.get(key);
			if (entry != null && entry.response() == null) {
				remove(key);
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the number of entries, claims included.
	 * @return the number of entries
	 */
	public int size() {
		this.lock.lock();
		try {
			evictExpired(this.clock.instant());
			return this.entries.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	private @Nullable Entry current(String key, Instant now) {
		evictExpired(now);
		Entry entry = this.entries.get(key);
		if (entry != null && entry.isExpired(now)) {
			remove(key);
			return null;
		}
		return entry;
	}

	private void put(String key, Entry entry) {
		// Re-inserting keeps the map in order of last write, which is the eviction order
		remove(key);
		this.entries.put(key, entry);
		added(entry);
		Iterator<Entry> oldestFirst = this.entries.values().iterator();
		while ((this.responses > this.capacity || this.bytes > this.maxBytes) && oldestFirst.hasNext()) {
			Entry oldest = oldestFirst.next();
			if (oldest.response() != null) {
				oldestFirst.remove();
				removed(oldest);
			}
		}
	}

	private void remove(String key) {
		Entry removed = this.entries.remove(key);
		if (removed != null) {
			removed(removed);
		}
	}

	private void added(Entry entry) {
		if (entry.response() != null) {
			this.responses++;
			this.bytes += entry.response().bodyLength();
		}
	}

	private void removed(Entry entry) {
		if (entry.response() != null) {
			this.responses--;
			this.bytes -= entry.response().bodyLength();
		}
	}

	private void evictExpired(Instant now) {
		Iterator<Entry> oldestFirst = this.entries.values().iterator();
		while (oldestFirst.hasNext()) {
			Entry oldest = oldestFirst.next();
			if (!oldest.isExpired(now)) {
				return;
			}
			oldestFirst.remove();
			removed(oldest);
		}
	}

	@Override
	public String toString() {
		return "InMemoryWebhookDeduplicationStore[capacity=" + this.capacity + ", maxBytes=" + this.maxBytes + "]";
	}

	private record Entry(@Nullable RecordedWebhookResponse response, Instant expiresAt) {

		boolean isExpired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

}
