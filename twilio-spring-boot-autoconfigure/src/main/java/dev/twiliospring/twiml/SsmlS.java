package dev.twiliospring.twiml;

/**
 * The SSML {@code <s>} element: a sentence, followed by a short pause.
 *
 * @since 1.0.0
 */
public final class SsmlS extends TwimlElement {

	static final Tag TAG = new Tag("s");

	private SsmlS(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <s>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <s>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlS}.
	 */
	public static final class Builder extends SsmlSentenceBuilder<Builder, SsmlS> {

		private Builder() {
			super(TAG);
		}

		@Override
		public SsmlS build() {
			return new SsmlS(compile());
		}

	}

}
