package dev.twiliospring.twiml;

/**
 * Base for the builders of SSML elements that hold what a {@code <p>} may hold: what an
 * {@code <s>} may hold, and {@code <s>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class SsmlParagraphBuilder<B extends SsmlParagraphBuilder<B, T>, T> extends SsmlSentenceBuilder<B, T> {

	SsmlParagraphBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add an {@code <s>} sentence.
	 * @param words the words of the sentence
	 * @return this builder
	 */
	public B s(String words) {
		return addElement(SsmlS.TAG, words);
	}

	/**
	 * Add a {@code <s>}.
	 * @param s the element
	 * @return this builder
	 */
	public B s(SsmlS s) {
		return add(s);
	}

	/**
	 * Add a {@code <s>}.
	 * @param s the builder of the element, built by this call
	 * @return this builder
	 */
	public B s(SsmlS.Builder s) {
		return add(s);
	}

}
