package dev.twiliospring.twiml;

import org.junit.jupiter.api.Test;

import static dev.twiliospring.twiml.XmlAssertions.assertXml;

/**
 * Tests for every TwiML verb and noun, each with all of its attributes set and one of each
 * child element it accepts. Attribute names and enum values are those of Twilio's TwiML
 * definitions; attributes come out in alphabetical order.
 */
class TwimlVocabularyTests {

	@Test
	void sayWithAllAttributesAndChildren() {
		Say say = withEverySsmlChild(Say.text("words"))
			.voice("Polly.Joanna")
			.loop(3)
			.language("en-US")
			.build();
		assertXml(say,
				"<Say language=\"en-US\" loop=\"3\" voice=\"Polly.Joanna\">words<break/>"
						+ "<emphasis/><lang/><p/><phoneme>words</phoneme><prosody/><s/><say-as>"
						+ "words</say-as><sub>words</sub><w/><amazon:domain/><amazon:effect/></Say>");
	}

	@Test
	void playWithAllAttributes() {
		Play play = Play.of("content")
			.loop(3)
			.digits("w1")
			.build();
		assertXml(play,
				"<Play digits=\"w1\" loop=\"3\">content</Play>");
	}

	@Test
	void gatherWithAllAttributesAndChildren() {
		Gather gather = Gather.builder()
			.input(Gather.Input.DTMF, Gather.Input.SPEECH)
			.action("https://example.com/action")
			.method(Method.POST)
			.timeout(5)
			.speechTimeout("auto")
			.maxSpeechTime(5)
			.profanityFilter(true)
			.finishOnKey("#")
			.numDigits(3)
			.partialResultCallback("https://example.com/partialResultCallback")
			.partialResultCallbackMethod(Method.POST)
			.language("en-US")
			.hints("hintsValue")
			.bargeIn(true)
			.debug(true)
			.actionOnEmptyResult(true)
			.speechModel("speechModelValue")
			.enhanced(true)
			.say(Say.builder())
			.pause(Pause.builder())
			.play(Play.builder())
			.build();
		assertXml(gather,
				"<Gather action=\"https://example.com/action\" actionOnEmptyResult=\"true\" "
						+ "bargeIn=\"true\" debug=\"true\" enhanced=\"true\" finishOnKey=\"#\" "
						+ "hints=\"hintsValue\" input=\"dtmf speech\" language=\"en-US\" "
						+ "maxSpeechTime=\"5\" method=\"POST\" numDigits=\"3\" "
						+ "partialResultCallback=\"https://example.com/partialResultCallback\" "
						+ "partialResultCallbackMethod=\"POST\" profanityFilter=\"true\" "
						+ "speechModel=\"speechModelValue\" speechTimeout=\"auto\" timeout=\"5\"><Say/>"
						+ "<Pause/><Play/></Gather>");
	}

	@Test
	void dialWithAllAttributesAndChildren() {
		Dial dial = Dial.of("content")
			.action("https://example.com/action")
			.method(Method.POST)
			.timeout(5)
			.hangupOnStar(true)
			.timeLimit(5)
			.callerId("+15550001111")
			.record(Dial.RecordingMode.DO_NOT_RECORD)
			.trim(Trim.TRIM_SILENCE)
			.recordingStatusCallback("https://example.com/recordingStatusCallback")
			.recordingStatusCallbackMethod(Method.POST)
			.recordingStatusCallbackEvent(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED)
			.answerOnBridge(true)
			.ringTone(Dial.RingTone.AT)
			.recordingTrack(RecordingTrack.BOTH)
			.sequential(true)
			.referUrl("https://example.com/referUrl")
			.referMethod(Method.POST)
			.events(Dial.Events.CALL_PROGRESS_EVENT)
			.client(Client.builder())
			.conference(Conference.of("value"))
			.number(Number.of("value"))
			.queue(Queue.of("value"))
			.sim(Sim.of("value"))
			.sip(Sip.builder())
			.application(Application.builder())
			.whatsApp(WhatsApp.of("value"))
			.build();
		assertXml(dial,
				"<Dial action=\"https://example.com/action\" answerOnBridge=\"true\" "
						+ "callerId=\"+15550001111\" events=\"call-progress-event\" "
						+ "hangupOnStar=\"true\" method=\"POST\" record=\"do-not-record\" "
						+ "recordingStatusCallback=\"https://example.com/recordingStatusCallback\" "
						+ "recordingStatusCallbackEvent=\"in-progress completed\" "
						+ "recordingStatusCallbackMethod=\"POST\" recordingTrack=\"both\" "
						+ "referMethod=\"POST\" referUrl=\"https://example.com/referUrl\" "
						+ "ringTone=\"at\" sequential=\"true\" timeLimit=\"5\" timeout=\"5\" "
						+ "trim=\"trim-silence\">content<Client/><Conference>value</Conference>"
						+ "<Number>value</Number><Queue>value</Queue><Sim>value</Sim><Sip/>"
						+ "<Application/><WhatsApp>value</WhatsApp></Dial>");
	}

	@Test
	void recordWithAllAttributes() {
		Record record = Record.builder()
			.action("https://example.com/action")
			.method(Method.POST)
			.timeout(5)
			.finishOnKey("#")
			.maxLength(5)
			.playBeep(true)
			.trim(Trim.TRIM_SILENCE)
			.recordingStatusCallback("https://example.com/recordingStatusCallback")
			.recordingStatusCallbackMethod(Method.POST)
			.recordingStatusCallbackEvent(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED)
			.transcribe(true)
			.transcribeCallback("https://example.com/transcribeCallback")
			.build();
		assertXml(record,
				"<Record action=\"https://example.com/action\" finishOnKey=\"#\" "
						+ "maxLength=\"5\" method=\"POST\" playBeep=\"true\" "
						+ "recordingStatusCallback=\"https://example.com/recordingStatusCallback\" "
						+ "recordingStatusCallbackEvent=\"in-progress completed\" "
						+ "recordingStatusCallbackMethod=\"POST\" timeout=\"5\" transcribe=\"true\" "
						+ "transcribeCallback=\"https://example.com/transcribeCallback\" "
						+ "trim=\"trim-silence\"/>");
	}

