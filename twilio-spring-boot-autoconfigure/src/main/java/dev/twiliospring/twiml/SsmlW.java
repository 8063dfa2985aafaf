package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <w>} element: a word, spoken as a given part of speech or with a given
 * meaning.
 *
 * @since 1.0.0
 */
public final class SsmlW extends TwimlElement {

	static final Tag TAG = new Tag("w");

	private SsmlW(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <w>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <w>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlW}.
	 */
	public static final class Builder extends SsmlInlineBuilder<Builder, SsmlW> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code role}: the part of speech or meaning, such as {@code amazon:VB}
		 * (verb) or {@code amazon:SENSE_1}.
		 * @param role the part of speech or meaning, such as {@code amazon:VB} (verb) or
		 * {@code amazon:SENSE_1}
		 * @return this builder
		 */
		public Builder role(@Nullable String role) {
			return set(Attr.ROLE, role);
		}

		@Override
		public SsmlW build() {
			return new SsmlW(compile());
		}

	}

}
