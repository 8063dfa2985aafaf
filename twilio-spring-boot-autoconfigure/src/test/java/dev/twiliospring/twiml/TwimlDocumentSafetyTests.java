package dev.twiliospring.twiml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Documents stay as built whatever a stream does with the bytes it is given, and the
 * generic attribute setter never produces XML that a namespace-aware parser refuses or
 * that moves an element out of TwiML.
 */
class TwimlDocumentSafetyTests {

	/**
	 * {@link TwimlDocument#writeTo} hands the document's only copy of its bytes to an
	 * arbitrary OutputStream; a stream that reuses (scrambles, masks, zeroes) the buffer
	 * it is given corrupts the "immutable" document for every later render.
	 */
	@Test
	void documentRendersTheSameAfterBeingWrittenToAStreamThatReusesItsBuffer() throws IOException {
		VoiceResponse response = VoiceResponse.builder().say("Hello").build();
		String before = response.toXml();
		OutputStream bufferReusingStream = new OutputStream() {

			@Override
			public void write(int b) {
			}

			@Override
			public void write(byte[] b, int off, int len) {
				Arrays.fill(b, off, off + len, (byte) 0);
			}

		};
		response.writeTo(bufferReusingStream);
		assertThat(response.toXml()).isEqualTo(before);
	}

	/**
	 * {@code attribute(name, value)} accepts any XML 1.0 Name, including ones that are
	 * not namespace-well-formed (undeclared prefix, empty prefix or local part, two
	 * colons) or that re-bind the element's namespace ({@code xmlns}, {@code xmlns:p}).
	 * The result is either rejected by a namespace-aware parser or moves the verb out of
	 * TwiML's (empty) namespace, with no exception from the builder.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "foo:bar", "x:", "a:b:c", "xmlns" })
	void genericAttributeNeverProducesNamespaceIllFormedOrRebindingXml(String name) {
		VoiceResponse response;
		try {
			response = VoiceResponse.builder().say(Say.text("Hello").attribute(name, "urn:x")).build();
		}
		catch (TwimlException ex) {
			// A clear exception at the call is acceptable: one that names the attribute
			assertThat(ex).hasMessageStartingWith("'" + name + "' is not a valid TwiML attribute name for <Say>");
			return;
		}
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(response.toXml().getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			fail("attribute('" + name + "', ...) silently produced XML that a namespace-aware parser rejects: "
					+ response.toXml() + " (" + ex.getMessage() + ")");
			return;
		}
		Element say = (Element) document.getDocumentElement().getFirstChild();
		assertThat(say.getNamespaceURI()).as("namespace of <Say> in %s", response.toXml()).isNull();
	}

}
