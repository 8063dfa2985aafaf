package dev.twiliospring.client.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * Tests for {@link ConferenceResource}.
 */
class ConferenceResourceTests {

	private static final String CONFERENCES_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/Conferences";

	private static final String SID = "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ConferenceResource conferences = this.server.client().conferences();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "conference.json"));
		Conference conference = this.conferences.fetch(SID);
		assertRequest(this.server.takeRequest(), "GET", CONFERENCES_PATH + "/" + SID + ".json");
		assertThat(conference.sid()).isEqualTo(SID);
		assertThat(conference.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(conference.dateCreated()).isEqualTo(OffsetDateTime.of(2025, 5, 5, 9, 30, 0, 0, ZoneOffset.UTC));
		assertThat(conference.dateUpdated()).isEqualTo(OffsetDateTime.of(2025, 5, 5, 9, 42, 15, 0, ZoneOffset.UTC));
		assertThat(conference.apiVersion()).isEqualTo("2010-04-01");
		assertThat(conference.friendlyName()).isEqualTo("support-queue-42");
		assertThat(conference.region()).isEqualTo("ie1");
		assertThat(conference.status()).isEqualTo(Conference.Status.COMPLETED);
		assertThat(conference.uri()).isEqualTo(CONFERENCES_PATH + "/" + SID + ".json");
		assertThat(conference.subresourceUris()).hasSize(2)
			.containsEntry("participants", CONFERENCES_PATH + "/" + SID + "/Participants.json");
		assertThat(conference.reasonConferenceEnded())
			.isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT);
		assertThat(conference.callSidEndingConference()).isEqualTo("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
	}

