package dev.twiliospring.client.api;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioResponse;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ConferenceParticipantResource}.
 */
class ConferenceParticipantResourceTests {

	private static final String CONFERENCE_SID = "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String PARTICIPANTS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/Conferences/" + CONFERENCE_SID + "/Participants";

	private static final String CALL_SID = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ConferenceParticipantResource participants = this.server.client()
		.conferences()
		.participants(CONFERENCE_SID);

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createDialsParticipantIntoConference() {
		this.server.enqueue(Response.fixture(201, "participant-queued.json"));
		ConferenceParticipant participant = this.participants.create(ConferenceParticipantCreateRequest.builder()
			.from("+15017122661")
			.to("+15558675310")
			.label("agent")
			.endConferenceOnExit(true)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", PARTICIPANTS_PATH + ".json");
		assertThat(request.bodyAsString())
			.isEqualTo("From=%2B15017122661&To=%2B15558675310&Label=agent&EndConferenceOnExit=true");
		assertThat(participant.callSid()).isEqualTo("CAcccccccccccccccccccccccccccccccc");
		assertThat(participant.status()).isEqualTo(ConferenceParticipant.Status.QUEUED);
		assertThat(participant.label()).isEqualTo("agent");
		assertThat(participant.queueTime()).isEqualTo(1500);
		assertThat(participant.endConferenceOnExit()).isTrue();
	}

	@Test
	void createSendsEveryParameterInTwilioFormat() {
		this.server.enqueue(Response.fixture(201, "participant-queued.json"));
		this.participants.create(ConferenceParticipantCreateRequest.builder()
			.from("+15017122661")
			.to("sip:agent@example.com")
			.callerId("+15017122662")
			.label("agent 7")
			.statusCallback(URI.create("https://example.com/twilio/participant"))
			.statusCallbackMethod(HttpMethod.GET)
			.statusCallbackEvent(CallCreateRequest.Event.RINGING, CallCreateRequest.Event.ANSWERED)
			.statusCallbackEvent(CallCreateRequest.Event.COMPLETED)
			.timeout(Duration.ofSeconds(30))
			.timeLimit(Duration.ofHours(1))
			.record(true)
			.muted(true)
			.beep(ConferenceParticipantCreateRequest.Beep.ON_EXIT)
			.startConferenceOnEnter(false)
			.endConferenceOnExit(false)
			.waitUrl("")
			.waitMethod(HttpMethod.GET)
			.earlyMedia(false)
			.coaching(true)
			.callSidToCoach("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
			.jitterBufferSize(ConferenceParticipantCreateRequest.JitterBufferSize.SMALL)
			.machineDetection(CallCreateRequest.MachineDetection.DETECT_MESSAGE_END)
			.param("ConferenceStatusCallback", "https://example.com/twilio/conference")
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("From", List.of("+15017122661")),
				Map.entry("To", List.of("sip:agent@example.com")), Map.entry("CallerId", List.of("+15017122662")),
				Map.entry("Label", List.of("agent 7")),
				Map.entry("StatusCallback", List.of("https://example.com/twilio/participant")),
				Map.entry("StatusCallbackMethod", List.of("GET")),
				Map.entry("StatusCallbackEvent", List.of("ringing", "answered", "completed")),
				Map.entry("Timeout", List.of("30")), Map.entry("TimeLimit", List.of("3600")),
				Map.entry("Record", List.of("true")), Map.entry("Muted", List.of("true")),
				Map.entry("Beep", List.of("onExit")), Map.entry("StartConferenceOnEnter", List.of("false")),
				Map.entry("EndConferenceOnExit", List.of("false")), Map.entry("WaitUrl", List.of("")),
				Map.entry("WaitMethod", List.of("GET")), Map.entry("EarlyMedia", List.of("false")),
				Map.entry("Coaching", List.of("true")),
				Map.entry("CallSidToCoach", List.of("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")),
				Map.entry("JitterBufferSize", List.of("small")),
				Map.entry("MachineDetection", List.of("DetectMessageEnd")),
				Map.entry("ConferenceStatusCallback", List.of("https://example.com/twilio/conference")));
	}

	@Test
	void createSendsTheOtherSpellingsOfEnums() {
		ConferenceParticipantCreateRequest.Builder builder = ConferenceParticipantCreateRequest.builder()
			.from("+15017122661")
			.to("+15558675310");
		assertThat(builder.beep(ConferenceParticipantCreateRequest.Beep.TRUE).build().parameters().getFirst("Beep"))
			.isEqualTo("true");
		assertThat(builder.beep(ConferenceParticipantCreateRequest.Beep.FALSE).build().parameters().getFirst("Beep"))
			.isEqualTo("false");
		assertThat(builder.beep(ConferenceParticipantCreateRequest.Beep.ON_ENTER).build().parameters().getFirst("Beep"))
			.isEqualTo("onEnter");
		assertThat(builder.jitterBufferSize(ConferenceParticipantCreateRequest.JitterBufferSize.OFF)
			.build()
			.parameters()
			.getFirst("JitterBufferSize")).isEqualTo("off");
		assertThat(builder.jitterBufferSize(ConferenceParticipantCreateRequest.JitterBufferSize.MEDIUM)
			.build()
			.parameters()
			.getFirst("JitterBufferSize")).isEqualTo("medium");
		assertThat(builder.jitterBufferSize(ConferenceParticipantCreateRequest.JitterBufferSize.LARGE)
			.build()
			.parameters()
			.getFirst("JitterBufferSize")).isEqualTo("large");
	}

	@Test
	void createRejectsMissingCallerCalleeOrCallToCoach() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantCreateRequest.builder().to("+15558675310").build())
			.withMessage("A participant needs a caller ID: call from(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantCreateRequest.builder().from("+15017122661").build())
			.withMessage("A participant needs a callee: call to(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantCreateRequest.builder()
				.from("+15017122661")
				.to("+15558675310")
				.coaching(true)
				.build())
			.withMessage("A coaching participant needs the call it coaches: call callSidToCoach(...)");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void createRejectsValuesTwilioRefuses() {
		ConferenceParticipantCreateRequest.Builder builder = ConferenceParticipantCreateRequest.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofSeconds(4)))
			.withMessageContaining("Timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofSeconds(601)))
			.withMessageContaining("Timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofMillis(5500)))
			.withMessageContaining("Timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.statusCallbackMethod(HttpMethod.PUT))
			.withMessage("StatusCallbackMethod must be GET or POST, got PUT");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.waitMethod(HttpMethod.DELETE))
			.withMessage("WaitMethod must be GET or POST, got DELETE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.statusCallbackEvent(CallCreateRequest.Event.RINGING, null))
			.withMessage("StatusCallbackEvent values must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.beep(null)).withMessage("Beep must not be null");
		assertThat(builder.timeout(Duration.ofSeconds(5)).from("+1").to("+2").build().parameters().getFirst("Timeout"))
			.isEqualTo("5");
	}

	// twilio_api_v2010.json CreateParticipant and UpdateParticipant: CallSidToCoach has
	// the pattern ^CA[0-9a-fA-F]{32}$, where the other participant methods take a label
	@Test
	void createAndUpdateRefuseACallToCoachThatIsNoCallSid() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantCreateRequest.builder().callSidToCoach("agent"))
			.withMessage("CallSidToCoach must be the call SID of the participant to coach, CA followed by 32 "
					+ "hexadecimal digits, got 'agent'; for a participant known by its label, pass "
					+ "participants.fetch(label).callSid()");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantUpdateRequest.builder()
				.callSidToCoach("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n"))
			.withMessageStartingWith("CallSidToCoach must be the call SID of the participant to coach");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantUpdateRequest.builder()
				.callSidToCoach("CAgggggggggggggggggggggggggggggggg"))
			.withMessageStartingWith("CallSidToCoach must be the call SID of the participant to coach");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantCreateRequest.builder()
				.callSidToCoach("PAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"))
			.withMessageStartingWith("CallSidToCoach must be the call SID of the participant to coach");
		assertThat(ConferenceParticipantUpdateRequest.builder()
			.callSidToCoach("CA0123456789abcdefABCDEF0123456789")
			.build()
			.parameters()
			.getFirst("CallSidToCoach")).isEqualTo("CA0123456789abcdefABCDEF0123456789");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void createRequestToStringShowsNamesOnly() {
		ConferenceParticipantCreateRequest request = ConferenceParticipantCreateRequest.builder()
			.from("+15017122661")
			.to("+15558675310")
			.label("agent")
			.build();
		assertThat(request).hasToString("ConferenceParticipantCreateRequest[From, To, Label]");
	}

