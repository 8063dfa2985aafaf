package dev.twiliospring.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;

import dev.twiliospring.twiml.Dial;
import dev.twiliospring.twiml.Gather;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.Method;
import dev.twiliospring.twiml.Number;
import dev.twiliospring.twiml.Play;
import dev.twiliospring.twiml.Say;
import dev.twiliospring.twiml.SsmlBreak;
import dev.twiliospring.twiml.SsmlEmphasis;
import dev.twiliospring.twiml.SsmlProsody;
import dev.twiliospring.twiml.SsmlSayAs;
import dev.twiliospring.twiml.VoiceResponse;

/**
 * The three TwiML documents of the rendering benchmark, each built with this library
 * and with twilio-java. Every method builds the document from scratch and renders it,
 * because this library does its escaping and encoding while a document is built.
 */
public final class TwimlDocuments {

	static final String SMS_REPLY = "Thanks for your message! We'll get back to you within 24 hours & keep you posted.";

	static final String MENU = "Welcome to Owl Bank. For sales, press 1. For support, press 2. "
			+ "To hear these options again, press 9.";

	static final String MENU_MUSIC = "https://cdn.example.com/audio/hold-music.mp3";

	static final String NO_INPUT = "We did not receive any input. Goodbye!";

	/** Twenty distinct E.164 numbers, dialled at once. */
	static final List<String> NUMBERS = numbers();

	private TwimlDocuments() {
	}

	static List<String> numbers() {
		// In ASCII digits whatever the default locale (Arabic-Indic ones with ar_SA)
		return IntStream.range(0, 20)
			.mapToObj((i) -> "+1555010" + String.format(Locale.ROOT, "%04d", 1000 + i * 37))
			.toList();
	}

	/**
	 * A document of the benchmark.
	 */
	public enum Kind {

		/** A one-message SMS reply. */
		SMS_REPLY,

		/** An IVR menu: a Gather with a Say and a Play, then a Say. */
		IVR,

		/** A Dial to 20 numbers, preceded by a Say with SSML. */
		DIAL_20_SSML;

		/**
		 * Build and render the document with this library.
		 * @return the XML
		 */
		public String ours() {
			return switch (this) {
				case SMS_REPLY -> oursSmsReply();
				case IVR -> oursIvr();
				case DIAL_20_SSML -> oursDial();
			};
		}

		/**
		 * Build and render the document with twilio-java.
		 * @return the XML
		 */
		public String twilioJava() {
			try {
				return switch (this) {
					case SMS_REPLY -> theirsSmsReply();
					case IVR -> theirsIvr();
					case DIAL_20_SSML -> theirsDial();
				};
			}
			catch (TwiMLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	static String oursSmsReply() {
		return MessagingResponse.builder().message(SMS_REPLY).build().toXml();
	}

	static String theirsSmsReply() throws TwiMLException {
		return new com.twilio.twiml.MessagingResponse.Builder()
			.message(new com.twilio.twiml.messaging.Message.Builder(SMS_REPLY).build())
			.build()
			.toXml();
	}

	static String oursIvr() {
		return VoiceResponse.builder()
			.gather(Gather.builder()
				.input(Gather.Input.DTMF, Gather.Input.SPEECH)
				.action("/ivr/menu")
				.method(Method.POST)
				.numDigits(1)
				.timeout(5)
				.say(Say.text(MENU).voice("Polly.Joanna").language("en-US"))
				.play(Play.of(MENU_MUSIC).loop(2)))
			.say(NO_INPUT)
			.build()
			.toXml();
	}

	static String theirsIvr() throws TwiMLException {
		return new com.twilio.twiml.VoiceResponse.Builder()
			.gather(new com.twilio.twiml.voice.Gather.Builder()
				.inputs(List.of(com.twilio.twiml.voice.Gather.Input.DTMF, com.twilio.twiml.voice.Gather.Input.SPEECH))
				.action("/ivr/menu")
				.method(HttpMethod.POST)
				.numDigits(1)
				.timeout(5)
				.say(new com.twilio.twiml.voice.Say.Builder(MENU)
					.voice(com.twilio.twiml.voice.Say.Voice.POLLY_JOANNA)
					.language(com.twilio.twiml.voice.Say.Language.EN_US)
					.build())
				.play(new com.twilio.twiml.voice.Play.Builder(MENU_MUSIC).loop(2).build())
				.build())
			.say(new com.twilio.twiml.voice.Say.Builder(NO_INPUT).build())
			.build()
			.toXml();
	}

	static String oursDial() {
		Dial.Builder dial = Dial.builder()
			.callerId("+15017122661")
			.timeout(20)
			.action("/dial/completed")
			.answerOnBridge(true);
		for (String number : NUMBERS) {
			dial.number(Number.of(number).statusCallback("/dial/status"));
		}
		return VoiceResponse.builder()
			.say(Say.builder()
				.voice("Polly.Matthew")
				.text("Please hold while we connect you.")
				.ssmlBreak(SsmlBreak.builder().strength(SsmlBreak.Strength.MEDIUM).time(Duration.ofMillis(500)))
				.emphasis(SsmlEmphasis.text("This call may be recorded").level(SsmlEmphasis.Level.STRONG))
				.prosody(SsmlProsody.text("for quality and training purposes.").rate("90%").pitch("-2st"))
				.sayAs(SsmlSayAs.text("1234").interpretAs(SsmlSayAs.InterpretAs.DIGITS)))
			.dial(dial)
			.build()
			.toXml();
	}

	static String theirsDial() throws TwiMLException {
		com.twilio.twiml.voice.Dial.Builder dial = new com.twilio.twiml.voice.Dial.Builder()
			.callerId("+15017122661")
			.timeout(20)
			.action("/dial/completed")
			.answerOnBridge(true);
		for (String number : NUMBERS) {
			dial.number(new com.twilio.twiml.voice.Number.Builder(number).statusCallback("/dial/status").build());
		}
		return new com.twilio.twiml.VoiceResponse.Builder()
			.say(new com.twilio.twiml.voice.Say.Builder("Please hold while we connect you.")
				.voice(com.twilio.twiml.voice.Say.Voice.POLLY_MATTHEW)
				.break_(new com.twilio.twiml.voice.SsmlBreak.Builder()
					.strength(com.twilio.twiml.voice.SsmlBreak.Strength.MEDIUM)
					.time("500ms")
					.build())
				.emphasis(new com.twilio.twiml.voice.SsmlEmphasis.Builder("This call may be recorded")
					.level(com.twilio.twiml.voice.SsmlEmphasis.Level.STRONG)
					.build())
				.prosody(new com.twilio.twiml.voice.SsmlProsody.Builder("for quality and training purposes.")
					.rate("90%")
					.pitch("-2st")
					.build())
				.sayAs(new com.twilio.twiml.voice.SsmlSayAs.Builder("1234")
					.interpretAs(com.twilio.twiml.voice.SsmlSayAs.InterpretAs.DIGITS)
					.build())
				.build())
			.dial(dial.build())
			.build()
			.toXml();
	}

}
