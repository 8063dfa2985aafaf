package dev.twiliospring.test.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.webhook.AsyncAmdStatusCallback;
import dev.twiliospring.webhook.CallStatusCallback;
import dev.twiliospring.webhook.ConferenceStatusCallback;
import dev.twiliospring.webhook.DialResult;
import dev.twiliospring.webhook.GatherResult;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.MessageStatusCallback;
import dev.twiliospring.webhook.RecordResult;
import dev.twiliospring.webhook.RecordingStatusCallback;
import dev.twiliospring.webhook.TwilioWebhook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.asyncAmdStatus;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.callStatus;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.conferenceStatus;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.dialResult;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.gatherResult;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundCall;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundWhatsApp;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.messageStatus;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.recordResult;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.recordingStatus;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link TwilioWebhookPayloads}, sent signed through the real webhook filter and
 * bound to the starter's payload types.
 */
@SpringBootTest(classes = TwilioWebhookPayloadsMockMvcTests.WebhookApplication.class,
		properties = "twilio.auth-token=the-auth-token")
@AutoConfigureMockMvc
class TwilioWebhookPayloadsMockMvcTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void asyncAmdStatusBindsToAsyncAmdStatusCallback() throws Exception {
		this.mvc.perform(asyncAmdStatus().callSid("CA0123456789abcdef0123456789abcdef")
			.accountSid("AC0123456789abcdef0123456789abcdef")
			.answeredBy(Call.AnsweredBy.MACHINE_END_BEEP)
			.machineDetectionDuration(3400)
			.post("/amd")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("CA0123456789abcdef0123456789abcdef AC0123456789abcdef0123456789abcdef "
					+ "machine_end_beep 3400 machine=true"));
	}

	@Test
	void asyncAmdStatusIsAPersonUnlessSetOtherwise() throws Exception {
		this.mvc.perform(asyncAmdStatus().callSid("CA1").accountSid("AC1").post("/amd").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("CA1 AC1 human 1200 machine=false"));
	}

	@Test
	void asyncAmdStatusWithAnAnsweredByThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc.perform(asyncAmdStatus().callSid("CA1")
			.accountSid("AC1")
			.answeredBy("machine_end_voicemail_full")
			.machineDetectionDuration(null)
			.post("/amd")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("CA1 AC1 unknown null machine=false"));
	}

	@Test
	void callOfAnOutgoingCallWithMachineDetectionBindsWhoAnswered() throws Exception {
		this.mvc.perform(inboundCall().direction("outbound-api")
			.callStatus(Call.Status.IN_PROGRESS)
			.answeredBy(Call.AnsweredBy.MACHINE_START, 2310)
			.post("/call")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("outbound-api machine_start 2310"));
	}

	@Test
	void callOfADialedLegBindsItsDirection() throws Exception {
		this.mvc
			.perform(inboundCall().direction(Call.Direction.OUTBOUND_DIAL)
				.post("/call-direction")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("outbound-dial dialed=true"));
	}

	@Test
	void actionsAndStatusCallbacksBindTheDirectionOfTheirCall() throws Exception {
		this.mvc
			.perform(gatherResult().direction(Call.Direction.OUTBOUND_API)
				.digits("1")
				.post("/gather-direction")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("outbound-api api=true"));
		this.mvc
			.perform(dialResult().direction(Call.Direction.OUTBOUND_API).post("/dial-direction").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("outbound-api api=true"));
		this.mvc
			.perform(recordResult().direction(Call.Direction.INBOUND).post("/record-direction").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("inbound api=false"));
		this.mvc
			.perform(callStatus().direction(Call.Direction.OUTBOUND_API)
				.post("/call-status-direction")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("outbound-api api=true"));
	}

	@Test
	void callWithADirectionThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc.perform(inboundCall().direction("outbound-transfer").post("/call-direction").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown dialed=false"));
	}

	@Test
	void callWithoutMachineDetectionHasNoAnsweredBy() throws Exception {
		this.mvc.perform(inboundCall().post("/call").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("inbound null null"));
	}

	@Test
	void callStatusOfACallWithMachineDetectionCarriesWhoAnswered() throws Exception {
		this.mvc
			.perform(callStatus().answeredBy("machine_end_other", null).post("/call-status").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("completed machine_end_other null"));
	}

	@Test
	void callStatusBindsWhoAnsweredAndWhenAsTheirTypes() throws Exception {
		this.mvc.perform(callStatus().answeredBy(Call.AnsweredBy.HUMAN, 1800)
			.timestamp(OffsetDateTime.of(2025, 11, 25, 14, 3, 9, 0, ZoneOffset.UTC))
			.post("/call-status-amd")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("human person=true at 2025-11-25T14:03:09Z"));
	}

	@Test
	void callStatusWithAnAnsweredByThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc
			.perform(callStatus().answeredBy("machine_end_voicemail_full", null)
				.timestamp("Tue, 25 Nov 2025 14:03:09 +0000")
				.post("/call-status-amd")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown person=false at 2025-11-25T14:03:09Z"));
	}

	@Test
	void callStatusWithAMalformedTimestampIsAProblemDetail() throws Exception {
		this.mvc
			.perform(callStatus().timestamp("2025-11-25T14:03:09Z").post("/call-status-amd").with(twilioSignature()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'Timestamp' must be an RFC 2822 date-time, such as "
					+ "'Tue, 25 Nov 2025 14:03:09 +0000', but was '2025-11-25T14:03:09Z'"));
	}

	@Test
	void participantLeaveBindsTheStatusOfTheParticipantsCall() throws Exception {
		this.mvc
			.perform(conferenceStatus().event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)
				.leftBecause("participant_add_failed", Call.Status.NO_ANSWER)
				.post("/conference-leave")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("no-answer unanswered=true participant_add_failed failed=true"));
	}

	@Test
	void participantLeaveWithAReasonThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc
			.perform(conferenceStatus().event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)
				.leftBecause("participant_kicked", Call.Status.COMPLETED)
				.post("/conference-leave")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("completed unanswered=false unknown failed=false"));
	}

	@Test
	void participantLeaveWithACallStatusThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc
			.perform(conferenceStatus().event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)
				.leftBecause("participant_hung_up", "teleported")
				.post("/conference-leave")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown unanswered=false participant_hung_up failed=false"));
	}

	@Test
	void inboundMessageBindsItsSmsStatusAsAMessageStatus() throws Exception {
		this.mvc.perform(inboundSms().body("hi").post("/sms-status").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("received received=true"));
	}

	@Test
	void inboundMessageBindsTheKindOfKeywordAdvancedOptOutTellsOf() throws Exception {
		this.mvc.perform(inboundSms().body("Stop").param("OptOutType", "STOP").post("/opt-out").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("STOP stop=true"));
		this.mvc.perform(inboundSms().body("hi").post("/opt-out").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("null stop=false"));
	}

	@Test
	void inboundMessageSendsTheKindOfKeywordThatItIsSetTo() throws Exception {
		this.mvc
			.perform(inboundSms().body("Stop")
				.optOutType(InboundMessage.OptOutType.STOP)
				.post("/opt-out")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("STOP stop=true"));
		this.mvc
			.perform(inboundSms().body("Info")
				.optOutType(InboundMessage.OptOutType.HELP)
				.post("/opt-out")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("HELP stop=false"));
		this.mvc
			.perform(inboundSms().body("PAUSE").optOutType("PAUSE").post("/opt-out").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown stop=false"));
	}

	@Test
	void inboundMessageWithAnOptOutTypeThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc
			.perform(inboundSms().body("PAUSE").param("OptOutType", "PAUSE").post("/opt-out").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown stop=false"));
	}

	@Test
	void messageStatusBindsItsSmsStatusAsAMessageStatus() throws Exception {
		this.mvc
			.perform(messageStatus().status(Message.Status.UNDELIVERED)
				.errorCode(30003)
				.post("/message-status")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("undelivered undelivered=true"));
	}

	@Test
	void messageStatusWithAnSmsStatusThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc.perform(messageStatus().status("vanished").post("/message-status").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown undelivered=false"));
	}

	@Test
	void whatsAppReplyThatWasForwardedManyTimesBindsToInboundMessage() throws Exception {
		this.mvc.perform(inboundWhatsApp().frequentlyForwarded()
			.inReplyTo("SM0123456789abcdef0123456789abcdef", "+14155550199")
			.post("/whatsapp")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("true true SM0123456789abcdef0123456789abcdef whatsapp:+14155550199"));
	}

	@Test
	void whatsAppMessageForwardedOnceIsNotFrequentlyForwarded() throws Exception {
		this.mvc.perform(inboundWhatsApp().forwarded().post("/whatsapp").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("true null null null"));
	}

	@Test
	void whatsAppMessageIsNeitherForwardedNorAReplyUnlessSetOtherwise() throws Exception {
		this.mvc.perform(inboundWhatsApp().post("/whatsapp").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("null null null null"));
	}

	@Test
	void recordingStatusOfAConferenceRecordingBindsItsTrackAndConference() throws Exception {
		this.mvc.perform(recordingStatus().track("both")
			.conferenceSid("CF0123456789abcdef0123456789abcdef")
			.post("/recording-status")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("completed both both=true CF0123456789abcdef0123456789abcdef"));
	}

	@Test
	void recordingStatusBindsWhatStartedTheRecordingAndWhenAsTheirTypes() throws Exception {
		this.mvc
			.perform(recordingStatus().source(Recording.Source.DIAL_VERB)
				.startTime(OffsetDateTime.of(2025, 11, 25, 14, 3, 9, 0, ZoneOffset.UTC))
				.post("/recording-source")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("DialVerb dial=true at 2025-11-25T14:03:09Z"));
	}

	@Test
	void recordingStatusWithASourceThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc
			.perform(recordingStatus().source("MediaStreamVerb")
				.startTime("Tue, 25 Nov 2025 14:03:09 +0000")
				.post("/recording-source")
				.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("unknown dial=false at 2025-11-25T14:03:09Z"));
	}

	@Test
	void recordingStatusWithAMalformedStartTimeIsAProblemDetail() throws Exception {
		this.mvc
			.perform(recordingStatus().startTime("Mon, 25 Nov 2025 14:03:09 +0000")
				.post("/recording-source")
				.with(twilioSignature()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'RecordingStartTime' must be an RFC 2822 date-time, "
					+ "such as 'Tue, 25 Nov 2025 14:03:09 +0000', but was 'Mon, 25 Nov 2025 14:03:09 +0000'"));
	}

	@Test
	void recordingStatusHasNoTrackOrConferenceUnlessSet() throws Exception {
		this.mvc.perform(recordingStatus().post("/recording-status").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("completed null both=false null"));
	}

	@Test
	void conferenceStatusBindsToConferenceStatusCallback() throws Exception {
		this.mvc.perform(conferenceStatus().conferenceSid("CF0123456789abcdef0123456789abcdef")
			.callSid("CA0123456789abcdef0123456789abcdef")
			.event(ConferenceStatusCallback.Event.PARTICIPANT_HOLD)
			.sequenceNumber(4)
			.timestamp("Tue, 25 Nov 2025 14:03:09 +0000")
			.participantLabel("customer")
			.hold(true)
			.post("/conference")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("4 participant-hold CF0123456789abcdef0123456789abcdef "
					+ "CA0123456789abcdef0123456789abcdef customer muted=false hold=true coaching=false "
					+ "at 2025-11-25T14:03:09Z ended=null"));
	}

	@Test
	void conferenceStatusIsAParticipantJoiningUnlessSetOtherwise() throws Exception {
		this.mvc.perform(conferenceStatus().conferenceSid("CF1").callSid("CA1").post("/conference").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.matchesPattern(
					"1 participant-join CF1 CA1 null muted=false hold=false coaching=false at \\S+ ended=null")));
	}

	@Test
	void conferenceEndCarriesItsReasonAndNoParticipant() throws Exception {
		this.mvc.perform(conferenceStatus().conferenceSid("CF1")
			.event(ConferenceStatusCallback.Event.CONFERENCE_END)
			.endedBecause(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT, "CA9")
			.sequenceNumber(9)
			.timestamp("Tue, 25 Nov 2025 14:05:00 +0000")
			.post("/conference")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("9 conference-end CF1 null null muted=null hold=null coaching=null "
					+ "at 2025-11-25T14:05Z ended=participant-with-end-conference-on-exit-left by CA9"));
	}

	@Test
	void conferenceStatusWithAnEventThisVersionDoesNotKnowBindsToUnknown() throws Exception {
		this.mvc.perform(conferenceStatus().conferenceSid("CF1")
			.callSid("CA1")
			.event("participant-teleport")
			.timestamp("Tue, 25 Nov 2025 14:03:09 +0000")
			.post("/conference")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("1 unknown CF1 CA1 null muted=false hold=false coaching=false "
					+ "at 2025-11-25T14:03:09Z ended=null"));
	}

	@Test
	void conferenceStatusWithAMalformedSequenceNumberIsAProblemDetail() throws Exception {
		this.mvc.perform(conferenceStatus().param("SequenceNumber", "next").post("/conference").with(twilioSignature()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'SequenceNumber' must be an integer but was 'next'"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class WebhookApplication {

		@TwilioWebhook
		@PostMapping(path = "/amd", produces = MediaType.TEXT_PLAIN_VALUE)
		String amd(AsyncAmdStatusCallback callback) {
			return callback.callSid() + " " + callback.accountSid() + " " + callback.answeredBy() + " "
					+ callback.machineDetectionDuration() + " machine=" + callback.answeredByMachine();
		}

		@TwilioWebhook
		@PostMapping(path = "/conference", produces = MediaType.TEXT_PLAIN_VALUE)
		String conference(ConferenceStatusCallback event) {
			return event.sequenceNumber() + " " + event.statusCallbackEvent() + " " + event.conferenceSid() + " "
					+ event.callSid() + " " + event.participantLabel() + " muted=" + event.muted() + " hold="
					+ event.hold() + " coaching=" + event.coaching() + " at " + event.timestamp() + " ended="
					+ ((event.reasonConferenceEnded() != null)
							? event.reasonConferenceEnded() + " by " + event.callSidEndingConference() : null);
		}

		@TwilioWebhook
		@PostMapping(path = "/conference-leave", produces = MediaType.TEXT_PLAIN_VALUE)
		String conferenceLeave(ConferenceStatusCallback event) {
			return event.participantCallStatus() + " unanswered="
					+ Call.Status.NO_ANSWER.equals(event.participantCallStatus()) + " "
					+ event.reasonParticipantLeft() + " failed="
					+ (event.reasonParticipantLeft() == ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_ADD_FAILED);
		}

		@TwilioWebhook
		@PostMapping(path = "/call-status-amd", produces = MediaType.TEXT_PLAIN_VALUE)
		String callStatusAmd(CallStatusCallback callback) {
			return callback.answeredBy() + " person=" + Call.AnsweredBy.HUMAN.equals(callback.answeredBy()) + " at "
					+ callback.timestamp();
		}

		@TwilioWebhook
		@PostMapping(path = "/whatsapp", produces = MediaType.TEXT_PLAIN_VALUE)
		String whatsApp(InboundMessage message) {
			return message.forwarded() + " " + message.frequentlyForwarded() + " " + message.originalRepliedMessageSid()
					+ " " + message.originalRepliedMessageSender();
		}

		@TwilioWebhook
		@PostMapping(path = "/recording-status", produces = MediaType.TEXT_PLAIN_VALUE)
		String recordingStatus(RecordingStatusCallback callback) {
			return callback.recordingStatus() + " " + callback.recordingTrack() + " both="
					+ (callback.recordingTrack() == RecordingStatusCallback.Track.BOTH) + " " + callback.conferenceSid();
		}

		@TwilioWebhook
		@PostMapping(path = "/recording-source", produces = MediaType.TEXT_PLAIN_VALUE)
		String recordingSource(RecordingStatusCallback callback) {
			return callback.recordingSource() + " dial=" + Recording.Source.DIAL_VERB.equals(callback.recordingSource())
					+ " at " + callback.recordingStartTime();
		}

		@TwilioWebhook
		@PostMapping(path = "/sms-status", produces = MediaType.TEXT_PLAIN_VALUE)
		String smsStatus(InboundMessage message) {
			return message.smsStatus() + " received=" + Message.Status.RECEIVED.equals(message.smsStatus());
		}

		@TwilioWebhook
		@PostMapping(path = "/opt-out", produces = MediaType.TEXT_PLAIN_VALUE)
		String optOut(InboundMessage message) {
			return message.optOutType() + " stop=" + InboundMessage.OptOutType.STOP.equals(message.optOutType());
		}

		@TwilioWebhook
		@PostMapping(path = "/message-status", produces = MediaType.TEXT_PLAIN_VALUE)
		String messageStatus(MessageStatusCallback callback) {
			return callback.smsStatus() + " undelivered=" + Message.Status.UNDELIVERED.equals(callback.smsStatus());
		}

		@TwilioWebhook
		@PostMapping(path = "/call", produces = MediaType.TEXT_PLAIN_VALUE)
		String call(InboundCall call) {
			return call.direction() + " " + call.answeredBy() + " " + call.machineDetectionDuration();
		}

		@TwilioWebhook
		@PostMapping(path = "/call-direction", produces = MediaType.TEXT_PLAIN_VALUE)
		String callDirection(InboundCall call) {
			return call.direction() + " dialed=" + Call.Direction.OUTBOUND_DIAL.equals(call.direction());
		}

		@TwilioWebhook
		@PostMapping(path = "/gather-direction", produces = MediaType.TEXT_PLAIN_VALUE)
		String gatherDirection(GatherResult result) {
			return result.direction() + " api=" + Call.Direction.OUTBOUND_API.equals(result.direction());
		}

		@TwilioWebhook
		@PostMapping(path = "/dial-direction", produces = MediaType.TEXT_PLAIN_VALUE)
		String dialDirection(DialResult result) {
			return result.direction() + " api=" + Call.Direction.OUTBOUND_API.equals(result.direction());
		}

		@TwilioWebhook
		@PostMapping(path = "/record-direction", produces = MediaType.TEXT_PLAIN_VALUE)
		String recordDirection(RecordResult result) {
			return result.direction() + " api=" + Call.Direction.OUTBOUND_API.equals(result.direction());
		}

		@TwilioWebhook
		@PostMapping(path = "/call-status-direction", produces = MediaType.TEXT_PLAIN_VALUE)
		String callStatusDirection(CallStatusCallback callback) {
			return callback.direction() + " api=" + Call.Direction.OUTBOUND_API.equals(callback.direction());
		}

		@TwilioWebhook
		@PostMapping(path = "/call-status", produces = MediaType.TEXT_PLAIN_VALUE)
		String callStatus(CallStatusCallback callback) {
			return callback.callStatus() + " " + callback.answeredBy() + " "
					+ callback.params().get("MachineDetectionDuration");
		}

	}

}
