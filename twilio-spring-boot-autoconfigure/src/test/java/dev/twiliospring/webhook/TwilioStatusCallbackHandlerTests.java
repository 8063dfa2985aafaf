package dev.twiliospring.webhook;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioStatusCallbackHandler}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioStatusCallbackHandlerTests {

	private final List<Object> events = new ArrayList<>();

	private final TwilioStatusCallbackHandler handler = new TwilioStatusCallbackHandler(this.events::add);

	@Test
	void publishesMessageStatusEventWithoutLogging(CapturedOutput output) throws Exception {
		ServerResponse response = this.handler.handle(request("MessageSid", "SM0123456789abcdef0123456789abcdef",
				"MessageStatus", "delivered", "To", "+15558675310"));
		assertThat(response.statusCode().value()).isEqualTo(204);
		assertThat(this.events).singleElement().isInstanceOf(MessageStatusEvent.class);
		assertThat(output.getAll()).doesNotContain("status callback").doesNotContain("15558675310");
	}

	@Test
	void warnsOfACallbackThatIsNoStatusCallback(CapturedOutput output) throws Exception {
		// An asynchronous answering machine detection result sent to the status callback
		// endpoint by mistake
		ServerResponse response = this.handler.handle(request("CallSid", "CA0123456789abcdef0123456789abcdef",
				"AnsweredBy", "human", "MachineDetectionDuration", "1200"));
		assertThat(response.statusCode().value()).isEqualTo(400);
		assertThat(this.events).isEmpty();
		assertThat(output.getAll()).contains("WARN")
			.contains("Rejected Twilio status callback POST /twilio/status with 400: Expected a message, call, "
					+ "recording or conference status callback");
	}

	@Test
	void publishesConferenceStatusEvent(CapturedOutput output) throws Exception {
		ServerResponse response = this.handler.handle(request("ConferenceSid", "CF0123456789abcdef0123456789abcdef",
				"StatusCallbackEvent", "participant-join", "SequenceNumber", "2", "CallSid",
				"CA0123456789abcdef0123456789abcdef", "Muted", "false"));
		assertThat(response.statusCode().value()).isEqualTo(204);
		assertThat(this.events).singleElement()
			.isInstanceOfSatisfying(ConferenceStatusEvent.class, (event) -> {
				assertThat(event.callback().statusCallbackEvent())
					.isEqualTo(ConferenceStatusCallback.Event.PARTICIPANT_JOIN);
				assertThat(event.callback().sequenceNumber()).isEqualTo(2);
				assertThat(event.callback().muted()).isFalse();
			});
		assertThat(output.getAll()).doesNotContain("status callback");
	}

	@Test
	void answersConferenceEventWithAMalformedSequenceNumberWith400() throws Exception {
		ServerResponse response = this.handler.handle(request("ConferenceSid", "CF0123456789abcdef0123456789abcdef",
				"StatusCallbackEvent", "conference-start", "SequenceNumber", "1st"));
		assertThat(response.statusCode().value()).isEqualTo(400);
		assertThat(this.events).isEmpty();
	}

	@Test
	void refusesAConferenceRecordEndEventNamingTheRecordingStatusCallback(CapturedOutput output) throws Exception {
		// A <Conference record="record-from-start"> without a recordingStatusCallback: Twilio
		// posts the recording to the statusCallback, with EventName and no StatusCallbackEvent
		ServerResponse response = this.handler.handle(request("ConferenceSid", "CF0123456789abcdef0123456789abcdef",
				"FriendlyName", "support", "EventName", "conference-record-end", "RecordingUrl",
				"https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1", "Duration", "6",
				"RecordingFileSize", "90786"));
		assertThat(response.statusCode().value()).isEqualTo(400);
		assertThat(this.events).isEmpty();
		assertThat(output.getAll()).contains("conference-record-end").contains("recordingStatusCallback");
	}

	@Test
	void doesNotTakeAVideoRoomEventForAConferenceEvent() throws Exception {
		ServerResponse response = this.handler.handle(request("RoomSid", "RM0123456789abcdef0123456789abcdef",
				"RoomStatus", "in-progress", "StatusCallbackEvent", "participant-connected"));
		assertThat(response.statusCode().value()).isEqualTo(400);
		assertThat(this.events).isEmpty();
	}

	@Test
	void warnsOfACallbackWithAnInvalidParameter(CapturedOutput output) throws Exception {
		ServerResponse response = this.handler.handle(request("MessageSid", "SM0123456789abcdef0123456789abcdef",
				"MessageStatus", "delivered", "ErrorCode", "not-a-number"));
		assertThat(response.statusCode().value()).isEqualTo(400);
		assertThat(this.events).isEmpty();
		assertThat(output.getAll()).contains("WARN")
			.contains("Rejected Twilio status callback POST /twilio/status with 400: Parameter 'ErrorCode'");
	}

	@Test
	void answersStreamEventsRealTimeTranscriptionsAndPartialSpeechResultsWith400() throws Exception {
		// Each carries the call's CallSid, the partial result its CallStatus too
		String[][] callbacks = {
				{ "AccountSid", "AC1", "CallSid", "CA1", "StreamSid", "MZ1", "StreamEvent", "stream-stopped" },
				{ "AccountSid", "AC1", "CallSid", "CA1", "TranscriptionEvent", "transcription-stopped" },
				{ "CallSid", "CA1", "CallStatus", "in-progress", "SequenceNumber", "1", "UnstableSpeechResult", "hel" } };
		for (String[] callback : callbacks) {
			assertThat(this.handler.handle(request(callback)).statusCode().value()).isEqualTo(400);
		}
		assertThat(this.events).isEmpty();
	}

	private static ServerRequest request(String... namesAndValues) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/status");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
		}
		return ServerRequest.create(request, List.of());
	}

}
