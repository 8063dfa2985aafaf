package dev.twiliospring.twiml;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Pause>} verb: waits silently.
 *
 * @since 1.0.0
 */
public final class Pause extends TwimlElement {

	static final Tag TAG = new Tag("Pause");

	private Pause(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Pause>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Pause}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Pause> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code length}: how long to wait; Twilio waits one second when not set.
		 * @param seconds how long to wait, in seconds
		 * @return this builder
		 */
		public Builder length(int seconds) {
			return setPositive(Attr.LENGTH, seconds);
		}

		/**
		 * Set {@code length}: how long to wait; Twilio waits one second when not set.
		 * @param length how long to wait, in whole seconds
		 * @return this builder
		 */
		public Builder length(@Nullable Duration length) {
			return setPositiveSeconds(Attr.LENGTH, length);
		}

		@Override
		public Pause build() {
			return new Pause(compile());
		}

	}

}
