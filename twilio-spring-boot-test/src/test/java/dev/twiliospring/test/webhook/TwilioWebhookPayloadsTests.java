package dev.twiliospring.test.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.webhook.CallStatusCallback;
import dev.twiliospring.webhook.ConferenceStatusCallback;
import dev.twiliospring.webhook.DialResult;
import dev.twiliospring.webhook.GatherResult;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.MessageStatusCallback;
import dev.twiliospring.webhook.RecordResult;
import dev.twiliospring.webhook.RecordingStatusCallback;
import dev.twiliospring.webhook.WebhookParameters;
import org.junit.jupiter.api.Test;

import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link TwilioWebhookPayloads}, read back with the starter's payload types.
 */
class TwilioWebhookPayloadsTests {

	@Test
	void inboundSmsHasTwiliosParameters() {
		InboundMessage message = InboundMessage
			.from(parameters(TwilioWebhookPayloads.inboundSms().from("+12125550100").to("+14155550199").body("HELP")));
		assertThat(message.messageSid()).matches("SM[0-9a-f]{32}");
		assertThat(message.smsSid()).isEqualTo(message.messageSid());
		assertThat(message.smsMessageSid()).isEqualTo(message.messageSid());
		assertThat(message.accountSid()).matches("AC[0-9a-f]{32}");
		assertThat(message.body()).isEqualTo("HELP");
		assertThat(message.numMedia()).isZero();
		assertThat(message.numSegments()).isEqualTo(1);
		assertThat(message.smsStatus()).isEqualTo(Message.Status.RECEIVED);
		assertThat(message.apiVersion()).isEqualTo("2010-04-01");
		assertThat(message.fromCity()).isEqualTo("NEW YORK");
		assertThat(message.toState()).isEqualTo("CA");
	}

	@Test
	void inboundSmsFromAnotherCountryNamesItsCountry() {
		InboundMessage message = InboundMessage
			.from(parameters(TwilioWebhookPayloads.inboundSms().from("+34612345678").to("+819012345678").body("Hola")));
		assertThat(message.fromCountry()).isEqualTo("ES");
		assertThat(message.toCountry()).isEqualTo("JP");
	}

	@Test
	void inboundMmsHasMediaAndMmSid() {
		InboundMessage message = InboundMessage
			.from(parameters(TwilioWebhookPayloads.inboundMms().media("https://example.com/b.png", "image/png")));
		assertThat(message.messageSid()).matches("MM[0-9a-f]{32}");
		assertThat(message.numMedia()).isEqualTo(2);
		assertThat(message.media()).extracting(InboundMessage.Media::contentType).containsExactly("image/jpeg",
				"image/png");
		assertThat(message.media().get(0).url()).startsWith("https://api.twilio.com/2010-04-01/Accounts/AC")
			.contains("/Messages/" + message.messageSid() + "/Media/ME");
	}

	@Test
	void inboundWhatsAppUsesChannelAddresses() {
		InboundMessage message = InboundMessage.from(parameters(TwilioWebhookPayloads.inboundWhatsApp()
			.from("+14155550100")
			.button("Yes", "confirm-42")));
		assertThat(message.from()).isEqualTo("whatsapp:+14155550100");
		assertThat(message.to()).startsWith("whatsapp:+");
		assertThat(message.waId()).isEqualTo("14155550100");
		assertThat(message.messageType()).isEqualTo("button");
		assertThat(message.buttonPayload()).isEqualTo("confirm-42");
	}

	@Test
	void whatsAppLocationIsWrittenWithoutExponent() {
		InboundMessagePayload payload = TwilioWebhookPayloads.inboundWhatsApp()
			.location(51.4779, -0.0005, "Royal Observatory", "Greenwich");
		assertThat(payload.params().getFirst("Latitude")).isEqualTo("51.4779");
		assertThat(payload.params().getFirst("Longitude")).isEqualTo("-0.0005");
		InboundMessage message = InboundMessage.from(parameters(payload));
		assertThat(message.longitude()).isEqualTo(-0.0005);
		assertThat(message.label()).isEqualTo("Greenwich");
	}

