package dev.twiliospring.twiml;

import java.time.Duration;

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
	public static final class Builder extends TwimlTextBuilder<Builder, SsmlP> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Add a {@code <break>} of the voice's default length.
		 * @return this builder
		 */
		public Builder ssmlBreak() {
			return ssmlBreak(SsmlBreak.builder());
		}

		/**
		 * Add a {@code <break>} of the given length.
		 * @param time the length of the pause, in whole milliseconds
		 * @return this builder
		 */
		public Builder ssmlBreak(Duration time) {
			return ssmlBreak(SsmlBreak.builder().time(time));
		}

		/**
		 * Add a {@code <break>} of the given strength.
		 * @param strength the length of the pause, relative to the pauses of the voice
		 * @return this builder
		 */
		public Builder ssmlBreak(SsmlBreak.Strength strength) {
			return ssmlBreak(SsmlBreak.builder().strength(strength));
		}

		/**
		 * Add a {@code <break>}.
		 * @param ssmlBreak the element
		 * @return this builder
		 */
		public Builder ssmlBreak(SsmlBreak ssmlBreak) {
			return add(ssmlBreak);
		}

		/**
		 * Add a {@code <break>}.
		 * @param ssmlBreak the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder ssmlBreak(SsmlBreak.Builder ssmlBreak) {
			return add(ssmlBreak);
		}

		/**
		 * Add an {@code <emphasis>} with the given words.
		 * @param words the words to stress
		 * @return this builder
		 */
		public Builder emphasis(String words) {
			return addElement(SsmlEmphasis.TAG, words);
		}

		/**
		 * Add an {@code <emphasis>} with the given words and level.
		 * @param words the words to stress
		 * @param level how strongly the words are stressed
		 * @return this builder
		 */
		public Builder emphasis(String words, SsmlEmphasis.Level level) {
			return emphasis(SsmlEmphasis.text(words).level(level));
		}

		/**
		 * Add an {@code <emphasis>}.
		 * @param emphasis the element
		 * @return this builder
		 */
		public Builder emphasis(SsmlEmphasis emphasis) {
			return add(emphasis);
		}

		/**
		 * Add an {@code <emphasis>}.
		 * @param emphasis the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder emphasis(SsmlEmphasis.Builder emphasis) {
			return add(emphasis);
		}

		/**
		 * Add a {@code <lang>} with words in the given language.
		 * @param xmlLang the language, such as {@code fr-FR}
		 * @param words the words to speak
		 * @return this builder
		 */
		public Builder lang(String xmlLang, String words) {
			return lang(SsmlLang.text(words).xmlLang(xmlLang));
		}

		/**
		 * Add a {@code <lang>}.
		 * @param lang the element
		 * @return this builder
		 */
		public Builder lang(SsmlLang lang) {
			return add(lang);
		}

		/**
		 * Add a {@code <lang>}.
		 * @param lang the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder lang(SsmlLang.Builder lang) {
			return add(lang);
		}

		/**
		 * Add a {@code <phoneme>} that pronounces the words as given.
		 * @param words the written words
		 * @param alphabet the phonetic alphabet of {@code ph}
		 * @param ph the pronunciation
		 * @return this builder
		 */
		public Builder phoneme(String words, SsmlPhoneme.Alphabet alphabet, String ph) {
			return phoneme(SsmlPhoneme.text(words).alphabet(alphabet).ph(ph));
		}

		/**
		 * Add a {@code <phoneme>}.
		 * @param phoneme the element
		 * @return this builder
		 */
		public Builder phoneme(SsmlPhoneme phoneme) {
			return add(phoneme);
		}

		/**
		 * Add a {@code <phoneme>}.
		 * @param phoneme the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder phoneme(SsmlPhoneme.Builder phoneme) {
			return add(phoneme);
		}

		/**
		 * Add a {@code <prosody>}.
		 * @param prosody the element
		 * @return this builder
		 */
		public Builder prosody(SsmlProsody prosody) {
			return add(prosody);
		}

		/**
		 * Add a {@code <prosody>}.
		 * @param prosody the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder prosody(SsmlProsody.Builder prosody) {
			return add(prosody);
		}

		/**
		 * Add an {@code <s>} sentence.
		 * @param words the words of the sentence
		 * @return this builder
		 */
		public Builder s(String words) {
			return addElement(SsmlS.TAG, words);
		}

		/**
		 * Add a {@code <s>}.
		 * @param s the element
		 * @return this builder
		 */
		public Builder s(SsmlS s) {
			return add(s);
		}

		/**
		 * Add a {@code <s>}.
		 * @param s the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder s(SsmlS.Builder s) {
			return add(s);
		}

		/**
		 * Add a {@code <say-as>} that reads the words as given.
		 * @param words the words to read
		 * @param interpretAs how the words are read
		 * @return this builder
		 */
		public Builder sayAs(String words, SsmlSayAs.InterpretAs interpretAs) {
			return sayAs(SsmlSayAs.text(words).interpretAs(interpretAs));
		}

		/**
		 * Add a {@code <say-as>}.
		 * @param sayAs the element
		 * @return this builder
		 */
		public Builder sayAs(SsmlSayAs sayAs) {
			return add(sayAs);
		}

		/**
		 * Add a {@code <say-as>}.
		 * @param sayAs the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder sayAs(SsmlSayAs.Builder sayAs) {
			return add(sayAs);
		}

		/**
		 * Add a {@code <sub>} that speaks an alias for the words.
		 * @param words the written words
		 * @param alias what is spoken instead
		 * @return this builder
		 */
		public Builder sub(String words, String alias) {
			return sub(SsmlSub.text(words).alias(alias));
		}

		/**
		 * Add a {@code <sub>}.
		 * @param sub the element
		 * @return this builder
		 */
		public Builder sub(SsmlSub sub) {
			return add(sub);
		}

		/**
		 * Add a {@code <sub>}.
		 * @param sub the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder sub(SsmlSub.Builder sub) {
			return add(sub);
		}

		/**
		 * Add a {@code <w>} spoken with the given role.
		 * @param words the word
		 * @param role the part of speech or meaning
		 * @return this builder
		 */
		public Builder w(String words, String role) {
			return w(SsmlW.text(words).role(role));
		}

		/**
		 * Add a {@code <w>}.
		 * @param w the element
		 * @return this builder
		 */
		public Builder w(SsmlW w) {
			return add(w);
		}

		/**
		 * Add a {@code <w>}.
		 * @param w the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder w(SsmlW.Builder w) {
			return add(w);
		}

		/**
		 * Add an {@code <amazon:domain>} that speaks the words in the given style.
		 * @param name the speaking style, such as {@code news}
		 * @param words the words to speak
		 * @return this builder
		 */
		public Builder amazonDomain(String name, String words) {
			return amazonDomain(SsmlAmazonDomain.text(words).name(name));
		}

		/**
		 * Add an {@code <amazon:domain>}.
		 * @param amazonDomain the element
		 * @return this builder
		 */
		public Builder amazonDomain(SsmlAmazonDomain amazonDomain) {
			return add(amazonDomain);
		}

		/**
		 * Add an {@code <amazon:domain>}.
		 * @param amazonDomain the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder amazonDomain(SsmlAmazonDomain.Builder amazonDomain) {
			return add(amazonDomain);
		}

		/**
		 * Add an {@code <amazon:effect>} that speaks the words with the given effect.
		 * @param name the effect, such as {@code whispered}
		 * @param words the words to speak
		 * @return this builder
		 */
		public Builder amazonEffect(String name, String words) {
			return amazonEffect(SsmlAmazonEffect.text(words).name(name));
		}

		/**
		 * Add an {@code <amazon:effect>}.
		 * @param amazonEffect the element
		 * @return this builder
		 */
		public Builder amazonEffect(SsmlAmazonEffect amazonEffect) {
			return add(amazonEffect);
		}

		/**
		 * Add an {@code <amazon:effect>}.
		 * @param amazonEffect the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder amazonEffect(SsmlAmazonEffect.Builder amazonEffect) {
			return add(amazonEffect);
		}

		@Override
		public SsmlP build() {
			return new SsmlP(compile());
		}

	}

}
