package dev.twiliospring.client.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MediaResource}.
 */
class MediaResourceTests {

	private static final String MESSAGE_SID = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String MEDIA_SID = "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String MEDIA_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages/"
			+ MESSAGE_SID + "/Media";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final MediaResource media = this.server.client().messages().media();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "media.json"));
		Media media = this.media.fetch(MESSAGE_SID, MEDIA_SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo(MEDIA_PATH + "/" + MEDIA_SID + ".json");
		assertThat(media.sid()).isEqualTo(MEDIA_SID);
		assertThat(media.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(media.parentSid()).isEqualTo(MESSAGE_SID);
		assertThat(media.contentType()).isEqualTo("image/jpeg");
		assertThat(media.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 8, 16, 15, 53, 54, 0, ZoneOffset.UTC));
		assertThat(media.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 8, 16, 15, 53, 55, 0, ZoneOffset.UTC));
		assertThat(media.uri()).isEqualTo(MEDIA_PATH + "/" + MEDIA_SID + ".json");
	}

	@Test
	void listReadsMediaListWithFilters() {
		this.server.enqueue(Response.fixture(200, "media-page.json"));
		Page<Media> page = this.media.list(MESSAGE_SID,
				MediaListRequest.builder().dateCreatedAfter(LocalDate.of(2015, 8, 1)).pageSize(50).build());
		assertThat(page.items()).extracting(Media::contentType).containsExactly("image/jpeg", "image/png");
		assertThat(page.hasNext()).isFalse();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo(MEDIA_PATH + ".json");
		assertThat(request.rawQuery()).isEqualTo("DateCreated%3E=2015-08-01&PageSize=50");
	}

	@Test
	void streamReadsAllMedia() {
		this.server.enqueue(Response.fixture(200, "media-page.json"));
		List<String> sids = this.media.stream(MESSAGE_SID).map(Media::sid).toList();
		assertThat(sids).containsExactly(MEDIA_SID, "MEbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
		assertThat(this.server.takeRequest().path()).isEqualTo(MEDIA_PATH + ".json");
	}

	@Test
	void deleteSendsDelete() {
		this.server.enqueue(Response.empty(204));
		this.media.delete(MESSAGE_SID, MEDIA_SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.path()).isEqualTo(MEDIA_PATH + "/" + MEDIA_SID + ".json");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
	}

	@Test
	void rejectsMissingMessageSid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.media.list(""))
			.withMessage("Message SID must not be empty");
	}

}
