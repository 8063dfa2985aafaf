package dev.twiliospring.client.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioResponse;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OutgoingCallerIdResource}.
 */
class OutgoingCallerIdResourceTests {

	private static final String CALLER_IDS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/OutgoingCallerIds";

	private static final String SID = "PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final OutgoingCallerIdResource callerIds = this.server.client().outgoingCallerIds();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "outgoing-caller-id.json").header("Twilio-Request-Id", "RQpn"));
		TwilioResponse<OutgoingCallerId> response = this.callerIds.fetchWithResponse(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", CALLER_IDS_PATH + "/" + SID + ".json");
		assertThat(request.rawQuery()).isNull();
		assertThat(response.requestId()).isEqualTo("RQpn");
		OutgoingCallerId callerId = response.body();
		assertThat(callerId.sid()).isEqualTo(SID);
		assertThat(callerId.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(callerId.friendlyName()).isEqualTo("(415) 867-5309");
		assertThat(callerId.phoneNumber()).isEqualTo("+141586753096");
		assertThat(callerId.dateCreated()).isEqualTo(OffsetDateTime.of(2009, 8, 21, 0, 11, 24, 0, ZoneOffset.UTC));
		assertThat(callerId.dateUpdated()).isEqualTo(OffsetDateTime.of(2009, 8, 22, 10, 15, 0, 0, ZoneOffset.UTC));
		assertThat(callerId.uri()).isEqualTo(CALLER_IDS_PATH + "/" + SID + ".json");
	}

	@Test
	void listSendsFiltersAndMapsPage() {
		this.server.enqueue(Response.fixture(200, "outgoing-caller-ids-page-0.json"));
		Page<OutgoingCallerId> page = this.callerIds.list(OutgoingCallerIdListRequest.builder()
			.phoneNumber("+141586753096")
			.friendlyName("(415) 867-5309")
			.pageSize(1)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", CALLER_IDS_PATH + ".json");
		assertThat(request.rawQuery())
			.isEqualTo("PhoneNumber=%2B141586753096&FriendlyName=%28415%29%20867-5309&PageSize=1");
		assertThat(page.items()).extracting(OutgoingCallerId::sid).containsExactly(SID);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void listWithoutFiltersSendsNoQuery() {
		this.server.enqueue(Response.fixture(200, "outgoing-caller-ids-page-1.json"));
		assertThat(this.callerIds.list().items()).extracting(OutgoingCallerId::friendlyName)
			.containsExactly("Front desk");
		assertThat(this.server.takeRequest().rawQuery()).isNull();
	}

	@Test
	void streamAndNextPageFollowNextPageUri() {
		this.server.enqueue(Response.fixture(200, "outgoing-caller-ids-page-0.json"),
				Response.fixture(200, "outgoing-caller-ids-page-1.json"));
		try (Stream<OutgoingCallerId> stream = this.callerIds
			.stream(OutgoingCallerIdListRequest.builder().pageSize(1).build())) {
			assertThat(stream.map(OutgoingCallerId::sid)).containsExactly(SID, "PNbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
		}
		assertThat(this.server.requests()).extracting(RecordedRequest::rawQuery)
			.containsExactly("PageSize=1", "PageSize=1&Page=1&PageToken=PAPN1");
		this.server.reset();
		this.server.enqueue(Response.fixture(200, "outgoing-caller-ids-page-0.json"),
				Response.fixture(200, "outgoing-caller-ids-page-1.json"));
		Page<OutgoingCallerId> last = this.callerIds.nextPage(this.callerIds.list()).orElseThrow();
		assertThat(last.items()).extracting(OutgoingCallerId::sid).containsExactly("PNbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
		assertThat(this.callerIds.nextPage(last)).isEmpty();
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void updatePostsFriendlyName() {
		this.server.enqueue(Response.fixture(200, "outgoing-caller-id.json"));
		OutgoingCallerId callerId = this.callerIds.update(SID, "Front desk");
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", CALLER_IDS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("FriendlyName=Front+desk");
		assertThat(callerId.sid()).isEqualTo(SID);
	}

	@Test
	void updateRefusesMissingName() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.callerIds.update(SID, null))
			.withMessage("Friendly name must not be null");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void deleteSendsDelete() {
		this.server.enqueue(Response.empty(204));
		assertThat(this.callerIds.deleteWithResponse(SID).statusCode()).isEqualTo(204);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "DELETE", CALLER_IDS_PATH + "/" + SID + ".json");
		assertThat(request.body()).isEmpty();
	}

	@Test
	void fetchOfUnknownSidThrowsTwilioError() {
		this.server.enqueue(Response.json(404, """
				{"code": 20404, "message": "The requested resource was not found", "status": 404}"""));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.callerIds.fetch(SID))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.callerIds.fetch(""))
			.withMessage("Outgoing caller ID SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.callerIds.delete(" "))
			.withMessage("Outgoing caller ID SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

}
