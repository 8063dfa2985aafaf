package dev.twiliospring.twiml;

/**
 * Base for the builders of {@code <Say>} and of the SSML elements that may hold the same
 * content: what a {@code <p>} may hold, and {@code <p>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class SsmlContainerBuilder<B extends SsmlContainerBuilder<B, T>, T> extends SsmlParagraphBuilder<B, T> {

	SsmlContainerBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <p>} paragraph.
	 * @param words the words of the paragraph
	 * @return this builder
	 */
	public B p(String words) {
		return addElement(SsmlP.TAG, words);
	}

	/**
	 * Add a {@code <p>}.
	 * @param p the element
	 * @return this builder
	 */
	public B p(SsmlP p) {
		return add(p);
	}

	/**
	 * Add a {@code <p>}.
	 * @param p the builder of the element, built by this call
	 * @return this builder
	 */
	public B p(SsmlP.Builder p) {
		return add(p);
	}

}
