package dev.twiliospring.twiml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for {@link TwimlText}.
 */
class TwimlTextTests {

	@ParameterizedTest
	@ValueSource(ints = { 0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF, 0xD83D, 0xDE00 })
	void replacesEachCharacterThatXmlCannotCarry(int codePoint) {
		String text = "You said: a" + (char) codePoint + "b";
		String replaced = TwimlText.replaceInvalidCharacters(text);
		assertThat(replaced).isEqualTo("You said: a\uFFFDb");
		assertThat(Message.of(replaced).build().toXml()).isEqualTo("<Message>You said: a\uFFFDb</Message>");
	}

	@Test
	void keepsSurrogatePairsAndWhitespaceAndReturnsTheSameText() {
		String text = "\uD83D\uDE00 tab\tLF\nCR\r \u0085\uFFFD\uD7FF\uE000 <&>";
		assertThat(TwimlText.replaceInvalidCharacters(text)).isSameAs(text);
	}

	@Test
	void replacesLoneHalvesNextToAPair() {
		// The high surrogate of a cut emoji before a whole one, and a stray low surrogate after
		assertThat(TwimlText.replaceInvalidCharacters("\uD83D\uD83D\uDE00\uDE00"))
			.isEqualTo("\uFFFD\uD83D\uDE00\uFFFD");
		assertThat(TwimlText.replaceInvalidCharacters("end \uD83D")).isEqualTo("end \uFFFD");
	}

	@Test
	void replacedTextIsWellFormedInTextAndAttributes() {
		StringBuilder all = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			all.append(c);
		}
		all.append("\uD800\uDBFF\uDC00\uDFFF\uFFFE\uFFFF\uD83D\uDE00");
		StringBuilder expected = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			expected.append((c == '\t' || c == '\n' || c == '\r') ? c : '\uFFFD');
		}
		// A lone high half, a whole pair, a lone low half, two non-characters, a whole pair
		expected.append("\uFFFD\uDBFF\uDC00\uFFFD\uFFFD\uFFFD\uD83D\uDE00");
		String replaced = TwimlText.replaceInvalidCharacters(all.toString());
		assertThat(replaced).isEqualTo(expected.toString());
		MessagingResponse response = MessagingResponse.builder()
			.message(Message.builder().body(replaced).to(replaced))
			.build();
		Element message = (Element) XmlAssertions.parse(response.toXml()).getElementsByTagName("Message").item(0);
		assertThat(message.getTextContent()).isEqualTo(replaced);
		assertThat(message.getAttribute("to")).isEqualTo(replaced);
	}

	@Test
	void rejectsNull() {
		assertThatNullPointerException().isThrownBy(() -> TwimlText.replaceInvalidCharacters(null))
			.withMessage("Text must not be null");
	}

}