	@Test
	void fetchWithResponseExposesStatusAndRequestId() {
		this.server.enqueue(Response.fixture(200, "conference.json").header("Twilio-Request-Id", "RQconference"));
		TwilioResponse<Conference> response = this.conferences.fetchWithResponse(SID);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.requestId()).isEqualTo("RQconference");
		assertThat(response.body().sid()).isEqualTo(SID);
	}

	@Test
	void enumsReadTwilioValues() {
		assertThat(Conference.Status.from("init")).isEqualTo(Conference.Status.INIT);
		assertThat(Conference.Status.from("in-progress")).isEqualTo(Conference.Status.IN_PROGRESS);
		assertThat(Conference.ReasonConferenceEnded.from("conference-ended-via-api"))
			.isEqualTo(Conference.ReasonConferenceEnded.CONFERENCE_ENDED_VIA_API);
		assertThat(Conference.ReasonConferenceEnded.from("participant-with-end-conference-on-exit-kicked"))
			.isEqualTo(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED);
		assertThat(Conference.ReasonConferenceEnded.from("last-participant-kicked"))
			.isEqualTo(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_KICKED);
		assertThat(Conference.ReasonConferenceEnded.from("last-participant-left"))
			.isEqualTo(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_LEFT);
	}

	@Test
	void listSendsFilters() {
		this.server.enqueue(Response.fixture(200, "conferences-page-0.json"));
		Page<Conference> page = this.conferences.list(ConferenceListRequest.builder()
			.status(Conference.Status.IN_PROGRESS)
			.friendlyName("support queue/1")
			.dateCreated(LocalDate.of(2025, 5, 5))
			.dateCreatedBefore(LocalDate.of(2025, 5, 31))
			.dateCreatedAfter(LocalDate.of(2025, 5, 1))
			.dateUpdated(LocalDate.of(2025, 5, 6))
			.dateUpdatedBefore(LocalDate.of(2025, 6, 1))
			.dateUpdatedAfter(LocalDate.of(2025, 4, 30))
			.pageSize(2)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", CONFERENCES_PATH + ".json");
		assertThat(request.rawQuery()).isEqualTo("Status=in-progress&FriendlyName=support%20queue%2F1"
				+ "&DateCreated=2025-05-05&DateCreated%3C=2025-05-31&DateCreated%3E=2025-05-01"
				+ "&DateUpdated=2025-05-06&DateUpdated%3C=2025-06-01&DateUpdated%3E=2025-04-30&PageSize=2");
		assertThat(page.items()).extracting(Conference::sid)
			.containsExactly("CF00000000000000000000000000000001", "CF00000000000000000000000000000002");
		assertThat(page.items()).extracting(Conference::status)
			.containsExactly(Conference.Status.IN_PROGRESS, Conference.Status.INIT);
		assertThat(page.items()).extracting(Conference::reasonConferenceEnded).containsOnlyNulls();
		assertThat(page.pageNumber()).isZero();
		assertThat(page.pageSize()).isEqualTo(2);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void listRejectsUnknownStatusFilter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceListRequest.builder().status(Conference.Status.UNKNOWN))
			.withMessageStartingWith("Status cannot be UNKNOWN");
		assertThatIllegalArgumentException().isThrownBy(() -> ConferenceListRequest.builder().status(null))
			.withMessage("Status must not be null");
	}

	@Test
	void streamFollowsNextPageUriAndMapsUnknownValuesToUnknown() {
		this.server.enqueue(Response.fixture(200, "conferences-page-0.json"),
				Response.fixture(200, "conferences-page-1.json"));
		List<Conference> all;
		try (Stream<Conference> stream = this.conferences
			.stream(ConferenceListRequest.builder().status(Conference.Status.IN_PROGRESS).pageSize(2).build())) {
			all = stream.toList();
		}
		assertThat(all).extracting(Conference::friendlyName)
			.containsExactly("support-queue-1", "support-queue-2", "support-queue-3");
		assertThat(all.get(2).status()).isEqualTo(Conference.Status.UNKNOWN);
		assertThat(all.get(2).reasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.UNKNOWN);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).allSatisfy((request) -> assertRequest(request, "GET", CONFERENCES_PATH + ".json"));
		assertThat(requests).extracting(RecordedRequest::rawQuery)
			.containsExactly("Status=in-progress&PageSize=2", "Status=in-progress&PageSize=2&Page=1&PageToken=PACF1");
	}

	@Test
	void nextPageFollowsNextPageUri() {
		this.server.enqueue(Response.fixture(200, "conferences-page-0.json"),
				Response.fixture(200, "conferences-page-1.json"));
		Page<Conference> last = this.conferences.nextPage(this.conferences.list()).orElseThrow();
		assertThat(last.items()).extracting(Conference::sid).containsExactly("CF00000000000000000000000000000003");
		assertThat(this.conferences.nextPage(last)).isEmpty();
		assertThat(this.server.requests()).extracting(RecordedRequest::rawQuery)
			.containsExactly(null, "Status=in-progress&PageSize=2&Page=1&PageToken=PACF1");
	}

	@Test
	void endSendsStatusCompleted() {
		this.server.enqueue(Response.fixture(200, "conference.json"));
		Conference conference = this.conferences.end(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CONFERENCES_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Status=completed");
		assertThat(conference.status()).isEqualTo(Conference.Status.COMPLETED);
	}

	@Test
	void announceSendsAnnounceUrl() {
		this.server.enqueue(Response.fixture(200, "conference.json"));
		this.conferences.announce(SID, "https://example.com/closing.mp3");
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CONFERENCES_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("AnnounceUrl=https%3A%2F%2Fexample.com%2Fclosing.mp3");
	}

	@Test
	void updateSendsAnnouncementWithMethod() {
		this.server.enqueue(Response.fixture(200, "conference.json").header("Twilio-Request-Id", "RQupdate"));
		TwilioResponse<Conference> response = this.conferences.updateWithResponse(SID,
				ConferenceUpdateRequest.builder()
					.announceUrl(URI.create("https://example.com/twiml/announce"))
					.announceMethod(HttpMethod.GET)
					.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CONFERENCES_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString())
			.isEqualTo("AnnounceUrl=https%3A%2F%2Fexample.com%2Ftwiml%2Fannounce&AnnounceMethod=GET");
		assertThat(response.requestId()).isEqualTo("RQupdate");
	}

	@Test
	void updateRejectsOtherStatusesMethodWithoutUrlAndEmptyChanges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceUpdateRequest.builder().status(Conference.Status.IN_PROGRESS))
			.withMessage("A conference's status can only be updated to 'completed' (end it), not 'in-progress'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConferenceUpdateRequest.builder().announceMethod(HttpMethod.PUT))
			.withMessage("AnnounceMethod must be GET or POST, got PUT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.conferences.update(SID,
					ConferenceUpdateRequest.builder().announceMethod(HttpMethod.GET).build()))
			.withMessage("AnnounceMethod is how Twilio requests AnnounceUrl: set announceUrl(...) too");
		assertThat(this.server.requests()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> ConferenceUpdateRequest.builder().build())
			.withMessage("A conference update needs a change: call status(...) to end it, or announceUrl(...) to "
					+ "play an announcement");
		assertThat(ConferenceUpdateRequest.end()).hasToString("ConferenceUpdateRequest[Status]");
	}

	@Test
	void conferencesOfSubaccountUseItsPath() {
		this.server.enqueue(Response.fixture(200, "conference.json"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.client().forAccount(subaccount).conferences().fetch(SID);
		assertRequest(this.server.takeRequest(), "GET",
				"/2010-04-01/Accounts/" + subaccount + "/Conferences/" + SID + ".json");
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.conferences.fetch(""))
			.withMessage("Conference SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.conferences.end(" "))
			.withMessage("Conference SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

}
