package dev.twiliospring.twiml;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for the nouns nested in {@link Dial}, {@link Connect}, {@link Start},
 * {@link Stop}, {@link Pay}, {@link Enqueue} and {@link Refer}, and the shortcuts that
 * add them.
 */
class NounTests {

	@Test
	void dialShortcutsForEveryNoun() {
		Dial dial = Dial.builder()
			.number("+15551230001")
			.client("alice")
			.conference("standup")
			.queue("support")
			.sim("DE0123")
			.sip("sip:bob@example.com")
			.sip(URI.create("sip:carol@example.com"))
			.application("AP0123")
			.whatsApp("+15551230002")
			.build();
		assertThat(dial.toXml()).isEqualTo("<Dial><Number>+15551230001</Number><Client>alice</Client>"
				+ "<Conference>standup</Conference><Queue>support</Queue><Sim>DE0123</Sim>"
				+ "<Sip>sip:bob@example.com</Sip><Sip>sip:carol@example.com</Sip>"
				+ "<Application>AP0123</Application><WhatsApp>+15551230002</WhatsApp></Dial>");
	}

	@Test
	void dialAsText() {
		assertThat(Dial.of("+15551230001").timeout(10).record(Dial.RecordingMode.RECORD_FROM_RINGING).build().toXml())
			.isEqualTo("<Dial record=\"record-from-ringing\" timeout=\"10\">+15551230001</Dial>");
	}

	@Test
	void clientWithIdentityAndParameters() {
		Client client = Client.builder()
			.identity("alice")
			.parameter("customer", "42")
			.parameter(Parameter.builder().name("tier").value("gold"))
			.statusCallbackEvent(CallEvent.INITIATED, CallEvent.COMPLETED)
			.build();
		assertThat(client.toXml()).isEqualTo("<Client statusCallbackEvent=\"initiated completed\">"
				+ "<Identity>alice</Identity><Parameter name=\"customer\" value=\"42\"/>"
				+ "<Parameter name=\"tier\" value=\"gold\"/></Client>");
	}

	@Test
	void applicationWithSidAndParameters() {
		Application application = Application.builder()
			.applicationSid("AP0123")
			.parameter("a", "1")
			.customerId("cust-1")
			.copyParentTo(true)
			.build();
		assertThat(application.toXml()).isEqualTo("<Application copyParentTo=\"true\" customerId=\"cust-1\">"
				+ "<ApplicationSid>AP0123</ApplicationSid><Parameter name=\"a\" value=\"1\"/></Application>");
	}

	@Test
	void sipWithUrisAndHeaders() {
		Sip sip = Sip.builder()
			.uri("sip:a@example.com")
			.uri(SipUri.of(URI.create("sip:b@example.com")).priority("1").weight("10").username("u").password("p"))
			.headers(Headers.builder().header("X-Account", "42").header(Header.of("X-Tier", "gold")))
			.build();
		assertThat(sip.toXml()).isEqualTo("<Sip><Uri>sip:a@example.com</Uri>"
				+ "<Uri password=\"p\" priority=\"1\" username=\"u\" weight=\"10\">sip:b@example.com</Uri>"
				+ "<Headers><Header name=\"X-Account\" value=\"42\"/>"
				+ "<Header name=\"X-Tier\" value=\"gold\"/></Headers></Sip>");
	}

	@Test
	void enqueueWithTask() {
		Enqueue enqueue = Enqueue.builder()
			.workflowSid("WW0123")
			.task(Task.of("{\"language\":\"fr\",\"type\":\"support\"}").priority(5).timeout(60))
			.build();
		assertThat(enqueue.toXml()).isEqualTo("<Enqueue workflowSid=\"WW0123\">"
				+ "<Task priority=\"5\" timeout=\"60\">{\"language\":\"fr\",\"type\":\"support\"}</Task></Enqueue>");
		assertThat(Enqueue.builder().task("{}").build().toXml()).isEqualTo("<Enqueue><Task>{}</Task></Enqueue>");
	}

	@Test
	void referToSipUri() {
		Refer refer = Refer.builder().action("/after").sip(URI.create("sip:transfer@example.com")).build();
		assertThat(refer.toXml()).isEqualTo("<Refer action=\"/after\"><Sip>sip:transfer@example.com</Sip></Refer>");
	}

	@Test
	void connectToEveryKindOfTarget() {
		Connect connect = Connect.builder()
			.room("daily")
			.autopilot("UA0123")
			.stream(Stream.builder().url("wss://example.com/media").parameter("caller", "+1555"))
			.virtualAgent(VirtualAgent.builder().connectorName("cx").config("a", "b").parameter("c", "d"))
			.conversation(Conversation.builder().serviceInstanceSid("IS0123"))
			.conversationRelay(ConversationRelay.builder()
				.url("wss://example.com/relay")
				.welcomeGreeting("Hi! How can I help?")
				.language(Language.builder().code("es-ES").voice("es-ES-Standard-A"))
				.parameter("customer", "42"))
			.assistant(Assistant.builder().id("aia_asst_1").language("en-US"))
			.aiSession(AiSession.builder().aiConnector("connector"))
			.conversationRelaySession(ConversationRelaySession.builder().connector("c").sessionConfiguration("s"))
			.build();
		assertThat(connect.toXml()).isEqualTo("<Connect><Room>daily</Room><Autopilot>UA0123</Autopilot>"
				+ "<Stream url=\"wss://example.com/media\"><Parameter name=\"caller\" value=\"+1555\"/></Stream>"
				+ "<VirtualAgent connectorName=\"cx\"><Config name=\"a\" value=\"b\"/>"
				+ "<Parameter name=\"c\" value=\"d\"/></VirtualAgent>"
				+ "<Conversation serviceInstanceSid=\"IS0123\"/>"
				+ "<ConversationRelay url=\"wss://example.com/relay\" welcomeGreeting=\"Hi! How can I help?\">"
				+ "<Language code=\"es-ES\" voice=\"es-ES-Standard-A\"/><Parameter name=\"customer\" value=\"42\"/>"
				+ "</ConversationRelay><Assistant id=\"aia_asst_1\" language=\"en-US\"/>"
				+ "<AiSession aiConnector=\"connector\"/>"
				+ "<ConversationRelaySession connector=\"c\" sessionConfiguration=\"s\"/></Connect>");
	}

