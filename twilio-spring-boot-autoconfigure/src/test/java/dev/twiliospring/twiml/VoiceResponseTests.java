package dev.twiliospring.twiml;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link VoiceResponse}.
 */
class VoiceResponseTests {

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	@Test
	void rendersIvrWithGreetingMenuAndDial() {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Hello").voice("Polly.Joanna").language("en-US"))
			.gather(Gather.builder()
				.input(Gather.Input.DTMF, Gather.Input.SPEECH)
				.action("/menu")
				.numDigits(1)
				.say("Press 1 for the time")
				.pause(1))
			.dial(Dial.builder()
				.callerId("+15550001111")
				.number("+15551230001")
				.number(Number.of("+15551230002").sendDigits("wwww1928")))
			.hangup()
			.build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response>"
				+ "<Say language=\"en-US\" voice=\"Polly.Joanna\">Hello</Say>"
				+ "<Gather action=\"/menu\" input=\"dtmf speech\" numDigits=\"1\">"
				+ "<Say>Press 1 for the time</Say><Pause length=\"1\"/></Gather>"
				+ "<Dial callerId=\"+15550001111\"><Number>+15551230001</Number>"
				+ "<Number sendDigits=\"wwww1928\">+15551230002</Number></Dial>"
				+ "<Hangup/></Response>");
	}

	@Test
	void rendersWhatTheJdkDomSerializerWritesForTheSameTree() {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Tom & Jerry say \"hi\" <loudly>\r\n").voice("Polly.Matthew").loop(2))
			.gather(Gather.builder().action("/menu?a=1&b=2").finishOnKey("").hints("yes,\tno").say("Menu"))
			.dial(Dial.builder().timeout(10).number(Number.of("+15551230001").url("/whisper").method(Method.GET)))
			.record(Record.builder().trim(Trim.DO_NOT_TRIM).recordingStatusCallbackEvent(RecordingEvent.COMPLETED))
			.build();
		assertThat(XmlAssertions.reserialize(response.toXml(), true)).isEqualTo(response.toXml());
	}

	@Test
	void emptyResponseIsAnEmptyElement() {
		assertThat(VoiceResponse.builder().build().toXml()).isEqualTo(DECLARATION + "<Response/>");
	}

	@Test
	void shortcutsAddVerbsWithTheirUsualContent() {
		VoiceResponse response = VoiceResponse.builder()
			.say("Hi")
			.play("https://example.com/a.mp3")
			.play(URI.create("https://example.com/b.mp3"))
			.pause()
			.pause(2)
			.pause(Duration.ofSeconds(3))
			.record()
			.dial("+15551230001")
			.enqueue("support")
			.queue("support")
			.leave()
			.echo()
			.sms("Thanks for calling")
			.reject()
			.reject(Reject.Reason.BUSY)
			.redirect("/next")
			.redirect(URI.create("https://example.com/next"))
			.hangup()
			.build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response><Say>Hi</Say>"
				+ "<Play>https://example.com/a.mp3</Play><Play>https://example.com/b.mp3</Play>"
				+ "<Pause/><Pause length=\"2\"/><Pause length=\"3\"/><Record/>"
				+ "<Dial>+15551230001</Dial><Enqueue>support</Enqueue><Queue>support</Queue>"
				+ "<Leave/><Echo/><Sms>Thanks for calling</Sms><Reject/><Reject reason=\"busy\"/>"
				+ "<Redirect>/next</Redirect><Redirect>https://example.com/next</Redirect>"
				+ "<Hangup/></Response>");
	}

	@Test
	void everyVerbCanBeAddedAsBuiltElementOrAsBuilder() {
		VoiceResponse response = VoiceResponse.builder()
			.connect(Connect.builder().room("room"))
			.start(Start.builder().recording(Recording.builder()))
			.stop(Stop.builder().stream(Stream.builder().name("s1")))
			.pay(Pay.builder().build())
			.prompt(Prompt.builder())
			.refer(Refer.builder().sip("sip:alice@example.com"))
			.hangup(Hangup.builder().parameter("reason", "done"))
			.build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response>"
				+ "<Connect><Room>room</Room></Connect><Start><Recording/></Start>"
				+ "<Stop><Stream name=\"s1\"/></Stop><Pay/><Prompt/>"
				+ "<Refer><Sip>sip:alice@example.com</Sip></Refer>"
				+ "<Hangup><Parameter name=\"reason\" value=\"done\"/></Hangup></Response>");
	}

	@Test
	void writeToWritesTheSameBytesAsToXml() throws IOException {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Grüße, 你好 😀 & <bye>").language("de-DE"))
			.dial(Dial.builder().callerId("+15550001111").number("+15551230001"))
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		response.writeTo(out);
		assertThat(out.toByteArray()).isEqualTo(response.toXml().getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void writeToNeitherFlushesNorClosesTheStream() throws IOException {
		List<String> calls = new ArrayList<>();
		FilterOutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {

			@Override
			public void flush() {
				calls.add("flush");
			}

			@Override
			public void close() {
				calls.add("close");
			}

		};
		VoiceResponse.builder().hangup().build().writeTo(out);
		assertThat(calls).isEmpty();
	}

	@Test
	void verbsAreWrittenInTheOrderTheyWereAdded() {
		VoiceResponse response = VoiceResponse.builder().hangup().say("a").pause().say("b").build();
		assertThat(response.toXml())
			.isEqualTo(DECLARATION + "<Response><Hangup/><Say>a</Say><Pause/><Say>b</Say></Response>");
	}

	@Test
	void builderChangesAfterBuildDoNotChangeTheBuiltDocument() {
		Say.Builder say = Say.text("one");
		VoiceResponse.Builder builder = VoiceResponse.builder().say(say);
		VoiceResponse first = builder.build();
		String firstXml = first.toXml();
		say.text(" two").voice("alice");
		builder.say(say).hangup();
		VoiceResponse second = builder.build();
		assertThat(first.toXml()).isEqualTo(firstXml)
			.isEqualTo(DECLARATION + "<Response><Say>one</Say></Response>");
		assertThat(second.toXml()).isEqualTo(DECLARATION
				+ "<Response><Say>one</Say><Say voice=\"alice\">one two</Say><Hangup/></Response>");
	}

	@Test
	void builtElementCanBeSharedBetweenDocuments() {
		Say greeting = Say.text("Welcome").voice("Polly.Amy").build();
		VoiceResponse first = VoiceResponse.builder().say(greeting).hangup().build();
		VoiceResponse second = VoiceResponse.builder().say(greeting).say(greeting).build();
		assertThat(first.toXml())
			.isEqualTo(DECLARATION + "<Response><Say voice=\"Polly.Amy\">Welcome</Say><Hangup/></Response>");
		assertThat(second.toXml()).isEqualTo(DECLARATION
				+ "<Response><Say voice=\"Polly.Amy\">Welcome</Say><Say voice=\"Polly.Amy\">Welcome</Say></Response>");
	}

	@Test
	void documentRendersIdenticallyManyTimesFromManyThreads() throws Exception {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Hello ").emphasis("there"))
			.dial(Dial.builder().number("+15551230001").number("+15551230002"))
			.build();
		String expected = response.toXml();
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> futures = new ArrayList<>();
			for (int task = 0; task < 8; task++) {
				futures.add(executor.submit(() -> {
					List<String> rendered = new ArrayList<>();
					for (int i = 0; i < 200; i++) {
						ByteArrayOutputStream out = new ByteArrayOutputStream();
						response.writeTo(out);
						rendered.add(out.toString(StandardCharsets.UTF_8));
						rendered.add(response.toXml());
					}
					return rendered;
				}));
			}
			for (Future<List<String>> future : futures) {
				assertThat(future.get()).hasSize(400).containsOnly(expected);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void documentWithManyVerbsParsesBackAsTheSameTree() {
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Hi ")
				.prosody(SsmlProsody.text("slowly").rate("slow"))
				.sayAs("42", SsmlSayAs.InterpretAs.CARDINAL))
			.gather(Gather.builder().input(Gather.Input.SPEECH).hints("yes, no").say("Yes or no?"))
			.dial(Dial.builder()
				.record(Dial.RecordingMode.RECORD_FROM_ANSWER_DUAL)
				.trim(Trim.TRIM_SILENCE)
				.conference(Conference.of("Room 1").beep(Conference.Beep.ON_ENTER)))
			.connect(Connect.builder().stream(Stream.builder().url("wss://example.com/media").parameter("a", "b")))
			.build();
		Element root = XmlAssertions.parse(response.toXml()).getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("Response");
		assertThat(childNames(root)).containsExactly("Say", "Gather", "Dial", "Connect");
		Element say = (Element) root.getElementsByTagName("Say").item(0);
		assertThat(say.getTextContent()).isEqualTo("Hi slowly42");
		assertThat(childNames(say)).containsExactly("prosody", "say-as");
		Element dial = (Element) root.getElementsByTagName("Dial").item(0);
		assertThat(dial.getAttribute("record")).isEqualTo("record-from-answer-dual");
		assertThat(dial.getAttribute("trim")).isEqualTo("trim-silence");
		Element conference = (Element) dial.getElementsByTagName("Conference").item(0);
		assertThat(conference.getAttribute("beep")).isEqualTo("onEnter");
		assertThat(conference.getTextContent()).isEqualTo("Room 1");
		Element parameter = (Element) root.getElementsByTagName("Parameter").item(0);
		assertThat(parameter.getAttribute("name")).isEqualTo("a");
		assertThat(parameter.getAttribute("value")).isEqualTo("b");
	}

	@Test
	void dialWithTwentyNumbersAndSayWithSsml() {
		Dial.Builder dial = Dial.builder().callerId("+15550001111").timeout(20);
		StringBuilder numbers = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			String number = "+1555123" + String.format("%04d", i);
			dial.number(Number.of(number).statusCallbackEvent(CallEvent.RINGING, CallEvent.ANSWERED));
			numbers.append("<Number statusCallbackEvent=\"ringing answered\">").append(number).append("</Number>");
		}
		VoiceResponse response = VoiceResponse.builder()
			.say(Say.text("Connecting you ")
				.ssmlBreak(SsmlBreak.Strength.WEAK)
				.emphasis("now", SsmlEmphasis.Level.STRONG))
			.dial(dial)
			.build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response>"
				+ "<Say>Connecting you <break strength=\"weak\"/><emphasis level=\"strong\">now</emphasis></Say>"
				+ "<Dial callerId=\"+15550001111\" timeout=\"20\">" + numbers + "</Dial></Response>");
		assertThat(XmlAssertions.parse(response.toXml()).getElementsByTagName("Number").getLength()).isEqualTo(20);
	}

	private static List<String> childNames(Element element) {
		List<String> names = new ArrayList<>();
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
				names.add(children.item(i).getNodeName());
			}
		}
		return names;
	}

}
