package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <lang>} element: speaks words in another language.
 *
 * @since 1.0.0
 */
public final class SsmlLang extends TwimlElement {

	static final Tag TAG = new Tag("lang");

	private SsmlLang(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <lang>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <lang>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlLang}.
	 */
	public static final class Builder extends SsmlContainerBuilder<Builder, SsmlLang> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code xml:lang}: the language of the words, such as {@code fr-FR}.
		 * @param xmlLang the language of the words, such as {@code fr-FR}
		 * @return this builder
		 */
		public Builder xmlLang(@Nullable String xmlLang) {
			return set(Attr.XML_LANG, xmlLang);
		}

		@Override
		public SsmlLang build() {
			return new SsmlLang(compile());
		}

	}

}
