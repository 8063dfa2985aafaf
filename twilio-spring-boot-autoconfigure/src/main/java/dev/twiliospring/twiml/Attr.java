package dev.twiliospring.twiml;

import java.nio.charset.StandardCharsets;

/**
 * An attribute name, encoded once, up front, as the prefix that precedes its value, and
 * the names of all attributes that the builders set.
 */
final class Attr {

	static final Attr ACTION = new Attr("action");

	static final Attr ACTION_ON_EMPTY_RESULT = new Attr("actionOnEmptyResult");

	static final Attr AI_CONNECTOR = new Attr("aiConnector");

	static final Attr AI_SESSION_CONFIGURATION = new Attr("aiSessionConfiguration");

	static final Attr ALIAS = new Attr("alias");

	static final Attr ALPHABET = new Attr("alphabet");

	static final Attr AMD_STATUS_CALLBACK = new Attr("amdStatusCallback");

	static final Attr AMD_STATUS_CALLBACK_METHOD = new Attr("amdStatusCallbackMethod");

	static final Attr ANSWER_ON_BRIDGE = new Attr("answerOnBridge");

	static final Attr ATTEMPT = new Attr("attempt");

	static final Attr BACKGROUNDNOISEREDUCTION = new Attr("backgroundnoisereduction");

	static final Attr BANK_ACCOUNT_TYPE = new Attr("bankAccountType");

	static final Attr BARGE_IN = new Attr("bargeIn");

	static final Attr BEEP = new Attr("beep");

	static final Attr BYOC = new Attr("byoc");

	static final Attr CALLER_ID = new Attr("callerId");

	static final Attr CARD_TYPE = new Attr("cardType");

	static final Attr CHANNELS = new Attr("channels");

	static final Attr CHARGE_AMOUNT = new Attr("chargeAmount");

	static final Attr COACH = new Attr("coach");

	static final Attr CODE = new Attr("code");

	static final Attr CONNECTOR = new Attr("connector");

	static final Attr CONNECTOR_NAME = new Attr("connectorName");

	static final Attr COPY_PARENT_TO = new Attr("copyParentTo");

	static final Attr CURRENCY = new Attr("currency");

	static final Attr CUSTOMER_ID = new Attr("customerId");

	static final Attr DEBUG = new Attr("debug");

	static final Attr DEEPGRAMSMARTFORMAT = new Attr("deepgramsmartformat");

	static final Attr DESCRIPTION = new Attr("description");

	static final Attr DIGITS = new Attr("digits");

	static final Attr DTMF_DETECTION = new Attr("dtmfDetection");

	static final Attr ELEVENLABS_TEXT_NORMALIZATION = new Attr("elevenlabsTextNormalization");

	static final Attr ENABLE_AUTOMATIC_PUNCTUATION = new Attr("enableAutomaticPunctuation");

	static final Attr END_CONFERENCE_ON_EXIT = new Attr("endConferenceOnExit");

	static final Attr ENHANCED = new Attr("enhanced");

	static final Attr ERROR_TYPE = new Attr("errorType");

	static final Attr EVENTS = new Attr("events");

	static final Attr EVENT_CALLBACK_URL = new Attr("eventCallbackUrl");

	static final Attr FINISH_ON_KEY = new Attr("finishOnKey");

	static final Attr FOR = new Attr("for");

	static final Attr FORMAT = new Attr("format");

	static final Attr FROM = new Attr("from");

	static final Attr HANGUP_ON_STAR = new Attr("hangupOnStar");

	static final Attr HINTS = new Attr("hints");

	static final Attr ID = new Attr("id");

	static final Attr IGNOREBACKCHANNEL = new Attr("ignorebackchannel");

	static final Attr INBOUND_AUTOCREATION = new Attr("inboundAutocreation");

	static final Attr INBOUND_TIMEOUT = new Attr("inboundTimeout");

	static final Attr INBOUND_TRACK_LABEL = new Attr("inboundTrackLabel");

	static final Attr INPUT = new Attr("input");

	static final Attr INTELLIGENCE_SERVICE = new Attr("intelligenceService");

	static final Attr INTERPRET_AS = new Attr("interpret-as");

	static final Attr INTERRUPTIBLE = new Attr("interruptible");

