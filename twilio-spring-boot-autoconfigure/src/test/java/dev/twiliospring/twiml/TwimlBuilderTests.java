package dev.twiliospring.twiml;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for {@link TwimlBuilder}: attributes, text, durations and lists, as seen through
 * the element builders.
 */
class TwimlBuilderTests {

	@Test
	void attributesAreWrittenAlphabeticallyWhateverTheOrderTheyWereSet() {
		String forwards = Dial.builder().action("/a").callerId("+1").timeout(5).build().toXml();
		String backwards = Dial.builder().timeout(5).callerId("+1").action("/a").build().toXml();
		assertThat(forwards).isEqualTo(backwards).isEqualTo("<Dial action=\"/a\" callerId=\"+1\" timeout=\"5\"/>");
	}

	@Test
	void settingAnAttributeAgainReplacesIt() {
		assertThat(Play.of("a.mp3").loop(2).loop(3).build().toXml()).isEqualTo("<Play loop=\"3\">a.mp3</Play>");
	}

	@Test
	void settingAnAttributeToNullRemovesIt() {
		Record record = Record.builder()
			.action("/done")
			.method(Method.GET)
			.transcribeCallback("/text")
			.method(null)
			.transcribeCallback((String) null)
			.maxLength(null)
			.build();
		assertThat(record.toXml()).isEqualTo("<Record action=\"/done\"/>");
	}

	@Test
	void genericAttributeAddsAttributesThatHaveNoMethod() {
		Say say = Say.text("Hi").attribute("newFeature", "on").attribute("voice", "alice").build();
		assertThat(say.toXml()).isEqualTo("<Say newFeature=\"on\" voice=\"alice\">Hi</Say>");
	}

	@Test
	void genericAttributeAndTypedSetterShareTheAttribute() {
		assertThat(Say.text("Hi").voice("alice").attribute("voice", "man").build().toXml())
			.isEqualTo("<Say voice=\"man\">Hi</Say>");
		assertThat(Say.text("Hi").attribute("voice", "man").voice("alice").build().toXml())
			.isEqualTo("<Say voice=\"alice\">Hi</Say>");
		assertThat(Say.text("Hi").voice("alice").attribute("voice", null).build().toXml()).isEqualTo("<Say>Hi</Say>");
	}

