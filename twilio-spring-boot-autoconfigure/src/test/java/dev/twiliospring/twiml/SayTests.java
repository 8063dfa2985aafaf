package dev.twiliospring.twiml;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Say} and its SSML elements.
 */
class SayTests {

	@Test
	void textAndSsmlAreWrittenInTheOrderTheyWereAdded() {
		Say say = Say.text("Your code is ")
			.sayAs("1234", SsmlSayAs.InterpretAs.DIGITS)
			.text(". ")
			.ssmlBreak(Duration.ofMillis(500))
			.emphasis("Goodbye!", SsmlEmphasis.Level.STRONG)
			.voice("Polly.Joanna-Neural")
			.build();
		assertThat(say.toXml()).isEqualTo("<Say voice=\"Polly.Joanna-Neural\">Your code is "
				+ "<say-as interpret-as=\"digits\">1234</say-as>. <break time=\"500ms\"/>"
				+ "<emphasis level=\"strong\">Goodbye!</emphasis></Say>");
	}

	@Test
	void shortcutsForEverySsmlElement() {
		Say say = Say.builder()
			.ssmlBreak()
			.ssmlBreak(SsmlBreak.Strength.X_STRONG)
			.emphasis("really")
			.lang("fr-FR", "bonjour")
			.p("A paragraph.")
			.s("A sentence.")
			.phoneme("pecan", SsmlPhoneme.Alphabet.IPA, "pɪˈkɑːn")
			.sub("W3C", "World Wide Web Consortium")
			.w("read", "amazon:VBD")
			.amazonDomain("news", "Today's headlines")
			.amazonEffect("whispered", "a secret")
			.build();
		assertThat(say.toXml()).isEqualTo("<Say><break/><break strength=\"x-strong\"/><emphasis>really</emphasis>"
				+ "<lang xml:lang=\"fr-FR\">bonjour</lang><p>A paragraph.</p><s>A sentence.</s>"
				+ "<phoneme alphabet=\"ipa\" ph=\"pɪˈkɑːn\">pecan</phoneme>"
				+ "<sub alias=\"World Wide Web Consortium\">W3C</sub><w role=\"amazon:VBD\">read</w>"
				+ "<amazon:domain name=\"news\">Today's headlines</amazon:domain>"
				+ "<amazon:effect name=\"whispered\">a secret</amazon:effect></Say>");
	}

	@Test
	void ssmlElementsNest() {
		Say say = Say.builder()
			.prosody(SsmlProsody.builder()
				.rate("90%")
				.pitch("+5%")
				.volume("loud")
				.p(SsmlP.builder()
					.s(SsmlS.text("Hello ").emphasis(SsmlEmphasis.text("dear ").w("caller", "amazon:NN")))
					.s(SsmlS.builder().lang(SsmlLang.builder().xmlLang("de-DE").text("Guten Tag")))))
			.amazonEffect(SsmlAmazonEffect.builder()
				.phonation("soft")
				.attribute("vocal-tract-length", "+10%")
				.text("softly"))
			.build();
		assertThat(say.toXml()).isEqualTo("<Say><prosody pitch=\"+5%\" rate=\"90%\" volume=\"loud\"><p>"
				+ "<s>Hello <emphasis>dear <w role=\"amazon:NN\">caller</w></emphasis></s>"
				+ "<s><lang xml:lang=\"de-DE\">Guten Tag</lang></s></p></prosody>"
				+ "<amazon:effect phonation=\"soft\" vocal-tract-length=\"+10%\">softly</amazon:effect></Say>");
		Element root = XmlAssertions.parse(say.toXml()).getDocumentElement();
		assertThat(root.getTextContent()).isEqualTo("Hello dear callerGuten Tagsoftly");
	}

	@Test
	void sayAsWithDateFormat() {
		assertThat(SsmlSayAs.text("2025-01-31")
			.interpretAs(SsmlSayAs.InterpretAs.DATE)
			.format(SsmlSayAs.Format.YYYYMMDD)
			.build()
			.toXml()).isEqualTo("<say-as format=\"yyyymmdd\" interpret-as=\"date\">2025-01-31</say-as>");
	}

	@Test
	void breakTimeIsWrittenInMilliseconds() {
		assertThat(SsmlBreak.builder().time(Duration.ofSeconds(2)).build().toXml())
			.isEqualTo("<break time=\"2000ms\"/>");
		assertThat(SsmlBreak.builder().time("2s").build().toXml()).isEqualTo("<break time=\"2s\"/>");
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> SsmlBreak.builder().time(Duration.ofNanos(100)))
			.withMessageContaining("whole number of milliseconds");
	}

	@Test
	void loopAndLanguage() {
		assertThat(Say.text("Bonjour").language("fr-FR").loop(0).build().toXml())
			.isEqualTo("<Say language=\"fr-FR\" loop=\"0\">Bonjour</Say>");
	}

	@Test
	void sayInsideGatherAndPrompt() {
		Gather gather = Gather.builder().say(Say.text("Hola").language("es-ES")).play("beep.wav").build();
		assertThat(gather.toXml())
			.isEqualTo("<Gather><Say language=\"es-ES\">Hola</Say><Play>beep.wav</Play></Gather>");
		Prompt prompt = Prompt.builder().say("Card number?").pause(1).play("https://example.com/a.mp3").build();
		assertThat(prompt.toXml())
			.isEqualTo("<Prompt><Say>Card number?</Say><Pause length=\"1\"/>"
					+ "<Play>https://example.com/a.mp3</Play></Prompt>");
	}

}
