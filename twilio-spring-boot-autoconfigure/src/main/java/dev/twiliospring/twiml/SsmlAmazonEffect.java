package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The Amazon Polly {@code <amazon:effect>} element: whispered or soft speech, dynamic
 * range compression, or a changed vocal tract length. For {@code Polly.*} voices only.
 * <p>
 * Twilio writes this element with the {@code amazon:} prefix and no namespace
 * declaration, and so does this builder. A document that holds it is well-formed XML
 * but not namespace-well-formed: parse it without namespace awareness (the default of
 * {@code DocumentBuilderFactory}) when inspecting it, for example in tests.
 *
 * @since 1.0.0
 */
public final class SsmlAmazonEffect extends TwimlElement {

	static final Tag TAG = new Tag("amazon:effect");

	private SsmlAmazonEffect(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <amazon:effect>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building an {@code <amazon:effect>} that speaks the given text. More text and
	 * SSML elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlAmazonEffect}.
	 */
	public static final class Builder extends SsmlContainerBuilder<Builder, SsmlAmazonEffect> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code name}: the effect: {@code whispered} or {@code drc}.
		 * @param name the effect
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			return set(Attr.NAME, name);
		}

		/**
		 * Set {@code phonation}: the phonation: {@code soft}.
		 * @param phonation the phonation
		 * @return this builder
		 */
		public Builder phonation(@Nullable String phonation) {
			return set(Attr.PHONATION, phonation);
		}

		/**
		 * Set {@code vocal-tract-length}: the change in vocal tract length, such as
		 * {@code +10%}.
		 * @param vocalTractLength the change in vocal tract length, such as {@code +10%}
		 * @return this builder
		 */
		public Builder vocalTractLength(@Nullable String vocalTractLength) {
			return set(Attr.VOCAL_TRACT_LENGTH, vocalTractLength);
		}

		@Override
		public SsmlAmazonEffect build() {
			return new SsmlAmazonEffect(compile());
		}

	}

}