	static final Attr INTERRUPT_SENSITIVITY = new Attr("interruptSensitivity");

	static final Attr JITTER_BUFFER_SIZE = new Attr("jitterBufferSize");

	static final Attr LANGUAGE = new Attr("language");

	static final Attr LANGUAGE_CODE = new Attr("languageCode");

	static final Attr LENGTH = new Attr("length");

	static final Attr LEVEL = new Attr("level");

	static final Attr LOOP = new Attr("loop");

	static final Attr MACHINE_DETECTION = new Attr("machineDetection");

	static final Attr MACHINE_DETECTION_SILENCE_TIMEOUT = new Attr("machineDetectionSilenceTimeout");

	static final Attr MACHINE_DETECTION_SPEECH_END_THRESHOLD = new Attr("machineDetectionSpeechEndThreshold");

	static final Attr MACHINE_DETECTION_SPEECH_THRESHOLD = new Attr("machineDetectionSpeechThreshold");

	static final Attr MACHINE_DETECTION_TIMEOUT = new Attr("machineDetectionTimeout");

	static final Attr MAX_ATTEMPTS = new Attr("maxAttempts");

	static final Attr MAX_LENGTH = new Attr("maxLength");

	static final Attr MAX_PARTICIPANTS = new Attr("maxParticipants");

	static final Attr MAX_QUEUE_SIZE = new Attr("maxQueueSize");

	static final Attr MAX_SPEECH_TIME = new Attr("maxSpeechTime");

	static final Attr MEDIA_TYPE = new Attr("mediaType");

	static final Attr METHOD = new Attr("method");

	static final Attr MIN_POSTAL_CODE_LENGTH = new Attr("minPostalCodeLength");

	static final Attr MUTED = new Attr("muted");

	static final Attr NAME = new Attr("name");

	static final Attr NUM_DIGITS = new Attr("numDigits");

	static final Attr OUTBOUND_TRACK_LABEL = new Attr("outboundTrackLabel");

	static final Attr PAGE_SIZE = new Attr("pageSize");

	static final Attr PARTIAL_PROMPTS = new Attr("partialPrompts");

	static final Attr PARTIAL_RESULTS = new Attr("partialResults");

	static final Attr PARTIAL_RESULT_CALLBACK = new Attr("partialResultCallback");

	static final Attr PARTIAL_RESULT_CALLBACK_METHOD = new Attr("partialResultCallbackMethod");

	static final Attr PARTICIPANT_IDENTITY = new Attr("participantIdentity");

	static final Attr PARTICIPANT_LABEL = new Attr("participantLabel");

	static final Attr PASSWORD = new Attr("password");

	static final Attr PAYMENT_CONNECTOR = new Attr("paymentConnector");

	static final Attr PAYMENT_METHOD = new Attr("paymentMethod");

	static final Attr PH = new Attr("ph");

	static final Attr PHONATION = new Attr("phonation");

	static final Attr PITCH = new Attr("pitch");

	static final Attr PLAY_BEEP = new Attr("playBeep");

	static final Attr POSTAL_CODE = new Attr("postalCode");

	static final Attr POST_WORK_ACTIVITY_SID = new Attr("postWorkActivitySid");

	static final Attr PREEMPTIBLE = new Attr("preemptible");

	static final Attr PRIORITY = new Attr("priority");

	static final Attr PROFANITY_FILTER = new Attr("profanityFilter");

	static final Attr RATE = new Attr("rate");

	static final Attr REASON = new Attr("reason");

	static final Attr RECORD = new Attr("record");

	static final Attr RECORDING_STATUS_CALLBACK = new Attr("recordingStatusCallback");

	static final Attr RECORDING_STATUS_CALLBACK_EVENT = new Attr("recordingStatusCallbackEvent");

	static final Attr RECORDING_STATUS_CALLBACK_METHOD = new Attr("recordingStatusCallbackMethod");

	static final Attr RECORDING_TRACK = new Attr("recordingTrack");

	static final Attr REFER_METHOD = new Attr("referMethod");

	static final Attr REFER_URL = new Attr("referUrl");

	static final Attr REGION = new Attr("region");

