package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <sub>} element: speaks an alias in place of the written words, such as
 * an expanded abbreviation.
 *
 * @since 1.0.0
 */
public final class SsmlSub extends TwimlElement {

	static final Tag TAG = new Tag("sub");

	private SsmlSub(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <sub>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlSub}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, SsmlSub> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code alias}: what is spoken instead of the words.
		 * @param alias what is spoken instead of the words
		 * @return this builder
		 */
		public Builder alias(@Nullable String alias) {
			return set(Attr.ALIAS, alias);
		}

		@Override
		public SsmlSub build() {
			return new SsmlSub(compile());
		}

	}

}
