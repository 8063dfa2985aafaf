package dev.twiliospring.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reduces an XML document to a canonical text that ignores what XML itself does not
 * distinguish: attribute order, quoting, escaping choices, self-closing tags and the
 * declaration. Element names, attribute values and text (whitespace included) must match
 * exactly.
 */
public final class XmlCanonicalizer {

	private XmlCanonicalizer() {
	}

	/**
	 * Return the canonical form of a document.
	 * @param xml the document
	 * @return the canonical text
	 * @throws IllegalArgumentException if the text is not well-formed XML
	 */
	public static String canonicalize(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			Element root = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
			StringBuilder out = new StringBuilder();
			write(root, out);
			return out.toString();
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	/**
	 * Check that two documents are equivalent.
	 * @param ours the document rendered by this library
	 * @param theirs the document rendered by twilio-java
	 * @throws IllegalStateException if they differ
	 */
	public static void requireEquivalent(String ours, String theirs) {
		String canonicalOurs = canonicalize(ours);
		String canonicalTheirs = canonicalize(theirs);
		if (!canonicalOurs.equals(canonicalTheirs)) {
			throw new IllegalStateException("The documents differ, the benchmark would compare different work:\n"
					+ "ours:   " + canonicalOurs + "\ntheirs: " + canonicalTheirs);
		}
	}

	private static void write(Element element, StringBuilder out) {
		out.append('<').append(element.getTagName());
		NamedNodeMap attributes = element.getAttributes();
		List<String> sorted = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			sorted.add(attribute.getNodeName() + "=\"" + escape(attribute.getNodeValue()) + "\"");
		}
		sorted.sort(null);
		for (String attribute : sorted) {
			out.append(' ').append(attribute);
		}
		out.append('>');
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
			else if (child.getNodeType() == Node.ELEMENT_NODE) {
				out.append(escape(text.toString()));
				text.setLength(0);
				write((Element) child, out);
			}
		}
		out.append(escape(text.toString()));
		out.append("</").append(element.getTagName()).append('>');
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

}
