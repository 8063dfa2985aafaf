package dev.twiliospring.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.Recording;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the webhook payload types and {@link WebhookParameters}.
 */
class WebhookPayloadsTests {

	@Test
	void readsInboundMessageWithMediaInOrderOfTheirNumber() {
		WebhookParameters params = params("MessageSid", "MM1", "SmsSid", "MM1", "AccountSid", "AC1", "From",
				"+15551230000", "To", "+15559870000", "Body", "Hi there", "NumMedia", "2", "NumSegments", "1",
				"MediaUrl1", "https://api.twilio.com/m/1", "MediaContentType1", "image/png", "MediaUrl0",
				"https://api.twilio.com/m/0", "MediaContentType0", "image/jpeg", "FromCity", "SAN FRANCISCO",
				"FromCountry", "US", "ToZip", "94105", "SomethingNew", "42");
		InboundMessage message = InboundMessage.from(params);
		assertThat(message.messageSid()).isEqualTo("MM1");
		assertThat(message.from()).isEqualTo("+15551230000");
		assertThat(message.body()).isEqualTo("Hi there");
		assertThat(message.numMedia()).isEqualTo(2);
		assertThat(message.numSegments()).isEqualTo(1);
		assertThat(message.media()).containsExactly(
				new InboundMessage.Media("https://api.twilio.com/m/0", "image/jpeg"),
				new InboundMessage.Media("https://api.twilio.com/m/1", "image/png"));
		assertThat(message.hasMedia()).isTrue();
		assertThat(message.fromCity()).isEqualTo("SAN FRANCISCO");
		assertThat(message.toZip()).isEqualTo("94105");
		assertThat(message.messagingServiceSid()).isNull();
		assertThat(message.profileName()).isNull();
		assertThat(message.params().get("SomethingNew")).isEqualTo("42");
	}

	@Test
	void readsWhatsAppFields() {
		InboundMessage message = InboundMessage.from(params("From", "whatsapp:+15551230000", "ProfileName", "Ada",
				"WaId", "15551230000", "Forwarded", "true", "FrequentlyForwarded", "False", "ButtonText", "Yes",
				"ButtonPayload", "confirm", "MessageType", "location", "Latitude", "52.52", "Longitude", "-13.4",
				"ReferralNumMedia", "0", "ReferralCtwaClid", "clid"));
		assertThat(message.profileName()).isEqualTo("Ada");
		assertThat(message.waId()).isEqualTo("15551230000");
		assertThat(message.forwarded()).isTrue();
		assertThat(message.frequentlyForwarded()).isFalse();
		assertThat(message.buttonText()).isEqualTo("Yes");
		assertThat(message.buttonPayload()).isEqualTo("confirm");
		assertThat(message.messageType()).isEqualTo("location");
		assertThat(message.latitude()).isEqualTo(52.52);
		assertThat(message.longitude()).isEqualTo(-13.4);
		assertThat(message.referralNumMedia()).isZero();
		assertThat(message.referralCtwaClid()).isEqualTo("clid");
		assertThat(message.media()).isEmpty();
	}

	@Test
	void readsButtonTypeOfARichMessageButtonPress() {
		InboundMessage pressed = InboundMessage.from(params("ButtonText", "Cancel Appointment", "ButtonPayload",
				"postback_data_1234", "ButtonType", "ACTION"));
		assertThat(pressed.buttonText()).isEqualTo("Cancel Appointment");
		assertThat(pressed.buttonPayload()).isEqualTo("postback_data_1234");
		assertThat(pressed.buttonType()).isEqualTo("ACTION");
		assertThat(InboundMessage.from(params("Body", "hi")).buttonType()).isNull();
	}

	@Test
	void readsMediaIndexesOnlyAsTwilioWritesThem() {
		InboundMessage message = InboundMessage.from(params("NumMedia", "1", "MediaUrl0", "https://m/0",
				"MediaContentType0", "image/jpeg", "MediaUrl00", "https://other/0", "MediaUrl\u0660",
				"https://other/1", "MediaUrl+1", "https://other/2"));
		assertThat(message.media()).containsExactly(new InboundMessage.Media("https://m/0", "image/jpeg"));
		assertThat(InboundMessage.from(params("MediaUrl10", "https://m/10")).media())
			.containsExactly(new InboundMessage.Media("https://m/10", null));
	}

	@Test
	void readsAddOnsOfMessagesAndCalls() {
		String addOns = "{\"status\":\"successful\",\"results\":{}}";
		assertThat(InboundMessage.from(params("MessageSid", "MM1", "AddOns", addOns)).addOns()).isEqualTo(addOns);
		assertThat(InboundCall.from(params("CallSid", "CA1", "AddOns", addOns)).addOns()).isEqualTo(addOns);
		assertThat(InboundMessage.from(params("MessageSid", "MM1")).addOns()).isNull();
	}

	@Test
	void treatsEmptyNumbersAsAbsent() {
		InboundMessage message = InboundMessage.from(params("NumMedia", "", "Latitude", " "));
		assertThat(message.numMedia()).isNull();
		assertThat(message.latitude()).isNull();
	}