	@Test
	void redirectWithAllAttributes() {
		Redirect redirect = Redirect.of("content")
			.method(Method.POST)
			.build();
		assertXml(redirect,
				"<Redirect method=\"POST\">content</Redirect>");
	}

	@Test
	void pauseWithAllAttributes() {
		Pause pause = Pause.builder()
			.length(5)
			.build();
		assertXml(pause,
				"<Pause length=\"5\"/>");
	}

	@Test
	void hangupWithAllAttributesAndChildren() {
		Hangup hangup = Hangup.builder()
			.parameter(Parameter.builder())
			.build();
		assertXml(hangup,
				"<Hangup><Parameter/></Hangup>");
	}

	@Test
	void rejectWithAllAttributesAndChildren() {
		Reject reject = Reject.builder()
			.reason(Reject.Reason.REJECTED)
			.parameter(Parameter.builder())
			.build();
		assertXml(reject,
				"<Reject reason=\"rejected\"><Parameter/></Reject>");
	}

	@Test
	void enqueueWithAllAttributesAndChildren() {
		Enqueue enqueue = Enqueue.of("content")
			.action("https://example.com/action")
			.maxQueueSize(3)
			.method(Method.POST)
			.waitUrl("https://example.com/waitUrl")
			.waitUrlMethod(Method.POST)
			.workflowSid("workflowSidValue")
			.task(Task.of("value"))
			.build();
		assertXml(enqueue,
				"<Enqueue action=\"https://example.com/action\" maxQueueSize=\"3\" "
						+ "method=\"POST\" waitUrl=\"https://example.com/waitUrl\" "
						+ "waitUrlMethod=\"POST\" workflowSid=\"workflowSidValue\">content<Task>"
						+ "value</Task></Enqueue>");
	}

	@Test
	void leaveWithAllAttributes() {
		Leave leave = Leave.builder()
			.build();
		assertXml(leave,
				"<Leave/>");
	}

	@Test
	void connectWithAllAttributesAndChildren() {
		Connect connect = Connect.builder()
			.action("https://example.com/action")
			.method(Method.POST)
			.room(Room.of("value"))
			.autopilot(Autopilot.of("value"))
			.stream(Stream.builder())
			.virtualAgent(VirtualAgent.builder())
			.conversation(Conversation.builder())
			.conversationRelay(ConversationRelay.builder())
			.assistant(Assistant.builder())
			.aiSession(AiSession.builder())
			.conversationRelaySession(ConversationRelaySession.builder())
			.build();
		assertXml(connect,
				"<Connect action=\"https://example.com/action\" method=\"POST\"><Room>"
						+ "value</Room><Autopilot>value</Autopilot><Stream/><VirtualAgent/>"
						+ "<Conversation/><ConversationRelay/><Assistant/><AiSession/>"
						+ "<ConversationRelaySession/></Connect>");
	}

	@Test
	void startWithAllAttributesAndChildren() {
		Start start = Start.builder()
			.action("https://example.com/action")
			.method(Method.POST)
			.stream(Stream.builder())
			.siprec(Siprec.builder())
			.transcription(Transcription.builder())
			.recording(Recording.builder())
			.build();
		assertXml(start,
				"<Start action=\"https://example.com/action\" method=\"POST\"><Stream/>"
						+ "<Siprec/><Transcription/><Recording/></Start>");
	}

	@Test
	void stopWithAllAttributesAndChildren() {
		Stop stop = Stop.builder()
			.stream(Stream.builder())
			.siprec(Siprec.builder())
			.transcription(Transcription.builder())
			.build();
		assertXml(stop,
				"<Stop><Stream/><Siprec/><Transcription/></Stop>");
	}