	@Test
	void smsAndMmsRefuseWhatsAppParametersAndSayToStartFromWhatsApp() {
		List<WhatsAppOnly> methods = List.of(
				new WhatsAppOnly("profileName(...) sets ProfileName", "ProfileName", (p) -> p.profileName("Ada")),
				new WhatsAppOnly("messageType(...) sets MessageType", "MessageType", (p) -> p.messageType("image")),
				new WhatsAppOnly("button(...) sets ButtonText and ButtonPayload", "ButtonPayload",
						(p) -> p.button("Yes", "yes")),
				new WhatsAppOnly("location(...) sets Latitude, Longitude, Address and Label", "Latitude",
						(p) -> p.location(51.4779, -0.0005, null, null)),
				new WhatsAppOnly("forwarded() sets Forwarded", "Forwarded", InboundMessagePayload::forwarded),
				new WhatsAppOnly("frequentlyForwarded() sets Forwarded and FrequentlyForwarded", "FrequentlyForwarded",
						InboundMessagePayload::frequentlyForwarded),
				new WhatsAppOnly("inReplyTo(...) sets OriginalRepliedMessageSid and OriginalRepliedMessageSender",
						"OriginalRepliedMessageSid",
						(p) -> p.inReplyTo("SM0123456789abcdef0123456789abcdef", "+14155550199")));
		for (WhatsAppOnly method : methods) {
			assertThatIllegalStateException().isThrownBy(() -> method.call().accept(TwilioWebhookPayloads.inboundSms()))
				.withMessageStartingWith(method.message())
				.withMessageContaining("start from inboundWhatsApp()");
			assertThatIllegalStateException().isThrownBy(() -> method.call().accept(TwilioWebhookPayloads.inboundMms()))
				.withMessageStartingWith(method.message());
			InboundMessagePayload whatsApp = TwilioWebhookPayloads.inboundWhatsApp();
			method.call().accept(whatsApp);
			assertThat(whatsApp.params()).containsKey(method.parameter());
		}
	}

	@Test
	void smsSendsAWhatsAppParameterThatParamSets() {
		MultiValueMap<String, String> params = TwilioWebhookPayloads.inboundSms().param("Latitude", "51.4779").params();
		assertThat(params.getFirst("Latitude")).isEqualTo("51.4779");
	}

	@Test
	void callPayloadsCarryTheCall() {
		InboundCall call = InboundCall.from(parameters(TwilioWebhookPayloads.inboundCall().from("+14155550100")));
		assertThat(call.callSid()).matches("CA[0-9a-f]{32}");
		assertThat(call.callStatus()).isEqualTo(Call.Status.RINGING);
		assertThat(call.direction()).isEqualTo(Call.Direction.INBOUND);
		assertThat(call.caller()).isEqualTo("+14155550100");
		GatherResult gather = GatherResult
			.from(parameters(TwilioWebhookPayloads.gatherResult().callSid(call.callSid()).digits("42")));
		assertThat(gather.digits()).isEqualTo("42");
		assertThat(gather.callSid()).isEqualTo(call.callSid());
		assertThat(gather.callStatus()).isEqualTo(Call.Status.IN_PROGRESS);
		GatherResult speech = GatherResult.from(parameters(TwilioWebhookPayloads.gatherResult().speech("yes", 0.9)));
		assertThat(speech.speechResult()).isEqualTo("yes");
		assertThat(speech.digits()).isNull();
	}

