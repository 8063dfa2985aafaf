package dev.twiliospring.test.emulator;

import java.time.Duration;

import dev.twiliospring.twiml.Gather;
import dev.twiliospring.twiml.Say;
import dev.twiliospring.twiml.SsmlEmphasis;
import dev.twiliospring.twiml.SsmlProsody;
import dev.twiliospring.twiml.SsmlSayAs;
import dev.twiliospring.twiml.VoiceResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwimlReply}.
 */
class TwimlReplyTests {

	@Test
	void saysIncludeTheTextOfSsmlElements() {
		VoiceResponse twiml = VoiceResponse.builder()
			.say(Say.text("Your code is ")
				.sayAs("1234", SsmlSayAs.InterpretAs.DIGITS)
				.ssmlBreak(Duration.ofMillis(500))
				.text(". ")
				.emphasis("Goodbye!", SsmlEmphasis.Level.STRONG))
			.gather(Gather.builder()
				.say(Say.text("Press ").prosody(SsmlProsody.text("one").rate("slow")).text(" to repeat")))
			.build();
		TwimlReply reply = new TwimlReply("http://localhost/voice", 200, twiml.toXml(), "CA1", null);
		assertThat(reply.error()).isNull();
		assertThat(reply.says()).containsExactly("Your code is 1234. Goodbye!", "Press one to repeat");
		assertThat(reply.gather()).hasValueSatisfying(
				(gather) -> assertThat(gather.says()).containsExactly("Press one to repeat"));
	}

	@Test
	void toStringTellsWhyAReplyHasNoTwiml() {
		TwimlReply undelivered = TwimlReply.undelivered("http://localhost/sms",
				"The number +15005550006 belongs to suspended account AC1");
		assertThat(undelivered).hasToString("TwimlReply[url=http://localhost/sms, status=0, "
				+ "error=The number +15005550006 belongs to suspended account AC1, xml=]");
		TwimlReply failed = new TwimlReply("http://localhost/voice", 500, "oops", "CA1", null);
		assertThat(failed.toString()).contains("status=500, error=The application answered with HTTP 500, xml=oops");
		TwimlReply valid = new TwimlReply("http://localhost/voice", 200, "<Response/>", "CA1", null);
		assertThat(valid).hasToString("TwimlReply[url=http://localhost/voice, status=200, xml=<Response/>]");
	}

	@Test
	void verbTextOfOtherElementsIsTheirOwnText() {
		String xml = "<Response><Dial>+15005550006<Number>+15005550007</Number></Dial></Response>";
		TwimlReply reply = new TwimlReply("http://localhost/voice", 200, xml, "CA1", null);
		assertThat(reply.verbs().get(0).text()).isEqualTo("+15005550006");
	}

	@Test
	void dialsNameAClientByItsIdentityWhenItCarriesParameters() {
		String xml = "<Response><Dial><Client><Identity>alice</Identity>"
				+ "<Parameter name=\"ticket\" value=\"42\"/></Client><Client>bob</Client>"
				+ "<Number>+15005550007</Number></Dial></Response>";
		TwimlReply reply = new TwimlReply("http://localhost/voice", 200, xml, "CA1", null);
		assertThat(reply.dials()).containsExactly("alice", "bob", "+15005550007");
	}

}
