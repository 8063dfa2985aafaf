package dev.twiliospring.twiml;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on rendered TwiML, backed by the JDK's XML parser.
 */
final class XmlAssertions {

	private XmlAssertions() {
	}

	/**
	 * Assert that an element renders exactly as expected, that the result is well-formed
	 * XML, and that the JDK's DOM serializer, which Twilio's Java library uses, writes the
	 * parsed result back identically.
	 * @param element the element
	 * @param expected the expected XML fragment
	 */
	static void assertXml(TwimlElement element, String expected) {
		String xml = element.toXml();
		assertThat(xml).isEqualTo(expected);
		assertThat(reserialize(xml, false)).isEqualTo(xml);
	}

	/**
	 * Parse XML and write it again with the JDK's DOM serializer, configured as Twilio's
	 * Java library configures it.
	 * @param xml the XML
	 * @param declaration whether to write an XML declaration
	 * @return the XML as the JDK writes it
	 */
	static String reserialize(String xml, boolean declaration) {
		try {
			Document document = parse(xml);
			document.setXmlStandalone(true);
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			if (!declaration) {
				transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			}
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		}
		catch (Exception ex) {
			throw new AssertionError("Could not serialize: " + ex.getMessage(), ex);
		}
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
