package dev.twiliospring.twiml;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Task>} noun of {@code <Enqueue>}: the attributes of the TaskRouter task, as
 * JSON.
 *
 * @since 1.0.0
 */
public final class Task extends TwimlElement {

	static final Tag TAG = new Tag("Task");

	private Task(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Task>} for the given value.
	 * @param attributes the task attributes, as a JSON object
	 * @return a new builder
	 */
	public static Builder of(String attributes) {
		return new Builder().text(attributes);
	}

	/**
	 * Builder for {@link Task}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Task> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code priority}: the priority of the task.
		 * @param priority the priority of the task
		 * @return this builder
		 */
		public Builder priority(int priority) {
			return set(Attr.PRIORITY, priority);
		}

		/**
		 * Set {@code timeout}: how long the task may wait before it is canceled.
		 * @param seconds how long the task may wait before it is canceled, in seconds
		 * @return this builder
		 */
		public Builder timeout(int seconds) {
			return set(Attr.TIMEOUT, seconds);
		}

		/**
		 * Set {@code timeout}: how long the task may wait before it is canceled.
		 * @param timeout how long the task may wait before it is canceled, in whole
		 * seconds
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			return setSeconds(Attr.TIMEOUT, timeout);
		}

		@Override
		public Task build() {
			return new Task(compile());
		}

	}

}
