package dev.twiliospring.twiml;

import java.nio.charset.StandardCharsets;

/**
 * An immutable TwiML verb or noun, ready to be added to a response or to another
 * element. Elements are built with their {@code Builder}s; a built element can be added
 * any number of times, to any number of documents, from any thread.
 *
 * @since 1.0.0
 */
public abstract class TwimlElement {

	/** The element's complete, escaped UTF-8 encoding. Never modified. */
	final byte[] xml;

	TwimlElement(byte[] xml) {
		this.xml = xml;
	}

	/**
	 * Render this element as an XML fragment, without an XML declaration.
	 * @return the XML text
	 */
	public String toXml() {
		return new String(this.xml, StandardCharsets.UTF_8);
	}

}
