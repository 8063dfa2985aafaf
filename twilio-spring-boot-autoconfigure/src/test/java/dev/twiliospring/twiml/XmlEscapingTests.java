package dev.twiliospring.twiml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for the escaping and encoding of text and attribute values ({@link Xml}).
 */
class XmlEscapingTests {

	@Test
	void textEscapesMarkupButNotQuotes() {
		assertThat(Say.text("a & b < c > d \"e\" 'f'").build().toXml())
			.isEqualTo("<Say>a &amp; b &lt; c &gt; d \"e\" 'f'</Say>");
	}

	@Test
	void textKeepsTabAndLineFeedButEscapesCarriageReturn() {
		assertThat(Say.text("a\tb\nc\r\nd").build().toXml()).isEqualTo("<Say>a\tb\nc&#13;\nd</Say>");
	}

	@Test
	void attributeEscapesMarkupQuotesAndWhitespaceButNotApostrophes() {
		assertThat(Say.builder().voice("a&b<c>d\"e'f\tg\nh\ri").build().toXml())
			.isEqualTo("<Say voice=\"a&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i\"/>");
	}

	@Test
	void escapesAtTheStartAndEndOfValues() {
		assertThat(Say.text("&x<").voice("\"y\"").build().toXml())
			.isEqualTo("<Say voice=\"&quot;y&quot;\">&amp;x&lt;</Say>");
	}

	@Test
	void emptyValuesAreWritten() {
		assertThat(Gather.builder().finishOnKey("").build().toXml()).isEqualTo("<Gather finishOnKey=\"\"/>");
		assertThat(Say.text("").build().toXml()).isEqualTo("<Say></Say>");
	}

	@Test
	void textAndAttributesRoundTripThroughAnXmlParser() {
		String text = "Line 1\r\nLine 2\n\tindented & <quoted> \"double\" 'single' ]]> 😀";
		String attribute = "a\tb\nc\r\nd \"e\" 'f' <g> & h 😀";
		MessagingResponse response = MessagingResponse.builder().message(Message.of(text).to(attribute)).build();
		Element message = (Element) XmlAssertions.parse(response.toXml())
			.getElementsByTagName("Message")
			.item(0);
		assertThat(message.getTextContent()).isEqualTo(text);
		assertThat(message.getAttribute("to")).isEqualTo(attribute);
	}

