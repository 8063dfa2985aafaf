package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Say>} verb: speaks text to the caller, optionally marked up with SSML.
 * <p>
 * For example:
 * <pre class="code">
 * Say.text("Your code is ")
 *     .sayAs("1234", SsmlSayAs.InterpretAs.DIGITS)
 *     .ssmlBreak(Duration.ofMillis(500))
 *     .emphasis("Goodbye!", SsmlEmphasis.Level.STRONG)
 *     .voice("Polly.Joanna-Neural");
 * </pre>
 *
 * @since 1.0.0
 */
public final class Say extends TwimlElement {

	static final Tag TAG = new Tag("Say");

	private Say(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Say>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Say>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link Say}.
	 */
	public static final class Builder extends SsmlContainerBuilder<Builder, Say> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code voice}: the voice, such as {@code man}, {@code woman},
		 * {@code Polly.Joanna}, {@code Polly.Joanna-Neural} or
		 * {@code Google.en-US-Neural2-F}.
		 * @param voice the voice, such as {@code man}, {@code woman},
		 * {@code Polly.Joanna}, {@code Polly.Joanna-Neural} or
		 * {@code Google.en-US-Neural2-F}
		 * @return this builder
		 */
		public Builder voice(@Nullable String voice) {
			return set(Attr.VOICE, voice);
		}

		/**
		 * Set {@code loop}: how many times the text is spoken; {@code 0} repeats until
		 * the call ends.
		 * @param loop how many times the text is spoken
		 * @return this builder
		 */
		public Builder loop(int loop) {
			return set(Attr.LOOP, loop);
		}

		/**
		 * Set {@code language}: the language and locale of the text, such as
		 * {@code en-US}.
		 * @param language the language and locale of the text, such as {@code en-US}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			return set(Attr.LANGUAGE, language);
		}

		@Override
		public Say build() {
			return new Say(compile());
		}

	}

}