	@Test
	void dialResultPayloadIsAConnectedCallUnlessSetOtherwise() {
		DialResult connected = DialResult.from(parameters(TwilioWebhookPayloads.dialResult().callSid("CA1")));
		assertThat(connected.dialCallStatus()).isEqualTo(DialResult.Status.COMPLETED);
		assertThat(connected.connected()).isTrue();
		assertThat(connected.dialCallSid()).matches("CA[0-9a-f]{32}").isNotEqualTo("CA1");
		assertThat(connected.dialCallDuration()).isEqualTo(30);
		assertThat(connected.dialBridged()).isTrue();
		assertThat(connected.callSid()).isEqualTo("CA1");
		assertThat(connected.callStatus()).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(connected.recordingUrl()).isNull();
		DialResult recorded = DialResult
			.from(parameters(TwilioWebhookPayloads.dialResult().dialCallDuration(7).recordingUrl("https://r/1")));
		assertThat(recorded.dialCallDuration()).isEqualTo(7);
		assertThat(recorded.recordingUrl()).isEqualTo("https://r/1");
	}

	@Test
	void dialResultPayloadThatDidNotConnectHasNoDurationAndWasNotBridged() {
		DialResult busy = DialResult.from(parameters(
				TwilioWebhookPayloads.dialResult().dialCallStatus(DialResult.Status.BUSY).dialCallDuration(9)));
		assertThat(busy.dialCallStatus()).isEqualTo(DialResult.Status.BUSY);
		assertThat(busy.connected()).isFalse();
		assertThat(busy.dialCallDuration()).isNull();
		assertThat(busy.dialBridged()).isFalse();
		DialResult conference = DialResult
			.from(parameters(TwilioWebhookPayloads.dialResult().dialCallStatus("answered").dialCallSid(null)));
		assertThat(conference.dialCallStatus()).isEqualTo(DialResult.Status.ANSWERED);
		assertThat(conference.dialCallSid()).isNull();
		assertThat(conference.dialCallDuration()).isNull();
		assertThat(conference.dialBridged()).isTrue();
	}

