package dev.twiliospring.client.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;
import dev.twiliospring.twiml.TwimlDocument;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CallResource}.
 */
class CallResourceTests {

	private static final String CALLS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Calls";

	private static final String SID = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String SAY_HELLO = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Hello &amp; "
			+ "welcome</Say></Response>";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final CallResource calls = this.server.client().calls();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createPlacesCallWithUrl() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		Call call = this.calls.create(CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.url("https://example.com/twiml?step=1")
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + ".json");
		assertThat(request.bodyAsString())
			.isEqualTo("To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml%3Fstep%3D1");
		assertThat(call.sid()).isEqualTo(SID);
		assertThat(call.status()).isEqualTo(Call.Status.QUEUED);
		assertThat(call.direction()).isEqualTo(Call.Direction.OUTBOUND_API);
		assertThat(call.startTime()).isNull();
		assertThat(call.duration()).isNull();
		assertThat(call.price()).isNull();
	}

	@Test
	void createSendsInlineTwimlRenderedFromDocument() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.calls.create(CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.twiml(document(SAY_HELLO))
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + ".json");
		assertThat(request.form()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("From", List.of("+15017122661")), Map.entry("Twiml", List.of(SAY_HELLO)));
	}

	@Test
	void createSendsInlineTwimlText() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.calls.create(CallCreateRequest.builder()
			.to("client:alice")
			.from("+15017122661")
			.twiml("<Response><Hangup/></Response>")
			.build());
		assertThat(this.server.takeRequest().bodyAsString())
			.isEqualTo("To=client%3Aalice&From=%2B15017122661&Twiml=%3CResponse%3E%3CHangup%2F%3E%3C%2FResponse%3E");
	}

	@Test
	void createSendsApplicationSidAndRepeatedStatusCallbackEvents() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.calls.create(CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.applicationSid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.statusCallback(URI.create("https://example.com/twilio/call-status"))
			.statusCallbackEvent(CallCreateRequest.Event.INITIATED, CallCreateRequest.Event.RINGING)
			.statusCallbackEvent(CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
			.statusCallbackMethod(HttpMethod.GET)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.form()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("From", List.of("+15017122661")),
				Map.entry("ApplicationSid", List.of("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("StatusCallback", List.of("https://example.com/twilio/call-status")),
				Map.entry("StatusCallbackEvent", List.of("initiated", "ringing", "answered", "completed")),
				Map.entry("StatusCallbackMethod", List.of("GET")));
		assertThat(request.bodyAsString()).contains("StatusCallbackEvent=initiated&StatusCallbackEvent=ringing"
				+ "&StatusCallbackEvent=answered&StatusCallbackEvent=completed");
	}

	@Test
	void createSendsRecordingParametersInTwilioFormat() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.calls.create(CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.url(URI.create("https://example.com/twiml"))
			.record(true)
			.recordingChannels(CallCreateRequest.RecordingChannels.DUAL)
			.recordingStatusCallback("https://example.com/twilio/recording")
			.recordingStatusCallbackMethod(HttpMethod.GET)
			.recordingStatusCallbackEvent(CallCreateRequest.RecordingEvent.IN_PROGRESS,
					CallCreateRequest.RecordingEvent.COMPLETED, CallCreateRequest.RecordingEvent.ABSENT)
			.recordingTrack(CallCreateRequest.RecordingTrack.INBOUND)
			.trim(CallCreateRequest.Trim.DO_NOT_TRIM)
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("From", List.of("+15017122661")), Map.entry("Url", List.of("https://example.com/twiml")),
				Map.entry("Record", List.of("true")), Map.entry("RecordingChannels", List.of("dual")),
				Map.entry("RecordingStatusCallback", List.of("https://example.com/twilio/recording")),
				Map.entry("RecordingStatusCallbackMethod", List.of("GET")),
				Map.entry("RecordingStatusCallbackEvent", List.of("in-progress", "completed", "absent")),
				Map.entry("RecordingTrack", List.of("inbound")), Map.entry("Trim", List.of("do-not-trim")));
	}

	@Test
	void createSendsMachineDetectionParametersInTwilioUnits() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.calls.create(CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.url("https://example.com/twiml")
			.machineDetection(CallCreateRequest.MachineDetection.DETECT_MESSAGE_END)
			.machineDetectionTimeout(Duration.ofSeconds(15))
			.machineDetectionSpeechThreshold(Duration.ofMillis(2400))
			.machineDetectionSpeechEndThreshold(Duration.ofMillis(1200))
			.machineDetectionSilenceTimeout(Duration.ofSeconds(5))
			.asyncAmd(true)
			.asyncAmdStatusCallback("https://example.com/twilio/amd")
			.asyncAmdStatusCallbackMethod(HttpMethod.POST)
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("From", List.of("+15017122661")), Map.entry("Url", List.of("https://example.com/twiml")),
				Map.entry("MachineDetection", List.of("DetectMessageEnd")),
				Map.entry("MachineDetectionTimeout", List.of("15")),
				Map.entry("MachineDetectionSpeechThreshold", List.of("2400")),
				Map.entry("MachineDetectionSpeechEndThreshold", List.of("1200")),
				Map.entry("MachineDetectionSilenceTimeout", List.of("5000")), Map.entry("AsyncAmd", List.of("true")),
				Map.entry("AsyncAmdStatusCallback", List.of("https://example.com/twilio/amd")),
				Map.entry("AsyncAmdStatusCallbackMethod", List.of("POST")));
	}

	@Test
	void createSendsRemainingParameters() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.calls.create(CallCreateRequest.builder()
			.to("sip:alice@example.com")
			.from("+15017122661")
			.url("https://example.com/twiml")
			.method(HttpMethod.GET)
			.fallbackUrl("https://example.com/fallback")
			.fallbackMethod(HttpMethod.POST)
			.sendDigits("W1234#")
			.timeout(Duration.ofSeconds(20))
			.timeLimit(Duration.ofHours(1))
			.callerId("+15017122661")
			.sipAuth("alice", "sip-secret")
			.byoc("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.callReason("Your delivery is here")
			.callToken("token-of-the-inbound-call")
			.clientNotificationUrl("https://example.com/push")
			.param("Annotation", "spring")
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(
				Map.entry("To", List.of("sip:alice@example.com")), Map.entry("From", List.of("+15017122661")),
				Map.entry("Url", List.of("https://example.com/twiml")), Map.entry("Method", List.of("GET")),
				Map.entry("FallbackUrl", List.of("https://example.com/fallback")),
				Map.entry("FallbackMethod", List.of("POST")), Map.entry("SendDigits", List.of("W1234#")),
				Map.entry("Timeout", List.of("20")), Map.entry("TimeLimit", List.of("3600")),
				Map.entry("CallerId", List.of("+15017122661")), Map.entry("SipAuthUsername", List.of("alice")),
				Map.entry("SipAuthPassword", List.of("sip-secret")),
				Map.entry("Byoc", List.of("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("CallReason", List.of("Your delivery is here")),
				Map.entry("CallToken", List.of("token-of-the-inbound-call")),
				Map.entry("ClientNotificationUrl", List.of("https://example.com/push")),
				Map.entry("Annotation", List.of("spring")));
	}

	@Test
	void createRequestToStringShowsNamesButNotTheSipPassword() {
		CallCreateRequest request = CallCreateRequest.builder()
			.to("sip:alice@example.com")
			.from("+15017122661")
			.url("https://example.com/twiml")
			.sipAuth("alice", "sip-secret")
			.build();
		assertThat(request).hasToString("CallCreateRequest[To, From, Url, SipAuthUsername, SipAuthPassword]");
	}

	@Test
	void createRejectsMissingCalleeCallerOrTwiml() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder().from("+15017122661").url("https://example.com").build())
			.withMessage("A call needs a callee: call to(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder().to("+15558675310").url("https://example.com").build())
			.withMessage("A call needs a caller ID: call from(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder().to("+15558675310").from("+15017122661").build())
			.withMessage("A call needs TwiML to run: call url(...), twiml(...) or applicationSid(...)");
	}

	@Test
	void createRejectsMoreThanOneTwimlSource() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.url("https://example.com/twiml")
				.twiml("<Response/>")
				.build())
			.withMessage("A call runs exactly one of url(...), twiml(...) and applicationSid(...), but url(...) "
					+ "and twiml(...) are set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.url("https://example.com/twiml")
				.twiml("<Response/>")
				.applicationSid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
				.build())
			.withMessageEndingWith("but url(...) and twiml(...) and applicationSid(...) are set");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void createRejectsTwimlLongerThanTwilioAccepts() {
		String twiml = "<Response><Say>" + "a".repeat(3980) + "</Say></Response>";
		assertThatIllegalArgumentException().isThrownBy(() -> CallCreateRequest.builder().twiml(twiml))
			.withMessage("Twiml must be at most 4000 characters, got 4012; serve it from a URL and pass url(...) "
					+ "instead");
		assertThatIllegalArgumentException().isThrownBy(() -> CallCreateRequest.builder().twiml(document(twiml)))
			.withMessageStartingWith("Twiml must be at most 4000 characters");
		assertThat(CallCreateRequest.builder()
			.to("+1")
			.from("+2")
			.twiml("<Response><Say>" + "a".repeat(3968) + "</Say></Response>")
			.build()
			.parameters()
			.getFirst("Twiml")).hasSize(4000);
	}

	@Test
	void createRejectsCallbackMethodsOtherThanGetAndPost() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder().statusCallbackMethod(HttpMethod.PUT))
			.withMessage("StatusCallbackMethod must be GET or POST, got PUT");
		assertThatIllegalArgumentException().isThrownBy(() -> CallCreateRequest.builder().method(HttpMethod.DELETE))
			.withMessage("Method must be GET or POST, got DELETE");
	}

	@Test
	void createRejectsNegativeDurations() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallCreateRequest.builder().timeout(Duration.ofSeconds(-1)))
			.withMessage("Timeout must be whole seconds between 1 and 600, got PT-1S");
	}

	// CreateCall: Timeout, TimeLimit and MachineDetectionTimeout are integer seconds
	// (Timeout at most 600), the machine detection thresholds integer milliseconds in the
	// ranges the spec gives. A fraction was cut off: 500 ms went as Timeout=0.
	@Test
	void createRejectsDurationsThatAreNotWholeUnitsOrOutsideTwilioRange() {
		CallCreateRequest.Builder builder = CallCreateRequest.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofMillis(500)))
			.withMessage("Timeout must be whole seconds between 1 and 600, got PT0.5S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ZERO))
			.withMessage("Timeout must be whole seconds between 1 and 600, got PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofSeconds(601)))
			.withMessage("Timeout must be whole seconds between 1 and 600, got PT10M1S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeLimit(Duration.ofMillis(999)))
			.withMessage("TimeLimit must be whole seconds, at least 1, got PT0.999S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeLimit(Duration.ofMillis(3_600_500)))
			.withMessage("TimeLimit must be whole seconds, at least 1, got PT1H0.5S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.machineDetectionTimeout(Duration.ofMillis(2500)))
			.withMessage("MachineDetectionTimeout must be whole seconds, at least 1, got PT2.5S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.machineDetectionSpeechThreshold(Duration.ofNanos(2_400_500_000L)))
			.withMessage("MachineDetectionSpeechThreshold must be whole milliseconds between 1000 and 6000, "
					+ "got PT2.4005S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.machineDetectionSpeechThreshold(Duration.ofMillis(999)))
			.withMessage("MachineDetectionSpeechThreshold must be whole milliseconds between 1000 and 6000, "
					+ "got PT0.999S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.machineDetectionSpeechEndThreshold(Duration.ofMillis(5001)))
			.withMessage("MachineDetectionSpeechEndThreshold must be whole milliseconds between 500 and 5000, "
					+ "got PT5.001S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.machineDetectionSilenceTimeout(Duration.ofSeconds(1)))
			.withMessage("MachineDetectionSilenceTimeout must be whole milliseconds between 2000 and 10000, "
					+ "got PT1S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(null))
			.withMessage("Timeout must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallUpdateRequest.builder().timeLimit(Duration.ofMillis(1500)))
			.withMessage("TimeLimit must be whole seconds, at least 1, got PT1.5S");
	}

	@Test
	void createSendsDurationsAtTheEdgesOfTwilioRange() {
		CallCreateRequest request = CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.url("https://example.com/twiml")
			.timeout(Duration.ofMinutes(10))
			.timeLimit(Duration.ofSeconds(1))
			.machineDetectionTimeout(Duration.ofSeconds(1))
			.machineDetectionSpeechThreshold(Duration.ofSeconds(6))
			.machineDetectionSpeechEndThreshold(Duration.ofMillis(500))
			.machineDetectionSilenceTimeout(Duration.ofSeconds(10))
			.build();
		assertThat(request.parameters().asMap()).containsEntry("Timeout", List.of("600"))
			.containsEntry("TimeLimit", List.of("1"))
			.containsEntry("MachineDetectionTimeout", List.of("1"))
			.containsEntry("MachineDetectionSpeechThreshold", List.of("6000"))
			.containsEntry("MachineDetectionSpeechEndThreshold", List.of("500"))
			.containsEntry("MachineDetectionSilenceTimeout", List.of("10000"));
	}

	@Test
	void createWithResponseExposesStatusAndRequestId() {
		this.server.enqueue(Response.fixture(201, "call-queued.json").header("Twilio-Request-Id", "RQcall"));
		TwilioResponse<Call> response = this.calls.createWithResponse(
				CallCreateRequest.builder().to("+1").from("+2").url("https://example.com").build());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.requestId()).isEqualTo("RQcall");
		assertThat(response.body().sid()).isEqualTo(SID);
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		Call call = this.calls.fetch(SID);
		assertRequest(this.server.takeRequest(), "GET", CALLS_PATH + "/" + SID + ".json");
		assertThat(call.sid()).isEqualTo(SID);
		assertThat(call.dateCreated()).isEqualTo(OffsetDateTime.of(2019, 10, 18, 17, 0, 0, 0, ZoneOffset.UTC));
		assertThat(call.dateUpdated()).isEqualTo(OffsetDateTime.of(2019, 10, 18, 17, 1, 0, 0, ZoneOffset.UTC));
		assertThat(call.parentCallSid()).isEqualTo("CAdeadbeefdeadbeefdeadbeefdeadbeef");
		assertThat(call.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(call.to()).isEqualTo("+13051913581");
		assertThat(call.toFormatted()).isEqualTo("(305) 191-3581");
		assertThat(call.from()).isEqualTo("+13051416799");
		assertThat(call.fromFormatted()).isEqualTo("(305) 141-6799");
		assertThat(call.phoneNumberSid()).isEqualTo("PNdeadbeefdeadbeefdeadbeefdeadbeef");
		assertThat(call.status()).isEqualTo(Call.Status.COMPLETED);
		assertThat(call.startTime()).isEqualTo(OffsetDateTime.of(2019, 10, 18, 17, 2, 0, 0, ZoneOffset.UTC));
		assertThat(call.endTime()).isEqualTo(OffsetDateTime.of(2019, 10, 18, 17, 3, 0, 0, ZoneOffset.UTC));
		assertThat(call.duration()).isEqualTo(4);
		assertThat(call.price()).isEqualTo(new BigDecimal("-0.200"));
		assertThat(call.priceUnit()).isEqualTo("USD");
		assertThat(call.direction()).isEqualTo(Call.Direction.OUTBOUND_API);
		assertThat(call.answeredBy()).isEqualTo(Call.AnsweredBy.MACHINE_START);
		assertThat(call.apiVersion()).isEqualTo("2010-04-01");
		assertThat(call.forwardedFrom()).isEqualTo("calledvia1");
		assertThat(call.groupSid()).isEqualTo("GPdeadbeefdeadbeefdeadbeefdeadbeef");
		assertThat(call.callerName()).isEqualTo("callerid1");
		assertThat(call.queueTime()).isEqualTo(1000);
		assertThat(call.trunkSid()).isEqualTo("TKdeadbeefdeadbeefdeadbeefdeadbeef");
		assertThat(call.uri()).isEqualTo(CALLS_PATH + "/" + SID + ".json");
		assertThat(call.subresourceUris()).hasSize(9)
			.containsEntry("recordings", CALLS_PATH + "/" + SID + "/Recordings.json");
	}

	@Test
	void fetchMapsUnknownEnumValuesToUnknownAndEmptyNumbersToNull() {
		this.server.enqueue(Response.fixture(200, "call-unknown-enums.json"));
		Call call = this.calls.fetch(SID);
		assertThat(call.status()).isEqualTo(Call.Status.UNKNOWN);
		assertThat(call.direction()).isEqualTo(Call.Direction.UNKNOWN);
		assertThat(call.answeredBy()).isEqualTo(Call.AnsweredBy.UNKNOWN);
		assertThat(call.duration()).isNull();
		assertThat(call.price()).isNull();
	}

	@Test
	void unknownEnumValueIsReadFromTheJsonOfTheSameAnswer() {
		this.server.enqueue(Response.fixture(200, "call-unknown-enums.json"));
		TwilioClient client = this.server.client();
		JsonNode json = client.execute(TwilioRequest
			.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json")
			.pathVariable("Sid", SID)
			.build(), JsonNode.class);
		Call call = client.jsonMapper().treeToValue(json, Call.class);
		assertThat(call.status()).isEqualTo(Call.Status.UNKNOWN);
		assertThat(json.get("status").asString()).isEqualTo("teleporting");
		assertThat(call.answeredBy()).isEqualTo(Call.AnsweredBy.UNKNOWN);
		assertThat(json.get("answered_by").asString()).isEqualTo("machine_end_jingle");
		assertThat(call.sid()).isEqualTo(SID);
		assertRequest(this.server.takeRequest(), "GET", CALLS_PATH + "/" + SID + ".json");
	}

	@Test
	void enumsReadTwilioValues() {
		assertThat(Call.Status.from("in-progress")).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(Call.Status.from("no-answer")).isEqualTo(Call.Status.NO_ANSWER);
		assertThat(Call.Status.NO_ANSWER.isFinal()).isTrue();
		assertThat(Call.Status.RINGING.isFinal()).isFalse();
		assertThat(Call.Direction.from("trunking-originating")).isEqualTo(Call.Direction.TRUNKING_ORIGINATING);
		assertThat(Call.AnsweredBy.from("machine_end_beep").isMachine()).isTrue();
		assertThat(Call.AnsweredBy.from("fax").isMachine()).isFalse();
		assertThat(Call.AnsweredBy.from("unknown")).isEqualTo(Call.AnsweredBy.UNKNOWN);
	}

	@Test
	void listSendsFilters() {
		this.server.enqueue(Response.fixture(200, "calls-page-0.json"));
		Page<Call> page = this.calls.list(CallListRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.parentCallSid("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
			.status(Call.Status.NO_ANSWER)
			.startTime(LocalDate.of(2025, 5, 1))
			.startTimeBefore(Instant.parse("2025-05-31T23:59:59Z"))
			.startTimeAfter(LocalDate.of(2025, 4, 1))
			.endTime(Instant.parse("2025-05-02T10:00:00Z"))
			.endTimeBefore(LocalDate.of(2025, 6, 1))
			.endTimeAfter(Instant.parse("2025-04-01T00:00:00Z"))
			.pageSize(2)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", CALLS_PATH + ".json");
		assertThat(request.rawQuery()).isEqualTo("To=%2B15558675310&From=%2B15017122661"
				+ "&ParentCallSid=CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&Status=no-answer&StartTime=2025-05-01"
				+ "&StartTime%3C=2025-05-31T23%3A59%3A59Z&StartTime%3E=2025-04-01&EndTime=2025-05-02T10%3A00%3A00Z"
				+ "&EndTime%3C=2025-06-01&EndTime%3E=2025-04-01T00%3A00%3A00Z&PageSize=2");
		assertThat(page.items()).extracting(Call::sid)
			.containsExactly("CA00000000000000000000000000000001", "CA00000000000000000000000000000002");
		assertThat(page.pageNumber()).isZero();
		assertThat(page.pageSize()).isEqualTo(2);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void listRejectsUnknownStatusFilter() {
		assertThatIllegalArgumentException().isThrownBy(() -> CallListRequest.builder().status(Call.Status.UNKNOWN))
			.withMessageStartingWith("Status cannot be UNKNOWN");
	}

	@Test
	void streamFollowsNextPageUrisAcrossAllPages() {
		this.server.enqueue(Response.fixture(200, "calls-page-0.json"), Response.fixture(200, "calls-page-1.json"),
				Response.fixture(200, "calls-page-2.json"));
		try (Stream<Call> stream = this.calls
			.stream(CallListRequest.builder().status(Call.Status.COMPLETED).pageSize(2).build())) {
			assertThat(stream.map(Call::to)).containsExactly("+15550000001", "+15550000002", "+15550000003",
					"+15550000004", "+15550000005", "+15550000006");
		}
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(3);
		assertThat(requests).allSatisfy((request) -> assertRequest(request, "GET", CALLS_PATH + ".json"));
		assertThat(requests).extracting(RecordedRequest::rawQuery)
			.containsExactly("Status=completed&PageSize=2", "Status=completed&PageSize=2&Page=1&PageToken=PACA1",
					"Status=completed&PageSize=2&Page=2&PageToken=PACA2");
	}

	@Test
	void streamFetchesOnlyThePagesItConsumes() {
		this.server.enqueue(Response.fixture(200, "calls-page-0.json"), Response.fixture(200, "calls-page-1.json"),
				Response.fixture(200, "calls-page-2.json"));
		try (Stream<Call> stream = this.calls.stream()) {
			assertThat(stream.limit(3).map(Call::to)).containsExactly("+15550000001", "+15550000002",
					"+15550000003");
		}
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void nextPageFollowsNextPageUri() {
		this.server.enqueue(Response.fixture(200, "calls-page-1.json"), Response.fixture(200, "calls-page-2.json"));
		Page<Call> page = this.calls.list();
		Page<Call> last = this.calls.nextPage(page).orElseThrow();
		assertThat(last.items()).extracting(Call::to).containsExactly("+15550000005", "+15550000006");
		assertThat(this.calls.nextPage(last)).isEmpty();
		assertThat(this.server.requests().get(1).rawQuery())
			.isEqualTo("Status=completed&PageSize=2&Page=2&PageToken=PACA2");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void updateRedirectsToUrlWithMethod() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		Call call = this.calls.update(SID, CallUpdateRequest.builder()
			.url("https://example.com/twiml/hold")
			.method(HttpMethod.GET)
			.fallbackUrl("https://example.com/fallback")
			.fallbackMethod(HttpMethod.POST)
			.statusCallback("https://example.com/status")
			.statusCallbackMethod(HttpMethod.GET)
			.timeLimit(Duration.ofMinutes(10))
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Url=https%3A%2F%2Fexample.com%2Ftwiml%2Fhold&Method=GET"
				+ "&FallbackUrl=https%3A%2F%2Fexample.com%2Ffallback&FallbackMethod=POST"
				+ "&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus&StatusCallbackMethod=GET&TimeLimit=600");
		assertThat(call.sid()).isEqualTo(SID);
	}

	@Test
	void redirectSendsUrl() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		this.calls.redirect(SID, URI.create("https://example.com/twiml/queue"));
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Url=https%3A%2F%2Fexample.com%2Ftwiml%2Fqueue");
	}

	@Test
	void redirectTakesTheUrlAsAString() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		this.calls.redirect(SID, "https://example.com/twiml/queue");
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Url=https%3A%2F%2Fexample.com%2Ftwiml%2Fqueue");
	}

	@Test
	void updateSendsNewTwiml() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		this.calls.update(SID, CallUpdateRequest.twiml(document(SAY_HELLO)));
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.form()).containsExactly(Map.entry("Twiml", List.of(SAY_HELLO)));
	}

	@Test
	void hangUpSendsStatusCompleted() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		this.calls.hangUp(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Status=completed");
	}

	@Test
	void cancelSendsStatusCanceled() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		this.calls.cancel(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Status=canceled");
	}

	@Test
	void updateRejectsOtherStatusesBothTwimlSourcesAndEmptyChanges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallUpdateRequest.builder().status(Call.Status.IN_PROGRESS))
			.withMessage("A call's status can only be updated to 'completed' (hang up) or 'canceled' (cancel), "
					+ "not 'in-progress'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallUpdateRequest.builder().url("https://example.com").twiml("<Response/>").build())
			.withMessageStartingWith("A call update takes either url(...) or twiml(...), not both");
		assertThatIllegalArgumentException().isThrownBy(() -> CallUpdateRequest.builder().build())
			.withMessage("A call update needs a change: call url(...) or twiml(...) to redirect, or status(...) "
					+ "to hang up or cancel");
	}

	@Test
	void createAndUpdateSendMethodsWithoutTheirUrlsAsTwilioIgnoresThem() {
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.server.enqueue(Response.fixture(201, "call-queued.json"));
		this.server.enqueue(Response.fixture(200, "call-queued.json"));
		// Methods an application sets on every call, whichever source and callbacks
		// that call has: Twilio ignores Method beside Twiml or ApplicationSid, and a
		// callback's method without the callback
		this.calls.create(call().twiml(SAY_HELLO)
			.method(HttpMethod.GET)
			.fallbackMethod(HttpMethod.GET)
			.statusCallbackMethod(HttpMethod.GET)
			.build());
		this.calls.create(call().applicationSid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.method(HttpMethod.GET)
			.recordingStatusCallbackMethod(HttpMethod.GET)
			.asyncAmdStatusCallbackMethod(HttpMethod.GET)
			.build());
		this.calls.update(SID, CallUpdateRequest.builder().twiml(SAY_HELLO).method(HttpMethod.GET).build());
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(3);
		assertThat(requests.get(0).form()).containsEntry("Method", List.of("GET"))
			.containsEntry("FallbackMethod", List.of("GET"))
			.containsEntry("StatusCallbackMethod", List.of("GET"))
			.containsKey("Twiml")
			.doesNotContainKeys("Url", "FallbackUrl", "StatusCallback");
		assertThat(requests.get(1).form()).containsEntry("Method", List.of("GET"))
			.containsEntry("RecordingStatusCallbackMethod", List.of("GET"))
			.containsEntry("AsyncAmdStatusCallbackMethod", List.of("GET"))
			.containsKey("ApplicationSid")
			.doesNotContainKeys("Url", "RecordingStatusCallback", "AsyncAmdStatusCallback");
		assertThat(requests.get(2).form()).containsEntry("Method", List.of("GET"))
			.containsKey("Twiml")
			.doesNotContainKey("Url");
	}

	private static CallCreateRequest.Builder call() {
		return CallCreateRequest.builder().to("+15558675310").from("+15017122661");
	}

	@Test
	void deleteSendsDelete() {
		this.server.enqueue(Response.empty(204));
		TwilioResponse<?> response = this.calls.deleteWithResponse(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "DELETE", CALLS_PATH + "/" + SID + ".json");
		assertThat(request.body()).isEmpty();
		assertThat(response.statusCode()).isEqualTo(204);
	}

	@Test
	void callsOfSubaccountUseItsPath() {
		this.server.enqueue(Response.fixture(200, "call.json"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.client().forAccount(subaccount).calls().fetch(SID);
		assertRequest(this.server.takeRequest(), "GET",
				"/2010-04-01/Accounts/" + subaccount + "/Calls/" + SID + ".json");
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calls.fetch(""))
			.withMessage("Call SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.calls.hangUp(" "))
			.withMessage("Call SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	private static TwimlDocument document(String xml) {
		return new TwimlDocument() {

			@Override
			public void writeTo(OutputStream out) throws IOException {
				out.write(xml.getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public String toXml() {
				return xml;
			}

		};
	}

}
