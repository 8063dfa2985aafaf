package dev.twiliospring.test.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceListRequest;
import dev.twiliospring.client.api.ConferenceParticipantCreateRequest;
import dev.twiliospring.client.api.ConferenceParticipantResource;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.test.emulator.WebhookDelivery;
import dev.twiliospring.twiml.Dial;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.ConferenceStatusCallback;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for the conferences of the emulator that {@link AutoConfigureTwilioEmulator}
 * starts, with an application whose {@link TwilioWebhook} handlers put callers into a
 * conference and receive its status callbacks as {@link ConferenceStatusCallback}, and
 * which mutes them with its {@link TwilioClient}.
 */
@SpringBootTest(classes = TwilioEmulatorConferenceWebhookTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator(stepDelay = "5ms")
class TwilioEmulatorConferenceWebhookTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String SUPPORT = "+14155550199";

	private static final String AGENTS = "+14155550198";

	private static final String HOTLINE = "+14155550197";

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	TwilioClient client;

	@Autowired
	App app;

	@LocalServerPort
	int port;

	@BeforeEach
	void numbers() {
		this.app.events.clear();
		String voice = "http://localhost:" + this.port + "/twilio/voice";
		this.emulator.addIncomingNumber(SUPPORT, null, voice);
		this.emulator.addIncomingNumber(AGENTS, null, voice);
		this.emulator.addIncomingNumber(HOTLINE, null, voice);
	}

	@Test
	void callersJoinTheConferenceOfTheirTwimlAndItsEventsReachTheApplication() {
		TwimlReply customer = this.emulator.receiveCall("+14155550100", SUPPORT);
		TwimlReply agent = this.emulator.receiveCall("+14155550177", AGENTS);
		assertThat(customer.statusCode()).isEqualTo(200);
		Conference conference = this.client.conferences()
			.list(ConferenceListRequest.builder().friendlyName("support").build())
			.items()
			.get(0);
		assertThat(conference.status()).isEqualTo(Conference.Status.IN_PROGRESS);
		ConferenceParticipantResource participants = this.client.conferences().participants(conference.sid());
		assertThat(participants.mute("customer").muted()).isTrue();
		// The agent ends the conference on exit, and the customer's call ends with it
		this.emulator.hangUp(agent.callSid());
		this.emulator.awaitCallStatus(customer.callSid(), "completed", TIMEOUT);
		assertThat(this.client.conferences().fetch(conference.sid()).status())
			.isEqualTo(Conference.Status.COMPLETED);
		assertThat(this.app.events).extracting((event) -> event.statusCallbackEvent().value())
			.containsExactly("participant-join", "conference-start", "participant-join", "participant-mute",
					"participant-leave", "participant-leave", "conference-end");
		// Each binds as a ConferenceStatusCallback, numbered in the order they happened
		assertThat(this.app.events).extracting(ConferenceStatusCallback::sequenceNumber)
			.containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThat(this.app.events).allSatisfy((event) -> {
			assertThat(event.conferenceSid()).isEqualTo(conference.sid());
			assertThat(event.friendlyName()).isEqualTo("support");
			assertThat(event.timestamp()).isNotNull();
		});
		ConferenceStatusCallback start = this.app.events.get(1);
		assertThat(start.callSid()).isNull();
		assertThat(start.muted()).isNull();
		ConferenceStatusCallback mute = this.app.events.get(3);
		assertThat(mute.callSid()).isEqualTo(customer.callSid());
		assertThat(mute.participantLabel()).isEqualTo("customer");
		assertThat(mute.muted()).isTrue();
		assertThat(mute.hold()).isFalse();
		assertThat(mute.coaching()).isFalse();
		// The agent hung up, and its leaving, as it ends the conference on exit, dropped
		// the customer, whose call goes on after its <Dial>
		ConferenceStatusCallback agentLeft = this.app.events.get(4);
		assertThat(agentLeft.callSid()).isEqualTo(agent.callSid());
		assertThat(agentLeft.reasonParticipantLeft()).isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_HUNG_UP);
		assertThat(agentLeft.participantCallStatus()).isEqualTo(Call.Status.COMPLETED);
		ConferenceStatusCallback customerLeft = this.app.events.get(5);
		assertThat(customerLeft.callSid()).isEqualTo(customer.callSid());
		assertThat(customerLeft.reasonParticipantLeft()).isEqualTo(ConferenceStatusCallback.ReasonParticipantLeft.MODERATOR_ENDED_CONFERENCE);
		assertThat(customerLeft.participantCallStatus()).isEqualTo(Call.Status.IN_PROGRESS);
		ConferenceStatusCallback end = this.app.events.get(6);
		assertThat(end.statusCallbackEvent()).isEqualTo(ConferenceStatusCallback.Event.CONFERENCE_END);
		assertThat(end.reasonConferenceEnded())
			.isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT);
		assertThat(end.callSidEndingConference()).isEqualTo(agent.callSid());
		assertThat(end.participantLabelEndingConference()).isEqualTo("agent");
		assertThat(this.emulator.callbacks()).filteredOn((delivery) -> delivery.url().endsWith("/twilio/conference"))
			.extracting(WebhookDelivery::statusCode)
			.hasSize(7)
			.allSatisfy((status) -> assertThat(status).isEqualTo(200));
	}

	@Test
	void participantLeaveSaysWhyTheParticipantLeftAndHowItsCallStood() {
		TwimlReply first = this.emulator.receiveCall("+14155550100", HOTLINE);
		TwimlReply second = this.emulator.receiveCall("+14155550101", HOTLINE);
		TwimlReply third = this.emulator.receiveCall("+14155550102", HOTLINE);
		Conference conference = this.client.conferences()
			.list(ConferenceListRequest.builder().friendlyName("hotline").build())
			.items()
			.get(0);
		ConferenceParticipantResource participants = this.client.conferences().participants(conference.sid());
		participants.delete(second.callSid());
		String unanswered = participants
			.create(ConferenceParticipantCreateRequest.builder().from(HOTLINE).to(TwilioTestNumbers.FAILING).build())
			.callSid();
		this.emulator.awaitCallStatus(unanswered, "no-answer", TIMEOUT);
		this.emulator.hangUp(third.callSid());
		this.emulator.awaitCallStatus(third.callSid(), "completed", TIMEOUT);
		this.client.conferences().end(conference.sid());
		assertThat(this.app.events)
			.filteredOn((event) -> event.statusCallbackEvent() == ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)
			.extracting(ConferenceStatusCallback::callSid, ConferenceStatusCallback::reasonParticipantLeft,
					ConferenceStatusCallback::participantCallStatus)
			.containsExactly(tuple(second.callSid(), ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_UPDATED_VIA_API, Call.Status.IN_PROGRESS),
					tuple(unanswered, ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_ADD_FAILED, Call.Status.NO_ANSWER),
					tuple(third.callSid(), ConferenceStatusCallback.ReasonParticipantLeft.PARTICIPANT_HUNG_UP, Call.Status.COMPLETED),
					tuple(first.callSid(), ConferenceStatusCallback.ReasonParticipantLeft.CONFERENCE_ENDED_VIA_API, Call.Status.IN_PROGRESS));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		final List<ConferenceStatusCallback> events = new CopyOnWriteArrayList<>();

		@TwilioWebhook
		@PostMapping("/twilio/voice")
		VoiceResponse voice(InboundCall call) {
			if (HOTLINE.equals(call.to())) {
				return VoiceResponse.builder()
					.dial(Dial.builder()
						.conference(dev.twiliospring.twiml.Conference.of("hotline")
							.statusCallback("/twilio/conference")
							.statusCallbackEvent(dev.twiliospring.twiml.Conference.Event.LEAVE)))
					.build();
			}
			if (AGENTS.equals(call.to())) {
				return VoiceResponse.builder()
					.dial(Dial.builder()
						.conference(dev.twiliospring.twiml.Conference.of("support")
							.participantLabel("agent")
							.endConferenceOnExit(true)))
					.build();
			}
			return VoiceResponse.builder()
				.dial(Dial.builder()
					.conference(dev.twiliospring.twiml.Conference.of("support")
						.participantLabel("customer")
						.statusCallback("/twilio/conference")
						.statusCallbackEvent(dev.twiliospring.twiml.Conference.Event.START,
								dev.twiliospring.twiml.Conference.Event.END,
								dev.twiliospring.twiml.Conference.Event.JOIN,
								dev.twiliospring.twiml.Conference.Event.LEAVE,
								dev.twiliospring.twiml.Conference.Event.MUTE)))
				.build();
		}

		@TwilioWebhook
		@PostMapping("/twilio/conference")
		void conference(ConferenceStatusCallback event) {
			this.events.add(event);
		}

	}

}
