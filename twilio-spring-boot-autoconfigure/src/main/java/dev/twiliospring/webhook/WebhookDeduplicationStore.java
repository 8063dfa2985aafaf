package dev.twiliospring.webhook;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Remembers the responses to webhook requests so that a retry of the same request, which
 * Twilio marks with the same {@code I-Twilio-Idempotency-Token}, gets the first response
 * again instead of running the handler twice.
 * <p>
 * A key is first {@linkplain #claim claimed}; the claimant runs the handler and then
 * either {@linkplain #complete(String, Claim, RecordedWebhookResponse, Duration)
 * completes} the key with the response or {@linkplain #release(String, Claim) releases}
 * it when the handler failed, so that a retry runs the handler again. Both pass the
 * {@link Claim} they got, so that a store completes or releases a key only for the
 * request that holds it: a request whose claim another one took over must neither free
 * nor overwrite that one's claim or response. {@link InMemoryWebhookDeduplicationStore}
 * serves a single instance; define a bean of this type backed by a shared store (such as
 * Redis) when several instances receive webhooks.
 * <p>
 * A store that delegates to another one passes the claim it got from its delegate on,
 * unchanged, so that the delegate can tell whose claim it completes or releases.
 * <p>
 * A store shared by several instances must:
 * <ul>
 * <li>claim a free key atomically with an owner that is unique to that claim, such as a
 * random UUID (Redis {@code SET key owner NX PX ttl}, or an {@code INSERT} that a
 * unique key refuses for a second claimant), and return it in
 * {@link Claim#acquired(String)};</li>
 * <li>complete or release a key only while it still holds that owner, in one atomic step
 * (a Lua script comparing the owner in Redis; {@code UPDATE} or {@code DELETE ... WHERE
 * key = ? AND owner = ?} in a database), and otherwise leave the key as it is;</li>
 * <li>let a claim expire after the {@code ttl} it was made with, so that the claims of an
 * instance that died while handling requests do not refuse Twilio's retries of them
 * forever. Such a store cannot tell a holder that still runs from one that died: a retry
 * that arrives after the claim expired runs the handler a second time while the first may
 * still be running. Keep that time longer than a handler may run (its request or
 * asynchronous timeout, the graceful shutdown period).</li>
 * </ul>
 * <p>
 * {@link TwilioWebhookFilter} does not renew claims: a claim kept for the default
 * {@code twilio.webhook.deduplication-ttl} of 10 minutes outlasts by far the 15 seconds
 * Twilio waits for a webhook's response, and with it the retries that could find it. A
 * store whose claims must expire sooner than a handler may run can renew them itself, as
 * it sees both ends of a claim: from {@link #claim} until the first
 * {@link #complete(String, Claim, RecordedWebhookResponse, Duration) complete} or
 * {@link #release(String, Claim) release} with it (the filter may call one after the
 * other, such as a completion after an asynchronous request timed out and released its
 * claim; the later one finds the claim gone). Renew for a bounded time only, as
 * {@link InMemoryWebhookDeduplicationStore} holds a claim for 10 minutes at most: a
 * handler that never returns would otherwise hold its claim forever.
 *
 * @since 1.0.0
 */
public interface WebhookDeduplicationStore {

	/**
	 * Claim a key for processing, or find the response recorded for it. If another request
	 * holds the key, wait up to {@code maxWait} for it to complete.
	 * @param key the key of the request
	 * @param ttl how long a recorded response is kept and, in a store shared by several
	 * instances, how long a claim is kept for a holder that may have died
	 * @param maxWait how long to wait for a request that holds the key
	 * @return the claim
	 * @throws InterruptedException if interrupted while waiting
	 */
	Claim claim(String key, Duration ttl, Duration maxWait) throws InterruptedException;

	/**
	 * Record the response for a key that the given claim holds. A store does nothing if
	 * the key no longer belongs to that claim, because its claim expired and another
	 * request took the key over.
	 * @param key the key of the request
	 * @param claim the claim that {@link #claim} returned with {@link Claim.Status#ACQUIRED}
	 * @param response the response to replay to retries
	 * @param ttl how long the response is kept
	 */
	void complete(String key, Claim claim, RecordedWebhookResponse response, Duration ttl);

	/**
	 * Give up a key that the given claim holds without a response, so that the next
	 * request with it runs the handler. A store does nothing if the key no longer belongs
	 * to that claim.
	 * @param key the key of the request
	 * @param claim the claim that {@link #claim} returned with {@link Claim.Status#ACQUIRED}
	 */
	void release(String key, Claim claim);

	/**
	 * Outcome of {@link WebhookDeduplicationStore#claim}: what the store found for a key
	 * and, for a key it acquired, the owner that tells this claim of the key from the
	 * others. Not a record, so that what a claim carries can grow without breaking code
	 * that reads it: read it through {@link #status()} and its other accessors, and create
	 * it with {@link #acquired(String)}, {@link #inProgress()} and
	 * {@link #completed(RecordedWebhookResponse)}. Claims are equal when their status,
	 * response and owner are.
	 * <p>
	 * Every acquired claim has an owner, as the claim that {@code complete} and
	 * {@code release} are given is all that tells them which request holds a key: a claim
	 * without one would complete or release the key whichever request holds it, freeing a
	 * retry's claim or overwriting its response. A store that cannot otherwise tell one
	 * claim of a key from another gives each claim a random owner all the same, such as
	 * {@code UUID.randomUUID().toString()}.
	 */
	final class Claim {

		private static final Claim IN_PROGRESS = new Claim(Status.IN_PROGRESS, null, null);

		private final Status status;

		private final @Nullable RecordedWebhookResponse response;

		private final @Nullable String owner;

		private Claim(Status status, @Nullable RecordedWebhookResponse response, @Nullable String owner) {
			this.status = status;
			this.response = response;
			this.owner = owner;
		}

		/**
		 * Return what the store found.
		 * @return the status
		 */
		public Status status() {
			return this.status;
		}

		/**
		 * Return the recorded response, for {@link Status#COMPLETED}.
		 * @return the response, or {@code null}
		 */
		public @Nullable RecordedWebhookResponse response() {
			return this.response;
		}

		/**
		 * Return what identifies this claim of the key among all claims of it, for
		 * {@link Status#ACQUIRED}.
		 * @return the owner, never {@code null} for {@link Status#ACQUIRED} and always
		 * {@code null} otherwise
		 */
		public @Nullable String owner() {
			return this.owner;
		}

		/**
		 * The key was free and now belongs to the caller, identified by the given owner.
		 * @param owner what identifies this claim of the key among all claims of it, not
		 * blank: the value the store keeps with the key, or a random UUID from a store that
		 * keeps none
		 * @return the claim
		 */
		public static Claim acquired(String owner) {
			if (owner == null || owner.isBlank()) {
				// Missing or blank, it would tell no claim of the key from another
				throw new IllegalArgumentException("The owner of an acquired claim must not be "
						+ ((owner == null) ? "null" : "blank")
						+ ": give each claim a unique one, such as a random UUID, even where the store keeps none");
			}
			return new Claim(Status.ACQUIRED, null, owner);
		}

		/**
		 * Another request still holds the key.
		 * @return the claim
		 */
		public static Claim inProgress() {
			return IN_PROGRESS;
		}

		/**
		 * A response was recorded for the key.
		 * @param response the recorded response
		 * @return the claim
		 */
		public static Claim completed(RecordedWebhookResponse response) {
			if (response == null) {
				throw new IllegalArgumentException("A completed claim requires the response that was recorded");
			}
			return new Claim(Status.COMPLETED, response, null);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			if (this == other) {
				return true;
			}
			return other instanceof Claim that && this.status == that.status
					&& Objects.equals(this.response, that.response) && Objects.equals(this.owner, that.owner);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.status, this.response, this.owner);
		}

		@Override
		public String toString() {
			return "Claim[status=" + this.status + ((this.owner != null) ? ", owner=" + this.owner : "")
					+ ((this.response != null) ? ", response=" + this.response : "") + "]";
		}

		/**
		 * What a store found for a key.
		 */
		public enum Status {

			/**
			 * The key was free and now belongs to the caller.
			 */
			ACQUIRED,

			/**
			 * Another request still holds the key.
			 */
			IN_PROGRESS,

			/**
			 * A response was recorded for the key.
			 */
			COMPLETED

		}

	}

}