	@Test
	void recordResultPayloadIsARecordingEndedBySilenceUnlessSetOtherwise() {
		RecordResultPayload payload = TwilioWebhookPayloads.recordResult().accountSid("AC1");
		RecordResult silence = RecordResult.from(parameters(payload));
		assertThat(silence.recordingSid()).matches("RE[0-9a-f]{32}").isEqualTo(payload.getRecordingSid());
		assertThat(silence.recordingUrl())
			.isEqualTo("https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + payload.getRecordingSid());
		assertThat(silence.recordingDuration()).isEqualTo(5);
		assertThat(silence.digits()).isNull();
		assertThat(silence.hungUp()).isFalse();
		assertThat(silence.callStatus()).isEqualTo(Call.Status.IN_PROGRESS);
		RecordResult hungUp = RecordResult
			.from(parameters(TwilioWebhookPayloads.recordResult().recordingDuration(12).hungUp()));
		assertThat(hungUp.hungUp()).isTrue();
		assertThat(hungUp.recordingDuration()).isEqualTo(12);
		assertThat(hungUp.callStatus()).isEqualTo(Call.Status.COMPLETED);
		RecordResult key = RecordResult.from(parameters(TwilioWebhookPayloads.recordResult().digits("#")));
		assertThat(key.digits()).isEqualTo("#");
		assertThat(key.hungUp()).isFalse();
	}

	@Test
	void statusCallbacksCarryStatusAndErrors() {
		MessageStatusCallback status = MessageStatusCallback.from(parameters(
				TwilioWebhookPayloads.messageStatus().status(Message.Status.UNDELIVERED).errorCode(30003)));
		assertThat(status.messageStatus()).isEqualTo(Message.Status.UNDELIVERED);
		assertThat(status.smsStatus()).isEqualTo(Message.Status.UNDELIVERED);
		assertThat(status.errorCode()).isEqualTo(30003);
		RecordingStatusCallback recording = RecordingStatusCallback
			.from(parameters(TwilioWebhookPayloads.recordingStatus().duration(7)));
		assertThat(recording.recordingSid()).matches("RE[0-9a-f]{32}");
		assertThat(recording.recordingDuration()).isEqualTo(7);
		assertThat(recording.recordingUrl()).endsWith("/Recordings/" + recording.recordingSid());
		MultiValueMap<String, String> call = TwilioWebhookPayloads.callStatus().callDuration(61).params();
		assertThat(call.getFirst("CallDuration")).isEqualTo("61");
		assertThat(call.getFirst("Duration")).isEqualTo("2");
	}

	@Test
	void statusCallbacksWriteATimestampGivenAsADateTimeInRfc2822ToTheSecond() {
		OffsetDateTime sydney = OffsetDateTime.of(2025, 11, 26, 1, 3, 9, 500_000_000, ZoneOffset.ofHours(11));
		MultiValueMap<String, String> call = TwilioWebhookPayloads.callStatus().timestamp(sydney).params();
		assertThat(call.getFirst("Timestamp")).isEqualTo("Wed, 26 Nov 2025 01:03:09 +1100");
		assertThat(CallStatusCallback.from(WebhookParameters.of(call)).timestamp())
			.isEqualTo(OffsetDateTime.of(2025, 11, 26, 1, 3, 9, 0, ZoneOffset.ofHours(11)));
		OffsetDateTime utc = OffsetDateTime.of(2025, 11, 25, 14, 3, 9, 0, ZoneOffset.UTC);
		MultiValueMap<String, String> conference = TwilioWebhookPayloads.conferenceStatus().timestamp(utc).params();
		assertThat(conference.getFirst("Timestamp")).isEqualTo("Tue, 25 Nov 2025 14:03:09 +0000");
		assertThat(ConferenceStatusCallback.from(WebhookParameters.of(conference)).timestamp()).isEqualTo(utc);
	}

	@Test
	void callStatusCarriesWhoAnsweredAMachineDetectionCall() {
		CallStatusCallback machine = CallStatusCallback.from(
				parameters(TwilioWebhookPayloads.callStatus().answeredBy(Call.AnsweredBy.MACHINE_END_SILENCE, 3100)));
		assertThat(machine.answeredBy()).isEqualTo(Call.AnsweredBy.MACHINE_END_SILENCE);
		assertThat(machine.params().get("MachineDetectionDuration")).isEqualTo("3100");
		assertThat(CallStatusCallback.from(parameters(TwilioWebhookPayloads.callStatus())).answeredBy()).isNull();
	}

	@Test
	void conferenceRecordingStatusComesFromTheConferenceUnlessSetOtherwise() {
		RecordingStatusCallback conference = RecordingStatusCallback
			.from(parameters(TwilioWebhookPayloads.recordingStatus().conferenceSid("CF1")));
		assertThat(conference.conferenceSid()).isEqualTo("CF1");
		assertThat(conference.recordingSource()).isEqualTo(Recording.Source.CONFERENCE);
		assertThat(RecordingStatusCallback
			.from(parameters(
					TwilioWebhookPayloads.recordingStatus().source("StartConferenceRecordingAPI").conferenceSid("CF1")))
			.recordingSource()).isEqualTo(Recording.Source.START_CONFERENCE_RECORDING_API);
		assertThat(RecordingStatusCallback.from(parameters(TwilioWebhookPayloads.recordingStatus())).recordingSource())
			.isEqualTo(Recording.Source.RECORD_VERB);
		assertThat(RecordingStatusCallback
			.from(parameters(TwilioWebhookPayloads.recordingStatus().source(Recording.Source.OUTBOUND_API)))
			.recordingSource()).isEqualTo(Recording.Source.OUTBOUND_API);
	}

	@Test
	void recordingStatusCarriesATrackOnlyWhenSet() {
		RecordingStatusCallback unset = RecordingStatusCallback.from(parameters(TwilioWebhookPayloads.recordingStatus()));
		assertThat(unset.recordingTrack()).isNull();
		assertThat(unset.params().contains("RecordingTrack")).isFalse();
		RecordingStatusCallback inbound = RecordingStatusCallback
			.from(parameters(TwilioWebhookPayloads.recordingStatus().track(RecordingStatusCallback.Track.INBOUND)));
		assertThat(inbound.recordingTrack()).isEqualTo(RecordingStatusCallback.Track.INBOUND);
		assertThat(inbound.params().get("RecordingTrack")).isEqualTo("inbound");
		RecordingStatusCallback later = RecordingStatusCallback
			.from(parameters(TwilioWebhookPayloads.recordingStatus().track("inbound_track")));
		assertThat(later.recordingTrack()).isEqualTo(RecordingStatusCallback.Track.UNKNOWN);
		assertThat(later.params().get("RecordingTrack")).isEqualTo("inbound_track");
	}

	@Test
	void recordingStatusCarriesAStartTimeThatReadsAsADateTime() {
		assertThat(RecordingStatusCallback.from(parameters(TwilioWebhookPayloads.recordingStatus()))
			.recordingStartTime()).isNotNull();
		OffsetDateTime set = OffsetDateTime.of(2025, 11, 26, 1, 3, 9, 500, ZoneOffset.ofHours(11));
		RecordingStatusCallback callback = RecordingStatusCallback
			.from(parameters(TwilioWebhookPayloads.recordingStatus().startTime(set)));
		assertThat(callback.recordingStartTime()).isEqualTo(set.withNano(0));
		assertThat(callback.params().get("RecordingStartTime")).isEqualTo("Wed, 26 Nov 2025 01:03:09 +1100");
	}

	@Test
	void conferenceEventOtherThanAParticipantsRefusesTheParticipantsParameters() {
		List<ParticipantOnly> methods = List.of(new ParticipantOnly("callSid(...)", "CallSid", (p) -> p.callSid("CA1")),
				new ParticipantOnly("participantLabel(...)", "ParticipantLabel", (p) -> p.participantLabel("agent")),
				new ParticipantOnly("muted(...)", "Muted", (p) -> p.muted(false)),
				new ParticipantOnly("hold(...)", "Hold", (p) -> p.hold(true)),
				new ParticipantOnly("coaching(...)", "Coaching", (p) -> p.coaching(true)),
				new ParticipantOnly("coaching(callSidToCoach)", "CallSidToCoach", (p) -> p.coaching("CA2")),
				new ParticipantOnly("endConferenceOnExit(...)", "EndConferenceOnExit",
						(p) -> p.endConferenceOnExit(true)),
				new ParticipantOnly("startConferenceOnEnter(...)", "StartConferenceOnEnter",
						(p) -> p.startConferenceOnEnter(false)));
		for (ParticipantOnly method : methods) {
			ConferenceStatusPayload setBeforeTheEvent = TwilioWebhookPayloads.conferenceStatus();
			method.call().accept(setBeforeTheEvent);
			setBeforeTheEvent.event(ConferenceStatusCallback.Event.CONFERENCE_START);
			assertThatIllegalStateException().isThrownBy(setBeforeTheEvent::params)
				.withMessageStartingWith(method.message())
				.withMessageContaining("not with conference-start: choose a participant's event with event(...)");
			ConferenceStatusPayload setAfterTheEvent = TwilioWebhookPayloads.conferenceStatus().event("announcement-end");
			method.call().accept(setAfterTheEvent);
			assertThatIllegalStateException().isThrownBy(() -> setAfterTheEvent.post("/conference"))
				.withMessageStartingWith(method.message())
				.withMessageContaining("not with announcement-end");
			ConferenceStatusPayload participantEvent = TwilioWebhookPayloads.conferenceStatus()
				.event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE);
			method.call().accept(participantEvent);
			assertThat(participantEvent.params()).containsKey(method.parameter());
		}
	}

