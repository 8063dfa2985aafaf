package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Queue>} noun of {@code <Dial>}: connects to the caller who has waited
 * longest in a queue.
 *
 * @since 1.0.0
 */
public final class Queue extends TwimlElement {

	static final Tag TAG = new Tag("Queue");

	private Queue(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Queue>} for the given value.
	 * @param name the name of the queue
	 * @return a new builder
	 */
	public static Builder of(String name) {
		return new Builder().text(name);
	}

	/**
	 * Builder for {@link Queue}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Queue> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs for the dequeued caller before the
		 * two are connected.
		 * @param url the URL of TwiML that runs for the dequeued caller before the two
		 * are connected
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs for the dequeued caller before the
		 * two are connected.
		 * @param url the URL of TwiML that runs for the dequeued caller before the two
		 * are connected
		 * @return this builder
		 */
		public Builder url(@Nullable URI url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code url}.
		 * @param method the HTTP method for the {@code url}
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code reservationSid}: the SID of the TaskRouter reservation to accept.
		 * @param reservationSid the SID of the TaskRouter reservation to accept
		 * @return this builder
		 */
		public Builder reservationSid(@Nullable String reservationSid) {
			return set(Attr.RESERVATION_SID, reservationSid);
		}

		/**
		 * Set {@code postWorkActivitySid}: the SID of the TaskRouter activity that the
		 * worker moves to after the call.
		 * @param postWorkActivitySid the SID of the TaskRouter activity that the worker
		 * moves to after the call
		 * @return this builder
		 */
		public Builder postWorkActivitySid(@Nullable String postWorkActivitySid) {
			return set(Attr.POST_WORK_ACTIVITY_SID, postWorkActivitySid);
		}

		@Override
		public Queue build() {
			return new Queue(compile());
		}

	}

}
