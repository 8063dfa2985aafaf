package dev.twiliospring.twiml;

/**
 * Base for the builders of SSML elements that hold what an {@code <emphasis>} may hold:
 * what a {@code <w>} may hold, and {@code <lang>} and {@code <w>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class SsmlPhraseBuilder<B extends SsmlPhraseBuilder<B, T>, T> extends SsmlInlineBuilder<B, T> {

	SsmlPhraseBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <lang>} with words in the given language.
	 * @param xmlLang the language, such as {@code fr-FR}
	 * @param words the words to speak
	 * @return this builder
	 */
	public B lang(String xmlLang, String words) {
		return lang(SsmlLang.text(words).xmlLang(xmlLang));
	}

	/**
	 * Add a {@code <lang>}.
	 * @param lang the element
	 * @return this builder
	 */
	public B lang(SsmlLang lang) {
		return add(lang);
	}

	/**
	 * Add a {@code <lang>}.
	 * @param lang the builder of the element, built by this call
	 * @return this builder
	 */
	public B lang(SsmlLang.Builder lang) {
		return add(lang);
	}

	/**
	 * Add a {@code <w>} spoken with the given role.
	 * @param words the word
	 * @param role the part of speech or meaning
	 * @return this builder
	 */
	public B w(String words, String role) {
		return w(SsmlW.text(words).role(role));
	}

	/**
	 * Add a {@code <w>}.
	 * @param w the element
	 * @return this builder
	 */
	public B w(SsmlW w) {
		return add(w);
	}

	/**
	 * Add a {@code <w>}.
	 * @param w the builder of the element, built by this call
	 * @return this builder
	 */
	public B w(SsmlW.Builder w) {
		return add(w);
	}

}