	@Test
	void conferenceEventRefusesSeveralParticipantParametersInOneMessageAndStillPrints() {
		ConferenceStatusPayload payload = TwilioWebhookPayloads.conferenceStatus()
			.muted(true)
			.hold(false)
			.event(ConferenceStatusCallback.Event.CONFERENCE_END);
		assertThatIllegalStateException().isThrownBy(payload::formBody)
			.withMessageStartingWith("muted(...), hold(...) set Muted, Hold, which Twilio sends with a "
					+ "participant's events (participant-*) only, not with conference-end");
		assertThat(payload.toString()).startsWith("ConferenceStatusPayload[muted(...), hold(...) set Muted, Hold");
	}

	@Test
	void conferenceEventOtherThanAParticipantsTakesParticipantParametersLeftOut() {
		MultiValueMap<String, String> params = TwilioWebhookPayloads.conferenceStatus()
			.muted(true)
			.participantLabel("agent")
			.muted(null)
			.participantLabel(null)
			.hold(null)
			.event(ConferenceStatusCallback.Event.CONFERENCE_START)
			.params();
		assertThat(params.getFirst("StatusCallbackEvent")).isEqualTo("conference-start");
		assertThat(params).doesNotContainKeys("Muted", "Hold", "ParticipantLabel", "CallSid");
	}