	@Test
	void rejectsNumbersThatDoNotParse() {
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> InboundMessage.from(params("NumMedia", "two")))
			.withMessage("Parameter 'NumMedia' must be an integer but was 'two'")
			.extracting(InvalidWebhookPayloadException::getParameterName)
			.isEqualTo("NumMedia");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> GatherResult.from(params("Confidence", "NaN")));
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> InboundMessage.from(params("Forwarded", "yes")));
	}

	@Test
	void shortensEchoedValues() {
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> MessageStatusCallback.from(params("ErrorCode", "x".repeat(1000))))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(120));
	}

	@Test
	void readsInboundCall() {
		InboundCall call = InboundCall.from(params("CallSid", "CA1", "AccountSid", "AC1", "From", "+1555", "To",
				"+1666", "CallStatus", "ringing", "Direction", "inbound", "ApiVersion", "2010-04-01", "CallerName",
				"ADA", "ForwardedFrom", "+1777", "ParentCallSid", "CA0", "CallToken", "tok", "StirVerstat",
				"TN-Validation-Passed-A", "FromState", "CA", "ToCountry", "US"));
		assertThat(call.callSid()).isEqualTo("CA1");
		assertThat(call.callStatus()).isEqualTo(Call.Status.RINGING);
		assertThat(call.direction()).isEqualTo(Call.Direction.INBOUND);
		assertThat(call.callerName()).isEqualTo("ADA");
		assertThat(call.forwardedFrom()).isEqualTo("+1777");
		assertThat(call.parentCallSid()).isEqualTo("CA0");
		assertThat(call.callToken()).isEqualTo("tok");
		assertThat(call.stirVerstat()).isEqualTo("TN-Validation-Passed-A");
		assertThat(call.fromState()).isEqualTo("CA");
		assertThat(call.toCountry()).isEqualTo("US");
	}

	@Test
	void readsTheDirectionOfTheCallOfEveryVoiceWebhook() {
		WebhookParameters dialed = params("CallSid", "CA1", "Direction", "outbound-dial");
		assertThat(InboundCall.from(dialed).direction()).isEqualTo(Call.Direction.OUTBOUND_DIAL);
		assertThat(GatherResult.from(dialed).direction()).isEqualTo(Call.Direction.OUTBOUND_DIAL);
		assertThat(DialResult.from(dialed).direction()).isEqualTo(Call.Direction.OUTBOUND_DIAL);
		assertThat(RecordResult.from(dialed).direction()).isEqualTo(Call.Direction.OUTBOUND_DIAL);
		assertThat(CallStatusCallback.from(dialed).direction()).isEqualTo(Call.Direction.OUTBOUND_DIAL);
		assertThat(CallStatusCallback.from(params("Direction", " Outbound-API ")).direction())
			.isEqualTo(Call.Direction.OUTBOUND_API);
		assertThat(InboundCall.from(params("Direction", "trunking-originating")).direction())
			.isEqualTo(Call.Direction.TRUNKING_ORIGINATING);
		assertThat(GatherResult.from(params("CallSid", "CA1", "Direction", "")).direction()).isNull();
		assertThat(RecordResult.from(params("CallSid", "CA1")).direction()).isNull();
		InboundCall later = InboundCall.from(params("Direction", "outbound-transfer"));
		assertThat(later.direction()).isEqualTo(Call.Direction.UNKNOWN);
		assertThat(later.params().get("Direction")).isEqualTo("outbound-transfer");
	}

	@Test
	void readsGatherResult() {
		GatherResult result = GatherResult.from(params("Digits", "1234", "SpeechResult", "yes please", "Confidence",
				"0.92", "FinishedOnKey", "#", "CallSid", "CA1", "CallStatus", "in-progress"));
		assertThat(result.digits()).isEqualTo("1234");
		assertThat(result.speechResult()).isEqualTo("yes please");
		assertThat(result.confidence()).isEqualTo(0.92);
		assertThat(result.finishedOnKey()).isEqualTo("#");
		assertThat(result.callStatus()).isEqualTo(Call.Status.IN_PROGRESS);
	}

	/**
	 * The call fields of the action payloads' requests, as bound.
	 */
	private static final Object[] CALL_FIELDS = { "CA1", "AC1", "+1555", "+1666", Call.Status.IN_PROGRESS,
			Call.Direction.INBOUND, "2010-04-01" };

	@Test
	void readsDialResult() {
		DialResult result = DialResult.from(params("DialCallStatus", "completed", "DialCallSid", "CA2",
				"DialCallDuration", "42", "DialBridged", "true", "RecordingUrl", "https://api.twilio.com/r/RE1",
				"CallSid", "CA1", "AccountSid", "AC1", "From", "+1555", "To", "+1666", "CallStatus", "in-progress",
				"Direction", "inbound", "ApiVersion", "2010-04-01", "DialSipResponseCode", "200"));
		assertThat(result.dialCallStatus()).isEqualTo(DialResult.Status.COMPLETED);
		assertThat(result.connected()).isTrue();
		assertThat(result.dialCallSid()).isEqualTo("CA2");
		assertThat(result.dialCallDuration()).isEqualTo(42);
		assertThat(result.dialBridged()).isTrue();
		assertThat(result.recordingUrl()).isEqualTo("https://api.twilio.com/r/RE1");
		assertThat(result).extracting(DialResult::callSid, DialResult::accountSid, DialResult::from, DialResult::to,
				DialResult::callStatus, DialResult::direction, DialResult::apiVersion)
			.containsExactly(CALL_FIELDS);
		assertThat(result.params().get("DialSipResponseCode")).isEqualTo("200");
	}

	@ParameterizedTest
	@CsvSource({ "completed, COMPLETED, true", "answered, ANSWERED, true", "busy, BUSY, false",
			"no-answer, NO_ANSWER, false", "failed, FAILED, false", "canceled, CANCELED, false",
			"' No-Answer ', NO_ANSWER, false", "ringing-forever, UNKNOWN, false" })
	void readsEveryDialCallStatus(String value, DialResult.Status status, boolean connected) {
		DialResult result = DialResult.from(params("DialCallStatus", value, "CallStatus", "in-progress"));
		assertThat(result.dialCallStatus()).isEqualTo(status);
		assertThat(result.connected()).isEqualTo(connected);
	}

	@Test
	void dialResultWithoutTheDialedCallHasNullsAndIsNotConnected() {
		DialResult result = DialResult.from(params("DialCallStatus", "no-answer", "DialBridged", "false"));
		assertThat(result.dialCallSid()).isNull();
		assertThat(result.dialCallDuration()).isNull();
		assertThat(result.dialBridged()).isFalse();
		assertThat(result.recordingUrl()).isNull();
		assertThat(DialResult.from(params("CallSid", "CA1")).dialCallStatus()).isNull();
		assertThat(DialResult.from(params("CallSid", "CA1")).connected()).isFalse();
	}

	@Test
	void refusesDialResultWithMalformedNumbers() {
		assertRefusesParameter(DialResult::from, "DialCallDuration", "long");
		assertRefusesParameter(DialResult::from, "DialBridged", "maybe");
	}

	@Test
	void readsRecordResult() {
		RecordResult result = RecordResult.from(params("RecordingUrl", "https://api.twilio.com/r/RE1",
				"RecordingSid", "RE1", "RecordingDuration", "12", "Digits", "#", "CallSid", "CA1", "AccountSid", "AC1",
				"From", "+1555", "To", "+1666", "CallStatus", "in-progress", "Direction", "inbound", "ApiVersion",
				"2010-04-01"));
		assertThat(result.recordingUrl()).isEqualTo("https://api.twilio.com/r/RE1");
		assertThat(result.recordingSid()).isEqualTo("RE1");
		assertThat(result.recordingDuration()).isEqualTo(12);
		assertThat(result.digits()).isEqualTo("#");
		assertThat(result.hungUp()).isFalse();
		assertThat(result).extracting(RecordResult::callSid, RecordResult::accountSid, RecordResult::from,
				RecordResult::to, RecordResult::callStatus, RecordResult::direction, RecordResult::apiVersion)
			.containsExactly(CALL_FIELDS);
	}

	@Test
	void recordResultTellsAHangUpFromSilence() {
		RecordResult hungUp = RecordResult.from(params("RecordingSid", "RE1", "Digits", "hangup", "CallStatus",
				"completed"));
		assertThat(hungUp.hungUp()).isTrue();
		assertThat(hungUp.callStatus()).isEqualTo(Call.Status.COMPLETED);
		RecordResult silence = RecordResult.from(params("RecordingSid", "RE1", "RecordingDuration", "3"));
		assertThat(silence.digits()).isNull();
		assertThat(silence.hungUp()).isFalse();
		assertRefusesParameter(RecordResult::from, "RecordingDuration", "3.5");
	}

	private static void assertRefusesParameter(Function<WebhookParameters, ?> reader, String name, String value) {
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> reader.apply(params(name, value)))
			.extracting(InvalidWebhookPayloadException::getParameterName)
			.isEqualTo(name);
	}

	@Test
	void readsMessageStatusCallback() {
		MessageStatusCallback callback = MessageStatusCallback.from(params("MessageSid", "SM1", "MessageStatus",
				"undelivered", "ErrorCode", "30003", "SmsStatus", "undelivered", "RawDlrDoneDate", "2501011200"));
		assertThat(callback.messageStatus()).isEqualTo(Message.Status.UNDELIVERED);
		assertThat(callback.errorCode()).isEqualTo(30003);
		assertThat(callback.errorMessage()).isNull();
		assertThat(callback.rawDlrDoneDate()).isEqualTo("2501011200");
		assertThat(callback.smsStatus()).isEqualTo(Message.Status.UNDELIVERED);
	}

	@Test
	void readsTheSmsStatusOfAMessageStatusCallbackAndOfAnInboundMessage() {
		MessageStatusCallback read = MessageStatusCallback
			.from(params("MessageStatus", "read", "SmsStatus", "sent", "MessageSid", "SM1"));
		assertThat(read.messageStatus()).isEqualTo(Message.Status.READ);
		assertThat(read.smsStatus()).isEqualTo(Message.Status.SENT);
		assertThat(MessageStatusCallback.from(params("MessageStatus", "delivered")).smsStatus()).isNull();
		MessageStatusCallback later = MessageStatusCallback.from(params("SmsStatus", "vanished"));
		assertThat(later.smsStatus()).isEqualTo(Message.Status.UNKNOWN);
		assertThat(later.params().get("SmsStatus")).isEqualTo("vanished");
		assertThat(InboundMessage.from(params("Body", "hi", "SmsStatus", " received ")).smsStatus())
			.isEqualTo(Message.Status.RECEIVED);
		assertThat(InboundMessage.from(params("Body", "hi", "SmsStatus", "")).smsStatus()).isNull();
		assertThat(InboundMessage.from(params("Body", "hi", "SmsStatus", "vanished")).smsStatus())
			.isEqualTo(Message.Status.UNKNOWN);
	}

	@Test
	void fallsBackToSmsStatusForMessageStatus() {
		assertThat(MessageStatusCallback.from(params("SmsStatus", "sent")).messageStatus())
			.isEqualTo(Message.Status.SENT);
	}

	@Test
	void fallsBackToSmsStatusAndSmsSidWhenTheNewerParametersAreBlank() {
		MessageStatusCallback callback = MessageStatusCallback
			.from(params("MessageStatus", " ", "SmsStatus", "sent", "MessageSid", "", "SmsSid", "SM2"));
		assertThat(callback.messageStatus()).isEqualTo(Message.Status.SENT);
		assertThat(callback.messageSid()).isEqualTo("SM2");
	}

	@Test
	void readsAnsweringMachineDetectionOfACallAndOptOutTypeOfAMessage() {
		InboundCall call = InboundCall
			.from(params("CallSid", "CA1", "AnsweredBy", "machine_end_beep", "MachineDetectionDuration", "2310"));
		assertThat(call.answeredBy()).isEqualTo(Call.AnsweredBy.MACHINE_END_BEEP);
		assertThat(call.machineDetectionDuration()).isEqualTo(2310);
		InboundCall undetected = InboundCall.from(params("CallSid", "CA2"));
		assertThat(undetected.answeredBy()).isNull();
		assertThat(undetected.machineDetectionDuration()).isNull();
		assertThat(InboundCall.from(params("AnsweredBy", "robot")).answeredBy()).isEqualTo(Call.AnsweredBy.UNKNOWN);
		assertThat(InboundMessage.from(params("Body", "STOP", "OptOutType", "STOP")).optOutType())
			.isEqualTo(InboundMessage.OptOutType.STOP);
		assertThat(InboundMessage.from(params("Body", "arret", "OptOutType", "stop")).optOutType())
			.isEqualTo(InboundMessage.OptOutType.STOP);
		assertThat(InboundMessage.from(params("Body", "UNSTOP", "OptOutType", "START")).optOutType())
			.isEqualTo(InboundMessage.OptOutType.START);
		assertThat(InboundMessage.from(params("Body", "INFO", "OptOutType", "HELP")).optOutType())
			.isEqualTo(InboundMessage.OptOutType.HELP);
		assertThat(InboundMessage.from(params("Body", "hi")).optOutType()).isNull();
		assertThat(InboundMessage.from(params("Body", "hi", "OptOutType", "")).optOutType()).isNull();
		InboundMessage later = InboundMessage.from(params("Body", "PAUSE", "OptOutType", "PAUSE"));
		assertThat(later.optOutType()).isEqualTo(InboundMessage.OptOutType.UNKNOWN);
		assertThat(later.params().get("OptOutType")).isEqualTo("PAUSE");
		assertThat(InboundMessage.OptOutType.STOP).hasToString("STOP");
	}

	@Test
	void readsAsynchronousAnsweringMachineDetection() {
		AsyncAmdStatusCallback machine = AsyncAmdStatusCallback.from(params("AccountSid", "AC1", "CallSid", "CA1",
				"AnsweredBy", "machine_end_silence", "MachineDetectionDuration", "4100"));
		assertThat(machine.accountSid()).isEqualTo("AC1");
		assertThat(machine.callSid()).isEqualTo("CA1");
		assertThat(machine.answeredBy()).isEqualTo(Call.AnsweredBy.MACHINE_END_SILENCE);
		assertThat(machine.answeredByMachine()).isTrue();
		assertThat(machine.machineDetectionDuration()).isEqualTo(4100);
		AsyncAmdStatusCallback fax = AsyncAmdStatusCallback.from(params("AnsweredBy", "fax"));
		assertThat(fax.answeredBy()).isEqualTo(Call.AnsweredBy.FAX);
		assertThat(fax.answeredByMachine()).isFalse();
		AsyncAmdStatusCallback later = AsyncAmdStatusCallback
			.from(params("AnsweredBy", "robot", "MachineDetectionDuration", "", "NewParameter", "x"));
		assertThat(later.answeredBy()).isEqualTo(Call.AnsweredBy.UNKNOWN);
		assertThat(later.machineDetectionDuration()).isNull();
		assertThat(later.params().get("AnsweredBy")).isEqualTo("robot");
		assertThat(AsyncAmdStatusCallback.from(params("CallSid", "CA2")).answeredBy()).isNull();
		assertRefusesParameter(AsyncAmdStatusCallback::from, "MachineDetectionDuration", "1.2s");
	}

	@Test
	void readsConferenceParticipantEvent() {
		ConferenceStatusCallback join = ConferenceStatusCallback.from(params("AccountSid", "AC1", "ConferenceSid",
				"CF1", "FriendlyName", "support", "StatusCallbackEvent", "participant-join", "SequenceNumber", "3",
				"Timestamp", "Tue, 25 Nov 2025 14:03:09 +0000", "CallSid", "CA1", "ParticipantLabel", "customer",
				"Muted", "true", "Hold", "false", "Coaching", "false", "EndConferenceOnExit", "false",
				"StartConferenceOnEnter", "true", "CallSidToCoach", "CA2", "SomethingNew", "42"));
		assertThat(join.accountSid()).isEqualTo("AC1");
		assertThat(join.conferenceSid()).isEqualTo("CF1");
		assertThat(join.friendlyName()).isEqualTo("support");
		assertThat(join.statusCallbackEvent()).isEqualTo(ConferenceStatusCallback.Event.PARTICIPANT_JOIN);
		assertThat(join.sequenceNumber()).isEqualTo(3);
		assertThat(join.timestamp()).isEqualTo(OffsetDateTime.of(2025, 11, 25, 14, 3, 9, 0, ZoneOffset.UTC));
		assertThat(join.callSid()).isEqualTo("CA1");
		assertThat(join.participantLabel()).isEqualTo("customer");
		assertThat(join.muted()).isTrue();
		assertThat(join.hold()).isFalse();
		assertThat(join.coaching()).isFalse();
		assertThat(join.endConferenceOnExit()).isFalse();
		assertThat(join.startConferenceOnEnter()).isTrue();
		assertThat(join.callSidToCoach()).isEqualTo("CA2");
		assertThat(join.reasonConferenceEnded()).isNull();
		assertThat(join.params().get("SomethingNew")).isEqualTo("42");
	}

	@Test
	void readsConferenceEndWithoutParticipantFlags() {
		ConferenceStatusCallback end = ConferenceStatusCallback.from(params("ConferenceSid", "CF1",
				"StatusCallbackEvent", "conference-end", "SequenceNumber", "9", "Timestamp",
				"25 Nov 2025 14:05:00 GMT", "ReasonConferenceEnded", "participant-with-end-conference-on-exit-left",
				"CallSidEndingConference", "CA9"));
		assertThat(end.statusCallbackEvent()).isEqualTo(ConferenceStatusCallback.Event.CONFERENCE_END);
		assertThat(end.reasonConferenceEnded())
			.isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT);
		assertThat(end.callSidEndingConference()).isEqualTo("CA9");
		assertThat(end.timestamp()).isEqualTo(OffsetDateTime.of(2025, 11, 25, 14, 5, 0, 0, ZoneOffset.UTC));
		// Absent is not false: a conference event says nothing of any participant
		assertThat(end.muted()).isNull();
		assertThat(end.hold()).isNull();
		assertThat(end.coaching()).isNull();
		assertThat(end.callSid()).isNull();
	}

	@Test
	void readsTheEndingParticipantsLabelAndReasonAndAnAnnouncementsUrlAndFailure() {
		ConferenceStatusCallback end = ConferenceStatusCallback.from(params("ConferenceSid", "CF1",
				"StatusCallbackEvent", "conference-end", "ReasonConferenceEnded",
				"participant-with-end-conference-on-exit-left", "CallSidEndingConference", "CA9",
				"ParticipantLabelEndingConference", "agent", "Reason", "Participant CA9 with endConferenceOnExit left"));
		assertThat(end.participantLabelEndingConference()).isEqualTo("agent");
		assertThat(end.reason()).isEqualTo("Participant CA9 with endConferenceOnExit left");
		ConferenceStatusCallback failed = ConferenceStatusCallback.from(params("ConferenceSid", "CF1",
				"StatusCallbackEvent", "announcement-fail", "CallSid", "CA2", "ReasonAnnouncementFailed", "timeout",
				"AnnounceUrl", "https://example.com/announce.mp3"));
		assertThat(failed.statusCallbackEvent()).isEqualTo(ConferenceStatusCallback.Event.ANNOUNCEMENT_FAIL);
		assertThat(failed.reasonAnnouncementFailed()).isEqualTo("timeout");
		assertThat(failed.announceUrl()).isEqualTo("https://example.com/announce.mp3");
		assertThat(failed.callSid()).isEqualTo("CA2");
	}

	@Test
	void readsConferenceEventsThisVersionDoesNotKnowAsUnknown() {
		ConferenceStatusCallback later = ConferenceStatusCallback.from(params("StatusCallbackEvent",
				"participant-teleport", "ReasonConferenceEnded", "moon-landing", "SequenceNumber", " ", "Timestamp", ""));
		assertThat(later.statusCallbackEvent()).isEqualTo(ConferenceStatusCallback.Event.UNKNOWN);
		assertThat(later.reasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.UNKNOWN);
		assertThat(later.sequenceNumber()).isNull();
		assertThat(later.timestamp()).isNull();
		assertThat(later.params().get("StatusCallbackEvent")).isEqualTo("participant-teleport");
		for (ConferenceStatusCallback.Event event : ConferenceStatusCallback.Event.values()) {
			assertThat(ConferenceStatusCallback.Event.from(event.value())).isEqualTo(event);
		}
		assertThat(ConferenceStatusCallback.Event.PARTICIPANT_SPEECH_START.value())
			.isEqualTo("participant-speech-start");
		assertThat(ConferenceStatusCallback.Event.ANNOUNCEMENT_FAIL.value()).isEqualTo("announcement-fail");
	}

	@Test
	void refusesConferenceEventWithAMalformedParameter() {
		assertRefusesParameter(ConferenceStatusCallback::from, "SequenceNumber", "third");
		assertRefusesParameter(ConferenceStatusCallback::from, "Muted", "yes");
		assertRefusesParameter(ConferenceStatusCallback::from, "Hold", "1");
		assertRefusesParameter(ConferenceStatusCallback::from, "Timestamp", "2025-11-25T14:03:09Z");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> ConferenceStatusCallback.from(params("Timestamp", "yesterday")))
			.withMessage("Parameter 'Timestamp' must be an RFC 2822 date-time, such as "
					+ "'Tue, 25 Nov 2025 14:03:09 +0000', but was 'yesterday'");
	}

	@Test
	void countsMediaPresentRatherThanNumMedia() {
		InboundMessage message = InboundMessage
			.from(params("NumMedia", "3", "MediaUrl0", "https://api.twilio.com/m0", "MediaContentType0", "image/png"));
		assertThat(message.numMedia()).isEqualTo(3);
		assertThat(message.media()).singleElement()
			.satisfies((media) -> assertThat(media.url()).isEqualTo("https://api.twilio.com/m0"));
	}

	@Test
	void keepsTheValueTwilioSentForAnUnknownStatusInParams() {
		CallStatusCallback callback = CallStatusCallback.from(params("CallStatus", "teleporting"));
		assertThat(callback.callStatus()).isEqualTo(Call.Status.UNKNOWN);
		assertThat(callback.params().get("CallStatus")).isEqualTo("teleporting");
		MessageStatusCallback message = MessageStatusCallback.from(params("MessageStatus", "teleported"));
		assertThat(message.messageStatus()).isEqualTo(Message.Status.UNKNOWN);
		assertThat(message.params().get("MessageStatus")).isEqualTo("teleported");
	}

	@Test
	void readsStatusesIgnoringCaseAndBlanksAndMapsUnknownStatusesToUnknown() {
		assertThat(MessageStatusCallback.from(params("MessageStatus", "teleported")).messageStatus())
			.isEqualTo(Message.Status.UNKNOWN);
		assertThat(CallStatusCallback.from(params("CallStatus", " NO-ANSWER ")).callStatus())
			.isEqualTo(Call.Status.NO_ANSWER);
		assertThat(MessageStatusCallback.from(params("MessageStatus", "partially_delivered")).messageStatus())
			.isEqualTo(Message.Status.PARTIALLY_DELIVERED);
		assertThat(RecordingStatusCallback.from(params("RecordingStatus", " ")).recordingStatus()).isNull();
		assertThat(RecordingStatusCallback.from(params("CallSid", "CA1")).recordingStatus()).isNull();
	}

	@Test
	void readsStatusesThatOnlyStatusCallbacksReport() {
		assertThat(CallStatusCallback.from(params("CallStatus", "initiated")).callStatus())
			.isEqualTo(Call.Status.INITIATED);
		assertThat(RecordingStatusCallback.from(params("RecordingStatus", "failed")).recordingStatus())
			.isEqualTo(Recording.Status.FAILED);
	}

	@Test
	void readsCallStatusCallback() {
		CallStatusCallback callback = CallStatusCallback.from(params("CallSid", "CA1", "CallStatus", "completed",
				"CallDuration", "37", "Timestamp", "Wed, 01 Jan 2025 12:00:00 +0000", "SequenceNumber", "3",
				"CallbackSource", "call-progress-events", "RecordingSid", "RE1", "RecordingDuration", "30"));
		assertThat(callback.callStatus()).isEqualTo(Call.Status.COMPLETED);
		assertThat(callback.callDuration()).isEqualTo(37);
		assertThat(callback.duration()).isNull();
		assertThat(callback.timestamp()).isEqualTo(OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC));
		assertThat(callback.sequenceNumber()).isEqualTo(3);
		assertThat(callback.callbackSource()).isEqualTo("call-progress-events");
		assertThat(callback.recordingSid()).isEqualTo("RE1");
		assertThat(callback.recordingDuration()).isEqualTo(30);
	}

	@Test
	void readsAnsweringMachineDetectionOfACallStatusCallback() {
		CallStatusCallback machine = CallStatusCallback
			.from(params("CallSid", "CA1", "CallStatus", "completed", "AnsweredBy", "machine_end_beep"));
		assertThat(machine.answeredBy()).isEqualTo(Call.AnsweredBy.MACHINE_END_BEEP);
		assertThat(machine.answeredBy().isMachine()).isTrue();
		assertThat(CallStatusCallback.from(params("AnsweredBy", " HUMAN ")).answeredBy())
			.isEqualTo(Call.AnsweredBy.HUMAN);
		assertThat(CallStatusCallback.from(params("CallSid", "CA2", "AnsweredBy", "")).answeredBy()).isNull();
		CallStatusCallback later = CallStatusCallback.from(params("AnsweredBy", "machine_end_voicemail_full"));
		assertThat(later.answeredBy()).isEqualTo(Call.AnsweredBy.UNKNOWN);
		assertThat(later.params().get("AnsweredBy")).isEqualTo("machine_end_voicemail_full");
	}

	@Test
	void readsTheTimestampOfACallStatusCallbackInItsOwnOffset() {
		assertThat(CallStatusCallback.from(params("Timestamp", "Wed, 26 Nov 2025 01:03:09 +1100")).timestamp())
			.isEqualTo(OffsetDateTime.of(2025, 11, 26, 1, 3, 9, 0, ZoneOffset.ofHours(11)))
			.isAtSameInstantAs(OffsetDateTime.of(2025, 11, 25, 14, 3, 9, 0, ZoneOffset.UTC));
		assertThat(CallStatusCallback.from(params("CallSid", "CA1", "Timestamp", " ")).timestamp()).isNull();
		assertThat(CallStatusCallback.from(params("CallSid", "CA1")).timestamp()).isNull();
	}

	@Test
	void refusesCallStatusCallbackWithAMalformedTimestamp() {
		assertRefusesParameter(CallStatusCallback::from, "Timestamp", "2025-11-25T14:03:09Z");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> CallStatusCallback.from(params("CallSid", "CA1", "Timestamp", "yesterday")))
			.withMessage("Parameter 'Timestamp' must be an RFC 2822 date-time, such as "
					+ "'Tue, 25 Nov 2025 14:03:09 +0000', but was 'yesterday'");
	}

	@Test
	void readsTheCallStatusOfAParticipantThatLeftAConference() {
		ConferenceStatusCallback unanswered = ConferenceStatusCallback.from(params("StatusCallbackEvent",
				"participant-leave", "CallSid", "CA1", "ParticipantCallStatus", "no-answer", "ReasonParticipantLeft",
				"participant_add_failed"));
		assertThat(unanswered.participantCallStatus()).isEqualTo(Call.Status.NO_ANSWER);
		assertThat(unanswered.participantCallStatus().isFinal()).isTrue();
		assertThat(unanswered.reasonParticipantLeft())
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_ADD_FAILED);
		ConferenceStatusCallback redirected = ConferenceStatusCallback
			.from(params("StatusCallbackEvent", "participant-leave", "ParticipantCallStatus", "in-progress"));
		assertThat(redirected.participantCallStatus()).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(redirected.participantCallStatus().isFinal()).isFalse();
		ConferenceStatusCallback later = ConferenceStatusCallback
			.from(params("StatusCallbackEvent", "participant-leave", "ParticipantCallStatus", "teleported"));
		assertThat(later.participantCallStatus()).isEqualTo(Call.Status.UNKNOWN);
		assertThat(later.params().get("ParticipantCallStatus")).isEqualTo("teleported");
		assertThat(ConferenceStatusCallback.from(params("StatusCallbackEvent", "participant-join"))
			.participantCallStatus()).isNull();
	}

	@Test
	void readsWhyAParticipantLeftAConference() {
		assertThat(reasonParticipantLeft("participant_hung_up"))
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_HUNG_UP);
		assertThat(reasonParticipantLeft("participant_updated_via_api"))
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_UPDATED_VIA_API);
		assertThat(reasonParticipantLeft("conference_ended_via_api"))
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.CONFERENCE_ENDED_VIA_API);
		assertThat(reasonParticipantLeft("MODERATOR_ENDED_CONFERENCE"))
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.MODERATOR_ENDED_CONFERENCE);
		assertThat(reasonParticipantLeft("")).isNull();
		assertThat(ConferenceStatusCallback.from(params("StatusCallbackEvent", "participant-join"))
			.reasonParticipantLeft()).isNull();
		ConferenceStatusCallback later = ConferenceStatusCallback
			.from(params("StatusCallbackEvent", "participant-leave", "ReasonParticipantLeft", "participant_kicked"));
		assertThat(later.reasonParticipantLeft()).isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.UNKNOWN);
		assertThat(later.params().get("ReasonParticipantLeft")).isEqualTo("participant_kicked");
		assertThat(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_HUNG_UP).hasToString("participant_hung_up");
		assertThat(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_ADD_FAILED.value())
			.isEqualTo("participant_add_failed");
	}

	private static ConferenceStatusCallback.@Nullable ReasonParticipantLeft reasonParticipantLeft(String value) {
		return ConferenceStatusCallback
			.from(params("StatusCallbackEvent", "participant-leave", "ReasonParticipantLeft", value))
			.reasonParticipantLeft();
	}

	@Test
	void readsRecordingStatusCallback() {
		RecordingStatusCallback callback = RecordingStatusCallback.from(params("RecordingSid", "RE1", "RecordingUrl",
				"https://api.twilio.com/rec/RE1", "RecordingStatus", "completed", "RecordingDuration", "12",
				"RecordingChannels", "2", "RecordingSource", "DialVerb", "CallSid", "CA1", "ConferenceSid", "CF1",
				"RecordingStartTime", "Wed, 01 Jan 2025 12:00:00 +0000"));
		assertThat(callback.recordingStatus()).isEqualTo(Recording.Status.COMPLETED);
		assertThat(callback.recordingDuration()).isEqualTo(12);
		assertThat(callback.recordingChannels()).isEqualTo(2);
		assertThat(callback.recordingSource()).isEqualTo(Recording.Source.DIAL_VERB);
		assertThat(callback.recordingStartTime())
			.isEqualTo(OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC));
		assertThat(callback.conferenceSid()).isEqualTo("CF1");
		assertThat(callback.errorCode()).isNull();
	}

	@Test
	void readsEverySourceOfARecordingStatusCallback() {
		assertThat(RecordingStatusCallback.from(params("RecordingSource", "StartConferenceRecordingAPI"))
			.recordingSource()).isEqualTo(Recording.Source.START_CONFERENCE_RECORDING_API);
		assertThat(RecordingStatusCallback.from(params("RecordingSource", " outboundapi ")).recordingSource())
			.isEqualTo(Recording.Source.OUTBOUND_API);
		assertThat(RecordingStatusCallback.from(params("RecordingSid", "RE1", "RecordingSource", "")).recordingSource())
			.isNull();
		RecordingStatusCallback later = RecordingStatusCallback.from(params("RecordingSource", "MediaStreamVerb"));
		assertThat(later.recordingSource()).isEqualTo(Recording.Source.UNKNOWN);
		assertThat(later.params().get("RecordingSource")).isEqualTo("MediaStreamVerb");
	}

	@Test
	void readsTheTrackOfARecordingStatusCallback() {
		assertThat(RecordingStatusCallback.from(params("RecordingTrack", "inbound")).recordingTrack())
			.isEqualTo(RecordingStatusCallback.Track.INBOUND);
		assertThat(RecordingStatusCallback.from(params("RecordingTrack", "outbound")).recordingTrack())
			.isEqualTo(RecordingStatusCallback.Track.OUTBOUND);
		assertThat(RecordingStatusCallback.from(params("RecordingTrack", " Both ")).recordingTrack())
			.isEqualTo(RecordingStatusCallback.Track.BOTH);
		assertThat(RecordingStatusCallback.from(params("RecordingSid", "RE1")).recordingTrack()).isNull();
		assertThat(RecordingStatusCallback.from(params("RecordingSid", "RE1", "RecordingTrack", "")).recordingTrack())
			.isNull();
		RecordingStatusCallback later = RecordingStatusCallback.from(params("RecordingTrack", "inbound_track"));
		assertThat(later.recordingTrack()).isEqualTo(RecordingStatusCallback.Track.UNKNOWN);
		assertThat(later.params().get("RecordingTrack")).isEqualTo("inbound_track");
		assertThat(RecordingStatusCallback.Track.OUTBOUND).hasToString("outbound");
	}

	@Test
	void readsTheStartTimeOfARecordingInItsOwnOffset() {
		assertThat(RecordingStatusCallback.from(params("RecordingStartTime", "Wed, 26 Nov 2025 01:03:09 +1100"))
			.recordingStartTime()).isEqualTo(OffsetDateTime.of(2025, 11, 26, 1, 3, 9, 0, ZoneOffset.ofHours(11)));
		assertThat(RecordingStatusCallback.from(params("RecordingSid", "RE1", "RecordingStartTime", " "))
			.recordingStartTime()).isNull();
		assertThat(RecordingStatusCallback.from(params("RecordingSid", "RE1")).recordingStartTime()).isNull();
	}

	@Test
	void refusesRecordingStatusCallbackWithAMalformedStartTime() {
		assertRefusesParameter(RecordingStatusCallback::from, "RecordingStartTime", "2025-11-25T14:03:09Z");
		assertRefusesParameter(RecordingStatusCallback::from, "RecordingStartTime", "Tue, 01 Jan 2025 12:00:00 +0000");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> RecordingStatusCallback.from(params("RecordingSid", "RE1", "RecordingStartTime", "now")))
			.withMessage("Parameter 'RecordingStartTime' must be an RFC 2822 date-time, such as "
					+ "'Tue, 25 Nov 2025 14:03:09 +0000', but was 'now'");
	}

	@Test
	void parametersAreAnImmutableMultiValueView() {
		Map<String, List<String>> source = new LinkedHashMap<>();
		source.put("MediaUrl", new java.util.ArrayList<>(List.of("a", "b")));
		WebhookParameters params = WebhookParameters.of(source);
		source.get("MediaUrl").add("c");
		assertThat(params.getAll("MediaUrl")).containsExactly("a", "b");
		assertThat(params.get("MediaUrl")).isEqualTo("a");
		assertThat(params.getAll("Missing")).isEmpty();
		assertThat(params.get("Missing")).isNull();
		assertThat(params.names()).containsExactly("MediaUrl");
		assertThat(params.asMap()).isUnmodifiable();
	}

	@Test
	void parametersToStringShowsNamesOnly() {
		assertThat(params("Body", "my secret text", "From", "+15551230000").toString()).contains("Body", "From")
			.doesNotContain("secret", "+1555");
	}

	@Test
	void applicationMapperWritesEveryParameterOfAPayload() {
		JsonMapper mapper = JsonMapper.builder().build();
		InboundMessage message = InboundMessage.from(params("MessageSid", "SM1", "Body", "Hi", "MediaUrl0",
				"https://api.twilio.com/m/0", "MediaUrl0", "https://api.twilio.com/m/1", "SomethingNew", "42"));
		JsonNode json = mapper.readTree(mapper.writeValueAsString(message));
		assertThat(json.get("body").asString()).isEqualTo("Hi");
		assertThat(json.get("params")).isEqualTo(mapper.readTree("""
				{"MessageSid": ["SM1"], "Body": ["Hi"],
				"MediaUrl0": ["https://api.twilio.com/m/0", "https://api.twilio.com/m/1"], "SomethingNew": ["42"]}
				"""));
	}

	@Test
	void payloadsReadBackEqualFromTheJsonTheApplicationMapperWrites() {
		JsonMapper mapper = JsonMapper.builder().build();
		WebhookParameters params = params("MessageSid", "SM1", "CallSid", "CA1", "RecordingSid", "RE1", "From",
				"+15551230000", "Body", "Hi", "NumMedia", "1", "MediaUrl0", "https://api.twilio.com/m/0",
				"MediaContentType0", "image/png", "Forwarded", "true", "Latitude", "52.52", "CallStatus", "in-progress",
				"MessageStatus", "partially_delivered", "RecordingStatus", "absent", "ErrorCode", "30003", "Digits",
				"12", "Confidence", "0.9", "CallDuration", "7", "DialCallStatus", "no-answer", "DialBridged", "false",
				"DialCallDuration", "0", "RecordingDuration", "4", "AnsweredBy", "machine_start",
				"MachineDetectionDuration", "2310", "ConferenceSid", "CF1", "StatusCallbackEvent", "participant-hold",
				"SequenceNumber", "4", "Timestamp", "Tue, 25 Nov 2025 14:03:09 +0000", "Hold", "true",
				"ReasonConferenceEnded", "last-participant-left", "SomethingNew", "42");
		List<Object> payloads = List.of(InboundMessage.from(params), InboundCall.from(params),
				GatherResult.from(params), DialResult.from(params), RecordResult.from(params),
				MessageStatusCallback.from(params), CallStatusCallback.from(params),
				RecordingStatusCallback.from(params), AsyncAmdStatusCallback.from(params),
				ConferenceStatusCallback.from(params), new MessageStatusEvent(MessageStatusCallback.from(params)),
				new CallStatusEvent(CallStatusCallback.from(params)),
				new RecordingStatusEvent(RecordingStatusCallback.from(params)));
		for (Object payload : payloads) {
			assertThat(mapper.readValue(mapper.writeValueAsString(payload), payload.getClass()))
				.as(payload.getClass().getSimpleName())
				.isEqualTo(payload);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"Body\": null}", "{\"Body\": [null]}", "{\"Body\": [\"a\", null]}" })
	void readingParametersWithANullValueFromJsonNamesTheParameter(String json) {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> JsonMapper.builder().build().readValue(json, WebhookParameters.class))
			.withMessageContaining("'Body'");
	}

	@Test
	void readingParametersWithAValueThatIsNoListFromJsonFailsClearly() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> JsonMapper.builder()
				.build()
				.readValue("{\"Body\": {\"a\": 1}}", WebhookParameters.class))
			.withMessageContaining("Body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"callSid\": \"CA1\", \"params\": null}", "{\"callSid\": \"CA1\"}" })
	void readingAPayloadWithoutParametersFromJsonFailsClearly(String json) {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> JsonMapper.builder().build().readValue(json, InboundCall.class))
			.withMessageContaining("params");
	}

	@Test
	void bindingHintsOfAPayloadCoverTheJsonMethodsOfItsParameters() throws NoSuchMethodException {
		RuntimeHints hints = new RuntimeHints();
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), InboundCall.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(WebhookParameters.class.getMethod("asMap"))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(WebhookParameters.class.getMethod("of", Map.class))).accepts(hints);
	}

	private static WebhookParameters params(String... namesAndValues) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.computeIfAbsent(namesAndValues[i], (key) -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
		}
		return WebhookParameters.of(params);
	}

}
