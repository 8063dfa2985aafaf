package dev.twiliospring.twiml;

import java.nio.charset.StandardCharsets;

/**
 * An element name with its start and end tags encoded once, up front.
 */
final class Tag {

	final String name;

	/** {@code <name}, left open for attributes. */
	final byte[] open;

	/** {@code </name>}. */
	final byte[] close;

	Tag(String name) {
		this.name = name;
		this.open = ("<" + name).getBytes(StandardCharsets.US_ASCII);
		this.close = ("</" + name + ">").getBytes(StandardCharsets.US_ASCII);
	}

	@Override
	public String toString() {
		return "<" + this.name + ">";
	}

}
