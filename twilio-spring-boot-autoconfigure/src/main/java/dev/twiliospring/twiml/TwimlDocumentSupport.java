package dev.twiliospring.twiml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base for the response documents: the document is encoded once, when it is built, so
 * that rendering is a copy.
 */
abstract class TwimlDocumentSupport implements TwimlDocument {

	static final Tag RESPONSE = new Tag("Response");

	static final byte[] DECLARATION = Xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

	/** The complete document, declaration included. Never modified. */
	private final byte[] xml;

	TwimlDocumentSupport(byte[] xml) {
		this.xml = xml;
	}

	@Override
	public final void writeTo(OutputStream out) throws IOException {
		// A copy: a stream may reuse or change the array it is given, and this one is the
		// document's only copy, shared by every thread that writes it
		out.write(this.xml.clone());
	}

	@Override
	public final String toXml() {
		return new String(this.xml, StandardCharsets.UTF_8);
	}

}
