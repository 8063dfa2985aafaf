package dev.twiliospring.twiml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Review tests for the TwiML builders: values that Twilio documents as invalid and
 * documents that XML tooling refuses.
 */
class TwimlReviewTests {

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
			Gather.builder().timeout(1).numDigits(1);
			Pause.builder().length(1);
			Prompt.builder().attempt(1);
			Record.builder().maxLength(1);
			Record.builder().timeout(0);
			Say.text("Hi").loop(0);
			Play.of("https://example.com/a.mp3").loop(0);
		});
	}

	/**
	 * {@code <amazon:domain>} and {@code <amazon:effect>} are written with a prefix that
	 * nothing in the document binds, so a namespace-aware parser (XMLUnit, JAXB, StAX,
	 * Spring's XPath matchers with namespaces) refuses the whole document, while the
	 * builders take care that {@code attribute(name, value)} never does that.
	 */
	@Test
	void documentWithAmazonSsmlParsesWithANamespaceAwareParser() throws Exception {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Hello").amazonEffect("whispered", "a secret").amazonDomain("news", "headlines"))
			.build();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.toXml().getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("Response");
	}

}
