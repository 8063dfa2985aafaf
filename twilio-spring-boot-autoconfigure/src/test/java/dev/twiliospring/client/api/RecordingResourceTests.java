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

import org.springframework.http.MediaType;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioResponse;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RecordingResource}.
 */
class RecordingResourceTests {

	private static final String RECORDINGS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/Recordings";

	private static final String SID = "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String SUBACCOUNT_SID = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingResource recordings = this.server.client().recordings();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "recording.json"));
		Recording recording = this.recordings.fetch(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(request.rawQuery()).isNull();
		assertThat(recording.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(recording.apiVersion()).isEqualTo("2010-04-01");
		assertThat(recording.callSid()).isEqualTo("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(recording.conferenceSid()).isEqualTo("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(recording.dateCreated()).isEqualTo(OffsetDateTime.of(2016, 10, 14, 21, 56, 34, 0, ZoneOffset.UTC));
		assertThat(recording.dateUpdated()).isEqualTo(OffsetDateTime.of(2016, 10, 14, 21, 56, 38, 0, ZoneOffset.UTC));
		assertThat(recording.startTime()).isEqualTo(OffsetDateTime.of(2016, 10, 14, 21, 56, 34, 0, ZoneOffset.UTC));
		assertThat(recording.duration()).isEqualTo(4);
		assertThat(recording.sid()).isEqualTo(SID);
		assertThat(recording.price()).isEqualTo(new BigDecimal("-0.00250"));
		assertThat(recording.priceUnit()).isEqualTo("USD");
		assertThat(recording.status()).isEqualTo(Recording.Status.COMPLETED);
		assertThat(recording.channels()).isEqualTo(1);
		assertThat(recording.source()).isEqualTo(Recording.Source.START_CONFERENCE_RECORDING_API);
		assertThat(recording.errorCode()).isNull();
		assertThat(recording.uri()).isEqualTo(RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(recording.encryptionDetails()).containsEntry("encryption_public_key_sid",
				"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.containsEntry("encryption_iv", "8I2hhNIYNTrwxfHk")
			.containsKey("encryption_cek");
		assertThat(recording.subresourceUris()).containsEntry("transcriptions",
				RECORDINGS_PATH + "/" + SID + "/Transcriptions.json");
		assertThat(recording.mediaUrl()).isEqualTo("http://api.twilio.com" + RECORDINGS_PATH + "/" + SID);
	}

	@Test
	void fetchOfSoftDeletedRecordingSendsIncludeSoftDeleted() {
		this.server.enqueue(Response.fixture(200, "recording.json").header("Twilio-Request-Id", "RQrec"));
		TwilioResponse<Recording> response = this.recordings.fetchWithResponse(SID, true);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", RECORDINGS_PATH + "/" + SID + ".json");
		assertThat(request.rawQuery()).isEqualTo("IncludeSoftDeleted=true");
		assertThat(response.requestId()).isEqualTo("RQrec");
	}

	@Test
	void listSendsFilters() {
		this.server.enqueue(Response.fixture(200, "recordings-page-0.json"));
		this.recordings.list(RecordingListRequest.builder()
			.dateCreated(LocalDate.of(2025, 5, 1))
			.dateCreatedBefore(Instant.parse("2025-05-31T23:59:59Z"))
			.dateCreatedAfter(LocalDate.of(2025, 4, 1))
			.callSid("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.conferenceSid("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.includeSoftDeleted(true)
			.pageSize(2)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", RECORDINGS_PATH + ".json");
		assertThat(request.rawQuery()).isEqualTo("DateCreated=2025-05-01&DateCreated%3C=2025-05-31T23%3A59%3A59Z"
				+ "&DateCreated%3E=2025-04-01&CallSid=CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
				+ "&ConferenceSid=CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&IncludeSoftDeleted=true&PageSize=2");
	}

	@Test
	void listMapsDeletedRecordingsAndUnknownValues() {
		this.server.enqueue(Response.fixture(200, "recordings-page-0.json"));
		Page<Recording> page = this.recordings.list();
		assertThat(page.items()).hasSize(2);
		Recording deleted = page.items().get(0);
		assertThat(deleted.status()).isEqualTo(Recording.Status.DELETED);
		assertThat(deleted.source()).isEqualTo(Recording.Source.OUTBOUND_API);
		assertThat(deleted.channels()).isEqualTo(2);
		assertThat(deleted.dateCreated())
			.isEqualTo(OffsetDateTime.of(2022, 2, 14, 22, 23, 0, 0, ZoneOffset.ofHours(1)));
		Recording future = page.items().get(1);
		assertThat(future.status()).isEqualTo(Recording.Status.UNKNOWN);
		assertThat(future.source()).isEqualTo(Recording.Source.UNKNOWN);
		assertThat(future.price()).isNull();
		assertThat(future.encryptionDetails()).isNull();
	}

	@Test
	void streamAndNextPageFollowNextPageUri() {
		this.server.enqueue(Response.fixture(200, "recordings-page-0.json"),
				Response.fixture(200, "recordings-page-1.json"));
		try (Stream<Recording> stream = this.recordings.stream(RecordingListRequest.builder().pageSize(2).build())) {
			assertThat(stream.map(Recording::sid)).containsExactly("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
					"REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "REcccccccccccccccccccccccccccccccc");
		}
		assertThat(this.server.requests()).extracting(RecordedRequest::rawQuery)
			.containsExactly("PageSize=2", "IncludeSoftDeleted=true&PageSize=2&Page=1&PageToken=PARE1");
		this.server.reset();
		this.server.enqueue(Response.fixture(200, "recordings-page-0.json"),
				Response.fixture(200, "recordings-page-1.json"));
		Page<Recording> last = this.recordings.nextPage(this.recordings.list()).orElseThrow();
		assertThat(last.items()).extracting(Recording::sid).containsExactly("REcccccccccccccccccccccccccccccccc");
		assertThat(this.recordings.nextPage(last)).isEmpty();
		assertThat(this.server.requestCount()).isEqualTo(2);
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
	void mediaUrlPointsAtTheApiHostWithTheFormatsExtension() {
		RecordingResource resource = client(TwilioClient.builder()).recordings();
		assertThat(resource.mediaUrl(SID, RecordingFormat.MP3)).isEqualTo(URI.create(
				"https://api.twilio.com/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Recordings/" + SID
						+ ".mp3"));
		assertThat(resource.mediaUrl(SID, RecordingFormat.WAV)).hasPath(RECORDINGS_PATH + "/" + SID + ".wav");
	}

	@Test
	void mediaUrlFollowsRegionAndEdge() {
		RecordingResource resource = client(TwilioClient.builder().region("ie1").edge("dublin")).recordings();
		assertThat(resource.mediaUrl(SID, RecordingFormat.MP3)).isEqualTo(URI.create(
				"https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
						+ "/Recordings/" + SID + ".mp3"));
	}

	@Test
	void mediaUrlFollowsBaseUrl() {
		assertThat(this.recordings.mediaUrl(SID, RecordingFormat.WAV))
			.isEqualTo(URI.create(this.server.baseUrl() + RECORDINGS_PATH + "/" + SID + ".wav"));
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void mediaUrlOfRecordingUsesTheAccountThatOwnsIt() {
		this.server.enqueue(Response.json(200, "{\"sid\":\"" + SID + "\",\"account_sid\":\"" + SUBACCOUNT_SID + "\"}"));
		Recording recording = this.recordings.fetch(SID);
		assertThat(this.recordings.mediaUrl(recording, RecordingFormat.MP3)).isEqualTo(URI.create(
				this.server.baseUrl() + "/2010-04-01/Accounts/" + SUBACCOUNT_SID + "/Recordings/" + SID + ".mp3"));
	}

	@Test
	void mediaUrlRejectsRecordingWithoutSid() {
		this.server.enqueue(Response.json(200, "{\"account_sid\":\"" + SUBACCOUNT_SID + "\"}"));
		Recording recording = this.recordings.fetch(SID);
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.mediaUrl(recording, RecordingFormat.MP3))
			.withMessage("Recording has no SID, so it has no media URL");
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.mediaUrl(" ", RecordingFormat.MP3))
			.withMessage("Recording SID must not be empty");
	}

	@Test
	void formatsKnowTheirExtensionAndMediaType() {
		assertThat(RecordingFormat.MP3.extension()).isEqualTo(".mp3");
		assertThat(RecordingFormat.MP3.mediaType()).isEqualTo(MediaType.parseMediaType("audio/mpeg"));
		assertThat(RecordingFormat.WAV.extension()).isEqualTo(".wav");
	}

	@Test
	void enumsReadTwilioValues() {
		assertThat(Recording.Status.from("in-progress")).isEqualTo(Recording.Status.IN_PROGRESS);
		assertThat(Recording.Source.from("RecordVerb")).isEqualTo(Recording.Source.RECORD_VERB);
		assertThat(Recording.Source.from("recordverb")).isEqualTo(Recording.Source.RECORD_VERB);
		assertThat(Recording.Source.DIAL_VERB.value()).isEqualTo("DialVerb");
		assertThat(Recording.Status.IN_PROGRESS).hasToString("in-progress");
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.recordings.delete(""))
			.withMessage("Recording SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	private static TwilioClient client(TwilioClient.Builder builder) {
		return builder.accountSid(StubTwilioServer.ACCOUNT_SID).authToken(StubTwilioServer.AUTH_TOKEN).build();
	}

}
