package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <phoneme>} element: pronounces words as given by phonetic symbols.
 *
 * @since 1.0.0
 */
public final class SsmlPhoneme extends TwimlElement {

	static final Tag TAG = new Tag("phoneme");

	private SsmlPhoneme(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <phoneme>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Phonetic alphabet of a {@code <phoneme>}.
	 */
	public enum Alphabet implements WireValue {

		/**
		 * International Phonetic Alphabet.
		 */
		IPA("ipa"),

		/**
		 * Extended SAMPA.
		 */
		X_SAMPA("x-sampa"),

		/**
		 * Jyutping, for Cantonese.
		 */
		X_AMAZON_JYUTPING("x-amazon-jyutping"),

		/**
		 * Pinyin, for Mandarin.
		 */
		X_AMAZON_PINYIN("x-amazon-pinyin"),

		/**
		 * Pronunciation kana, for Japanese.
		 */
		X_AMAZON_PRON_KANA("x-amazon-pron-kana"),

		/**
		 * Yomigana, for Japanese.
		 */
		X_AMAZON_YOMIGANA("x-amazon-yomigana");

		private final String value;

		Alphabet(String value) {
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
	 * Builder for {@link SsmlPhoneme}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, SsmlPhoneme> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code alphabet}: the phonetic alphabet of {@code ph}.
		 * @param alphabet the phonetic alphabet of {@code ph}
		 * @return this builder
		 */
		public Builder alphabet(@Nullable Alphabet alphabet) {
			return set(Attr.ALPHABET, alphabet);
		}

		/**
		 * Set {@code ph}: the pronunciation, in the phonetic alphabet.
		 * @param ph the pronunciation, in the phonetic alphabet
		 * @return this builder
		 */
		public Builder ph(@Nullable String ph) {
			return set(Attr.PH, ph);
		}

		@Override
		public SsmlPhoneme build() {
			return new SsmlPhoneme(compile());
		}

	}

}