	@Test
	void createWithResponseExposesStatusAndRequestId() {
		this.server.enqueue(Response.fixture(201, "participant-queued.json").header("Twilio-Request-Id", "RQpart"));
		TwilioResponse<ConferenceParticipant> response = this.participants
			.createWithResponse(ConferenceParticipantCreateRequest.builder().from("+1").to("+2").build());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.requestId()).isEqualTo("RQpart");
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "participant.json"));
		ConferenceParticipant participant = this.participants.fetch(CALL_SID);
		assertRequest(this.server.takeRequest(), "GET", PARTICIPANTS_PATH + "/" + CALL_SID + ".json");
		assertThat(participant.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(participant.callSid()).isEqualTo(CALL_SID);
		assertThat(participant.label()).isEqualTo("supervisor");
		assertThat(participant.callSidToCoach()).isEqualTo("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
		assertThat(participant.coaching()).isTrue();
		assertThat(participant.conferenceSid()).isEqualTo(CONFERENCE_SID);
		assertThat(participant.dateCreated()).isEqualTo(OffsetDateTime.of(2025, 5, 5, 9, 30, 0, 0, ZoneOffset.UTC));
		assertThat(participant.dateUpdated())
			.isEqualTo(OffsetDateTime.of(2025, 5, 5, 9, 35, 30, 0, ZoneOffset.UTC));
		assertThat(participant.endConferenceOnExit()).isFalse();
		assertThat(participant.muted()).isTrue();
		assertThat(participant.hold()).isTrue();
		assertThat(participant.startConferenceOnEnter()).isFalse();
		assertThat(participant.status()).isEqualTo(ConferenceParticipant.Status.CONNECTED);
		assertThat(participant.queueTime()).isNull();
		assertThat(participant.uri()).isEqualTo(PARTICIPANTS_PATH + "/" + CALL_SID + ".json");
	}

	@Test
	void fetchByLabelPercentEncodesIt() {
		this.server.enqueue(Response.fixture(200, "participant.json"));
		this.participants.fetch("agent 7/b");
		assertRequest(this.server.takeRequest(), "GET", PARTICIPANTS_PATH + "/agent%207%2Fb.json");
	}

	@Test
	void enumsReadTwilioValues() {
		assertThat(ConferenceParticipant.Status.from("queued")).isEqualTo(ConferenceParticipant.Status.QUEUED);
		assertThat(ConferenceParticipant.Status.from("connecting"))
			.isEqualTo(ConferenceParticipant.Status.CONNECTING);
		assertThat(ConferenceParticipant.Status.from("ringing")).isEqualTo(ConferenceParticipant.Status.RINGING);
		assertThat(ConferenceParticipant.Status.from("complete")).isEqualTo(ConferenceParticipant.Status.COMPLETE);
		assertThat(ConferenceParticipant.Status.from("failed")).isEqualTo(ConferenceParticipant.Status.FAILED);
		assertThat(ConferenceParticipant.Status.from("completed")).isEqualTo(ConferenceParticipant.Status.UNKNOWN);
	}

	@Test
	void listSendsFilters() {
		this.server.enqueue(Response.fixture(200, "participants-page-0.json"));
		Page<ConferenceParticipant> page = this.participants.list(
				ConferenceParticipantListRequest.builder().muted(false).hold(true).coaching(false).pageSize(2).build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", PARTICIPANTS_PATH + ".json");
		assertThat(request.rawQuery()).isEqualTo("Muted=false&Hold=true&Coaching=false&PageSize=2");
		assertThat(page.items()).extracting(ConferenceParticipant::callSid)
			.containsExactly("CA00000000000000000000000000000001", "CA00000000000000000000000000000002");
		assertThat(page.items()).extracting(ConferenceParticipant::label).containsExactly("customer", null);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void streamFollowsNextPageUriAndMapsUnknownStatusToUnknown() {
		this.server.enqueue(Response.fixture(200, "participants-page-0.json"),
				Response.fixture(200, "participants-page-1.json"));
		List<ConferenceParticipant> all;
		try (Stream<ConferenceParticipant> stream = this.participants
			.stream(ConferenceParticipantListRequest.builder().hold(true).pageSize(2).build())) {
			all = stream.toList();
		}
		assertThat(all).extracting(ConferenceParticipant::status)
			.containsExactly(ConferenceParticipant.Status.CONNECTED, ConferenceParticipant.Status.RINGING,
					ConferenceParticipant.Status.UNKNOWN);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).allSatisfy((request) -> assertRequest(request, "GET", PARTICIPANTS_PATH + ".json"));
		assertThat(requests).extracting(RecordedRequest::rawQuery)
			.containsExactly("Hold=true&PageSize=2", "Hold=true&PageSize=2&Page=1&PageToken=PACA1");
	}

	@Test
	void nextPageFollowsNextPageUri() {
		this.server.enqueue(Response.fixture(200, "participants-page-0.json"),
				Response.fixture(200, "participants-page-1.json"));
		Page<ConferenceParticipant> last = this.participants.nextPage(this.participants.list()).orElseThrow();
		assertThat(last.items()).extracting(ConferenceParticipant::callSid)
			.containsExactly("CA00000000000000000000000000000003");
		assertThat(this.participants.nextPage(last)).isEmpty();
		assertThat(this.server.requests().get(1).path()).isEqualTo(PARTICIPANTS_PATH + ".json");
	}

	@Test
	void updateSendsEveryParameter() {
		this.server.enqueue(Response.fixture(200, "participant.json"));
		ConferenceParticipant participant = this.participants.update("supervisor",
				ConferenceParticipantUpdateRequest.builder()
					.muted(false)
					.hold(true)
					.holdUrl(URI.create("https://example.com/hold.mp3"))
					.holdMethod(HttpMethod.GET)
					.announceUrl("https://example.com/twiml/announce")
					.announceMethod(HttpMethod.POST)
					.waitUrl(URI.create("https://example.com/wait.mp3"))
					.waitMethod(HttpMethod.GET)
					.beepOnExit(false)
					.endConferenceOnExit(true)
					.coaching(true)
					.callSidToCoach("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
					.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", PARTICIPANTS_PATH + "/supervisor.json");
		assertThat(request.form()).containsExactly(Map.entry("Muted", List.of("false")),
				Map.entry("Hold", List.of("true")), Map.entry("HoldUrl", List.of("https://example.com/hold.mp3")),
				Map.entry("HoldMethod", List.of("GET")),
				Map.entry("AnnounceUrl", List.of("https://example.com/twiml/announce")),
				Map.entry("AnnounceMethod", List.of("POST")),
				Map.entry("WaitUrl", List.of("https://example.com/wait.mp3")), Map.entry("WaitMethod", List.of("GET")),
				Map.entry("BeepOnExit", List.of("false")), Map.entry("EndConferenceOnExit", List.of("true")),
				Map.entry("Coaching", List.of("true")),
				Map.entry("CallSidToCoach", List.of("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")));
		assertThat(participant.label()).isEqualTo("supervisor");
	}

	@Test
	void shortcutsSendOneChange() {
		for (int i = 0; i < 5; i++) {
			this.server.enqueue(Response.fixture(200, "participant.json"));
		}
		this.participants.mute(CALL_SID);
		this.participants.unmute(CALL_SID);
		this.participants.hold(CALL_SID);
		this.participants.hold(CALL_SID, "https://example.com/hold.mp3");
		this.participants.unhold(CALL_SID);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests)
			.allSatisfy((request) -> assertRequest(request, "POST", PARTICIPANTS_PATH + "/" + CALL_SID + ".json"));
		assertThat(requests).extracting(RecordedRequest::bodyAsString)
			.containsExactly("Muted=true", "Muted=false", "Hold=true",
					"Hold=true&HoldUrl=https%3A%2F%2Fexample.com%2Fhold.mp3", "Hold=false");
	}

	@Test
	void updateRejectsAnnounceMethodWithoutUrlAndEmptyChanges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantUpdateRequest.builder().announceMethod(HttpMethod.GET).build())
			.withMessage("AnnounceMethod is how Twilio requests AnnounceUrl: set announceUrl(...) too");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceParticipantUpdateRequest.builder().holdMethod(HttpMethod.PATCH))
			.withMessage("HoldMethod must be GET or POST, got PATCH");
		assertThatIllegalArgumentException().isThrownBy(() -> ConferenceParticipantUpdateRequest.builder().build())
			.withMessage("A participant update needs a change, such as muted(...), hold(...), announceUrl(...) or "
					+ "coaching(...)");
	}

	@Test
	void updateRefusesMethodWithoutItsUrlAndSendsNothing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.participants.update(CALL_SID,
					ConferenceParticipantUpdateRequest.builder().hold(true).holdMethod(HttpMethod.POST).build()))
			.withMessage("HoldMethod is how Twilio requests HoldUrl: set holdUrl(...) too");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.participants.update(CALL_SID,
					ConferenceParticipantUpdateRequest.builder().muted(true).waitMethod(HttpMethod.GET).build()))
			.withMessage("WaitMethod is how Twilio requests WaitUrl: set waitUrl(...) too");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.participants.update(CALL_SID,
					ConferenceParticipantUpdateRequest.builder()
						.holdUrl("https://example.com/hold.mp3")
						.announceMethod(HttpMethod.GET)
						.build()))
			.withMessage("AnnounceMethod is how Twilio requests AnnounceUrl: set announceUrl(...) too");
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void createSendsMethodsWithoutTheirUrlsAsTwilioIgnoresThem() {
		this.server.enqueue(Response.fixture(201, "participant-queued.json"));
		// Methods an application sets on every participant it adds, whichever callbacks
		// that one has: Twilio ignores a method without its URL
		this.participants.create(participant().waitMethod(HttpMethod.GET)
			.statusCallbackMethod(HttpMethod.GET)
			.param("ConferenceRecordingStatusCallbackMethod", "GET")
			.build());
		assertThat(this.server.takeRequest().form()).containsEntry("WaitMethod", List.of("GET"))
			.containsEntry("StatusCallbackMethod", List.of("GET"))
			.containsEntry("ConferenceRecordingStatusCallbackMethod", List.of("GET"))
			.doesNotContainKeys("WaitUrl", "StatusCallback", "ConferenceRecordingStatusCallback");
	}

	@Test
	void createAndUpdateSendMethodWithItsUrl() {
		this.server.enqueue(Response.fixture(201, "participant-queued.json"));
		this.server.enqueue(Response.fixture(200, "participant.json"));
		this.participants.create(participant().waitUrl("https://example.com/wait.mp3")
			.waitMethod(HttpMethod.GET)
			.param("ConferenceRecordingStatusCallback", "https://example.com/recording")
			.param("ConferenceRecordingStatusCallbackMethod", "GET")
			.build());
		this.participants.update(CALL_SID, ConferenceParticipantUpdateRequest.builder()
			.holdUrl("https://example.com/hold.mp3")
			.holdMethod(HttpMethod.POST)
			.build());
		assertThat(this.server.requests()).extracting(RecordedRequest::bodyAsString)
			.containsExactly("From=%2B15017122661&To=%2B15558675310&WaitUrl=https%3A%2F%2Fexample.com%2Fwait.mp3"
					+ "&WaitMethod=GET&ConferenceRecordingStatusCallback=https%3A%2F%2Fexample.com%2Frecording"
					+ "&ConferenceRecordingStatusCallbackMethod=GET",
					"HoldUrl=https%3A%2F%2Fexample.com%2Fhold.mp3&HoldMethod=POST");
	}

	private static ConferenceParticipantCreateRequest.Builder participant() {
		return ConferenceParticipantCreateRequest.builder().from("+15017122661").to("+15558675310");
	}

	@Test
	void deleteRemovesParticipant() {
		this.server.enqueue(Response.empty(204));
		TwilioResponse<?> response = this.participants.deleteWithResponse("customer");
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "DELETE", PARTICIPANTS_PATH + "/customer.json");
		assertThat(request.body()).isEmpty();
		assertThat(response.statusCode()).isEqualTo(204);
	}

	@Test
	void participantsOfSubaccountUseItsPath() {
		this.server.enqueue(Response.fixture(200, "participant.json"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.client().forAccount(subaccount).conferences().participants(CONFERENCE_SID).fetch(CALL_SID);
		assertRequest(this.server.takeRequest(), "GET", "/2010-04-01/Accounts/" + subaccount + "/Conferences/"
				+ CONFERENCE_SID + "/Participants/" + CALL_SID + ".json");
	}

	@Test
	void rejectsEmptySids() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.client().conferences().participants(""))
			.withMessage("Conference SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.participants.fetch(""))
			.withMessage("Participant call SID or label must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.participants.mute(" "))
			.withMessage("Participant call SID or label must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

}
