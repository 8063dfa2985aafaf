package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <emphasis>} element: speaks words with more or less stress.
 *
 * @since 1.0.0
 */
public final class SsmlEmphasis extends TwimlElement {

	static final Tag TAG = new Tag("emphasis");

	private SsmlEmphasis(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <emphasis>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building an {@code <emphasis>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * How strongly {@code <emphasis>} stresses its words.
	 */
	public enum Level implements WireValue {

		/**
		 * More stress: louder and slower.
		 */
		STRONG("strong"),

		/**
		 * Some stress.
		 */
		MODERATE("moderate"),

		/**
		 * Less stress: softer and faster.
		 */
		REDUCED("reduced");

		private final String value;

		Level(String value) {
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
	 * Builder for {@link SsmlEmphasis}.
	 */
	public static final class Builder extends SsmlPhraseBuilder<Builder, SsmlEmphasis> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code level}: how strongly the words are stressed.
		 * @param level how strongly the words are stressed
		 * @return this builder
		 */
		public Builder level(@Nullable Level level) {
			return set(Attr.LEVEL, level);
		}

		@Override
		public SsmlEmphasis build() {
			return new SsmlEmphasis(compile());
		}

	}

}
