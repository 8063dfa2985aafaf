package dev.twiliospring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * {@link WebhookDeduplicationStore} that keeps claims and responses in memory, bounded
 * by a maximum number of entries (the oldest go first) and by their time to live.
 * <p>
 * Suits a single application instance. Requests that wait for a claim held by another
 * thread are woken as soon as it completes or is released.
 *
 * @since 1.0.0
 */
public class InMemoryWebhookDeduplicationStore implements WebhookDeduplicationStore {

	private final int capacity;

	private final Clock clock;

	private final Object monitor = new Object();

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	/**
	 * Create a store.
	 * @param capacity the maximum number of entries
	 */
	public InMemoryWebhookDeduplicationStore(int capacity) {
		this(capacity, Clock.systemUTC());
	}

	/**
	 * Create a store.
	 * @param capacity the maximum number of entries
	 * @param clock the clock that decides when entries expire
	 */
	public InMemoryWebhookDeduplicationStore(int capacity, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("Capacity must be at least 1 but was " + capacity);
		}
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public Claim claim(String key, Duration ttl, Duration maxWait) throws InterruptedException {
		long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
		synchronized (this.monitor) {
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
				TimeUnit.NANOSECONDS.timedWait(this.monitor, remaining);
			}
		}
	}

	@Override
	public void complete(String key, RecordedWebhookResponse response, Duration ttl) {
		synchronized (this.monitor) {
			put(key, new Entry(response, this.clock.instant().plus(ttl)));
			this.monitor.notifyAll();
		}
	}

	@Override
	public void release(String key) {
		synchronized (this.monitor) {
			Entry entry = this.entries.get(key);
			if (entry != null && entry.response() == null) {
				this.entries.remove(key);
			}
			this.monitor.notifyAll();
		}
	}

	/**
	 * Return the number of entries, claims included.
	 * @return the number of entries
	 */
	public int size() {
		synchronized (this.monitor) {
			evictExpired(this.clock.instant());
			return this.entries.size();
		}
	}

	private @Nullable Entry current(String key, Instant now) {
		evictExpired(now);
		Entry entry = this.entries.get(key);
		if (entry != null && entry.isExpired(now)) {
			this.entries.remove(key);
			return null;
		}
		return entry;
	}

	private void put(String key, Entry entry) {
		// Re-inserting keeps the map in order of last write, which is the eviction order
		this.entries.remove(key);
		this.entries.put(key, entry);
		Iterator<Entry> oldestFirst = this.entries.values().iterator();
		while (this.entries.size() > this.capacity && oldestFirst.hasNext()) {
			oldestFirst.next();
			oldestFirst.remove();
		}
	}

	private void evictExpired(Instant now) {
		Iterator<Entry> oldestFirst = this.entries.values().iterator();
		while (oldestFirst.hasNext() && oldestFirst.next().isExpired(now)) {
			oldestFirst.remove();
		}
	}

	@Override
	public String toString() {
		return "InMemoryWebhookDeduplicationStore[capacity=" + this.capacity + "]";
	}

	private record Entry(@Nullable RecordedWebhookResponse response, Instant expiresAt) {

		boolean isExpired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

}