	@Test
	void conversationRelayLowerCaseAttributesHaveCamelCaseMethods() {
		ConversationRelay relay = ConversationRelay.builder()
			.backgroundNoiseReduction("on")
			.speechTimeout("2")
			.deepgramSmartFormat("true")
			.ignoreBackchannel("true")
			.build();
		assertThat(relay.toXml()).isEqualTo("<ConversationRelay backgroundnoisereduction=\"on\" "
				+ "deepgramsmartformat=\"true\" ignorebackchannel=\"true\" speechtimeout=\"2\"/>");
	}

	@Test
	void startAndStopBackgroundOperations() {
		VoiceResponse response = VoiceResponse.builder()
			.start(Start.builder()
				.stream(Stream.builder().name("media").url("wss://example.com/media").track(Track.BOTH_TRACKS))
				.siprec(Siprec.builder().name("rec").connectorName("srs").parameter("k", "v"))
				.transcription(Transcription.builder().name("live").track(Track.INBOUND_TRACK).config("x", "y"))
				.recording(Recording.builder().channels(Recording.Channels.DUAL).track(RecordingTrack.BOTH)))
			.stop(Stop.builder()
				.stream(Stream.builder().name("media"))
				.siprec(Siprec.builder().name("rec"))
				.transcription(Transcription.builder().name("live")))
			.build();
		assertThat(response.toXml()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Start>"
				+ "<Stream name=\"media\" track=\"both_tracks\" url=\"wss://example.com/media\"/>"
				+ "<Siprec connectorName=\"srs\" name=\"rec\"><Parameter name=\"k\" value=\"v\"/></Siprec>"
				+ "<Transcription name=\"live\" track=\"inbound_track\">"
				+ "<Config name=\"x\" value=\"y\"/></Transcription>"
				+ "<Recording channels=\"dual\" track=\"both\"/></Start>"
				+ "<Stop><Stream name=\"media\"/><Siprec name=\"rec\"/><Transcription name=\"live\"/></Stop>"
				+ "</Response>");
	}

	@Test
	void payWithPromptsAndParameters() {
		Pay pay = Pay.builder()
			.paymentConnector("stripe")
			.chargeAmount("20.45")
			.validCardTypes(CardType.VISA, CardType.MASTERCARD, CardType.DINERS_CLUB)
			.prompt(Prompt.builder()
				.forInput(Prompt.For.PAYMENT_CARD_NUMBER)
				.errorType(Prompt.ErrorType.INVALID_CARD_NUMBER)
				.attempt(2)
				.say("Please enter your card number again."))
			.parameter("order", "1234")
			.build();
		assertThat(pay.toXml()).isEqualTo("<Pay chargeAmount=\"20.45\" paymentConnector=\"stripe\" "
				+ "validCardTypes=\"visa mastercard diners-club\">"
				+ "<Prompt attempt=\"2\" errorType=\"invalid-card-number\" for=\"payment-card-number\">"
				+ "<Say>Please enter your card number again.</Say></Prompt>"
				+ "<Parameter name=\"order\" value=\"1234\"/></Pay>");
	}

	@Test
	void rejectAndHangupCarryParameters() {
		assertThat(Reject.builder().reason(Reject.Reason.REJECTED).parameter("why", "spam").build().toXml())
			.isEqualTo("<Reject reason=\"rejected\"><Parameter name=\"why\" value=\"spam\"/></Reject>");
	}

	@Test
	void nameAndValueShortcutsRefuseNullInsteadOfWritingAnIncompleteNoun() {
		String nullText = null;
		assertThatNullPointerException().isThrownBy(() -> Parameter.of(nullText, "v"))
			.withMessage("'name' of <Parameter> must not be null");
		assertThatNullPointerException().isThrownBy(() -> Parameter.of("n", nullText))
			.withMessage("'value' of <Parameter> must not be null");
		assertThatNullPointerException().isThrownBy(() -> Stream.builder().url("wss://example.com").parameter("caller", nullText))
			.withMessage("'value' of <Parameter> must not be null");
		assertThatNullPointerException().isThrownBy(() -> Header.of(nullText, "v"))
			.withMessage("'name' of <Header> must not be null");
		assertThatNullPointerException().isThrownBy(() -> Headers.builder().header("X-Tier", nullText))
			.withMessage("'value' of <Header> must not be null");
		assertThatNullPointerException().isThrownBy(() -> Config.of("n", nullText))
			.withMessage("'value' of <Config> must not be null");
		// The builders still let a value be left out or removed
		assertThat(Parameter.builder().name("n").value(null).build().toXml()).isEqualTo("<Parameter name=\"n\"/>");
	}

}
