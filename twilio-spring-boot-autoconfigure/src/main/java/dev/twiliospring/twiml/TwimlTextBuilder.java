package dev.twiliospring.twiml;

/**
 * Base for the builders of elements whose content is text.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 */
abstract class TwimlTextBuilder<B extends TwimlTextBuilder<B, T>, T> extends TwimlBuilder<B, T> {

	TwimlTextBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Append text after the content added so far.
	 * @param text the text
	 * @return this builder
	 */
	public B text(String text) {
		return addText(text);
	}

}
