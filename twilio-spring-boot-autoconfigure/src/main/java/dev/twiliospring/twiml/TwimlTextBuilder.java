package dev.twiliospring.twiml;

import java.net.URI;

/**
 * Base for the builders of elements whose content is text.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class TwimlTextBuilder<B extends TwimlTextBuilder<B, T>, T> extends TwimlBuilder<B, T> {

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

	/**
	 * Append a URI as text, for the factories of the elements whose content is a URI.
	 * @param uri the URI
	 * @param parameter the name of the factory's parameter, for the message if the URI
	 * is {@code null}
	 * @return this builder
	 */
	final B addText(URI uri, String parameter) {
		if (uri == null) {
			throw new NullPointerException("'" + parameter + "' must not be null");
		}
		return addText(uri.toString());
	}

}
