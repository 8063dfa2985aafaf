package dev.twiliospring.client.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioResponse;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ConferenceRecordingResource}.
 */
class ConferenceRecordingResourceTests {

	private static final String CONFERENCE_SID = "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String RECORDINGS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/Conferences/" + CONFERENCE_SID + "/Recordings";

	private static final String SID = "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ConferenceRecordingResource recordings = this.server.client()
		.conferences()
		.recordings(CONFERENCE_SID);

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void fetchMapsEveryFieldOfTheConferenceRecording() {
		this.server.enqueue(Response.fixture(200, "conference-recording.json").header("Twilio-Request-Id", "RQrec"));
		TwilioResponse<Recording> response = this.recordings.fetchWithResponse(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(request.rawQuery()).isNull();
		assertThat(response.requestId()).isEqualTo("RQrec");
		Recording recording = response.body();
		assertThat(recording.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(recording.apiVersion()).isEqualTo("2010-04-01");
		assertThat(recording.callSid()).isEqualTo("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(recording.conferenceSid()).isEqualTo(CONFERENCE_SID);
		assertThat(recording.channels()).isEqualTo(1);
		assertThat(recording.dateCreated()).isEqualTo(OffsetDateTime.of(2016, 10, 14, 21, 56, 34, 0, ZoneOffset.UTC));
		assertThat(recording.dateUpdated()).isEqualTo(OffsetDateTime.of(2016, 10, 14, 21, 56, 38, 0, ZoneOffset.UTC));
		assertThat(recording.startTime()).isEqualTo(OffsetDateTime.of(2016, 10, 14, 21, 56, 34, 0, ZoneOffset.UTC));
		assertThat(recording.price()).isEqualTo(new BigDecimal("-0.0025"));
		assertThat(recording.priceUnit()).isEqualTo("USD");
		assertThat(recording.duration()).isEqualTo(4);
		assertThat(recording.sid()).isEqualTo(SID);
		assertThat(recording.source()).isEqualTo(Recording.Source.START_CONFERENCE_RECORDING_API);
		assertThat(recording.status()).isEqualTo(Recording.Status.COMPLETED);
		assertThat(recording.errorCode()).isNull();
		assertThat(recording.encryptionDetails()).containsEntry("encryption_iv", "8I2hhNIYNTrwxfHk")
			.containsKeys("encryption_public_key_sid", "encryption_cek");
		assertThat(recording.uri()).isEqualTo(RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(recording.subresourceUris()).isNull();
		assertThat(recording.mediaUrl()).isNull();
		assertThat(this.server.client().recordings().mediaUrl(recording, RecordingFormat.MP3)).isEqualTo(URI.create(
				this.server.baseUrl() + "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Recordings/" + SID
						+ ".mp3"));
	}

	@Test
	void listSendsDateFiltersAndMapsUnknownStatus() {
		this.server.enqueue(Response.fixture(200, "conference-recordings-page-0.json"));
		Page<Recording> page = this.recordings.list(RecordingListRequest.builder()
			.dateCreated(LocalDate.of(2016, 10, 14))
			.dateCreatedBefore(LocalDate.of(2016, 10, 15))
			.dateCreatedAfter(LocalDate.of(2016, 10, 1))
			.pageSize(2)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", RECORDINGS_PATH + ".json");
		assertThat(request.rawQuery())
			.isEqualTo("DateCreated=2016-10-14&DateCreated%3C=2016-10-15&DateCreated%3E=2016-10-01&PageSize=2");
		assertThat(page.items()).extracting(Recording::status)
			.containsExactly(Recording.Status.PAUSED, Recording.Status.UNKNOWN);
		assertThat(page.items()).extracting(Recording::source)
			.containsExactly(Recording.Source.CONFERENCE, Recording.Source.START_CONFERENCE_RECORDING_API);
		assertThat(page.items().get(0).duration()).isNull();
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void listRefusesFiltersOnlyTheAccountsRecordingsTake() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings
				.list(RecordingListRequest.builder().callSid("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").build()))
			.withMessage("CallSid is not a filter of a conference's recordings, only of the account's: "
					+ "use client.recordings(), or filter by dateCreated here");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings.stream(RecordingListRequest.builder().conferenceSid(CONFERENCE_SID).build()))
			.withMessageStartingWith("ConferenceSid is not a filter of a conference's recordings");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings.list(RecordingListRequest.builder().includeSoftDeleted(true).build()))
			.withMessageStartingWith("IncludeSoftDeleted is not a filter of a conference's recordings");
		assertThat(this.server.requestCount()).isZero();
	}

	// twilio_api_v2010.json ListConferenceRecording declares DateCreated, DateCreated< and
	// DateCreated> as format "date", where the account's ListRecording has "date-time"
	@Test
	void listRefusesADateTimeFilterAsTheConferencesRecordingsFilterByDate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings.list(RecordingListRequest.builder()
				.dateCreatedBefore(Instant.parse("2016-10-15T12:30:00Z"))
				.build()))
			.withMessage("DateCreated< of a conference's recordings is a day, such as 2016-10-14, not "
					+ "'2016-10-15T12:30:00Z': Twilio filters them by date only, so pass a LocalDate");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings
				.stream(RecordingListRequest.builder().dateCreated(Instant.parse("2016-10-14T00:00:00Z")).build()))
			.withMessageStartingWith("DateCreated of a conference's recordings is a day");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings.listWithResponse(
					RecordingListRequest.builder().dateCreatedAfter(Instant.parse("2016-10-01T00:00:00Z")).build()))
			.withMessageStartingWith("DateCreated> of a conference's recordings is a day");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void streamAndNextPageFollowNextPageUri() {
		this.server.enqueue(Response.fixture(200, "conference-recordings-page-0.json"),
				Response.fixture(200, "conference-recordings-page-1.json"));
		try (Stream<Recording> stream = this.recordings.stream()) {
			assertThat(stream.map(Recording::sid)).containsExactly(SID, "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
					"REcccccccccccccccccccccccccccccccc");
		}
		assertThat(this.server.requests()).allSatisfy((request) -> assertRequest(request, "GET", RECORDINGS_PATH + ".json"))
			.extracting(RecordedRequest::rawQuery)
			.containsExactly(null, "PageSize=2&Page=1&PageToken=PARE1");
		this.server.reset();
		this.server.enqueue(Response.fixture(200, "conference-recordings-page-0.json"),
				Response.fixture(200, "conference-recordings-page-1.json"));
		Page<Recording> last = this.recordings.nextPage(this.recordings.list()).orElseThrow();
		assertThat(last.items()).extracting(Recording::sid).containsExactly("REcccccccccccccccccccccccccccccccc");
		assertThat(this.recordings.nextPage(last)).isEmpty();
	}

	@Test
	void pauseResumeAndStopSendTheSpecsStatuses() {
		this.server.dispatcher((request) -> Response.fixture(200, "conference-recording.json"));
		this.recordings.pause(SID);
		this.recordings.pause(ConferenceRecordingResource.CURRENT, Recording.PauseBehavior.SKIP);
		this.recordings.resume(SID);
		this.recordings.stop(SID);
		this.recordings.update(SID, Recording.Status.PAUSED);
		assertThat(this.server.requests()).extracting(RecordedRequest::method).containsOnly("POST");
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsExactly(RECORDINGS_PATH + "/" + SID + ".json", RECORDINGS_PATH + "/Twilio.CURRENT.json",
					RECORDINGS_PATH + "/" + SID + ".json", RECORDINGS_PATH + "/" + SID + ".json",
					RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(this.server.requests()).extracting(RecordedRequest::bodyAsString)
			.containsExactly("Status=paused", "Status=paused&PauseBehavior=skip", "Status=in-progress",
					"Status=stopped", "Status=paused");
	}

	@Test
	void updateWithResponseSendsPauseBehaviorSilence() {
		this.server.enqueue(Response.fixture(200, "conference-recording.json").header("Twilio-Request-Id", "RQup"));
		TwilioResponse<Recording> response = this.recordings.updateWithResponse(SID, Recording.Status.PAUSED,
				Recording.PauseBehavior.SILENCE);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Status=paused&PauseBehavior=silence");
		assertThat(response.requestId()).isEqualTo("RQup");
	}

	@Test
	void updateRefusesStatusesTwilioDoesNotTakeAndPauseBehaviorWithoutPause() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.update(SID, Recording.Status.COMPLETED))
			.withMessage("A conference recording's status can only be updated to 'paused', 'in-progress' or "
					+ "'stopped', not 'completed'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.update(SID, Recording.Status.UNKNOWN))
			.withMessageEndingWith("not 'unknown'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.update(SID, null))
			.withMessage("Status must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.recordings.updateWithResponse(SID, Recording.Status.STOPPED,
					Recording.PauseBehavior.SKIP))
			.withMessage("PauseBehavior only applies when pausing a recording, not with status 'stopped'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.pause(SID, null))
			.withMessage("PauseBehavior must not be null");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void deleteSendsDelete() {
		this.server.enqueue(Response.empty(204));
		this.recordings.delete(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "DELETE", RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(request.body()).isEmpty();
	}

	@Test
	void recordingsOfSubaccountUseItsPath() {
		this.server.enqueue(Response.fixture(200, "conference-recording.json"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.client().forAccount(subaccount).conferences().recordings(CONFERENCE_SID).fetch(SID);
		assertRequest(this.server.takeRequest(), "GET",
				"/2010-04-01/Accounts/" + subaccount + "/Conferences/" + CONFERENCE_SID + "/Recordings/" + SID + ".json");
	}

	@Test
	void rejectsEmptySids() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.client().conferences().recordings(" "))
			.withMessage("Conference SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.stop(""))
			.withMessage("Recording SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.delete(""))
			.withMessage("Recording SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

}
