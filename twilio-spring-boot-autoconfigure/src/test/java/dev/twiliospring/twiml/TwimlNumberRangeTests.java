package dev.twiliospring.twiml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for the TwiML builders' number ranges: values that Twilio documents as invalid
 * are refused where they are set. Also pins how Amazon SSML elements are written.
 */
class TwimlNumberRangeTests {

	/**
	 * Twilio documents these attributes as positive integers and answers {@code 0} with a
	 * warning (13212 Dial timeout, 13216 Dial timeLimit, 13313 Gather timeout, 13314
	 * Gather numDigits, 13910 Pause length, 13612 Record maxLength), then ignores the
	 * value. The builders reject negative values at the call but let {@code 0} through.
	 */
	@Test
	void rejectsZeroForWholeNumbersThatTwilioDocumentsAsPositive() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Dial.builder().timeout(0))
			.withMessageContaining("'timeout' of <Dial>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Dial.builder().timeLimit(0))
			.withMessageContaining("'timeLimit' of <Dial>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Gather.builder().timeout(0))
			.withMessageContaining("'timeout' of <Gather>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Gather.builder().numDigits(0))
			.withMessageContaining("'numDigits' of <Gather>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Pause.builder().length(0))
			.withMessageContaining("'length' of <Pause>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> VoiceResponse.builder().pause(0))
			.withMessageContaining("'length' of <Pause>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Record.builder().maxLength(0))
			.withMessageContaining("'maxLength' of <Record>");
	}

	@Test
	void rejectsZeroDurationsForSecondsThatTwilioDocumentsAsPositive() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Dial.builder().timeout(Duration.ZERO))
			.withMessageContaining("'timeout' of <Dial>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Dial.builder().timeLimit(Duration.ZERO))
			.withMessageContaining("'timeLimit' of <Dial>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Gather.builder().timeout(Duration.ZERO))
			.withMessageContaining("'timeout' of <Gather>");
		// "either auto or a positive integer"
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Gather.builder().speechTimeout(Duration.ZERO))
			.withMessageContaining("'speechTimeout' of <Gather>");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Pause.builder().length(Duration.ZERO))
			.withMessageContaining("'length' of <Pause>");
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Record.builder().maxLength(Duration.ZERO))
			.withMessageContaining("'maxLength' of <Record>");
	}

	/**
	 * {@code attempt} counts from 1, as the method's own javadoc says.
	 */
	@Test
	void rejectsAttemptZeroOfPrompt() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Prompt.builder().attempt(1, 0))
			.withMessageContaining("'attempt' of <Prompt>");
	}

	@Test
	void smallestValidValuesAndZeroWhereTwilioGivesItAMeaningAreStillAccepted() {
		assertThatNoException().isThrownBy(() -> {
			Dial.builder().timeout(1).timeLimit(Duration.ofSeconds(1));
			Gather.builder().timeout(1).numDigits(1).speechTimeout(Duration.ofSeconds(1));
			Pause.builder().length(1);
			Prompt.builder().attempt(1);
			Record.builder().maxLength(1);
			Record.builder().timeout(0);
			Say.text("Hi").loop(0);
			Play.of("https://example.com/a.mp3").loop(0);
		});
	}

	/**
	 * Twilio writes {@code <amazon:domain>} and {@code <amazon:effect>} with an undeclared
	 * prefix, and so do the builders (as their javadoc says): the document is well-formed
	 * XML that a parser without namespace awareness reads, and a namespace-aware one
	 * refuses.
	 */
	@Test
	void amazonSsmlKeepsTwiliosUndeclaredPrefixAsDocumented() throws Exception {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Hello").amazonEffect("whispered", "a secret").amazonDomain("news", "headlines"))
			.build();
		byte[] xml = response.toXml().getBytes(StandardCharsets.UTF_8);
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml));
		assertThat(document.getElementsByTagName("amazon:effect").item(0).getTextContent()).isEqualTo("a secret");
		assertThat(document.getElementsByTagName("amazon:domain").item(0).getTextContent()).isEqualTo("headlines");
		DocumentBuilderFactory namespaceAware = DocumentBuilderFactory.newInstance();
		namespaceAware.setNamespaceAware(true);
		assertThatExceptionOfType(SAXParseException.class)
			.isThrownBy(() -> namespaceAware.newDocumentBuilder().parse(new ByteArrayInputStream(xml)))
			.withMessageContaining("amazon");
	}

}
