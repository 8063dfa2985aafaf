package dev.twiliospring.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Remembers the responses to webhook requests so that a retry of the same request, which
 * Twilio marks with the same {@code I-Twilio-Idempotency-Token}, gets the first response
 * again instead of running the handler twice.
 * <p>
 * A key is first {@linkplain #claim claimed}; the claimant runs the handler and then
 * either {@linkplain #complete completes} the key with the response or
 * {@linkplain #release releases} it when the handler failed, so that a retry runs the
 * handler again. {@link InMemoryWebhookDeduplicationStore} serves a single instance;
 * define a bean of this type backed by a shared store (such as Redis) when several
 * instances receive webhooks.
 *
 * @since 1.0.0
 */
public interface WebhookDeduplicationStore {

	/**
	 * Claim a key for processing, or find the response recorded for it. If another request
	 * holds the key, wait up to {@code maxWait} for it to complete.
	 * @param key the key of the request
	 * @param ttl how long a claim or a recorded response is kept
	 * @param maxWait how long to wait for a request that holds the key
	 * @return the claim
	 * @throws InterruptedException if interrupted while waiting
	 */
	Claim claim(String key, Duration ttl, Duration maxWait) throws InterruptedException;

	/**
	 * Record the response for a claimed key.
	 * @param key the key of the request
	 * @param response the response to replay to retries
	 * @param ttl how long the response is kept
	 */
	void complete(String key, RecordedWebhookResponse response, Duration ttl);

	/**
	 * Give up a claimed key without a response, so that the next request with it runs the
	 * handler.
	 * @param key the key of the request
	 */
	void release(String key);

	/**
	 * Outcome of {@link WebhookDeduplicationStore#claim}.
	 *
	 * @param status what the store found
	 * @param response the recorded response, for {@link Status#COMPLETED}
	 */
	record Claim(Status status, @Nullable RecordedWebhookResponse response) {

		private static final Claim ACQUIRED = new Claim(Status.ACQUIRED, null);

		private static final Claim IN_PROGRESS = new Claim(Status.IN_PROGRESS, null);

		/**
		 * Create an instance.
		 */
		public Claim {
			if ((status == Status.COMPLETED) != (response != null)) {
				throw new IllegalArgumentException("A response is required exactly for a completed claim");
			}
		}

		/**
		 * The key was free and now belongs to the caller.
		 * @return the claim
		 */
		public static Claim acquired() {
			return ACQUIRED;
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
			return new Claim(Status.COMPLETED, response);
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