	@Test
	void genericAttributeAcceptsAnyXmlName() {
		Say say = Say.builder()
			.attribute("xml:lang", "en")
			.attribute("data-x.y_z", "1")
			.attribute("_a", "2")
			.attribute("été", "3")
			.build();
		assertThat(say.toXml()).isEqualTo("<Say _a=\"2\" data-x.y_z=\"1\" xml:lang=\"en\" été=\"3\"/>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a b", "1abc", "-a", "a=b", "\"><Redirect", "a\"b", "a>" })
	void genericAttributeRejectsNamesThatAreNotXmlNames(String name) {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Say.builder().attribute(name, "x"))
			.withMessageStartingWith("'" + name + "' is not a valid TwiML attribute name for <Say>");
	}

	@Test
	void urlAttributesAcceptUris() {
		assertThat(Gather.builder().action(URI.create("https://example.com/a?b=1&c=2")).build().toXml())
			.isEqualTo("<Gather action=\"https://example.com/a?b=1&amp;c=2\"/>");
	}

	@Test
	void booleansAndIntegersAreWrittenAsTwilioExpects() {
		assertThat(Record.builder().playBeep(false).transcribe(true).maxLength(30).timeout(0).build().toXml())
			.isEqualTo("<Record maxLength=\"30\" playBeep=\"false\" timeout=\"0\" transcribe=\"true\"/>");
	}

	@Test
	void durationsAreWrittenInTheUnitOfTheAttribute() {
		Number number = Number.of("+15551230001")
			.machineDetectionTimeout(Duration.ofMinutes(1))
			.machineDetectionSpeechThreshold(Duration.ofMillis(2400))
			.machineDetectionSilenceTimeout(Duration.ofSeconds(5))
			.build();
		assertThat(number.toXml()).isEqualTo("<Number machineDetectionSilenceTimeout=\"5000\" "
				+ "machineDetectionSpeechThreshold=\"2400\" machineDetectionTimeout=\"60\">+15551230001</Number>");
		assertThat(Gather.builder().speechTimeout(Duration.ofSeconds(3)).build().toXml())
			.isEqualTo("<Gather speechTimeout=\"3\"/>");
		assertThat(Gather.builder().speechTimeout("auto").build().toXml())
			.isEqualTo("<Gather speechTimeout=\"auto\"/>");
	}

	@Test
	void rejectsDurationsThatAreNotWholeUnits() {
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Dial.builder().timeout(Duration.ofMillis(1500)))
			.withMessage("Attribute 'timeout' of <Dial> is a whole number of seconds, but PT1.5S is not");
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Number.of("+1").machineDetectionSpeechEndThreshold(Duration.ofNanos(1_500_000)))
			.withMessage("Attribute 'machineDetectionSpeechEndThreshold' of <Number> is a whole number of "
					+ "milliseconds, but PT0.0015S is not");
	}

	@Test
	void rejectsNegativeDurations() {
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Pause.builder().length(Duration.ofSeconds(-1)))
			.withMessage("Attribute 'length' of <Pause> must not be negative, but was PT-1S");
	}

	@Test
	void rejectsNegativeWholeNumbers() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Pause.builder().length(-1))
			.withMessage("Attribute 'length' of <Pause> must not be negative, but was -1");
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Say.text("Hi").loop(-1));
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Gather.builder().numDigits(-4));
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Prompt.builder().attempt(1, -1))
			.withMessage("Attribute 'attempt' of <Prompt> must not be negative, but was -1");
		assertThat(Prompt.builder().attempt(1, 2).build().toXml()).contains("attempt=\"1 2\"");
		assertThat(Say.text("Hi").loop(0).build().toXml()).contains("loop=\"0\"");
	}

	@Test
	void listAttributesAreSpaceSeparated() {
		Conference conference = Conference.of("room")
			.statusCallbackEvent(Conference.Event.START, Conference.Event.JOIN, Conference.Event.LEAVE)
			.recordingStatusCallbackEvent(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED)
			.build();
		assertThat(conference.toXml()).isEqualTo("<Conference recordingStatusCallbackEvent=\"in-progress completed\" "
				+ "statusCallbackEvent=\"start join leave\">room</Conference>");
		assertThat(Prompt.builder().attempt(1, 2, 3).build().toXml()).isEqualTo("<Prompt attempt=\"1 2 3\"/>");
	}

	@Test
	void settingAListAttributeToNullRemovesIt() {
		assertThat(Gather.builder().input(Gather.Input.DTMF).input((Gather.Input[]) null).build().toXml())
			.isEqualTo("<Gather/>");
		assertThat(Conference.of("room")
			.statusCallbackEvent(Conference.Event.START)
			.statusCallbackEvent((Conference.Event[]) null)
			.build()
			.toXml()).isEqualTo("<Conference>room</Conference>");
		assertThat(Prompt.builder().attempt(1).attempt((int[]) null).build().toXml()).isEqualTo("<Prompt/>");
	}

	@Test
	void listAttributesNeedAValue() {
		assertThatExceptionOfType(TwimlException.class).isThrownBy(() -> Gather.builder().input())
			.withMessage("Attribute 'input' of <Gather> needs at least one value");
		assertThatNullPointerException().isThrownBy(() -> Gather.builder().input(Gather.Input.DTMF, null))
			.withMessage("'input' values must not be null");
	}

	@Test
	void extraOverloadsForTypedValues() {
		Pay pay = Pay.builder().chargeAmount(new BigDecimal("10.50")).postalCode(false).build();
		assertThat(pay.toXml()).isEqualTo("<Pay chargeAmount=\"10.50\" postalCode=\"false\"/>");
		assertThat(Conference.of("c").beep(false).region("xx1").build().toXml())
			.isEqualTo("<Conference beep=\"false\" region=\"xx1\">c</Conference>");
		assertThat(Conference.of("c").region(Conference.Region.DE1).build().toXml())
			.isEqualTo("<Conference region=\"de1\">c</Conference>");
	}

	@Test
	void textIsAppendedInOrderWithChildElements() {
		Dial dial = Dial.builder().text("+1").text("555").number("+15551230001").build();
		assertThat(dial.toXml()).isEqualTo("<Dial>+1555<Number>+15551230001</Number></Dial>");
	}

	@Test
	void rejectsNullTextAndNullElements() {
		assertThatNullPointerException().isThrownBy(() -> Say.text(null)).withMessage("Text of <Say> must not be null");
		assertThatNullPointerException().isThrownBy(() -> VoiceResponse.builder().say((Say) null))
			.withMessage("Elements added to <Response> must not be null");
		assertThatNullPointerException().isThrownBy(() -> VoiceResponse.builder().say((Say.Builder) null))
			.withMessage("Elements added to <Response> must not be null");
		assertThatNullPointerException().isThrownBy(() -> Play.of((URI) null)).withMessage("'url' must not be null");
	}

	@Test
	void elementBuilderCanBeBuiltManyTimes() {
		Gather.Builder builder = Gather.builder().numDigits(1).say("one");
		Gather first = builder.build();
		builder.numDigits(2).say("two").attribute("numDigits", null);
		Gather second = builder.build();
		assertThat(first.toXml()).isEqualTo("<Gather numDigits=\"1\"><Say>one</Say></Gather>");
		assertThat(second.toXml()).isEqualTo("<Gather><Say>one</Say><Say>two</Say></Gather>");
	}

}
