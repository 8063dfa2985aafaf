package dev.twiliospring.twiml;

import java.time.Duration;

/**
 * Base for the builders of SSML elements that hold what a {@code <w>} may hold: text,
 * {@code <break>}, {@code <emphasis>}, {@code <phoneme>}, {@code <prosody>},
 * {@code <say-as>} and {@code <sub>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class SsmlInlineBuilder<B extends SsmlInlineBuilder<B, T>, T> extends TwimlTextBuilder<B, T> {

	SsmlInlineBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <break>} of the voice's default length.
	 * @return this builder
	 */
	public B ssmlBreak() {
		return ssmlBreak(SsmlBreak.builder());
	}

	/**
	 * Add a {@code <break>} of the given length.
	 * @param time the length of the pause, in whole milliseconds
	 * @return this builder
	 */
	public B ssmlBreak(Duration time) {
		return ssmlBreak(SsmlBreak.builder().time(time));
	}

	/**
	 * Add a {@code <break>} of the given strength.
	 * @param strength the length of the pause, relative to the pauses of the voice
	 * @return this builder
	 */
	public B ssmlBreak(SsmlBreak.Strength strength) {
		return ssmlBreak(SsmlBreak.builder().strength(strength));
	}

	/**
	 * Add a {@code <break>}.
	 * @param ssmlBreak the element
	 * @return this builder
	 */
	public B ssmlBreak(SsmlBreak ssmlBreak) {
		return add(ssmlBreak);
	}

	/**
	 * Add a {@code <break>}.
	 * @param ssmlBreak the builder of the element, built by this call
	 * @return this builder
	 */
	public B ssmlBreak(SsmlBreak.Builder ssmlBreak) {
		return add(ssmlBreak);
	}

	/**
	 * Add an {@code <emphasis>} with the given words.
	 * @param words the words to stress
	 * @return this builder
	 */
	public B emphasis(String words) {
		return addElement(SsmlEmphasis.TAG, words);
	}

	/**
	 * Add an {@code <emphasis>} with the given words and level.
	 * @param words the words to stress
	 * @param level how strongly the words are stressed
	 * @return this builder
	 */
	public B emphasis(String words, SsmlEmphasis.Level level) {
		return emphasis(SsmlEmphasis.text(words).level(level));
	}

	/**
	 * Add an {@code <emphasis>}.
	 * @param emphasis the element
	 * @return this builder
	 */
	public B emphasis(SsmlEmphasis emphasis) {
		return add(emphasis);
	}

	/**
	 * Add an {@code <emphasis>}.
	 * @param emphasis the builder of the element, built by this call
	 * @return this builder
	 */
	public B emphasis(SsmlEmphasis.Builder emphasis) {
		return add(emphasis);
	}

	/**
	 * Add a {@code <phoneme>} that pronounces the words as given.
	 * @param words the written words
	 * @param alphabet the phonetic alphabet of {@code ph}
	 * @param ph the pronunciation
	 * @return this builder
	 */
	public B phoneme(String words, SsmlPhoneme.Alphabet alphabet, String ph) {
		return phoneme(SsmlPhoneme.text(words).alphabet(alphabet).ph(ph));
	}

	/**
	 * Add a {@code <phoneme>}.
	 * @param phoneme the element
	 * @return this builder
	 */
	public B phoneme(SsmlPhoneme phoneme) {
		return add(phoneme);
	}

	/**
	 * Add a {@code <phoneme>}.
	 * @param phoneme the builder of the element, built by this call
	 * @return this builder
	 */
	public B phoneme(SsmlPhoneme.Builder phoneme) {
		return add(phoneme);
	}

	/**
	 * Add a {@code <prosody>}.
	 * @param prosody the element
	 * @return this builder
	 */
	public B prosody(SsmlProsody prosody) {
		return add(prosody);
	}

	/**
	 * Add a {@code <prosody>}.
	 * @param prosody the builder of the element, built by this call
	 * @return this builder
	 */
	public B prosody(SsmlProsody.Builder prosody) {
		return add(prosody);
	}

	/**
	 * Add a {@code <say-as>} that reads the words as given.
	 * @param words the words to read
	 * @param interpretAs how the words are read
	 * @return this builder
	 */
	public B sayAs(String words, SsmlSayAs.InterpretAs interpretAs) {
		return sayAs(SsmlSayAs.text(words).interpretAs(interpretAs));
	}

	/**
	 * Add a {@code <say-as>}.
	 * @param sayAs the element
	 * @return this builder
	 */
	public B sayAs(SsmlSayAs sayAs) {
		return add(sayAs);
	}

	/**
	 * Add a {@code <say-as>}.
	 * @param sayAs the builder of the element, built by this call
	 * @return this builder
	 */
	public B sayAs(SsmlSayAs.Builder sayAs) {
		return add(sayAs);
	}

	/**
	 * Add a {@code <sub>} that speaks an alias for the words.
	 * @param words the written words
	 * @param alias what is spoken instead
	 * @return this builder
	 */
	public B sub(String words, String alias) {
		return sub(SsmlSub.text(words).alias(alias));
	}

	/**
	 * Add a {@code <sub>}.
	 * @param sub the element
	 * @return this builder
	 */
	public B sub(SsmlSub sub) {
		return add(sub);
	}

	/**
	 * Add a {@code <sub>}.
	 * @param sub the builder of the element, built by this call
	 * @return this builder
	 */
	public B sub(SsmlSub.Builder sub) {
		return add(sub);
	}

}
