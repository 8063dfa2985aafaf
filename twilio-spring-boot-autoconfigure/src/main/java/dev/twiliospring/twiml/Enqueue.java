package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Enqueue>} verb: puts the caller in a named queue, or hands them to
 * TaskRouter with a nested {@code <Task>}.
 *
 * @since 1.0.0
 */
public final class Enqueue extends TwimlElement {

	static final Tag TAG = new Tag("Enqueue");

	private Enqueue(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Enqueue>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building an {@code <Enqueue>} for the given value.
	 * @param name the name of the queue
	 * @return a new builder
	 */
	public static Builder of(String name) {
		return new Builder().text(name);
	}

	/**
	 * Builder for {@link Enqueue}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Enqueue> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the caller leaves the
		 * queue; its TwiML continues the call.
		 * @param action the URL that Twilio requests when the caller leaves the queue
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the caller leaves the
		 * queue; its TwiML continues the call.
		 * @param action the URL that Twilio requests when the caller leaves the queue
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code maxQueueSize}: the most callers the queue may hold.
		 * @param maxQueueSize the most callers the queue may hold
		 * @return this builder
		 */
		public Builder maxQueueSize(int maxQueueSize) {
			return set(Attr.MAX_QUEUE_SIZE, maxQueueSize);
		}

		/**
		 * Set {@code waitUrl}: the URL of TwiML that plays to the caller while they wait.
		 * @param waitUrl the URL of TwiML that plays to the caller while they wait
		 * @return this builder
		 */
		public Builder waitUrl(@Nullable String waitUrl) {
			return set(Attr.WAIT_URL, waitUrl);
		}

		/**
		 * Set {@code waitUrl}: the URL of TwiML that plays to the caller while they wait.
		 * @param waitUrl the URL of TwiML that plays to the caller while they wait
		 * @return this builder
		 */
		public Builder waitUrl(@Nullable URI waitUrl) {
			return set(Attr.WAIT_URL, waitUrl);
		}

		/**
		 * Set {@code waitUrlMethod}: the HTTP method for the {@code waitUrl}.
		 * @param waitUrlMethod the HTTP method for the {@code waitUrl}
		 * @return this builder
		 */
		public Builder waitUrlMethod(@Nullable Method waitUrlMethod) {
			return set(Attr.WAIT_URL_METHOD, waitUrlMethod);
		}

		/**
		 * Set {@code workflowSid}: the SID of the TaskRouter workflow that routes the
		 * call.
		 * @param workflowSid the SID of the TaskRouter workflow that routes the call
		 * @return this builder
		 */
		public Builder workflowSid(@Nullable String workflowSid) {
			return set(Attr.WORKFLOW_SID, workflowSid);
		}

		/**
		 * Add the {@code <Task>} with the given attributes.
		 * @param attributes the task attributes, as a JSON object
		 * @return this builder
		 */
		public Builder task(String attributes) {
			return addElement(Task.TAG, attributes);
		}

		/**
		 * Add a {@code <Task>}.
		 * @param task the element
		 * @return this builder
		 */
		public Builder task(Task task) {
			return add(task);
		}

		/**
		 * Add a {@code <Task>}.
		 * @param task the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder task(Task.Builder task) {
			return add(task);
		}

		@Override
		public Enqueue build() {
			return new Enqueue(compile());
		}

	}

}