	@Test
	void nonAsciiCharactersAreEncodedAsUtf8() throws IOException {
		// é is two bytes, € three, and the emoji (a surrogate pair in Java) four.
		MessagingResponse response = MessagingResponse.builder().message(Message.of("é€😀").to("😀")).build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		response.writeTo(out);
		byte[] expected = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
				+ "<Message to=\"\u00F0\u009F\u0098\u0080\">"
				+ "\u00C3\u00A9\u00E2\u0082\u00AC\u00F0\u009F\u0098\u0080</Message></Response>")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(out.toByteArray()).isEqualTo(expected);
		assertThat(response.toXml()).contains(">é€😀</Message>");
	}

	@Test
	void latinOneSupplementAndC1ControlsPassThrough() {
		assertThat(Say.text("\u00A0\u0085\u00FF").build().toXml()).isEqualTo("<Say>\u00A0\u0085\u00FF</Say>");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF })
	void rejectsCharactersThatXmlCannotCarryInText(int codePoint) {
		String text = "ok" + (char) codePoint;
		String hex = String.format("U+%04X", codePoint);
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Say.text(text))
			.withMessage("Text of <Say> contains " + hex
					+ " at index 2, which XML 1.0 cannot represent; remove or replace that character (text that a "
					+ "caller or sender chose can go through TwimlText.replaceInvalidCharacters first)");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0x0, 0x7, 0x1B, 0xFFFE })
	void rejectsCharactersThatXmlCannotCarryInAttributes(int codePoint) {
		String value = (char) codePoint + "1928";
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Number.of("+15551230001").sendDigits(value))
			.withMessageStartingWith("Attribute 'sendDigits' of <Number> contains " + String.format("U+%04X", codePoint)
					+ " at index 0");
	}

	@Test
	void rejectsUnpairedSurrogates() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Message.of("end \uD83D"))
			.withMessageContaining("Text of <Message> contains an unpaired surrogate U+D83D at index 4");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Message.of("\uDE00 start"))
			.withMessageContaining("an unpaired surrogate U+DE00 at index 0");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Message.builder().to("\uDE00\uD83D"))
			.withMessageContaining("Attribute 'to' of <Message> contains an unpaired surrogate U+DE00 at index 0");
	}

	@Test
	void rejectsInvalidCharactersWhenTheValueIsGivenNotWhenRendering() {
		Message.Builder message = Message.builder().body("fine");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> message.body("\u0000"));
		assertThat(message.build().toXml()).isEqualTo("<Message><Body>fine</Body></Message>");
	}

	@Test
	void shortcutsNameTheElementThatTheTextIsFor() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> VoiceResponse.builder().say("a\u0000"))
			.withMessageStartingWith("Text of <Say> contains U+0000 at index 1");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Dial.builder().number("+1\u001F"))
			.withMessageStartingWith("Text of <Number> contains U+001F at index 2");
		assertThatNullPointerException().isThrownBy(() -> MessagingResponse.builder().message((String) null))
			.withMessage("Text of <Message> must not be null");
	}

	@Test
	void invalidCharacterExceptionIsAnIllegalArgumentException() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Say.builder().voice("\u0001"));
	}

	@Test
	void everyCharacterEitherRoundTripsOrIsRejectedInTextAndAttributes() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder parser = factory.newDocumentBuilder();
		for (int c = 0; c <= 0xFFFF; c++) {
			String value = "a" + (char) c + "]]>'\"";
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD);
			check(parser, value, allowed, (text) -> Say.text(text).build(), "Say", null);
			check(parser, value, allowed, (text) -> Message.builder().body(text).build(), "Body", null);
			check(parser, value, allowed, (text) -> Say.builder().p(text).build(), "p", null);
			check(parser, value, allowed, (text) -> Say.builder().sub("x", text).build(), "sub", "alias");
			check(parser, value, allowed, (text) -> Play.of(text).build(), "Play", null);
			check(parser, value, allowed, (text) -> Play.builder().attribute("url", text).build(), "Play", "url");
			check(parser, value, allowed, (text) -> Message.builder().to(text).build(), "Message", "to");
		}
	}

	@Test
	void surrogatePairsAreKeptInTextAndAttributes() throws Exception {
		String emoji = "\uD83D\uDE00\uD83D\uDC4D\uDBFF\uDFFF\uD800\uDC00";
		MessagingResponse response = MessagingResponse.builder()
			.message(Message.builder().body(emoji).to(emoji))
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		response.writeTo(out);
		Element message = (Element) XmlAssertions.parse(out.toByteArray()).getElementsByTagName("Message").item(0);
		assertThat(message.getTextContent()).isEqualTo(emoji);
		assertThat(message.getAttribute("to")).isEqualTo(emoji);
	}

	/**
	 * Every method of every builder that takes strings, whether it sets an attribute,
	 * appends text or adds a child from text, writes them escaped: the document parses,
	 * and the parser reads back each value as given.
	 */
	@Test
	void everyStringTakingMethodOfEveryBuilderEscapesWhatItIsGiven() throws Exception {
		String value = "a&b<c>d\"e'f\tg\nh\r\ni]]>\uD83D\uDE00\u00E9";
		int checked = 0;
		for (Class<?> builderType : TwimlNestingTests.CHILDREN.keySet()) {
			for (java.lang.reflect.Method method : builderType.getMethods()) {
				if (Modifier.isStatic(method.getModifiers()) || method.getName().equals("attribute")
						|| method.getParameterCount() == 0 || !Arrays.stream(method.getParameterTypes())
							.allMatch((type) -> type == String.class)) {
					continue;
				}
				Object builder = newBuilder(builderType);
				Object[] arguments = new Object[method.getParameterCount()];
				Arrays.fill(arguments, value);
				method.invoke(builder, arguments);
				Object built = builderType.getMethod("build").invoke(builder);
				String xml = (built instanceof TwimlDocument document) ? document.toXml()
						: ((TwimlElement) built).toXml();
				String where = builderType.getEnclosingClass().getSimpleName() + "." + method.getName();
				Element root;
				try {
					root = XmlAssertions.parse(xml).getDocumentElement();
				}
				catch (AssertionError ex) {
					throw new AssertionError(where + " wrote " + xml + ": " + ex.getMessage(), ex);
				}
				assertThat(root.getTextContent().contains(value) || hasAttributeValue(root, value))
					.as("%s wrote %s", where, xml)
					.isTrue();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(250);
	}

	/**
	 * Return a new builder of the given type, from the element's {@code builder()} or
	 * from its factory that takes a string.
	 */
	static Object newBuilder(Class<?> builderType) throws ReflectiveOperationException {
		Class<?> element = builderType.getEnclosingClass();
		for (java.lang.reflect.Method factory : element.getMethods()) {
			if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == builderType) {
				if (factory.getParameterCount() == 0) {
					return factory.invoke(null);
				}
				if (factory.getParameterCount() == 1 && factory.getParameterTypes()[0] == String.class) {
					return factory.invoke(null, "words");
				}
			}
		}
		throw new IllegalStateException(element + " has no builder() and no factory that takes a string");
	}

	private static boolean hasAttributeValue(Element element, String value) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			if (attributes.item(i).getNodeValue().equals(value)) {
				return true;
			}
		}
		NodeList children = element.getElementsByTagName("*");
		for (int i = 0; i < children.getLength(); i++) {
			NamedNodeMap childAttributes = children.item(i).getAttributes();
			for (int j = 0; j < childAttributes.getLength(); j++) {
				if (childAttributes.item(j).getNodeValue().equals(value)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void check(DocumentBuilder parser, String value, boolean allowed,
			Function<String, TwimlElement> render, String element, String attribute) throws Exception {
		if (!allowed) {
			assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> render.apply(value));
			return;
		}
		byte[] xml = render.apply(value).toXml().getBytes(StandardCharsets.UTF_8);
		Element parsed = (Element) parser.parse(new ByteArrayInputStream(xml))
			.getElementsByTagName(element)
			.item(0);
		String actual = (attribute != null) ? parsed.getAttribute(attribute) : parsed.getTextContent();
		assertThat(actual).as("U+%04X in %s", (int) value.charAt(1), element).isEqualTo(value);
	}

}
