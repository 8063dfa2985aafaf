package dev.twiliospring.test.emulator;

import java.util.List;
import java.util.Map;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceListRequest;
import dev.twiliospring.client.api.ConferenceParticipant;
import dev.twiliospring.client.api.ConferenceParticipantListRequest;
import dev.twiliospring.client.api.ConferenceParticipantResource;
import dev.twiliospring.test.emulator.RecordingApplication.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the conferences of {@link TwilioEmulator}: calls that join one with
 * {@code <Dial><Conference>}, its status callbacks, and the Conferences and
 * Participants API through a real client.
 */
class TwilioEmulatorConferenceTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String AGENT = "+14155550177";

	private static final String SUPPORT = "+14155550199";

	private static final String AGENTS = "+14155550198";

	private static final String ROOM = "support-42";

	private static final String ALL_EVENTS = "start end join leave mute hold";

	@Test
	void callsJoinAConferenceThatTheClientMutesHoldsAndEnds() {
		answer("/customer", "<Conference statusCallback=\"/conference\" statusCallbackEvent=\"" + ALL_EVENTS
				+ "\" participantLabel=\"customer\">" + ROOM + "</Conference>");
		answer("/agent", "<Conference participantLabel=\"agent\" endConferenceOnExit=\"true\">" + ROOM
				+ "</Conference>");
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		TwimlReply agent = this.emulator.receiveCall(AGENT, AGENTS);
		assertThat(this.emulator.call(customer.callSid()).orElseThrow().status()).isEqualTo("in-progress");
		List<Conference> conferences = this.client.conferences()
			.list(ConferenceListRequest.builder().friendlyName(ROOM).status(Conference.Status.IN_PROGRESS).build())
			.items();
		assertThat(conferences).hasSize(1);
		Conference conference = conferences.get(0);
		assertThat(conference.sid()).matches("CF[0-9a-f]{32}");
		assertThat(conference.accountSid()).isEqualTo(this.emulator.accountSid());
		ConferenceParticipantResource participants = this.client.conferences().participants(conference.sid());
		assertThat(participants.list().items()).extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid(), agent.callSid());
		ConferenceParticipant fetched = participants.fetch("customer");
		assertThat(fetched.callSid()).isEqualTo(customer.callSid());
		assertThat(fetched.status()).isEqualTo(ConferenceParticipant.Status.CONNECTED);
		assertThat(fetched.muted()).isFalse();
		assertThat(fetched.startConferenceOnEnter()).isTrue();
		assertThat(participants.fetch(agent.callSid()).endConferenceOnExit()).isTrue();
		assertThat(participants.mute("customer").muted()).isTrue();
		assertThat(participants.list(ConferenceParticipantListRequest.builder().muted(true).build()).items())
			.extracting(ConferenceParticipant::label)
			.containsExactly("customer");
		assertThat(participants.hold(customer.callSid()).hold()).isTrue();
		participants.unhold("customer");
		participants.unmute("customer");
		participants.delete("customer");
		this.emulator.awaitCallStatus(customer.callSid(), "completed", TIMEOUT);
		assertThat(participants.list().items()).extracting(ConferenceParticipant::label).containsExactly("agent");
		assertThat(this.client.conferences().fetch(conference.sid()).status())
			.isEqualTo(Conference.Status.IN_PROGRESS);
		Conference ended = this.client.conferences().end(conference.sid());
		assertThat(ended.status()).isEqualTo(Conference.Status.COMPLETED);
		assertThat(ended.reasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.CONFERENCE_ENDED_VIA_API);
		this.emulator.awaitCallStatus(agent.callSid(), "completed", TIMEOUT);
		assertThat(participants.list().items()).isEmpty();
		List<Map<String, String>> callbacks = conferenceCallbacks();
		assertThat(callbacks).extracting((params) -> params.get("StatusCallbackEvent"))
			.containsExactly("participant-join", "conference-start", "participant-join", "participant-mute",
					"participant-hold", "participant-unhold", "participant-unmute", "participant-leave",
					"participant-leave", "conference-end");
		assertThat(callbacks).allSatisfy((params) -> assertThat(params)
			.containsEntry("ConferenceSid", conference.sid())
			.containsEntry("FriendlyName", ROOM)
			.containsEntry("AccountSid", this.emulator.accountSid())
			.containsKey("Timestamp"));
		assertThat(callbacks).extracting((params) -> Integer.valueOf(params.get("SequenceNumber"))).isSorted()
			.doesNotHaveDuplicates();
		assertThat(callbacks.get(3)).containsEntry("CallSid", customer.callSid())
			.containsEntry("ParticipantLabel", "customer")
			.containsEntry("Muted", "true")
			.containsEntry("Hold", "false");
		assertThat(callbacks.get(7)).containsEntry("CallSid", customer.callSid());
		assertThat(callbacks.get(8)).containsEntry("CallSid", agent.callSid())
			.containsEntry("EndConferenceOnExit", "true");
		// The API ended it, not the labelled agent's leaving
		assertThat(callbacks.get(9)).containsEntry("ReasonConferenceEnded", "conference-ended-via-api")
			.doesNotContainKey("CallSid")
			.doesNotContainKey("ParticipantLabelEndingConference");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
	}

	@Test
	void participantThatEndsTheConferenceOnExitHangsUpAndTheOthersGoOnAfterTheirDial() {
		this.app.twiml("/customer", "<Response><Dial action=\"/after\"><Conference statusCallback=\"/conference\" "
				+ "statusCallbackEvent=\"end\">" + ROOM + "</Conference></Dial></Response>");
		this.app.twiml("/after", "<Response><Say>The agent left</Say></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		answer("/agent", "<Conference endConferenceOnExit=\"true\">" + ROOM + "</Conference>");
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		TwimlReply agent = this.emulator.receiveCall(AGENT, AGENTS);
		this.emulator.hangUp(agent.callSid());
		EmulatedCall customerCall = this.emulator.awaitCallStatus(customer.callSid(), "completed", TIMEOUT);
		assertThat(customerCall.lastReply().says()).containsExactly("The agent left");
		Received after = this.app.requests.stream().filter((request) -> request.path().equals("/after")).findFirst()
			.orElseThrow();
		assertThat(after.params()).containsEntry("CallSid", customer.callSid())
			.containsEntry("DialCallStatus", "answered");
		Conference conference = this.client.conferences().list().items().get(0);
		assertThat(conference.status()).isEqualTo(Conference.Status.COMPLETED);
		assertThat(conference.reasonConferenceEnded())
			.isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT);
		assertThat(conference.callSidEndingConference()).isEqualTo(agent.callSid());
		assertThat(conferenceCallbacks()).singleElement()
			.satisfies((params) -> assertThat(params).containsEntry("StatusCallbackEvent", "conference-end")
				.containsEntry("ReasonConferenceEnded", "participant-with-end-conference-on-exit-left")
				.containsEntry("CallSidEndingConference", agent.callSid())
				.doesNotContainKey("ParticipantLabelEndingConference"));
	}

	@Test
	void conferenceWaitsForAParticipantThatStartsItAndEndsWhenTheLastOneLeaves() {
		answer("/customer", "<Conference startConferenceOnEnter=\"false\" muted=\"true\" "
				+ "statusCallback=\"/conference\" statusCallbackEvent=\"" + ALL_EVENTS + "\">" + ROOM
				+ "</Conference>");
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		answer("/agent", "<Conference coach=\"" + customer.callSid() + "\">" + ROOM + "</Conference>");
		Conference waiting = this.client.conferences().list().items().get(0);
		assertThat(waiting.status()).isEqualTo(Conference.Status.INIT);
		ConferenceParticipantResource participants = this.client.conferences().participants(waiting.sid());
		ConferenceParticipant muted = participants.fetch(customer.callSid());
		assertThat(muted.muted()).isTrue();
		assertThat(muted.startConferenceOnEnter()).isFalse();
		TwimlReply agent = this.emulator.receiveCall(AGENT, AGENTS);
		assertThat(this.client.conferences().fetch(waiting.sid()).status()).isEqualTo(Conference.Status.IN_PROGRESS);
		ConferenceParticipant coach = participants.fetch(agent.callSid());
		assertThat(coach.coaching()).isTrue();
		assertThat(coach.callSidToCoach()).isEqualTo(customer.callSid());
		this.emulator.hangUp(customer.callSid());
		this.emulator.hangUp(agent.callSid());
		this.emulator.awaitCallStatus(agent.callSid(), "completed", TIMEOUT);
		Conference ended = this.client.conferences().fetch(waiting.sid());
		assertThat(ended.status()).isEqualTo(Conference.Status.COMPLETED);
		assertThat(ended.reasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_LEFT);
		assertThat(conferenceCallbacks()).extracting((params) -> params.get("StatusCallbackEvent"))
			.containsExactly("participant-join", "participant-join", "conference-start", "participant-leave",
					"participant-leave", "conference-end");
		// A conference that ended is not joined again: the same name makes a new one
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		assertThat(this.client.conferences()
			.list(ConferenceListRequest.builder().friendlyName(ROOM).build())
			.items()).extracting(Conference::status)
			.containsExactly(Conference.Status.INIT, Conference.Status.COMPLETED);
	}

	@Test
	void coachOfACallThatIsNotConnectedToTheConferenceFailsItsDial() {
		answer("/customer", "<Conference statusCallback=\"/conference\" statusCallbackEvent=\"" + ALL_EVENTS
				+ "\">" + ROOM + "</Conference>");
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		this.app.twiml("/agent", "<Response><Dial action=\"/agent-after\"><Conference coach=\"CA" + "0".repeat(32)
				+ "\">" + ROOM + "</Conference></Dial></Response>");
		this.app.twiml("/agent-after", "<Response><Say>Nobody to coach</Say></Response>");
		this.emulator.addIncomingNumber(AGENTS, null, this.app.url("/agent"));
		TwimlReply agent = this.emulator.receiveCall(AGENT, AGENTS);
		assertThat(agent.says()).containsExactly("Nobody to coach");
		Received after = this.app.requests.stream()
			.filter((request) -> request.path().equals("/agent-after"))
			.findFirst()
			.orElseThrow();
		assertThat(after.params()).containsEntry("DialCallStatus", "failed").doesNotContainKey("DialCallDuration");
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		assertThat(this.client.conferences().participants(conferenceSid).list().items())
			.extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid());
		assertThat(conferenceCallbacks()).extracting((params) -> params.get("CallSid"))
			.doesNotContain(agent.callSid());
		// Nor does a coach start a conference of its own for the call it names
		this.app.twiml("/agent", "<Response><Dial><Conference coach=\"" + customer.callSid()
				+ "\">another room</Conference></Dial></Response>");
		this.emulator.receiveCall(AGENT, AGENTS);
		assertThat(this.client.conferences().list().items()).extracting(Conference::friendlyName)
			.containsExactly(ROOM);
	}

	@Test
	void callThatDialsAConferenceThatIsFullDoesNotJoinItAndItsDialFails() {
		answer("/customer", "<Conference maxParticipants=\"2\" statusCallback=\"/conference\" "
				+ "statusCallbackEvent=\"" + ALL_EVENTS + "\">" + ROOM + "</Conference>");
		this.app.twiml("/agent", "<Response><Dial action=\"/agent-after\"><Conference>" + ROOM
				+ "</Conference></Dial></Response>");
		this.app.twiml("/agent-after", "<Response><Say>The room is full</Say></Response>");
		this.emulator.addIncomingNumber(AGENTS, null, this.app.url("/agent"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		TwimlReply agent = this.emulator.receiveCall(AGENT, AGENTS);
		TwimlReply third = this.emulator.receiveCall("+14155550155", AGENTS);
		assertThat(third.says()).containsExactly("The room is full");
		assertThat(this.app.requests.stream().filter((request) -> request.path().equals("/agent-after")))
			.singleElement()
			.satisfies((after) -> assertThat(after.params()).containsEntry("CallSid", third.callSid())
				.containsEntry("DialCallStatus", "failed"));
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		assertThat(this.client.conferences().participants(conferenceSid).list().items())
			.extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid(), agent.callSid());
		assertThat(conferenceCallbacks()).extracting((params) -> params.get("CallSid"))
			.doesNotContain(third.callSid());
		// Once one leaves, there is room again
		this.emulator.hangUp(agent.callSid());
		TwimlReply fourth = this.emulator.receiveCall("+14155550166", AGENTS);
		assertThat(this.client.conferences().participants(conferenceSid).list().items())
			.extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid(), fourth.callSid());
	}

	@Test
	void participantIsFoundWhereItIsRemovedSoThatOneWhoLeftIsNotRemovedAgain() {
		answer("/customer", "<Conference statusCallback=\"/conference\" statusCallbackEvent=\"" + ALL_EVENTS
				+ "\">" + ROOM + "</Conference>");
		answer("/agent", "<Conference participantLabel=\"agent\">" + ROOM + "</Conference>");
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		TwimlReply agent = this.emulator.receiveCall(AGENT, AGENTS);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		EmulatorState.ConferenceState conference = this.emulator.conferenceStates().get(conferenceSid);
		this.emulator.hangUp(agent.callSid());
		this.emulator.awaitParticipantStatus(agent.callSid(), "complete", TIMEOUT);
		// As a DELETE whose participant hung up after the request reached the emulator
		assertThat(this.emulator.kick(conference, "agent")).isFalse();
		assertThat(this.emulator.kick(conference, agent.callSid())).isFalse();
		assertThat(conferenceCallbacks()).extracting((params) -> params.get("StatusCallbackEvent"))
			.containsExactly("participant-join", "conference-start", "participant-join", "participant-leave");
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.conferences().participants(conferenceSid).mute("agent"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void whatTheEmulatorDoesNotDoIsRefusedWithAMessageThatSaysSo() {
		answer("/customer", "<Conference>" + ROOM + "</Conference>");
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String sid = this.client.conferences().list().items().get(0).sid();
		ConferenceParticipantResource participants = this.client.conferences().participants(sid);
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.conferences().announce(sid, "https://example.com/announce.xml"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorMessage()).contains("does not emulate AnnounceUrl");
			});
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> participants.fetch("nobody"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.conferences().fetch("CF" + "0".repeat(32)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	/**
	 * Let calls to {@link #SUPPORT} and {@link #AGENTS} be answered by the application:
	 * the one at the path dials the given noun.
	 */
	private void answer(String path, String noun) {
		this.app.twiml(path, "<Response><Dial>" + noun + "</Dial></Response>");
		String number = path.equals("/customer") ? SUPPORT : AGENTS;
		this.emulator.addIncomingNumber(number, null, this.app.url(path));
	}

	private List<Map<String, String>> conferenceCallbacks() {
		return this.app.requests.stream()
			.filter((request) -> request.path().equals("/conference"))
			.map(Received::params)
			.toList();
	}

}
