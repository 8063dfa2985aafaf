package dev.twiliospring.twiml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on rendered TwiML, backed by the JDK's XML parser.
 */
final class XmlAssertions {

	private XmlAssertions() {
	}

	/**
	 * Assert that an element renders exactly as expected, and that the result is
	 * well-formed XML.
	 * @param element the element
	 * @param expected the expected XML fragment
	 */
	static void assertXml(TwimlElement element, String expected) {
		String xml = element.toXml();
		assertThat(xml).isEqualTo(expected);
		assertThat(parse(xml).getDocumentElement()).isNotNull();
	}

	/**
	 * Parse XML text with the JDK's parser, failing on any well-formedness error.
	 * @param xml the XML
	 * @return the document
	 */
	static Document parse(String xml) {
		return parse(xml.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Parse XML bytes with the JDK's parser, failing on any well-formedness error.
	 * @param xml the XML
	 * @return the document
	 */
	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage(), ex);
		}
	}

}
