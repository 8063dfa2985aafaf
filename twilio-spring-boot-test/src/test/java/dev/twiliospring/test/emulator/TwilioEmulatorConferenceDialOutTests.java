package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceListRequest;
import dev.twiliospring.client.api.ConferenceParticipant;
import dev.twiliospring.client.api.ConferenceParticipantCreateRequest;
import dev.twiliospring.client.api.ConferenceParticipantResource;
import dev.twiliospring.client.api.ConferenceParticipantUpdateRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.RecordingApplication.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for participants that {@link TwilioEmulator} dials out into a conference through
 * the Participants API, with a real client.
 */
class TwilioEmulatorConferenceDialOutTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String AGENT = "+14155550177";

	private static final String SUPPORT = "+14155550199";

	private static final String ROOM = "support-42";

	@Test
	void participantDialedOutRingsJoinsTheConferenceAndHangsUpWhenRemoved() {
		this.app.twiml("/customer", "<Response><Dial><Conference statusCallback=\"/conference\" "
				+ "statusCallbackEvent=\"start end join leave\">" + ROOM + "</Conference></Dial></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		ConferenceParticipantResource participants = this.client.conferences().participants(conferenceSid);
		ConferenceParticipant created = participants.create(ConferenceParticipantCreateRequest.builder()
			.from(SUPPORT)
			.to(AGENT)
			.label("agent")
			.statusCallback(this.app.url("/agent-status"))
			.statusCallbackEvent(CallCreateRequest.Event.INITIATED, CallCreateRequest.Event.RINGING,
					CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
			.beep(ConferenceParticipantCreateRequest.Beep.ON_ENTER)
			.earlyMedia(false)
			.timeout(Duration.ofSeconds(20))
			.build());
		assertThat(created.status()).isEqualTo(ConferenceParticipant.Status.QUEUED);
		assertThat(created.conferenceSid()).isEqualTo(conferenceSid);
		assertThat(created.label()).isEqualTo("agent");
		assertThat(created.callSid()).matches("CA[0-9a-f]{32}");
		String agent = created.callSid();
		this.emulator.awaitParticipantStatus(agent, "connected", TIMEOUT);
		ConferenceParticipant connected = participants.fetch("agent");
		assertThat(connected.callSid()).isEqualTo(agent);
		assertThat(connected.status()).isEqualTo(ConferenceParticipant.Status.CONNECTED);
		assertThat(participants.list().items()).extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid(), agent);
		Call call = this.client.calls().fetch(agent);
		assertThat(call.status()).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(call.from()).isEqualTo(SUPPORT);
		assertThat(call.to()).isEqualTo(AGENT);
		participants.delete("agent");
		this.emulator.awaitParticipantStatus(agent, "complete", TIMEOUT);
		this.emulator.awaitCallStatus(agent, "completed", TIMEOUT);
		assertThat(participants.list().items()).extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid());
		assertThat(params("/agent-status")).extracting((params) -> params.get("CallStatus"))
			.containsExactly("initiated", "ringing", "in-progress", "completed");
		assertThat(params("/agent-status")).allSatisfy((params) -> assertThat(params).containsEntry("CallSid", agent)
			.containsEntry("Direction", "outbound-api"));
		assertThat(params("/conference")).extracting((params) -> params.get("StatusCallbackEvent"))
			.containsExactly("participant-join", "conference-start", "participant-join", "participant-leave");
		assertThat(params("/conference").get(2)).containsEntry("CallSid", agent)
			.containsEntry("ParticipantLabel", "agent");
		// Its call hangs up as it leaves, having no TwiML to go on with
		assertThat(params("/conference").get(3)).containsEntry("CallSid", agent)
			.containsEntry("ParticipantCallStatus", "completed")
			.containsEntry("ReasonParticipantLeft", "participant_updated_via_api");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
	}

	@Test
	void participantDialedOutByFriendlyNameStartsTheConferenceWithItsCallbackSettings() {
		ConferenceParticipant created = this.client.conferences()
			.participants("Team standup")
			.create(ConferenceParticipantCreateRequest.builder()
				.from(SUPPORT)
				.to("client:alice")
				.muted(true)
				.endConferenceOnExit(true)
				.param("ConferenceStatusCallback", this.app.url("/conference"))
				.param("ConferenceStatusCallbackEvent", "start end join leave")
				.build());
		assertThat(created.conferenceSid()).matches("CF[0-9a-f]{32}");
		String alice = created.callSid();
		this.emulator.awaitParticipantStatus(alice, "connected", TIMEOUT);
		Conference conference = this.client.conferences().fetch(created.conferenceSid());
		assertThat(conference.friendlyName()).isEqualTo("Team standup");
		assertThat(conference.status()).isEqualTo(Conference.Status.IN_PROGRESS);
		ConferenceParticipant joined = this.client.conferences().participants(conference.sid()).fetch(alice);
		assertThat(joined.muted()).isTrue();
		assertThat(joined.endConferenceOnExit()).isTrue();
		// A <Conference> of the same name joins the conference the API started
		this.app.twiml("/customer", "<Response><Dial><Conference>Team standup</Conference></Dial></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		assertThat(this.client.conferences().participants(conference.sid()).list().items())
			.extracting(ConferenceParticipant::callSid)
			.containsExactly(alice, customer.callSid());
		this.emulator.hangUp(alice);
		this.emulator.awaitParticipantStatus(customer.callSid(), "complete", TIMEOUT);
		Conference ended = this.client.conferences().fetch(conference.sid());
		assertThat(ended.status()).isEqualTo(Conference.Status.COMPLETED);
		assertThat(ended.reasonConferenceEnded())
			.isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT);
		assertThat(ended.callSidEndingConference()).isEqualTo(alice);
		assertThat(params("/conference")).extracting((params) -> params.get("StatusCallbackEvent"))
			.containsExactly("participant-join", "conference-start", "participant-join", "participant-leave",
					"participant-leave", "conference-end");
		assertThat(params("/conference").get(0)).containsEntry("CallSid", alice)
			.containsEntry("FriendlyName", "Team standup")
			.containsEntry("Muted", "true");
	}

	@Test
	void participantDialedToANumberThatIsBusyOrDoesNotAnswerFails() {
		this.app.twiml("/customer", "<Response><Dial><Conference>" + ROOM + "</Conference></Dial></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		ConferenceParticipantResource participants = this.client.conferences().participants(conferenceSid);
		String busy = participants.create(ConferenceParticipantCreateRequest.builder()
			.from(SUPPORT)
			.to(TwilioTestNumbers.UNDELIVERABLE)
			.statusCallback(this.app.url("/busy-status"))
			.build()).callSid();
		String unanswered = participants
			.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(TwilioTestNumbers.FAILING).build())
			.callSid();
		assertThat(this.emulator.awaitParticipantStatus(busy, "failed", TIMEOUT).status()).isEqualTo("busy");
		assertThat(this.emulator.awaitParticipantStatus(unanswered, "failed", TIMEOUT).status())
			.isEqualTo("no-answer");
		assertThat(params("/busy-status")).singleElement()
			.satisfies((params) -> assertThat(params).containsEntry("CallStatus", "busy"));
		assertThat(participants.list().items()).extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid());
		// A conference that a failed participant alone would have started is not kept
		String nobody = this.client.conferences()
			.participants("nobody-answers")
			.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(TwilioTestNumbers.FAILING).build())
			.callSid();
		this.emulator.awaitParticipantStatus(nobody, "failed", TIMEOUT);
		assertThat(this.client.conferences()
			.list(ConferenceListRequest.builder().friendlyName("nobody-answers").build())
			.items()).isEmpty();
	}

	@Test
	void participantStatusFollowsItsCallUntilItJoins() {
		// Steps far apart, so that the status reached stays until the test ends
		try (TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMinutes(1)).start()) {
			TwilioClient client = slow.client();
			ConferenceParticipantResource participants = client.conferences().participants(ROOM);
			String agent = participants
				.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).label("agent").build())
				.callSid();
			slow.awaitParticipantStatus(agent, "connecting", TIMEOUT);
			Conference conference = client.conferences().list().items().get(0);
			assertThat(conference.status()).isEqualTo(Conference.Status.INIT);
			ConferenceParticipantResource bySid = client.conferences().participants(conference.sid());
			assertThat(bySid.fetch("agent").status()).isEqualTo(ConferenceParticipant.Status.CONNECTING);
			assertThat(bySid.list().items()).extracting(ConferenceParticipant::callSid).containsExactly(agent);
			// Removing a participant that is being dialed hangs its call up, and the
			// conference that nobody joined is not kept
			bySid.delete("agent");
			assertThat(slow.call(agent).orElseThrow().status()).isEqualTo("canceled");
			assertThat(client.conferences().list().items()).isEmpty();
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> bySid.fetch(agent))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
		}
	}

	@Test
	void participantDialedOutWhoseCallIsRedirectedLeavesWithItsCallInProgress() {
		this.app.twiml("/customer", "<Response><Dial><Conference statusCallback=\"/conference\" "
				+ "statusCallbackEvent=\"join leave\">" + ROOM + "</Conference></Dial></Response>");
		this.app.twiml("/elsewhere", "<Response><Gather action=\"/menu\"><Say>Hello</Say></Gather></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		String agent = this.client.conferences()
			.participants(conferenceSid)
			.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).build())
			.callSid();
		this.emulator.awaitParticipantStatus(agent, "connected", TIMEOUT);
		this.client.calls().redirect(agent, this.app.url("/elsewhere"));
		this.emulator.awaitParticipantStatus(agent, "complete", TIMEOUT);
		// Its call goes on with the TwiML it was redirected to rather than hanging up
		this.emulator.awaitCallStatus(agent, "in-progress", TIMEOUT);
		assertThat(this.client.calls().fetch(agent).status()).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(params("/conference")).extracting((params) -> params.get("StatusCallbackEvent"))
			.containsExactly("participant-join", "participant-join", "participant-leave");
		assertThat(params("/conference").get(2)).containsEntry("CallSid", agent)
			.containsEntry("ParticipantCallStatus", "in-progress")
			.containsEntry("ReasonParticipantLeft", "participant_updated_via_api");
	}

	@Test
	void participantRemovedWhileBeingDialedLeavesWithItsCallCanceled() {
		// Steps far apart, so that the participant dialed out is still being dialed
		try (TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMinutes(1)).start()) {
			RecordingApplication app = new RecordingApplication(slow.authToken());
			try {
				app.twiml("/customer", "<Response><Dial><Conference statusCallback=\"/conference\" "
						+ "statusCallbackEvent=\"join leave\">" + ROOM + "</Conference></Dial></Response>");
				slow.addIncomingNumber(SUPPORT, null, app.url("/customer"));
				slow.receiveCall(CUSTOMER, SUPPORT);
				TwilioClient client = slow.client();
				String conferenceSid = client.conferences().list().items().get(0).sid();
				ConferenceParticipantResource participants = client.conferences().participants(conferenceSid);
				String agent = participants
					.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).label("agent").build())
					.callSid();
				slow.awaitParticipantStatus(agent, "connecting", TIMEOUT);
				participants.delete("agent");
				assertThat(slow.call(agent).orElseThrow().status()).isEqualTo("canceled");
				// Posted before the removal returns, as for every change made through the API
				List<Map<String, String>> events = app.requests.stream()
					.filter((request) -> request.path().equals("/conference"))
					.map(Received::params)
					.toList();
				assertThat(events).extracting((params) -> params.get("StatusCallbackEvent"))
					.containsExactly("participant-join", "participant-leave");
				assertThat(events.get(1)).containsEntry("CallSid", agent)
					.containsEntry("ParticipantLabel", "agent")
					.containsEntry("ParticipantCallStatus", "canceled")
					.containsEntry("ReasonParticipantLeft", "participant_add_failed");
			}
			finally {
				app.close();
			}
		}
	}

	@Test
	void conferenceTakesTheSettingsOfTheFirstToJoinNotOfAParticipantStillBeingDialedIntoIt() {
		// Steps far apart, so that the participant dialed out is still being dialed
		try (TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMinutes(1)).start()) {
			RecordingApplication app = new RecordingApplication(slow.authToken());
			try {
				TwilioClient client = slow.client();
				String agent = client.conferences()
					.participants(ROOM)
					.create(ConferenceParticipantCreateRequest.builder()
						.from(SUPPORT)
						.to(AGENT)
						.param("ConferenceStatusCallback", app.url("/agent-conference"))
						.build())
					.callSid();
				slow.awaitParticipantStatus(agent, "connecting", TIMEOUT);
				app.twiml("/customer", "<Response><Dial><Conference record=\"record-from-start\" "
						+ "recordingStatusCallback=\"/recording\" statusCallback=\"/conference\">" + ROOM
						+ "</Conference></Dial></Response>");
				slow.addIncomingNumber(SUPPORT, null, app.url("/customer"));
				TwimlReply customer = slow.receiveCall(CUSTOMER, SUPPORT);
				Conference conference = client.conferences().list().items().get(0);
				assertThat(conference.status()).isEqualTo(Conference.Status.IN_PROGRESS);
				assertThat(client.conferences().participants(conference.sid()).fetch(agent).status())
					.isEqualTo(ConferenceParticipant.Status.CONNECTING);
				Recording recording = client.conferences().recordings(conference.sid()).list().items().get(0);
				assertThat(recording.status()).isEqualTo(Recording.Status.IN_PROGRESS);
				assertThat(recording.callSid()).isEqualTo(customer.callSid());
				client.conferences().end(conference.sid());
				assertThat(client.recordings().list().items()).singleElement().satisfies((completed) -> {
					assertThat(completed.sid()).isEqualTo(recording.sid());
					assertThat(completed.status()).isEqualTo(Recording.Status.COMPLETED);
				});
				assertThat(app.paths()).containsExactly("/customer", "/conference", "/conference", "/recording");
			}
			finally {
				app.close();
			}
		}
	}

	@Test
	void awaitingTheStatusOfACallRemovedFromItsConferenceWaitsForTheTwimlAfterItsDial() throws Exception {
		this.app.twiml("/customer", "<Response><Dial action=\"/after\"><Conference>" + ROOM
				+ "</Conference></Dial></Response>");
		this.app.twiml("/after", "<Response><Gather action=\"/menu\"><Say>Back with us</Say></Gather></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		// Another call's status callback holds the emulator's thread, on which the removed
		// call goes on after its <Dial>, until the test waits for the call
		RecordingApplication.Gate gate = this.app.gate("/other-status");
		this.client.calls()
			.create(CallCreateRequest.builder()
				.to(AGENT)
				.from(SUPPORT)
				.twiml("<Response><Say>Hello</Say></Response>")
				.statusCallback(this.app.url("/other-status"))
				.statusCallbackEvent(CallCreateRequest.Event.INITIATED)
				.build());
		assertThat(gate.arrived().await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		this.client.conferences().participants(conferenceSid).delete(customer.callSid());
		Thread test = Thread.currentThread();
		AtomicBoolean done = new AtomicBoolean();
		Thread opener = new Thread(() -> {
			while (!done.get() && test.getState() != Thread.State.TIMED_WAITING) {
				Thread.onSpinWait();
			}
			gate.open().countDown();
		});
		opener.start();
		try {
			EmulatedCall call = this.emulator.awaitCallStatus(customer.callSid(), "in-progress", TIMEOUT);
			assertThat(call.lastReply()).isNotNull();
			assertThat(call.lastReply().says()).containsExactly("Back with us");
		}
		finally {
			done.set(true);
			opener.join();
		}
	}

	@Test
	void participantAnsweredOnceItsConferenceIsFullFails() {
		String first = this.client.conferences()
			.participants(ROOM)
			.create(ConferenceParticipantCreateRequest.builder()
				.from(SUPPORT)
				.to(AGENT)
				.param("MaxParticipants", "2")
				.build())
			.callSid();
		this.emulator.awaitParticipantStatus(first, "connected", TIMEOUT);
		this.app.twiml("/customer", "<Response><Dial><Conference>" + ROOM + "</Conference></Dial></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		ConferenceParticipantResource participants = this.client.conferences().participants(conferenceSid);
		String third = participants
			.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to("client:bob").build())
			.callSid();
		assertThat(this.emulator.awaitParticipantStatus(third, "failed", TIMEOUT).status()).isEqualTo("completed");
		assertThat(participants.list().items()).extracting(ConferenceParticipant::callSid)
			.containsExactly(first, customer.callSid());
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).param("MaxParticipants", "1"),
				20001, "MaxParticipants must be a whole number from 2 to 250, not '1'");
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).param("MaxParticipants", "many"),
				20001, "MaxParticipants must be a whole number from 2 to 250, not 'many'");
	}

	@Test
	void conferenceThatEndsListsNoParticipantStillBeingDialedIntoIt() {
		// Steps far apart, so that the participant dialed out is still being dialed
		try (TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMinutes(1)).start()) {
			TwilioClient client = slow.client();
			String agent = client.conferences()
				.participants(ROOM)
				.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).label("agent").build())
				.callSid();
			slow.awaitParticipantStatus(agent, "connecting", TIMEOUT);
			Conference conference = client.conferences().list().items().get(0);
			ConferenceParticipantResource participants = client.conferences().participants(conference.sid());
			client.conferences().end(conference.sid());
			assertThat(participants.list().items()).isEmpty();
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> participants.fetch("agent"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> participants.delete(agent))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
			// Its call still rings, and hangs up once answered, as it has no conference to join
			assertThat(slow.call(agent).orElseThrow().status()).isEqualTo("initiated");
		}
	}

	@Test
	void participantWhoseConferenceEndedWhileItWasDialedFailsOnceAnswered() {
		// Steps apart, so that the conference ends while the participant is dialed
		try (TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMillis(200)).start()) {
			TwilioClient client = slow.client();
			String agent = client.conferences()
				.participants(ROOM)
				.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).build())
				.callSid();
			Conference conference = client.conferences().list().items().get(0);
			client.conferences().end(conference.sid());
			assertThat(slow.awaitParticipantStatus(agent, "failed", TIMEOUT).status()).isEqualTo("completed");
			assertThat(client.conferences().participants(conference.sid()).list().items()).isEmpty();
		}
	}

	@Test
	void resetForgetsParticipantsBeingDialedAndTheirConference() {
		// Steps far apart, so that the participant is still being dialed when the emulator resets
		try (TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMinutes(1)).start()) {
			TwilioClient client = slow.client();
			String agent = client.conferences()
				.participants(ROOM)
				.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).label("agent").build())
				.callSid();
			slow.awaitParticipantStatus(agent, "connecting", TIMEOUT);
			slow.reset();
			assertThat(client.conferences().list().items()).isEmpty();
			assertThat(slow.calls()).isEmpty();
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> slow.awaitParticipantStatus(agent, "connecting", Duration.ofMillis(50)))
				.withMessageContaining("the emulator has no call " + agent);
			// A conference of the same name is a new one, which the forgotten participant is not in
			String customer = client.conferences()
				.participants(ROOM)
				.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(CUSTOMER).label("agent").build())
				.callSid();
			assertThat(client.conferences().list().items()).singleElement()
				.satisfies((conference) -> assertThat(client.conferences()
					.participants(conference.sid())
					.list()
					.items()).extracting(ConferenceParticipant::callSid).containsExactly(customer));
		}
	}

	@Test
	void badParticipantIsRefusedWithWhatToFix() {
		this.app.twiml("/customer", "<Response><Dial><Conference>" + ROOM + "</Conference></Dial></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		ConferenceParticipantResource participants = this.client.conferences().participants(conferenceSid);
		assertRefused(participants, ConferenceParticipantCreateRequest.builder().from(SUPPORT).to("agent"), 21217,
				"does not appear to be valid");
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).param("Beep", "loud"), 20001,
				"Beep must be true, false, onEnter or onExit");
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).param("Timeout", "2"), 20001,
				"Timeout must be a whole number of seconds from 5 to 600");
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder()
					.from(SUPPORT)
					.to(AGENT)
					.param("ConferenceStatusCallbackEvent", "start talk"),
				21626, "'talk' is invalid");
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).param("StatusCallback", "/status"),
				21609, "not a valid URL");
		String first = participants
			.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).label("agent").build())
			.callSid();
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).label("agent"), 20001,
				"has a participant labeled 'agent' already");
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.conferences()
				.participants("CF" + "0".repeat(32))
				.create(ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).build()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
		this.emulator.awaitParticipantStatus(first, "connected", TIMEOUT);
		this.client.conferences().end(conferenceSid);
		this.emulator.awaitParticipantStatus(customer.callSid(), "complete", TIMEOUT);
		assertRefused(participants, ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT), 20001,
				"is completed");
	}

	@Test
	void coachOfACallThatIsNotConnectedToTheConferenceIsRefused() {
		this.app.twiml("/customer", "<Response><Dial><Conference>" + ROOM + "</Conference></Dial></Response>");
		this.emulator.addIncomingNumber(SUPPORT, null, this.app.url("/customer"));
		TwimlReply customer = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		ConferenceParticipantResource participants = this.client.conferences().participants(conferenceSid);
		String elsewhere = "CA" + "0".repeat(32);
		assertRefused(participants,
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).callSidToCoach(elsewhere), 16028,
				"CallSidToCoach " + elsewhere + " is not a participant connected to conference " + conferenceSid);
		assertThat(participants.list().items()).extracting(ConferenceParticipant::callSid)
			.containsExactly(customer.callSid());
		String supervisor = participants
			.create(ConferenceParticipantCreateRequest.builder()
				.from(SUPPORT)
				.to(AGENT)
				.label("supervisor")
				.callSidToCoach(customer.callSid())
				.build())
			.callSid();
		this.emulator.awaitParticipantStatus(supervisor, "connected", TIMEOUT);
		assertThat(participants.fetch("supervisor").callSidToCoach()).isEqualTo(customer.callSid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> participants.update("supervisor",
					ConferenceParticipantUpdateRequest.builder().callSidToCoach(elsewhere).build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(16028);
			});
		assertThat(participants.fetch("supervisor").callSidToCoach()).isEqualTo(customer.callSid());
	}

	@Test
	void coachRefusedForAConferenceNameNotGoingOnStartsNoConference() {
		String elsewhere = "CA" + "0".repeat(32);
		assertRefused(this.client.conferences().participants(ROOM),
				ConferenceParticipantCreateRequest.builder().from(SUPPORT).to(AGENT).callSidToCoach(elsewhere), 16028,
				"CallSidToCoach " + elsewhere + " is not a participant connected to");
		assertThat(this.client.conferences().list().items()).isEmpty();
	}

	private void assertRefused(ConferenceParticipantResource participants,
			ConferenceParticipantCreateRequest.Builder request, int code, String message) {
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> participants.create(request.build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(code);
				assertThat(ex.getErrorMessage()).contains(message);
			});
	}

	private List<Map<String, String>> params(String path) {
		return this.app.requests.stream()
			.filter((request) -> request.path().equals(path))
			.map(Received::params)
			.toList();
	}

}