	@Test
	void conferenceEventOtherThanTheEndRefusesWhyItEnded() {
		ConferenceStatusPayload unsetEvent = TwilioWebhookPayloads.conferenceStatus()
			.endedBecause(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_LEFT, null);
		assertThatIllegalStateException().isThrownBy(unsetEvent::params)
			.withMessage("endedBecause(...) sets ReasonConferenceEnded and CallSidEndingConference, which Twilio "
					+ "sends with conference-end only, not with participant-join: "
					+ "set event(ConferenceStatusCallback.Event.CONFERENCE_END)");
		assertThat(unsetEvent.event(ConferenceStatusCallback.Event.CONFERENCE_END).params()
			.getFirst("ReasonConferenceEnded")).isEqualTo("last-participant-left");
		ConferenceStatusPayload eventFirst = TwilioWebhookPayloads.conferenceStatus()
			.event(ConferenceStatusCallback.Event.CONFERENCE_START)
			.endedBecause(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_KICKED, "CA1");
		assertThatIllegalStateException().isThrownBy(eventFirst::params)
			.withMessageContaining("not with conference-start");
	}

	@Test
	void participantLeaveSaysWhyAndWithWhichCallStatusUnlessSetOtherwise() {
		ConferenceStatusCallback left = ConferenceStatusCallback.from(parameters(
				TwilioWebhookPayloads.conferenceStatus().event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)));
		assertThat(left.participantCallStatus()).isEqualTo(Call.Status.COMPLETED);
		assertThat(left.reasonParticipantLeft())
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_HUNG_UP);
		ConferenceStatusCallback unanswered = ConferenceStatusCallback
			.from(parameters(TwilioWebhookPayloads.conferenceStatus()
				.event("participant-leave")
				.leftBecause("participant_add_failed", "no-answer")));
		assertThat(unanswered.participantCallStatus()).isEqualTo(Call.Status.NO_ANSWER);
		assertThat(unanswered.reasonParticipantLeft())
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_ADD_FAILED);
		ConferenceStatusCallback busy = ConferenceStatusCallback
			.from(parameters(TwilioWebhookPayloads.conferenceStatus()
				.event("participant-leave")
				.leftBecause("participant_add_failed", Call.Status.BUSY)));
		assertThat(busy.participantCallStatus()).isEqualTo(Call.Status.BUSY);
		assertThat(busy.params().get("ParticipantCallStatus")).isEqualTo("busy");
		ConferenceStatusCallback removed = ConferenceStatusCallback.from(parameters(TwilioWebhookPayloads
			.conferenceStatus()
			.event("participant-leave")
			.leftBecause(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_UPDATED_VIA_API,
					Call.Status.COMPLETED)));
		assertThat(removed.reasonParticipantLeft())
			.isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_UPDATED_VIA_API);
		assertThat(removed.params().get("ReasonParticipantLeft")).isEqualTo("participant_updated_via_api");
		ConferenceStatusCallback later = ConferenceStatusCallback.from(parameters(TwilioWebhookPayloads
			.conferenceStatus()
			.event("participant-leave")
			.leftBecause("participant_kicked", Call.Status.COMPLETED)));
		assertThat(later.reasonParticipantLeft()).isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.UNKNOWN);
		assertThat(later.params().get("ReasonParticipantLeft")).isEqualTo("participant_kicked");
		ConferenceStatusCallback joined = ConferenceStatusCallback
			.from(parameters(TwilioWebhookPayloads.conferenceStatus()));
		assertThat(joined.participantCallStatus()).isNull();
		assertThat(joined.reasonParticipantLeft()).isNull();
	}

	@Test
	void conferenceEventOtherThanALeaveRefusesWhyTheParticipantLeft() {
		ConferenceStatusPayload unsetEvent = TwilioWebhookPayloads.conferenceStatus()
			.leftBecause("participant_add_failed", "no-answer");
		assertThatIllegalStateException().isThrownBy(unsetEvent::params)
			.withMessage("leftBecause(...) sets ReasonParticipantLeft and ParticipantCallStatus, which Twilio "
					+ "sends with participant-leave only, not with participant-join: "
					+ "set event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)");
		assertThat(unsetEvent.event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE).params()
			.getFirst("ReasonParticipantLeft")).isEqualTo("participant_add_failed");
		ConferenceStatusPayload eventFirst = TwilioWebhookPayloads.conferenceStatus()
			.event(ConferenceStatusCallback.Event.CONFERENCE_END)
			.leftBecause("conference_ended_via_api", "in-progress");
		assertThatIllegalStateException().isThrownBy(() -> eventFirst.post("/conference"))
			.withMessageContaining("not with conference-end");
	}

	@Test
	void conferenceEventCoachingSetLaterWinsOverTheCallToCoach() {
		MultiValueMap<String, String> notCoaching = TwilioWebhookPayloads.conferenceStatus()
			.coaching("CA2")
			.coaching(false)
			.params();
		assertThat(notCoaching.getFirst("Coaching")).isEqualTo("false");
		assertThat(notCoaching).doesNotContainKey("CallSidToCoach");
		MultiValueMap<String, String> leftOut = TwilioWebhookPayloads.conferenceStatus()
			.coaching("CA2")
			.coaching((Boolean) null)
			.event(ConferenceStatusCallback.Event.CONFERENCE_START)
			.params();
		assertThat(leftOut).doesNotContainKeys("Coaching", "CallSidToCoach");
		MultiValueMap<String, String> stillCoaching = TwilioWebhookPayloads.conferenceStatus()
			.coaching("CA2")
			.coaching(true)
			.params();
		assertThat(stillCoaching.getFirst("CallSidToCoach")).isEqualTo("CA2");
	}

	@Test
	void overridesAndRemovesParameters() {
		MultiValueMap<String, String> params = TwilioWebhookPayloads.inboundSms()
			.param("NumMedia", "lots")
			.remove("Body")
			.params();
		assertThat(params.getFirst("NumMedia")).isEqualTo("lots");
		assertThat(params).doesNotContainKey("Body");
		assertThat(TwilioWebhookPayloads.inboundSms().body("a b&c").formBody()).contains("Body=a+b%26c");
	}

	@Test
	void countsSegments() {
		assertThat(InboundMessagePayload.segments("")).isEqualTo(1);
		assertThat(InboundMessagePayload.segments("x".repeat(160))).isEqualTo(1);
		assertThat(InboundMessagePayload.segments("x".repeat(161))).isEqualTo(2);
		assertThat(InboundMessagePayload.segments("x".repeat(306))).isEqualTo(2);
		assertThat(InboundMessagePayload.segments("x".repeat(307))).isEqualTo(3);
		assertThat(InboundMessagePayload.segments("ж".repeat(70))).isEqualTo(1);
		assertThat(InboundMessagePayload.segments("ж".repeat(71))).isEqualTo(2);
	}

	@Test
	void gsm7AlphabetBeyondAsciiStaysGsm7() {
		// Accented letters, Greek capitals and currency signs of GSM-7's basic set
		String basic = "Café, Señor? Ça coûte 5£ ¥ §¿¡ ΔΦΓΛΩΠΨΣΘΞ ÆæßÉ ÄÖÑÜ äöñüà èéùìò Øø Åå @$¤_";
		assertThat(basic.replace("û", "u")).hasSizeLessThan(160);
		String gsm = basic.replace("û", "u");
		assertThat(InboundMessagePayload.segments(gsm + "x".repeat(160 - gsm.length()))).isEqualTo(1);
		assertThat(InboundMessagePayload.segments(gsm + "x".repeat(161 - gsm.length()))).isEqualTo(2);
		// û is not in GSM-7, so the same text is UCS-2
		assertThat(InboundMessagePayload.segments(basic)).isEqualTo(2);
	}

	@Test
	void gsm7ExtensionCharactersTakeTwoSeptetsAndAreNeverSplit() {
		for (String extension : new String[] { "{", "}", "[", "]", "\\", "^", "~", "|", "€", "\f" }) {
			assertThat(InboundMessagePayload.segments(extension.repeat(80))).as(extension).isEqualTo(1);
			assertThat(InboundMessagePayload.segments(extension.repeat(81))).as(extension).isEqualTo(2);
		}
		assertThat(InboundMessagePayload.segments("x".repeat(159) + "€")).isEqualTo(2);
		// 152 septets, then an escape pair that does not fit the first segment's 153 and
		// opens the second, which then holds 151 more
		assertThat(InboundMessagePayload.segments("x".repeat(152) + "€" + "x".repeat(151))).isEqualTo(2);
		// 306 septets, which two segments would hold if the pair could be split
		assertThat(InboundMessagePayload.segments("x".repeat(152) + "€" + "x".repeat(152))).isEqualTo(3);
	}

	@Test
	void asciiThatGsm7LacksMakesTheBodyUcs2() {
		assertThat(InboundMessagePayload.segments("`".repeat(70))).isEqualTo(1);
		assertThat(InboundMessagePayload.segments("x".repeat(70) + "`")).isEqualTo(2);
		assertThat(InboundMessagePayload.segments("x".repeat(100) + "ç")).isEqualTo(2);
		assertThat(InboundMessagePayload.segments("x".repeat(100) + "\t")).isEqualTo(2);
	}

	@Test
	void countsUcs2SegmentsInUtf16CodeUnits() {
		String emoji = "\uD83D\uDE00";
		// Twilio counts an emoji outside the Basic Multilingual Plane as two UCS-2 units
		assertThat(InboundMessagePayload.segments(emoji.repeat(35))).isEqualTo(1);
		assertThat(InboundMessagePayload.segments(emoji.repeat(36))).isEqualTo(2);
		assertThat(InboundMessagePayload.segments(emoji.repeat(70))).isEqualTo(3);
		// 134 units, but a character never straddles two segments of 67 units
		assertThat(InboundMessagePayload.segments("ж".repeat(66) + emoji + "ж".repeat(66))).isEqualTo(3);
	}

	private static WebhookParameters parameters(WebhookPayload<?> payload) {
		return WebhookParameters.of(payload.params());
	}

	private record ParticipantOnly(String method, String parameter, Consumer<ConferenceStatusPayload> call) {

		String message() {
			return this.method + " set " + this.parameter;
		}

	}

	private record WhatsAppOnly(String message, String parameter, Consumer<InboundMessagePayload> call) {

	}

}
