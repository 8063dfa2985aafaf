package dev.twiliospring.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link TwimlDocuments}: both libraries must render equivalent documents, or
 * the TwiML benchmark compares different work.
 */
class TwimlDocumentsTests {

	@ParameterizedTest
	@EnumSource(TwimlDocuments.Kind.class)
	void bothLibrariesRenderEquivalentDocuments(TwimlDocuments.Kind kind) {
		String ours = kind.ours();
		String theirs = kind.twilioJava();
		assertThat(XmlCanonicalizer.canonicalize(ours)).isEqualTo(XmlCanonicalizer.canonicalize(theirs));
		TwimlBenchmark benchmark = new TwimlBenchmark();
		benchmark.document = kind;
		benchmark.checkEquivalence();
	}

	@ParameterizedTest
	@EnumSource(TwimlDocuments.Kind.class)
	void benchmarkSetUpRefusesToMeasureContendersThatRenderOtherDocuments(TwimlDocuments.Kind kind) {
		TwimlDocuments.Kind other = TwimlDocuments.Kind.values()[(kind.ordinal() + 1)
				% TwimlDocuments.Kind.values().length];
		TwimlBenchmark benchmark = new TwimlBenchmark() {

			@Override
			public String twilioJava() {
				return other.twilioJava();
			}

		};
		benchmark.document = kind;
		assertThatIllegalStateException().isThrownBy(benchmark::checkEquivalence).withMessageContaining("differ");
	}

	@Test
	void documentsHaveTheShapesTheBenchmarkIsAbout() {
		assertThat(XmlCanonicalizer.canonicalize(TwimlDocuments.Kind.SMS_REPLY.ours()))
			.isEqualTo(
					"<Response><Message>" + TwimlDocuments.SMS_REPLY.replace("&", "&amp;") + "</Message></Response>");
		assertThat(XmlCanonicalizer.canonicalize(TwimlDocuments.Kind.IVR.ours()))
			.matches("<Response><Gather [^>]+><Say [^>]+>[^<]+</Say><Play [^>]+>[^<]+</Play></Gather>"
					+ "<Say>[^<]+</Say></Response>");
	}

	@Test
	void dialDocumentDialsTwentyNumbersAfterSsml() {
		String canonical = XmlCanonicalizer.canonicalize(TwimlDocuments.Kind.DIAL_20_SSML.ours());
		assertThat(TwimlDocuments.NUMBERS).hasSize(20).doesNotHaveDuplicates();
		assertThat(canonical.split("<Number ", -1)).hasSize(21);
		assertThat(canonical).contains("<break strength=\"medium\" time=\"500ms\">", "<emphasis level=\"strong\">",
				"<prosody pitch=\"-2st\"", "<say-as interpret-as=\"digits\">");
		assertThat(canonical.indexOf("</Say>")).isLessThan(canonical.indexOf("<Dial "));
	}

	@Test
	void numbersAreE164WhateverTheDefaultLocale() {
		Locale locale = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("ar-SA"));
		try {
			assertThat(TwimlDocuments.numbers()).allMatch((number) -> number.matches("\\+1[0-9]{10}"));
		}
		finally {
			Locale.setDefault(locale);
		}
	}

	@Test
	void canonicalFormIgnoresAttributeOrderAndSelfClosing() {
		assertThat(XmlCanonicalizer.canonicalize("<Response><Play loop=\"2\" digits=\"1\"/></Response>"))
			.isEqualTo(XmlCanonicalizer
				.canonicalize("<?xml version=\"1.0\"?><Response><Play digits='1' loop='2'></Play></Response>"));
	}

	@Test
	void equivalenceCheckFailsForDifferentText() {
		assertThatIllegalStateException()
			.isThrownBy(() -> XmlCanonicalizer.requireEquivalent("<Response><Say>Hi</Say></Response>",
					"<Response><Say>Hi </Say></Response>"))
			.withMessageContaining("differ");
	}

	@ParameterizedTest
	@EnumSource(TwimlDocuments.Kind.class)
	void equivalenceCheckFailsForEveryChangeOfOneAttributeTextOrElement(TwimlDocuments.Kind kind) throws Exception {
		String ours = kind.ours();
		assertThatNoException().isThrownBy(() -> XmlCanonicalizer.requireEquivalent(ours, serialize(parse(ours))));
		List<String> mutants = mutants(ours);
		assertThat(mutants).hasSizeGreaterThanOrEqualTo(4);
		for (String mutant : mutants) {
			assertThatIllegalStateException().as(mutant)
				.isThrownBy(() -> XmlCanonicalizer.requireEquivalent(ours, mutant))
				.withMessageContaining("differ");
		}
	}

	/**
	 * Every document that differs from the given one in one attribute (left out, or
	 * with another value), one text (changed case, or one more character), one element
	 * (left out, renamed, or swapped with its next sibling).
	 */
	private static List<String> mutants(String xml) throws Exception {
		List<String> mutants = new ArrayList<>();
		int elements = parse(xml).getElementsByTagName("*").getLength();
		for (int e = 0; e < elements; e++) {
			int index = e;
			Element element = element(parse(xml), index);
			for (int a = 0; a < element.getAttributes().getLength(); a++) {
				String name = element.getAttributes().item(a).getNodeName();
				mutants.add(mutant(xml, index, (mutated) -> mutated.removeAttribute(name)));
				mutants.add(mutant(xml, index,
						(mutated) -> mutated.setAttribute(name, mutated.getAttribute(name) + "0")));
			}
			for (int c = 0; c < element.getChildNodes().getLength(); c++) {
				int child = c;
				Node text = element.getChildNodes().item(c);
				if (text.getNodeType() == Node.TEXT_NODE) {
					if (!swapCase(text.getNodeValue()).equals(text.getNodeValue())) {
						mutants.add(mutant(xml, index, (mutated) -> {
							Node mutatedText = mutated.getChildNodes().item(child);
							mutatedText.setNodeValue(swapCase(mutatedText.getNodeValue()));
						}));
					}
					mutants.add(mutant(xml, index, (mutated) -> {
						Node mutatedText = mutated.getChildNodes().item(child);
						mutatedText.setNodeValue(mutatedText.getNodeValue() + ".");
					}));
				}
			}
			if (index > 0) {
				mutants.add(mutant(xml, index, (mutated) -> mutated.getParentNode().removeChild(mutated)));
				mutants.add(mutant(xml, index, (mutated) -> mutated.getOwnerDocument()
					.renameNode(mutated, null, swapCase(mutated.getTagName()))));
				Node next = element.getNextSibling();
				if (next instanceof Element nextElement && !serialize(element).equals(serialize(nextElement))) {
					mutants.add(mutant(xml, index, (mutated) -> mutated.getParentNode()
						.insertBefore(mutated.getNextSibling(), mutated)));
				}
			}
		}
		return mutants;
	}

	private static String mutant(String xml, int index, Consumer<Element> mutation) throws Exception {
		Document document = parse(xml);
		mutation.accept(element(document, index));
		return serialize(document);
	}

	private static Element element(Document document, int index) {
		NodeList elements = document.getElementsByTagName("*");
		return (Element) elements.item(index);
	}

	private static String swapCase(String text) {
		String upper = text.toUpperCase(Locale.ROOT);
		return upper.equals(text) ? text.toLowerCase(Locale.ROOT) : upper;
	}

	private static Document parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String serialize(Node node) throws Exception {
		StringWriter out = new StringWriter();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(node), new StreamResult(out));
		return out.toString();
	}

}