	static final Attr REPORT_INPUT_DURING_AGENT_SPEECH = new Attr("reportInputDuringAgentSpeech");

	static final Attr REQUIRE_MATCHING_INPUTS = new Attr("requireMatchingInputs");

	static final Attr RESERVATION_SID = new Attr("reservationSid");

	static final Attr RING_TONE = new Attr("ringTone");

	static final Attr ROLE = new Attr("role");

	static final Attr ROUTING_ASSIGNMENT_TIMEOUT = new Attr("routingAssignmentTimeout");

	static final Attr SECURITY_CODE = new Attr("securityCode");

	static final Attr SEND_DIGITS = new Attr("sendDigits");

	static final Attr SENTIMENT_ANALYSIS = new Attr("sentimentAnalysis");

	static final Attr SEQUENTIAL = new Attr("sequential");

	static final Attr SERVICE_INSTANCE_SID = new Attr("serviceInstanceSid");

	static final Attr SESSION_CONFIGURATION = new Attr("sessionConfiguration");

	static final Attr SPEECHTIMEOUT = new Attr("speechtimeout");

	static final Attr SPEECH_MODEL = new Attr("speechModel");

	static final Attr SPEECH_TIMEOUT = new Attr("speechTimeout");

	static final Attr START_CONFERENCE_ON_ENTER = new Attr("startConferenceOnEnter");

	static final Attr STATUS_CALLBACK = new Attr("statusCallback");

	static final Attr STATUS_CALLBACK_EVENT = new Attr("statusCallbackEvent");

	static final Attr STATUS_CALLBACK_METHOD = new Attr("statusCallbackMethod");

	static final Attr STATUS_CALLBACK_URL = new Attr("statusCallbackUrl");

	static final Attr STORE_MEDIA = new Attr("storeMedia");

	static final Attr STRENGTH = new Attr("strength");

	static final Attr TIME = new Attr("time");

	static final Attr TIMEOUT = new Attr("timeout");

	static final Attr TIME_LIMIT = new Attr("timeLimit");

	static final Attr TO = new Attr("to");

	static final Attr TOKEN_TYPE = new Attr("tokenType");

	static final Attr TRACK = new Attr("track");

	static final Attr TRANSCRIBE = new Attr("transcribe");

	static final Attr TRANSCRIBE_CALLBACK = new Attr("transcribeCallback");

	static final Attr TRANSCRIPTION_ENGINE = new Attr("transcriptionEngine");

	static final Attr TRANSCRIPTION_LANGUAGE = new Attr("transcriptionLanguage");

	static final Attr TRANSCRIPTION_PROVIDER = new Attr("transcriptionProvider");

	static final Attr TRIM = new Attr("trim");

	static final Attr TTS_LANGUAGE = new Attr("ttsLanguage");

	static final Attr TTS_PROVIDER = new Attr("ttsProvider");

	static final Attr URL = new Attr("url");

	static final Attr USERNAME = new Attr("username");

	static final Attr VALID_CARD_TYPES = new Attr("validCardTypes");

	static final Attr VALUE = new Attr("value");

	static final Attr VOCAL_TRACT_LENGTH = new Attr("vocal-tract-length");

	static final Attr VOICE = new Attr("voice");

	static final Attr VOLUME = new Attr("volume");

	static final Attr WAIT_METHOD = new Attr("waitMethod");

	static final Attr WAIT_URL = new Attr("waitUrl");

	static final Attr WAIT_URL_METHOD = new Attr("waitUrlMethod");

	static final Attr WEIGHT = new Attr("weight");

	static final Attr WELCOME_GREETING = new Attr("welcomeGreeting");

	static final Attr WELCOME_GREETING_INTERRUPTIBLE = new Attr("welcomeGreetingInterruptible");

	static final Attr WORKFLOW_SID = new Attr("workflowSid");

	static final Attr XML_LANG = new Attr("xml:lang");

	final String name;

	/** A space, the name, an equals sign and the opening quote. */
	final byte[] prefix;

	private Attr(String name) {
		this.name = name;
		this.prefix = (" " + name + "=\"").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Return an attribute for a name that has already been checked to be an XML name.
	 * @param name the name
	 * @return the attribute
	 */
	static Attr of(String name) {
		return new Attr(name);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