	@Test
	void payWithAllAttributesAndChildren() {
		Pay pay = Pay.builder()
			.input(Pay.Input.DTMF)
			.action("https://example.com/action")
			.bankAccountType(Pay.BankAccountType.CONSUMER_CHECKING)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST)
			.timeout(5)
			.maxAttempts(3)
			.securityCode(true)
			.postalCode("true")
			.minPostalCodeLength(3)
			.paymentConnector("paymentConnectorValue")
			.paymentMethod(Pay.PaymentMethod.ACH_DEBIT)
			.tokenType(Pay.TokenType.ONE_TIME)
			.chargeAmount("10.50")
			.currency("usd")
			.description("descriptionValue")
			.validCardTypes(CardType.VISA, CardType.MASTERCARD)
			.language("en-US")
			.prompt(Prompt.builder())
			.parameter(Parameter.builder())
			.build();
		assertXml(pay,
				"<Pay action=\"https://example.com/action\" "
						+ "bankAccountType=\"consumer-checking\" chargeAmount=\"10.50\" currency=\"usd\" "
						+ "description=\"descriptionValue\" input=\"dtmf\" language=\"en-US\" "
						+ "maxAttempts=\"3\" minPostalCodeLength=\"3\" "
						+ "paymentConnector=\"paymentConnectorValue\" paymentMethod=\"ach-debit\" "
						+ "postalCode=\"true\" securityCode=\"true\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackMethod=\"POST\" timeout=\"5\" tokenType=\"one-time\" "
						+ "validCardTypes=\"visa mastercard\"><Prompt/><Parameter/></Pay>");
	}

	@Test
	void promptWithAllAttributesAndChildren() {
		Prompt prompt = Prompt.builder()
			.forInput(Prompt.For.PAYMENT_CARD_NUMBER)
			.errorType(Prompt.ErrorType.TIMEOUT, Prompt.ErrorType.INVALID_CARD_NUMBER)
			.cardType(CardType.VISA, CardType.MASTERCARD)
			.attempt(1, 2)
			.requireMatchingInputs(true)
			.say(Say.builder())
			.play(Play.builder())
			.pause(Pause.builder())
			.build();
		assertXml(prompt,
				"<Prompt attempt=\"1 2\" cardType=\"visa mastercard\" errorType=\"timeout "
						+ "invalid-card-number\" for=\"payment-card-number\" "
						+ "requireMatchingInputs=\"true\"><Say/><Play/><Pause/></Prompt>");
	}

	@Test
	void referWithAllAttributesAndChildren() {
		Refer refer = Refer.builder()
			.action("https://example.com/action")
			.method(Method.POST)
			.sip(ReferSip.of("value"))
			.build();
		assertXml(refer,
				"<Refer action=\"https://example.com/action\" method=\"POST\"><Sip>"
						+ "value</Sip></Refer>");
	}

	@Test
	void echoWithAllAttributes() {
		Echo echo = Echo.builder()
			.build();
		assertXml(echo,
				"<Echo/>");
	}

	@Test
	void smsWithAllAttributes() {
		Sms sms = Sms.of("content")
			.to("+15550002222")
			.from("+15550003333")
			.action("https://example.com/action")
			.method(Method.POST)
			.statusCallback("https://example.com/statusCallback")
			.build();
		assertXml(sms,
				"<Sms action=\"https://example.com/action\" from=\"+15550003333\" "
						+ "method=\"POST\" statusCallback=\"https://example.com/statusCallback\" "
						+ "to=\"+15550002222\">content</Sms>");
	}

	@Test
	void queueWithAllAttributes() {
		Queue queue = Queue.of("content")
			.url("https://example.com/url")
			.method(Method.POST)
			.reservationSid("reservationSidValue")
			.postWorkActivitySid("postWorkActivitySidValue")
			.build();
		assertXml(queue,
				"<Queue method=\"POST\" postWorkActivitySid=\"postWorkActivitySidValue\" "
						+ "reservationSid=\"reservationSidValue\" url=\"https://example.com/url\">"
						+ "content</Queue>");
	}

	@Test
	void ssmlBreakWithAllAttributes() {
		SsmlBreak ssmlBreak = SsmlBreak.builder()
			.strength(SsmlBreak.Strength.NONE)
			.time("500ms")
			.build();
		assertXml(ssmlBreak,
				"<break strength=\"none\" time=\"500ms\"/>");
	}

	@Test
	void ssmlEmphasisWithAllAttributesAndChildren() {
		SsmlEmphasis ssmlEmphasis = SsmlEmphasis.text("words")
			.level(SsmlEmphasis.Level.STRONG)
			.ssmlBreak(SsmlBreak.builder())
			.emphasis(SsmlEmphasis.builder())
			.lang(SsmlLang.builder())
			.phoneme(SsmlPhoneme.text("words"))
			.prosody(SsmlProsody.builder())
			.sayAs(SsmlSayAs.text("words"))
			.sub(SsmlSub.text("words"))
			.w(SsmlW.builder())
			.build();
		assertXml(ssmlEmphasis,
				"<emphasis level=\"strong\">words<break/><emphasis/><lang/><phoneme>"
						+ "words</phoneme><prosody/><say-as>words</say-as><sub>words</sub><w/>"
						+ "</emphasis>");
	}

	@Test
	void ssmlLangWithAllAttributesAndChildren() {
		SsmlLang ssmlLang = withEverySsmlChild(SsmlLang.text("words"))
			.xmlLang("fr-FR")
			.build();
		assertXml(ssmlLang,
				"<lang xml:lang=\"fr-FR\">words<break/><emphasis/><lang/><p/><phoneme>"
						+ "words</phoneme><prosody/><s/><say-as>words</say-as><sub>words</sub><w/>"
						+ "<amazon:domain/><amazon:effect/></lang>");
	}

	@Test
	void ssmlPWithAllAttributesAndChildren() {
		SsmlP ssmlP = SsmlP.text("words")
			.ssmlBreak(SsmlBreak.builder())
			.emphasis(SsmlEmphasis.builder())
			.lang(SsmlLang.builder())
			.phoneme(SsmlPhoneme.text("words"))
			.prosody(SsmlProsody.builder())
			.s(SsmlS.builder())
			.sayAs(SsmlSayAs.text("words"))
			.sub(SsmlSub.text("words"))
			.w(SsmlW.builder())
			.amazonDomain(SsmlAmazonDomain.builder())
			.amazonEffect(SsmlAmazonEffect.builder())
			.build();
		assertXml(ssmlP,
				"<p>words<break/><emphasis/><lang/><phoneme>words</phoneme><prosody/><s/>"
						+ "<say-as>words</say-as><sub>words</sub><w/><amazon:domain/>"
						+ "<amazon:effect/></p>");
	}

	@Test
	void ssmlPhonemeWithAllAttributes() {
		SsmlPhoneme ssmlPhoneme = SsmlPhoneme.text("words")
			.alphabet(SsmlPhoneme.Alphabet.IPA)
			.ph("pɪˈkɑːn")
			.build();
		assertXml(ssmlPhoneme,
				"<phoneme alphabet=\"ipa\" ph=\"pɪˈkɑːn\">words</phoneme>");
	}

	@Test
	void ssmlProsodyWithAllAttributesAndChildren() {
		SsmlProsody ssmlProsody = withEverySsmlChild(SsmlProsody.text("words"))
			.volume("volumeValue")
			.rate("rateValue")
			.pitch("pitchValue")
			.build();
		assertXml(ssmlProsody,
				"<prosody pitch=\"pitchValue\" rate=\"rateValue\" volume=\"volumeValue\">"
						+ "words<break/><emphasis/><lang/><p/><phoneme>words</phoneme><prosody/>"
						+ "<s/><say-as>words</say-as><sub>words</sub><w/><amazon:domain/>"
						+ "<amazon:effect/></prosody>");
	}

	@Test
	void ssmlSWithAllAttributesAndChildren() {
		SsmlS ssmlS = SsmlS.text("words")
			.ssmlBreak(SsmlBreak.builder())
			.emphasis(SsmlEmphasis.builder())
			.lang(SsmlLang.builder())
			.phoneme(SsmlPhoneme.text("words"))
			.prosody(SsmlProsody.builder())
			.sayAs(SsmlSayAs.text("words"))
			.sub(SsmlSub.text("words"))
			.w(SsmlW.builder())
			.amazonDomain(SsmlAmazonDomain.builder())
			.amazonEffect(SsmlAmazonEffect.builder())
			.build();
		assertXml(ssmlS,
				"<s>words<break/><emphasis/><lang/><phoneme>words</phoneme><prosody/>"
						+ "<say-as>words</say-as><sub>words</sub><w/><amazon:domain/>"
						+ "<amazon:effect/></s>");
	}

	@Test
	void ssmlSayAsWithAllAttributes() {
		SsmlSayAs ssmlSayAs = SsmlSayAs.text("words")
			.interpretAs(SsmlSayAs.InterpretAs.CHARACTERS)
			.format(SsmlSayAs.Format.MDY)
			.build();
		assertXml(ssmlSayAs,
				"<say-as format=\"mdy\" interpret-as=\"characters\">words</say-as>");
	}

	@Test
	void ssmlSubWithAllAttributes() {
		SsmlSub ssmlSub = SsmlSub.text("words")
			.alias("aliasValue")
			.build();
		assertXml(ssmlSub,
				"<sub alias=\"aliasValue\">words</sub>");
	}

	@Test
	void ssmlWWithAllAttributesAndChildren() {
		SsmlW ssmlW = SsmlW.text("words")
			.role("roleValue")
			.ssmlBreak(SsmlBreak.builder())
			.emphasis(SsmlEmphasis.builder())
			.phoneme(SsmlPhoneme.text("words"))
			.prosody(SsmlProsody.builder())
			.sayAs(SsmlSayAs.text("words"))
			.sub(SsmlSub.text("words"))
			.build();
		assertXml(ssmlW,
				"<w role=\"roleValue\">words<break/><emphasis/><phoneme>words</phoneme>"
						+ "<prosody/><say-as>words</say-as><sub>words</sub></w>");
	}

	@Test
	void ssmlAmazonEffectWithAllAttributesAndChildren() {
		SsmlAmazonEffect ssmlAmazonEffect = withEverySsmlChild(SsmlAmazonEffect.text("words"))
			.name("nameValue")
			.phonation("phonationValue")
			.vocalTractLength("vocaltractlengthValue")
			.build();
		assertXml(ssmlAmazonEffect,
				"<amazon:effect name=\"nameValue\" phonation=\"phonationValue\" "
						+ "vocal-tract-length=\"vocaltractlengthValue\">words<break/><emphasis/>"
						+ "<lang/><p/><phoneme>words</phoneme><prosody/><s/><say-as>words</say-as>"
						+ "<sub>words</sub><w/><amazon:domain/><amazon:effect/></amazon:effect>");
	}

	@Test
	void ssmlAmazonDomainWithAllAttributesAndChildren() {
		SsmlAmazonDomain ssmlAmazonDomain = withEverySsmlChild(SsmlAmazonDomain.text("words"))
			.name("nameValue")
			.build();
		assertXml(ssmlAmazonDomain,
				"<amazon:domain name=\"nameValue\">words<break/><emphasis/><lang/><p/>"
						+ "<phoneme>words</phoneme><prosody/><s/><say-as>words</say-as><sub>"
						+ "words</sub><w/><amazon:domain/><amazon:effect/></amazon:domain>");
	}

	@Test
	void numberWithAllAttributes() {
		Number number = withEveryMachineDetectionAttribute(withEveryDialPartyAttribute(Number.of("content")))
			.sendDigits("ww1928")
			.byoc("byocValue")
			.build();
		assertXml(number,
				"<Number amdStatusCallback=\"https://example.com/amdStatusCallback\" "
						+ "amdStatusCallbackMethod=\"POST\" byoc=\"byocValue\" "
						+ "machineDetection=\"machineDetectionValue\" "
						+ "machineDetectionSilenceTimeout=\"250\" "
						+ "machineDetectionSpeechEndThreshold=\"250\" "
						+ "machineDetectionSpeechThreshold=\"250\" machineDetectionTimeout=\"5\" "
						+ "method=\"POST\" sendDigits=\"ww1928\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"initiated ringing\" statusCallbackMethod=\"POST\" "
						+ "url=\"https://example.com/url\">content</Number>");
	}

	@Test
	void clientWithAllAttributesAndChildren() {
		Client client = withEveryDialPartyAttribute(Client.of("content"))
			.identity(Identity.of("value"))
			.parameter(Parameter.builder())
			.build();
		assertXml(client,
				"<Client method=\"POST\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"initiated ringing\" statusCallbackMethod=\"POST\" "
						+ "url=\"https://example.com/url\">content<Identity>value</Identity>"
						+ "<Parameter/></Client>");
	}

	@Test
	void identityWithAllAttributes() {
		Identity identity = Identity.of("content")
			.build();
		assertXml(identity,
				"<Identity>content</Identity>");
	}

	@Test
	void conferenceWithAllAttributes() {
		Conference conference = Conference.of("content")
			.muted(true)
			.beep(Conference.Beep.TRUE)
			.startConferenceOnEnter(true)
			.endConferenceOnExit(true)
			.waitUrl("https://example.com/waitUrl")
			.waitMethod(Method.POST)
			.maxParticipants(3)
			.record(Conference.RecordingMode.DO_NOT_RECORD)
			.region(Conference.Region.US1)
			.coach("coachValue")
			.trim(Trim.TRIM_SILENCE)
			.statusCallbackEvent(Conference.Event.START, Conference.Event.END)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST)
			.recordingStatusCallback("https://example.com/recordingStatusCallback")
			.recordingStatusCallbackMethod(Method.POST)
			.recordingStatusCallbackEvent(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED)
			.eventCallbackUrl("https://example.com/eventCallbackUrl")
			.jitterBufferSize(Conference.JitterBufferSize.LARGE)
			.participantLabel("participantLabelValue")
			.build();
		assertXml(conference,
				"<Conference beep=\"true\" coach=\"coachValue\" endConferenceOnExit=\"true\" "
						+ "eventCallbackUrl=\"https://example.com/eventCallbackUrl\" "
						+ "jitterBufferSize=\"large\" maxParticipants=\"3\" muted=\"true\" "
						+ "participantLabel=\"participantLabelValue\" record=\"do-not-record\" "
						+ "recordingStatusCallback=\"https://example.com/recordingStatusCallback\" "
						+ "recordingStatusCallbackEvent=\"in-progress completed\" "
						+ "recordingStatusCallbackMethod=\"POST\" region=\"us1\" "
						+ "startConferenceOnEnter=\"true\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"start end\" statusCallbackMethod=\"POST\" "
						+ "trim=\"trim-silence\" waitMethod=\"POST\" "
						+ "waitUrl=\"https://example.com/waitUrl\">content</Conference>");
	}

	@Test
	void simWithAllAttributes() {
		Sim sim = Sim.of("content")
			.build();
		assertXml(sim,
				"<Sim>content</Sim>");
	}

	@Test
	void sipWithAllAttributesAndChildren() {
		Sip sip = withEveryMachineDetectionAttribute(withEveryDialPartyAttribute(Sip.of("content")))
			.username("usernameValue")
			.password("passwordValue")
			.uri(SipUri.of("value"))
			.headers(Headers.builder())
			.build();
		assertXml(sip,
				"<Sip amdStatusCallback=\"https://example.com/amdStatusCallback\" "
						+ "amdStatusCallbackMethod=\"POST\" machineDetection=\"machineDetectionValue\" "
						+ "machineDetectionSilenceTimeout=\"250\" "
						+ "machineDetectionSpeechEndThreshold=\"250\" "
						+ "machineDetectionSpeechThreshold=\"250\" machineDetectionTimeout=\"5\" "
						+ "method=\"POST\" password=\"passwordValue\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"initiated ringing\" statusCallbackMethod=\"POST\" "
						+ "url=\"https://example.com/url\" username=\"usernameValue\">content<Uri>"
						+ "value</Uri><Headers/></Sip>");
	}

	@Test
	void sipUriWithAllAttributes() {
		SipUri sipUri = SipUri.of("content")
			.priority("1")
			.weight("2")
			.username("usernameValue")
			.password("passwordValue")
			.build();
		assertXml(sipUri,
				"<Uri password=\"passwordValue\" priority=\"1\" username=\"usernameValue\" "
						+ "weight=\"2\">content</Uri>");
	}

	@Test
	void headersWithAllAttributesAndChildren() {
		Headers headers = Headers.builder()
			.header(Header.builder())
			.build();
		assertXml(headers,
				"<Headers><Header/></Headers>");
	}

	@Test
	void headerWithAllAttributes() {
		Header header = Header.builder()
			.name("nameValue")
			.value("valueValue")
			.build();
		assertXml(header,
				"<Header name=\"nameValue\" value=\"valueValue\"/>");
	}

	@Test
	void applicationWithAllAttributesAndChildren() {
		Application application = withEveryDialPartyAttribute(Application.of("content"))
			.customerId("customerIdValue")
			.copyParentTo(true)
			.applicationSid(ApplicationSid.of("value"))
			.parameter(Parameter.builder())
			.build();
		assertXml(application,
				"<Application copyParentTo=\"true\" customerId=\"customerIdValue\" "
						+ "method=\"POST\" statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"initiated ringing\" statusCallbackMethod=\"POST\" "
						+ "url=\"https://example.com/url\">content<ApplicationSid>"
						+ "value</ApplicationSid><Parameter/></Application>");
	}

	@Test
	void applicationSidWithAllAttributes() {
		ApplicationSid applicationSid = ApplicationSid.of("content")
			.build();
		assertXml(applicationSid,
				"<ApplicationSid>content</ApplicationSid>");
	}

	@Test
	void whatsAppWithAllAttributes() {
		WhatsApp whatsApp = withEveryDialPartyAttribute(WhatsApp.of("content"))
			.build();
		assertXml(whatsApp,
				"<WhatsApp method=\"POST\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"initiated ringing\" statusCallbackMethod=\"POST\" "
						+ "url=\"https://example.com/url\">content</WhatsApp>");
	}

	@Test
	void roomWithAllAttributes() {
		Room room = Room.of("content")
			.participantIdentity("participantIdentityValue")
			.build();
		assertXml(room,
				"<Room participantIdentity=\"participantIdentityValue\">content</Room>");
	}

	@Test
	void autopilotWithAllAttributes() {
		Autopilot autopilot = Autopilot.of("content")
			.build();
		assertXml(autopilot,
				"<Autopilot>content</Autopilot>");
	}

	@Test
	void streamWithAllAttributesAndChildren() {
		Stream stream = Stream.builder()
			.name("nameValue")
			.connectorName("connectorNameValue")
			.url("https://example.com/url")
			.track(Track.INBOUND_TRACK)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST)
			.parameter(Parameter.builder())
			.build();
		assertXml(stream,
				"<Stream connectorName=\"connectorNameValue\" name=\"nameValue\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackMethod=\"POST\" track=\"inbound_track\" "
						+ "url=\"https://example.com/url\"><Parameter/></Stream>");
	}

	@Test
	void virtualAgentWithAllAttributesAndChildren() {
		VirtualAgent virtualAgent = VirtualAgent.builder()
			.connectorName("connectorNameValue")
			.language("en-US")
			.sentimentAnalysis(true)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST)
			.config(Config.builder())
			.parameter(Parameter.builder())
			.build();
		assertXml(virtualAgent,
				"<VirtualAgent connectorName=\"connectorNameValue\" language=\"en-US\" "
						+ "sentimentAnalysis=\"true\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackMethod=\"POST\"><Config/><Parameter/></VirtualAgent>");
	}

	@Test
	void configWithAllAttributes() {
		Config config = Config.builder()
			.name("nameValue")
			.value("valueValue")
			.build();
		assertXml(config,
				"<Config name=\"nameValue\" value=\"valueValue\"/>");
	}

	@Test
	void conversationWithAllAttributes() {
		Conversation conversation = Conversation.builder()
			.serviceInstanceSid("serviceInstanceSidValue")
			.inboundAutocreation(true)
			.routingAssignmentTimeout(5)
			.inboundTimeout(5)
			.url("https://example.com/url")
			.method(Method.POST)
			.record(Conversation.RecordingMode.DO_NOT_RECORD)
			.trim(Trim.TRIM_SILENCE)
			.recordingStatusCallback("https://example.com/recordingStatusCallback")
			.recordingStatusCallbackMethod(Method.POST)
			.recordingStatusCallbackEvent(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST)
			.statusCallbackEvent(Conversation.Event.CALL_INITIATED, Conversation.Event.CALL_RINGING)
			.build();
		assertXml(conversation,
				"<Conversation inboundAutocreation=\"true\" inboundTimeout=\"5\" "
						+ "method=\"POST\" record=\"do-not-record\" "
						+ "recordingStatusCallback=\"https://example.com/recordingStatusCallback\" "
						+ "recordingStatusCallbackEvent=\"in-progress completed\" "
						+ "recordingStatusCallbackMethod=\"POST\" routingAssignmentTimeout=\"5\" "
						+ "serviceInstanceSid=\"serviceInstanceSidValue\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackEvent=\"call-initiated call-ringing\" "
						+ "statusCallbackMethod=\"POST\" trim=\"trim-silence\" "
						+ "url=\"https://example.com/url\"/>");
	}

	@Test
	void conversationRelayWithAllAttributesAndChildren() {
		ConversationRelay conversationRelay = withEveryAgentAttribute(ConversationRelay.builder())
			.url("https://example.com/url")
			.backgroundNoiseReduction("backgroundnoisereductionValue")
			.speechTimeout("speechtimeoutValue")
			.deepgramSmartFormat("deepgramsmartformatValue")
			.ignoreBackchannel("ignorebackchannelValue")
			.events("eventsValue")
			.language(Language.builder())
			.parameter(Parameter.builder())
			.build();
		assertXml(conversationRelay,
				"<ConversationRelay "
						+ "backgroundnoisereduction=\"backgroundnoisereductionValue\" "
						+ "debug=\"debugValue\" deepgramsmartformat=\"deepgramsmartformatValue\" "
						+ "dtmfDetection=\"true\" "
						+ "elevenlabsTextNormalization=\"elevenlabsTextNormalizationValue\" "
						+ "events=\"eventsValue\" hints=\"hintsValue\" "
						+ "ignorebackchannel=\"ignorebackchannelValue\" "
						+ "intelligenceService=\"intelligenceServiceValue\" "
						+ "interruptSensitivity=\"interruptSensitivityValue\" "
						+ "interruptible=\"interruptibleValue\" language=\"en-US\" "
						+ "partialPrompts=\"true\" preemptible=\"true\" profanityFilter=\"true\" "
						+ "reportInputDuringAgentSpeech=\"true\" speechModel=\"speechModelValue\" "
						+ "speechtimeout=\"speechtimeoutValue\" "
						+ "transcriptionLanguage=\"transcriptionLanguageValue\" "
						+ "transcriptionProvider=\"transcriptionProviderValue\" "
						+ "ttsLanguage=\"ttsLanguageValue\" ttsProvider=\"ttsProviderValue\" "
						+ "url=\"https://example.com/url\" voice=\"Polly.Joanna\" "
						+ "welcomeGreeting=\"welcomeGreetingValue\" "
						+ "welcomeGreetingInterruptible=\"welcomeGreetingInterruptibleValue\">"
						+ "<Language/><Parameter/></ConversationRelay>");
	}

	@Test
	void languageWithAllAttributes() {
		Language language = Language.builder()
			.code("es-ES")
			.ttsProvider("ttsProviderValue")
			.voice("Polly.Joanna")
			.transcriptionProvider("transcriptionProviderValue")
			.speechModel("speechModelValue")
			.build();
		assertXml(language,
				"<Language code=\"es-ES\" speechModel=\"speechModelValue\" "
						+ "transcriptionProvider=\"transcriptionProviderValue\" "
						+ "ttsProvider=\"ttsProviderValue\" voice=\"Polly.Joanna\"/>");
	}

	@Test
	void assistantWithAllAttributesAndChildren() {
		Assistant assistant = withEveryAgentAttribute(Assistant.builder())
			.id("idValue")
			.language(Language.builder())
			.parameter(Parameter.builder())
			.build();
		assertXml(assistant,
				"<Assistant debug=\"debugValue\" dtmfDetection=\"true\" "
						+ "elevenlabsTextNormalization=\"elevenlabsTextNormalizationValue\" "
						+ "hints=\"hintsValue\" id=\"idValue\" "
						+ "intelligenceService=\"intelligenceServiceValue\" "
						+ "interruptSensitivity=\"interruptSensitivityValue\" "
						+ "interruptible=\"interruptibleValue\" language=\"en-US\" "
						+ "partialPrompts=\"true\" preemptible=\"true\" profanityFilter=\"true\" "
						+ "reportInputDuringAgentSpeech=\"true\" speechModel=\"speechModelValue\" "
						+ "transcriptionLanguage=\"transcriptionLanguageValue\" "
						+ "transcriptionProvider=\"transcriptionProviderValue\" "
						+ "ttsLanguage=\"ttsLanguageValue\" ttsProvider=\"ttsProviderValue\" "
						+ "voice=\"Polly.Joanna\" welcomeGreeting=\"welcomeGreetingValue\" "
						+ "welcomeGreetingInterruptible=\"welcomeGreetingInterruptibleValue\">"
						+ "<Language/><Parameter/></Assistant>");
	}

	@Test
	void aiSessionWithAllAttributes() {
		AiSession aiSession = AiSession.builder()
			.aiConnector("aiConnectorValue")
			.aiSessionConfiguration("aiSessionConfigurationValue")
			.build();
		assertXml(aiSession,
				"<AiSession aiConnector=\"aiConnectorValue\" "
						+ "aiSessionConfiguration=\"aiSessionConfigurationValue\"/>");
	}

	@Test
	void conversationRelaySessionWithAllAttributes() {
		ConversationRelaySession conversationRelaySession = ConversationRelaySession.builder()
			.connector("connectorValue")
			.sessionConfiguration("sessionConfigurationValue")
			.build();
		assertXml(conversationRelaySession,
				"<ConversationRelaySession connector=\"connectorValue\" "
						+ "sessionConfiguration=\"sessionConfigurationValue\"/>");
	}

	@Test
	void siprecWithAllAttributesAndChildren() {
		Siprec siprec = Siprec.builder()
			.name("nameValue")
			.connectorName("connectorNameValue")
			.track(Track.INBOUND_TRACK)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST)
			.parameter(Parameter.builder())
			.build();
		assertXml(siprec,
				"<Siprec connectorName=\"connectorNameValue\" name=\"nameValue\" "
						+ "statusCallback=\"https://example.com/statusCallback\" "
						+ "statusCallbackMethod=\"POST\" track=\"inbound_track\"><Parameter/></Siprec>");
	}

	@Test
	void transcriptionWithAllAttributesAndChildren() {
		Transcription transcription = Transcription.builder()
			.name("nameValue")
			.track(Track.INBOUND_TRACK)
			.statusCallbackUrl("https://example.com/statusCallbackUrl")
			.statusCallbackMethod(Method.POST)
			.inboundTrackLabel("inboundTrackLabelValue")
			.outboundTrackLabel("outboundTrackLabelValue")
			.partialResults(true)
			.languageCode("languageCodeValue")
			.transcriptionEngine("transcriptionEngineValue")
			.profanityFilter(true)
			.speechModel("speechModelValue")
			.hints("hintsValue")
			.enableAutomaticPunctuation(true)
			.intelligenceService("intelligenceServiceValue")
			.config(Config.builder())
			.parameter(Parameter.builder())
			.build();
		assertXml(transcription,
				"<Transcription enableAutomaticPunctuation=\"true\" hints=\"hintsValue\" "
						+ "inboundTrackLabel=\"inboundTrackLabelValue\" "
						+ "intelligenceService=\"intelligenceServiceValue\" "
						+ "languageCode=\"languageCodeValue\" name=\"nameValue\" "
						+ "outboundTrackLabel=\"outboundTrackLabelValue\" partialResults=\"true\" "
						+ "profanityFilter=\"true\" speechModel=\"speechModelValue\" "
						+ "statusCallbackMethod=\"POST\" "
						+ "statusCallbackUrl=\"https://example.com/statusCallbackUrl\" "
						+ "track=\"inbound_track\" transcriptionEngine=\"transcriptionEngineValue\">"
						+ "<Config/><Parameter/></Transcription>");
	}

	@Test
	void recordingWithAllAttributes() {
		Recording recording = Recording.builder()
			.recordingStatusCallback("https://example.com/recordingStatusCallback")
			.recordingStatusCallbackMethod(Method.POST)
			.recordingStatusCallbackEvent(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED)
			.trim(Trim.TRIM_SILENCE)
			.track(RecordingTrack.INBOUND)
			.channels(Recording.Channels.MONO)
			.build();
		assertXml(recording,
				"<Recording channels=\"mono\" "
						+ "recordingStatusCallback=\"https://example.com/recordingStatusCallback\" "
						+ "recordingStatusCallbackEvent=\"in-progress completed\" "
						+ "recordingStatusCallbackMethod=\"POST\" track=\"inbound\" "
						+ "trim=\"trim-silence\"/>");
	}

	@Test
	void taskWithAllAttributes() {
		Task task = Task.of("content")
			.priority(3)
			.timeout(5)
			.build();
		assertXml(task,
				"<Task priority=\"3\" timeout=\"5\">content</Task>");
	}

	@Test
	void referSipWithAllAttributes() {
		ReferSip referSip = ReferSip.of("content")
			.build();
		assertXml(referSip,
				"<Sip>content</Sip>");
	}

	@Test
	void parameterWithAllAttributes() {
		Parameter parameter = Parameter.builder()
			.name("nameValue")
			.value("valueValue")
			.build();
		assertXml(parameter,
				"<Parameter name=\"nameValue\" value=\"valueValue\"/>");
	}

	@Test
	void messageWithAllAttributesAndChildren() {
		Message message = Message.of("content")
			.to("+15550002222")
			.from("+15550003333")
			.action("https://example.com/action")
			.method(Method.POST)
			.statusCallback("https://example.com/statusCallback")
			.body(Body.of("value"))
			.media(Media.of("value"))
			.build();
		assertXml(message,
				"<Message action=\"https://example.com/action\" from=\"+15550003333\" "
						+ "method=\"POST\" statusCallback=\"https://example.com/statusCallback\" "
						+ "to=\"+15550002222\">content<Body>value</Body><Media>value</Media>"
						+ "</Message>");
	}

	@Test
	void bodyWithAllAttributes() {
		Body body = Body.of("content")
			.build();
		assertXml(body,
				"<Body>content</Body>");
	}

	@Test
	void mediaWithAllAttributes() {
		Media media = Media.of("content")
			.build();
		assertXml(media,
				"<Media>content</Media>");
	}

	@Test
	void receiveWithAllAttributes() {
		Receive receive = Receive.builder()
			.action("https://example.com/action")
			.method(Method.POST)
			.mediaType(Receive.MediaType.APPLICATION_PDF)
			.pageSize(Receive.PageSize.LETTER)
			.storeMedia(true)
			.build();
		assertXml(receive,
				"<Receive action=\"https://example.com/action\" "
						+ "mediaType=\"application/pdf\" method=\"POST\" pageSize=\"letter\" "
						+ "storeMedia=\"true\"/>");
	}

	/**
	 * Add one of each child that {@code <Say>} accepts, as do the SSML elements that may
	 * hold the same content.
	 * @param builder the builder
	 * @return the builder
	 */
	private static <B extends SsmlContainerBuilder<B, ?>> B withEverySsmlChild(B builder) {
		return builder.ssmlBreak(SsmlBreak.builder())
			.emphasis(SsmlEmphasis.builder())
			.lang(SsmlLang.builder())
			.p(SsmlP.builder())
			.phoneme(SsmlPhoneme.text("words"))
			.prosody(SsmlProsody.builder())
			.s(SsmlS.builder())
			.sayAs(SsmlSayAs.text("words"))
			.sub(SsmlSub.text("words"))
			.w(SsmlW.builder())
			.amazonDomain(SsmlAmazonDomain.builder())
			.amazonEffect(SsmlAmazonEffect.builder());
	}

	/**
	 * Set every attribute that {@code <Assistant>} and {@code <ConversationRelay>} share.
	 * @param builder the builder
	 * @return the builder
	 */
	private static <B extends AiAgentBuilder<B, ?>> B withEveryAgentAttribute(B builder) {
		return builder.language("en-US")
			.ttsLanguage("ttsLanguageValue")
			.transcriptionLanguage("transcriptionLanguageValue")
			.ttsProvider("ttsProviderValue")
			.voice("Polly.Joanna")
			.transcriptionProvider("transcriptionProviderValue")
			.speechModel("speechModelValue")
			.profanityFilter(true)
			.dtmfDetection(true)
			.welcomeGreeting("welcomeGreetingValue")
			.partialPrompts(true)
			.welcomeGreetingInterruptible("welcomeGreetingInterruptibleValue")
			.interruptible("interruptibleValue")
			.preemptible(true)
			.hints("hintsValue")
			.intelligenceService("intelligenceServiceValue")
			.reportInputDuringAgentSpeech(true)
			.elevenlabsTextNormalization("elevenlabsTextNormalizationValue")
			.interruptSensitivity("interruptSensitivityValue")
			.debug("debugValue");
	}

	/**
	 * Set the call and status callback attributes that the {@code <Dial>} nouns for one
	 * party share.
	 * @param builder the builder
	 * @return the builder
	 */
	private static <B extends DialPartyBuilder<B, ?>> B withEveryDialPartyAttribute(B builder) {
		return builder.url("https://example.com/url")
			.method(Method.POST)
			.statusCallbackEvent(CallEvent.INITIATED, CallEvent.RINGING)
			.statusCallback("https://example.com/statusCallback")
			.statusCallbackMethod(Method.POST);
	}

	/**
	 * Set the answering machine detection attributes of {@code <Number>} and {@code <Sip>}.
	 * @param builder the builder
	 * @return the builder
	 */
	private static <B extends MachineDetectionBuilder<B, ?>> B withEveryMachineDetectionAttribute(B builder) {
		return builder.machineDetection("machineDetectionValue")
			.amdStatusCallbackMethod(Method.POST)
			.amdStatusCallback("https://example.com/amdStatusCallback")
			.machineDetectionTimeout(5)
			.machineDetectionSpeechThreshold(250)
			.machineDetectionSpeechEndThreshold(250)
			.machineDetectionSilenceTimeout(250);
	}

}
