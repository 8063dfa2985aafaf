package dev.twiliospring.twiml;

/**
 * Base for the builders of SSML elements that hold what an {@code <s>} may hold: what an
 * {@code <emphasis>} may hold, and {@code <amazon:domain>} and {@code <amazon:effect>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class SsmlSentenceBuilder<B extends SsmlSentenceBuilder<B, T>, T> extends SsmlPhraseBuilder<B, T> {

	SsmlSentenceBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add an {@code <amazon:domain>} that speaks the words in the given style.
	 * @param name the speaking style, such as {@code news}
	 * @param words the words to speak
	 * @return this builder
	 */
	public B amazonDomain(String name, String words) {
		return amazonDomain(SsmlAmazonDomain.text(words).name(name));
	}

	/**
	 * Add an {@code <amazon:domain>}.
	 * @param amazonDomain the element
	 * @return this builder
	 */
	public B amazonDomain(SsmlAmazonDomain amazonDomain) {
		return add(amazonDomain);
	}

	/**
	 * Add an {@code <amazon:domain>}.
	 * @param amazonDomain the builder of the element, built by this call
	 * @return this builder
	 */
	public B amazonDomain(SsmlAmazonDomain.Builder amazonDomain) {
		return add(amazonDomain);
	}

	/**
	 * Add an {@code <amazon:effect>} that speaks the words with the given effect.
	 * @param name the effect, such as {@code whispered}
	 * @param words the words to speak
	 * @return this builder
	 */
	public B amazonEffect(String name, String words) {
		return amazonEffect(SsmlAmazonEffect.text(words).name(name));
	}

	/**
	 * Add an {@code <amazon:effect>}.
	 * @param amazonEffect the element
	 * @return this builder
	 */
	public B amazonEffect(SsmlAmazonEffect amazonEffect) {
		return add(amazonEffect);
	}

	/**
	 * Add an {@code <amazon:effect>}.
	 * @param amazonEffect the builder of the element, built by this call
	 * @return this builder
	 */
	public B amazonEffect(SsmlAmazonEffect.Builder amazonEffect) {
		return add(amazonEffect);
	}

}
