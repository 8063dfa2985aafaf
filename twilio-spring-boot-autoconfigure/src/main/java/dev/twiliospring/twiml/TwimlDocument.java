package dev.twiliospring.twiml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A complete TwiML document that can be streamed as UTF-8 XML.
 *
 * @since 1.0.0
 */
public interface TwimlDocument {

	/**
	 * Write this document, XML declaration included, as UTF-8 to the given stream.
	 * @param out the stream to write to; it is neither flushed nor closed
	 * @throws IOException if the stream fails
	 */
	void writeTo(OutputStream out) throws IOException;

	/**
	 * Render this document, XML declaration included.
	 * @return the XML text
	 */
	String toXml();

}
