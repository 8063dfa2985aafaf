package dev.twiliospring.test.emulator;

import java.util.List;
import java.util.Map;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceParticipantCreateRequest;
import dev.twiliospring.client.api.ConferenceParticipantResource;
import dev.twiliospring.client.api.ConferenceRecordingResource;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.api.RecordingListRequest;
import dev.twiliospring.test.emulator.RecordingApplication.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the conference recordings of {@link TwilioEmulator}: a {@code <Conference>}
 * with {@code record="record-from-start"} is recorded, its recording status callback
 * gets the events asked for, and the client reaches the recording through the
 * conference's Recordings API.
 */
class TwilioEmulatorConferenceRecordingTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String AGENT = "+14155550177";

	private static final String SUPPORT = "+14155550199";

	private static final String AGENTS = "+14155550198";

	private static final String ROOM = "recorded-42";

	@Test
	void conferenceRecordedFromStartIsPausedResumedAndCompletedWhenItEnds() {
		answer("/customer", "<Conference record=\"record-from-start\" recordingStatusCallback=\"/recording\" "
				+ "recordingStatusCallbackEvent=\"in-progress completed\">" + ROOM + "</Conference>");
		answer("/agent", "<Conference>" + ROOM + "</Conference>");
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		this.emulator.receiveCall(AGENT, AGENTS);
		Conference conference = this.client.conferences().list().items().get(0);
		ConferenceRecordingResource recordings = this.client.conferences().recordings(conference.sid());
		Recording recording = recordings.list().items().get(0);
		assertThat(recording.sid()).matches("RE[0-9a-f]{32}");
		assertThat(recording.status()).isEqualTo(Recording.Status.IN_PROGRESS);
		assertThat(recording.source()).isEqualTo(Recording.Source.CONFERENCE);
		assertThat(recording.conferenceSid()).isEqualTo(conference.sid());
		assertThat(recording.callSid()).isEqualTo(customer.callSid());
		assertThat(recording.duration()).isNull();
		assertThat(recording.mediaUrl()).isNull();
		assertThat(recording.uri()).isEqualTo("/2010-04-01/Accounts/" + this.emulator.accountSid() + "/Conferences/"
				+ conference.sid() + "/Recordings/" + recording.sid() + ".json");
		assertThat(recordings
			.pause(ConferenceRecordingResource.CURRENT, Recording.PauseBehavior.SKIP)
			.status()).isEqualTo(Recording.Status.PAUSED);
		assertThat(recordings.fetch(recording.sid()).status()).isEqualTo(Recording.Status.PAUSED);
		assertThat(recordings.resume(recording.sid()).status()).isEqualTo(Recording.Status.IN_PROGRESS);
		assertThat(this.client.recordings()
			.list(RecordingListRequest.builder().conferenceSid(conference.sid()).build())
			.items()).extracting(Recording::sid).containsExactly(recording.sid());
		this.client.conferences().end(conference.sid());
		Recording completed = recordings.fetch(recording.sid());
		assertThat(completed.status()).isEqualTo(Recording.Status.COMPLETED);
		assertThat(completed.duration()).isPositive();
		List<Map<String, String>> callbacks = recordingCallbacks();
		assertThat(callbacks).extracting((params) -> params.get("RecordingStatus"))
			.containsExactly("in-progress", "completed");
		assertThat(callbacks).allSatisfy((params) -> assertThat(params)
			.containsEntry("AccountSid", this.emulator.accountSid())
			.containsEntry("ConferenceSid", conference.sid())
			.containsEntry("CallSid", customer.callSid())
			.containsEntry("RecordingSid", recording.sid())
			.containsEntry("RecordingSource", "Conference")
			.containsKeys("RecordingUrl", "RecordingStartTime"));
		assertThat(callbacks.get(0)).doesNotContainKey("RecordingDuration");
		assertThat(callbacks.get(1)).containsEntry("RecordingDuration", String.valueOf(completed.duration()));
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> recordings.pause(recording.sid()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.withMessageContaining("only a recording in progress or paused can be updated");
		recordings.delete(recording.sid());
		assertThat(recordings.list().items()).isEmpty();
	}

	@Test
	void stoppedRecordingIsAnsweredStoppedAndCompletedAtOnce() {
		answer("/customer", "<Conference record=\"record-from-start\" recordingStatusCallback=\"/recording\">" + ROOM
				+ "</Conference>");
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		Conference conference = this.client.conferences().list().items().get(0);
		ConferenceRecordingResource recordings = this.client.conferences().recordings(conference.sid());
		Recording stopped = recordings.stop(ConferenceRecordingResource.CURRENT);
		assertThat(stopped.status()).isEqualTo(Recording.Status.STOPPED);
		assertThat(recordings.fetch(stopped.sid()).status()).isEqualTo(Recording.Status.COMPLETED);
		// completed is the event asked for when the noun names none
		assertThat(recordingCallbacks()).singleElement()
			.satisfies((params) -> assertThat(params).containsEntry("RecordingStatus", "completed")
				.containsEntry("RecordingSid", stopped.sid()));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> recordings.resume(ConferenceRecordingResource.CURRENT))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void conferenceWithoutRecordIsNotRecorded() {
		answer("/customer", "<Conference recordingStatusCallback=\"/recording\">" + ROOM + "</Conference>");
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		Conference conference = this.client.conferences().list().items().get(0);
		assertThat(this.client.conferences().recordings(conference.sid()).list().items()).isEmpty();
		this.client.conferences().end(conference.sid());
		assertThat(this.client.recordings().list().items()).isEmpty();
		assertThat(recordingCallbacks()).isEmpty();
	}

	@Test
	void recordingWithAParticipantDialedOutIsCompletedOnceWhenTheApiEndsTheConference() {
		String conferenceSid = recordedConferenceWithParticipantDialedOut(false);
		this.client.conferences().end(conferenceSid);
		assertCompletedOnce(conferenceSid);
	}

	@Test
	void recordingWithAParticipantDialedOutIsCompletedOnceWhenItLeavesEndingTheConference() {
		String conferenceSid = recordedConferenceWithParticipantDialedOut(true);
		this.client.conferences().participants(conferenceSid).delete("agent");
		assertCompletedOnce(conferenceSid);
	}

	@Test
	void recordingWithAParticipantDialedOutIsCompletedOnceWhenTheLastOneLeaves() {
		String conferenceSid = recordedConferenceWithParticipantDialedOut(false);
		ConferenceParticipantResource participants = this.client.conferences().participants(conferenceSid);
		String customer = participants.list().items().get(0).callSid();
		String agent = participants.fetch("agent").callSid();
		this.emulator.hangUp(customer);
		this.emulator.awaitParticipantStatus(customer, "complete", TIMEOUT);
		assertThat(this.client.conferences().recordings(conferenceSid).list().items()).singleElement()
			.satisfies((recording) -> assertThat(recording.status()).isEqualTo(Recording.Status.IN_PROGRESS));
		this.emulator.hangUp(agent);
		this.emulator.awaitParticipantStatus(agent, "complete", TIMEOUT);
		assertCompletedOnce(conferenceSid);
	}

	@Test
	void participantDialedOutThatStartsTheConferenceStartsItsRecording() {
		answer("/customer", "<Conference record=\"record-from-start\" startConferenceOnEnter=\"false\">" + ROOM
				+ "</Conference>");
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		Conference waiting = this.client.conferences().list().items().get(0);
		assertThat(waiting.status()).isEqualTo(Conference.Status.INIT);
		ConferenceRecordingResource recordings = this.client.conferences().recordings(waiting.sid());
		assertThat(recordings.list().items()).isEmpty();
		String agent = this.client.conferences()
			.participants(waiting.sid())
			.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).build())
			.callSid();
		this.emulator.awaitParticipantStatus(agent, "connected", TIMEOUT);
		assertThat(recordings.list().items()).singleElement().satisfies((recording) -> {
			assertThat(recording.status()).isEqualTo(Recording.Status.IN_PROGRESS);
			assertThat(recording.callSid()).isEqualTo(agent);
		});
	}

	@Test
	void participantDialedOutByNameWithConferenceRecordRecordsTheConferenceItStarts() {
		String agent = this.client.conferences()
			.participants(ROOM)
			.create(ConferenceParticipantCreateRequest.builder()
				.from(SUPPORT)
				.to(AGENT)
				.param("ConferenceRecord", "record-from-start")
				.param("ConferenceRecordingStatusCallback", this.app.url("/recording"))
				.param("ConferenceRecordingStatusCallbackEvent", "in-progress completed")
				.build())
			.callSid();
		this.emulator.awaitParticipantStatus(agent, "connected", TIMEOUT);
		Conference conference = this.client.conferences().list().items().get(0);
		Recording recording = this.client.conferences().recordings(conference.sid()).list().items().get(0);
		assertThat(recording.status()).isEqualTo(Recording.Status.IN_PROGRESS);
		assertThat(recording.callSid()).isEqualTo(agent);
		this.client.conferences().end(conference.sid());
		assertCompletedOnce(conference.sid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.conferences()
				.participants(ROOM)
				.create(ConferenceParticipantCreateRequest.builder()
					.from(SUPPORT)
					.to(AGENT)
					.param("ConferenceRecord", "yes")
					.build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.withMessageContaining("ConferenceRecord must be true, false, record-from-start or do-not-record");
	}

	private String recordedConferenceWithParticipantDialedOut(boolean endConferenceOnExit) {
		answer("/customer", "<Conference record=\"record-from-start\" recordingStatusCallback=\"/recording\" "
				+ "recordingStatusCallbackEvent=\"in-progress completed\">" + ROOM + "</Conference>");
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		String agent = this.client.conferences()
			.participants(conferenceSid)
			.create(ConferenceParticipantCreateRequest.builder()
				.from(SUPPORT)
				.to(AGENT)
				.label("agent")
				.endConferenceOnExit(endConferenceOnExit)
				.build())
			.callSid();
		this.emulator.awaitParticipantStatus(agent, "connected", TIMEOUT);
		return conferenceSid;
	}

	private void assertCompletedOnce(String conferenceSid) {
		Recording recording = this.client.conferences().recordings(conferenceSid).list().items().get(0);
		assertThat(recording.status()).isEqualTo(Recording.Status.COMPLETED);
		assertThat(this.client.recordings().list().items()).extracting(Recording::sid)
			.containsExactly(recording.sid());
		assertThat(recordingCallbacks()).extracting((params) -> params.get("RecordingStatus"))
			.containsExactly("in-progress", "completed");
		assertThat(this.client.conferences().fetch(conferenceSid).status()).isEqualTo(Conference.Status.COMPLETED);
	}

	private void answer(String path, String noun) {
		this.app.twiml(path, "<Response><Dial>" + noun + "</Dial></Response>");
		String number = path.equals("/customer") ? SUPPORT : AGENTS;
		this.emulator.addIncomingNumber(number, null, this.app.url(path));
	}

	private List<Map<String, String>> recordingCallbacks() {
		return this.app.requests.stream()
			.filter((request) -> request.path().equals("/recording"))
			.map(Received::params)
			.toList();
	}

}
