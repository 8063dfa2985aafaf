package dev.twiliospring.twiml;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <break>} element: a pause in speech.
 *
 * @since 1.0.0
 */
public final class SsmlBreak extends TwimlElement {

	static final Tag TAG = new Tag("break");

	private SsmlBreak(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <break>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * How long a {@code <break>} is, relative to the pauses of the voice.
	 */
	public enum Strength implements WireValue {

		/**
		 * No pause.
		 */
		NONE("none"),

		/**
		 * Shortest pause.
		 */
		X_WEAK("x-weak"),

		/**
		 * Short pause, as after a comma.
		 */
		WEAK("weak"),

		/**
		 * Medium pause.
		 */
		MEDIUM("medium"),

		/**
		 * Long pause, as after a sentence.
		 */
		STRONG("strong"),

		/**
		 * Longest pause, as after a paragraph.
		 */
		X_STRONG("x-strong");

		private final String value;

		Strength(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link SsmlBreak}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, SsmlBreak> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code strength}: the length of the pause, relative to the pauses of the
		 * voice.
		 * @param strength the length of the pause, relative to the pauses of the voice
		 * @return this builder
		 */
		public Builder strength(@Nullable Strength strength) {
			return set(Attr.STRENGTH, strength);
		}

		/**
		 * Set {@code time}: the length of the pause, such as {@code 500ms} or {@code 2s}.
		 * @param time the length of the pause, such as {@code 500ms} or {@code 2s}
		 * @return this builder
		 */
		public Builder time(@Nullable String time) {
			return set(Attr.TIME, time);
		}

		/**
		 * Set {@code time}: the length of the pause, such as {@code 500ms} or {@code 2s}.
		 * @param time the length of the pause, such as {@code 500ms} or {@code 2s}, in
		 * whole milliseconds
		 * @return this builder
		 */
		public Builder time(@Nullable Duration time) {
			return setMillis(Attr.TIME, time, "ms");
		}

		@Override
		public SsmlBreak build() {
			return new SsmlBreak(compile());
		}

	}

}
