package dev.twiliospring.twiml;

/**
 * The SSML {@code <p>} element: a paragraph, followed by a pause.
 *
 * @since 1.0.0
 */
public final class SsmlP extends TwimlElement {

	static final Tag TAG = new Tag("p");

	private SsmlP(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <p>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <p>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlP}.
	 */
	public static final class Builder extends SsmlParagraphBuilder<Builder, SsmlP> {

		private Builder() {
			super(TAG);
		}

		@Override
		public SsmlP build() {
			return new SsmlP(compile());
		}

	}

}
