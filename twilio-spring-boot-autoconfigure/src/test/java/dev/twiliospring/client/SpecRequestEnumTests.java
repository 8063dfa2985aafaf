package dev.twiliospring.client;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallListRequest;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceListRequest;
import dev.twiliospring.client.api.ConferenceRecordingResource;
import dev.twiliospring.client.api.ConferenceUpdateRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.messaging.MessagingService;
import dev.twiliospring.client.messaging.MessagingServiceCreateRequest;
import dev.twiliospring.client.messaging.TollfreeVerification;
import dev.twiliospring.client.messaging.TollfreeVerificationCreateRequest;
import dev.twiliospring.client.messaging.TollfreeVerificationListRequest;
import dev.twiliospring.client.verify.VerificationChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request enum values checked against Twilio's OpenAPI specs: a builder must not send a
 * value that the spec's enum for that parameter does not list, such as the
 * {@code UNKNOWN} constant that stands for values Twilio adds later.
 */
class SpecRequestEnumTests {

	private static final String SERVICE = "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final TwilioClient client = this.server.client();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	// twilio_verify_v2.json CreateVerification: Channel "One of: email, sms, whatsapp,
	// call, sna or auto"; #/components/schemas/verification_enum_channel
	@Test
	void verifyStartRefusesUnknownChannelInsteadOfSendingIt() {
		this.server.enqueue(Response.fixture(201, "verify/verification.json"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.verify().start(SERVICE, "+15017122661", VerificationChannel.UNKNOWN))
			.withMessageStartingWith("Channel cannot be UNKNOWN");
		assertThat(this.server.requestCount()).isZero();
	}

	// twilio_messaging_v1.json ListTollfreeVerification: query Status ->
	// #/components/schemas/tollfree_verification_enum_status
	// [PENDING_REVIEW, IN_REVIEW, TWILIO_APPROVED, TWILIO_REJECTED]
	@Test
	void tollfreeListRefusesUnknownStatus() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TollfreeVerificationListRequest.builder().status(TollfreeVerification.Status.UNKNOWN));
	}

	// twilio_messaging_v1.json CreateTollfreeVerification: OptInType, BusinessType,
	// BusinessRegistrationAuthority, VettingProvider, UseCaseCategories are $ref enums
	@Test
	void tollfreeCreateRefusesUnknownEnums() {
		TollfreeVerificationCreateRequest.Builder builder = TollfreeVerificationCreateRequest.builder();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.optInType(TollfreeVerification.OptInType.UNKNOWN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.businessType(TollfreeVerification.BusinessType.UNKNOWN));
		assertThatIllegalArgumentException().isThrownBy(() -> builder
			.businessRegistrationAuthority(TollfreeVerification.BusinessRegistrationAuthority.UNKNOWN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.vettingProvider(TollfreeVerification.VettingProvider.UNKNOWN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.useCaseCategories(TollfreeVerification.UseCaseCategory.UNKNOWN));
	}

	// twilio_messaging_v1.json CreateService/UpdateService: ScanMessageContent ->
	// #/components/schemas/service_enum_scan_message_content [inherit, enable, disable]
	@Test
	void messagingServiceRefusesUnknownScanMessageContent() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessagingServiceCreateRequest.builder()
			.scanMessageContent(MessagingService.ScanMessageContent.UNKNOWN));
	}

	// twilio_api_v2010.json ListCall: query Status -> #/components/schemas/call_enum_status
	// [queued, ringing, in-progress, completed, busy, failed, no-answer, canceled]: no
	// "initiated", which only status callbacks report
	@Test
	void callListRefusesInitiatedStatusFilter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallListRequest.builder().status(Call.Status.INITIATED))
			.withMessageContaining("status callbacks only");
		assertThat(CallListRequest.builder().status(Call.Status.IN_PROGRESS).build().parameters().getFirst("Status"))
			.isEqualTo("in-progress");
	}

	// twilio_api_v2010.json ListConference: query Status ->
	// #/components/schemas/conference_enum_status [init, in-progress, completed];
	// UpdateConference: Status -> #/components/schemas/conference_enum_update_status
	// [completed]
	@Test
	void conferenceRequestsSendOnlyTheSpecsStatuses() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceListRequest.builder().status(Conference.Status.UNKNOWN));
		ConferenceListRequest request = ConferenceListRequest.builder().status(Conference.Status.INIT).build();
		assertThat(request.parameters().getFirst("Status")).isEqualTo("init");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceUpdateRequest.builder().status(Conference.Status.INIT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceUpdateRequest.builder().status(Conference.Status.UNKNOWN));
		assertThat(ConferenceUpdateRequest.end().parameters().getFirst("Status")).isEqualTo("completed");
	}

	// twilio_api_v2010.json UpdateConferenceRecording: Status ->
	// #/components/schemas/conference_recording_enum_status, of which the operation
	// takes "paused, stopped, or in-progress"; PauseBehavior "Can be: skip or silence"
	@Test
	void conferenceRecordingUpdateSendsOnlyTheSpecsValues() {
		this.server.dispatcher((request) -> Response.fixture(200, "conference-recording.json"));
		ConferenceRecordingResource recordings = this.client.conferences()
			.recordings("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> recordings.update("Twilio.CURRENT", Recording.Status.UNKNOWN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> recordings.update("Twilio.CURRENT", Recording.Status.PROCESSING));
		assertThat(this.server.requestCount()).isZero();
		recordings.pause("Twilio.CURRENT", Recording.PauseBehavior.SKIP);
		recordings.pause("Twilio.CURRENT", Recording.PauseBehavior.SILENCE);
		recordings.resume("Twilio.CURRENT");
		recordings.stop("Twilio.CURRENT");
		assertThat(this.server.requests()).extracting(RecordedRequest::bodyAsString)
			.containsExactly("Status=paused&PauseBehavior=skip", "Status=paused&PauseBehavior=silence",
					"Status=in-progress", "Status=stopped");
	}

	@Test
	void genericParametersRefuseUnknownConstantsAndNameTheParameter() {
		TwilioParameters.Builder parameters = TwilioParameters.builder();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parameters.add("Status", List.of(Call.Status.QUEUED, Call.Status.UNKNOWN)))
			.withMessageStartingWith("Status cannot be UNKNOWN");
		assertThat(TwilioParameters.builder().set("Status", Call.Status.QUEUED).build().getFirst("Status"))
			.isEqualTo("queued");
	}

}
