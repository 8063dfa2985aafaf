package dev.twiliospring.client.video;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.MetaPages;
import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link VideoApi}, {@link RoomResource} and {@link RoomParticipantResource}.
 */
class VideoApiTests {

	private static final String ROOM = "RMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String PARTICIPANT = "PAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final VideoApi video = this.server.clientBuilder().listener(this.listener).build().video();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createsRoomOnVideoHost() {
		this.server.enqueue(Response.fixture(201, "video/room.json"));
		Room room = this.video.rooms()
			.create(RoomCreateRequest.builder()
				.uniqueName("SmallDailyStandup")
				.type(Room.Type.GROUP_SMALL)
				.maxParticipants(4)
				.videoCodecs(Room.VideoCodec.VP8, Room.VideoCodec.H264)
				.statusCallback("https://example.com/rooms")
				.statusCallbackMethod(HttpMethod.POST)
				.emptyRoomTimeout(Duration.ofMinutes(5))
				.maxParticipantDuration(Duration.ofHours(24))
				.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Rooms");
		assertThat(request.bodyAsString()).isEqualTo("UniqueName=SmallDailyStandup&Type=group-small&MaxParticipants=4"
				+ "&VideoCodecs=VP8&VideoCodecs=H264&StatusCallback=https%3A%2F%2Fexample.com%2Frooms"
				+ "&StatusCallbackMethod=POST&EmptyRoomTimeout=5&MaxParticipantDuration=86400");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.VIDEO);
		assertThat(context.pathTemplate()).isEqualTo("/v1/Rooms");
		assertThat(room.sid()).isEqualTo(ROOM);
		assertThat(room.status()).isEqualTo(Room.Status.IN_PROGRESS);
		assertThat(room.type()).isEqualTo(Room.Type.GROUP_SMALL);
		assertThat(room.uniqueName()).isEqualTo("SmallDailyStandup");
		assertThat(room.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(room.enableTurn()).isTrue();
		assertThat(room.maxParticipants()).isEqualTo(4);
		assertThat(room.maxParticipantDuration()).isEqualTo(86400);
		assertThat(room.maxConcurrentPublishedTracks()).isEqualTo(170);
		assertThat(room.duration()).isZero();
		assertThat(room.statusCallback()).isNull();
		assertThat(room.statusCallbackMethod()).isEqualTo("POST");
		assertThat(room.recordParticipantsOnConnect()).isFalse();
		assertThat(room.videoCodecs()).containsExactly(Room.VideoCodec.VP8);
		assertThat(room.mediaRegion()).isEqualTo("us1");
		assertThat(room.audioOnly()).isFalse();
		assertThat(room.emptyRoomTimeout()).isEqualTo(5);
		assertThat(room.unusedRoomTimeout()).isEqualTo(5);
		assertThat(room.largeRoom()).isFalse();
		assertThat(room.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(room.endTime()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(room.links()).containsKeys("participants", "recordings", "recording_rules");
	}

	@Test
	void createsNamedRoom() {
		this.server.enqueue(Response.fixture(201, "video/room.json"));
		this.video.rooms().create("daily-standup");
		assertThat(this.server.takeRequest().bodyAsString()).isEqualTo("UniqueName=daily-standup");
	}

	@Test
	void fetchesRoomByUniqueName() {
		this.server.enqueue(Response.fixture(200, "video/room.json"));
		this.video.rooms().fetch("daily standup");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v1/Rooms/daily%20standup");
		assertThat(this.listener.only().pathTemplate()).isEqualTo("/v1/Rooms/{Sid}");
	}

	@Test
	void completeUpdatesStatus() {
		this.server.enqueue(Response.json(200, "{\"sid\":\"" + ROOM + "\",\"status\":\"completed\",\"duration\":2}"));
		Room room = this.video.rooms().complete(ROOM);
		assertThat(room.status()).isEqualTo(Room.Status.COMPLETED);
		assertThat(room.duration()).isEqualTo(2);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Rooms/" + ROOM);
		assertThat(request.bodyAsString()).isEqualTo("Status=completed");
	}

	@Test
	void listsRoomsWithFiltersAcrossMetaPages() {
		String url = "https://video.twilio.com/v1/Rooms";
		this.server.enqueue(
				Response.json(200, MetaPages.page("rooms", url + "?Status=completed&PageSize=1&Page=0",
						url + "?Status=completed&PageSize=1&Page=1&PageToken=PARM1",
						List.of("{\"sid\":\"RM1\",\"status\":\"completed\",\"type\":\"peer-to-peer\"}"))),
				Response.json(200, MetaPages.page("rooms", url, null,
						List.of("{\"sid\":\"RM2\",\"status\":\"completed\",\"type\":\"go\"}"))));
		List<Room> rooms = this.video.rooms()
			.stream(RoomListRequest.builder()
				.status(Room.Status.COMPLETED)
				.dateCreatedAfter(Instant.parse("2017-04-03T00:00:00Z"))
				.pageSize(1)
				.build())
			.toList();
		assertThat(rooms).extracting(Room::type).containsExactly(Room.Type.PEER_TO_PEER, Room.Type.GO);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests.get(0).query()).containsExactly(Map.entry("Status", List.of("completed")),
				Map.entry("DateCreatedAfter", List.of("2017-04-03T00:00:00Z")), Map.entry("PageSize", List.of("1")));
		assertThat(requests.get(1).path()).isEqualTo("/v1/Rooms");
		assertThat(requests.get(1).rawQuery()).isEqualTo("Status=completed&PageSize=1&Page=1&PageToken=PARM1");
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::domain).containsOnly(TwilioDomain.VIDEO);
	}

	@Test
	void listsParticipantsOfRoom() {
		String url = "https://video.twilio.com/v1/Rooms/" + ROOM + "/Participants";
		this.server.enqueue(Response.json(200, MetaPages.page("participants", url, null,
				List.of("{\"sid\":\"PA1\",\"identity\":\"alice\",\"status\":\"connected\"}",
						"{\"sid\":\"PA2\",\"identity\":\"bob\",\"status\":\"connected\"}"))));
		List<RoomParticipant> participants = this.video.participants(ROOM)
			.list(RoomParticipantListRequest.builder().status(RoomParticipant.Status.CONNECTED).identity("alice").build())
			.items();
		assertThat(participants).extracting(RoomParticipant::identity).containsExactly("alice", "bob");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v1/Rooms/" + ROOM + "/Participants");
		assertThat(request.rawQuery()).isEqualTo("Status=connected&Identity=alice");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.VIDEO);
		assertThat(context.pathTemplate()).isEqualTo("/v1/Rooms/{RoomSid}/Participants");
	}

	@Test
	void disconnectsParticipant() {
		this.server.enqueue(Response.fixture(202, "video/participant-disconnected.json"));
		RoomParticipant participant = this.video.rooms().participants(ROOM).disconnect(PARTICIPANT);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Rooms/" + ROOM + "/Participants/" + PARTICIPANT);
		assertThat(request.bodyAsString()).isEqualTo("Status=disconnected");
		assertThat(participant.sid()).isEqualTo(PARTICIPANT);
		assertThat(participant.roomSid()).isEqualTo(ROOM);
		assertThat(participant.status()).isEqualTo(RoomParticipant.Status.DISCONNECTED);
		assertThat(participant.identity()).isEqualTo("alice");
		assertThat(participant.startTime()).isEqualTo(OffsetDateTime.of(2017, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(participant.endTime()).isEqualTo(OffsetDateTime.of(2017, 7, 30, 20, 0, 1, 0, ZoneOffset.UTC));
		assertThat(participant.duration()).isEqualTo(1);
		assertThat(participant.links()).containsKey("published_tracks");
	}

	@Test
	void fetchesParticipant() {
		this.server.enqueue(Response.fixture(200, "video/participant-disconnected.json"));
		this.video.participants(ROOM).fetch(PARTICIPANT);
		assertThat(this.server.takeRequest().path()).isEqualTo("/v1/Rooms/" + ROOM + "/Participants/" + PARTICIPANT);
		assertThat(this.listener.only().pathTemplate()).isEqualTo("/v1/Rooms/{RoomSid}/Participants/{Sid}");
	}

	@Test
	void mapsUnknownRoomValues() {
		this.server.enqueue(Response.json(200, "{\"status\":\"paused\",\"type\":\"mega\",\"video_codecs\":[\"AV1\"]}"));
		Room room = this.video.rooms().fetch(ROOM);
		assertThat(room.status()).isEqualTo(Room.Status.UNKNOWN);
		assertThat(room.type()).isEqualTo(Room.Type.UNKNOWN);
		assertThat(room.videoCodecs()).containsExactly(Room.VideoCodec.UNKNOWN);
	}

	@Test
	void rejectsInvalidRoomSettings() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().emptyRoomTimeout(Duration.ofSeconds(90)))
			.withMessage("EmptyRoomTimeout must be whole minutes between 1 and 60, got PT1M30S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().unusedRoomTimeout(Duration.ZERO))
			.withMessage("UnusedRoomTimeout must be whole minutes between 1 and 60, got PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> RoomCreateRequest.builder().emptyRoomTimeout(null))
			.withMessage("EmptyRoomTimeout must not be null");
		// Twilio error 53123: MaxParticipantDuration outside 600 to 86400 seconds. A
		// fraction was cut off, a negative value sent, and null failed with a
		// NullPointerException.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().maxParticipantDuration(Duration.ofMillis(3_600_500)))
			.withMessage("MaxParticipantDuration must be whole seconds between 600 and 86400, got PT1H0.5S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().maxParticipantDuration(Duration.ofSeconds(-1)))
			.withMessage("MaxParticipantDuration must be whole seconds between 600 and 86400, got PT-1S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().maxParticipantDuration(Duration.ofMinutes(9)))
			.withMessage("MaxParticipantDuration must be whole seconds between 600 and 86400, got PT9M");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().maxParticipantDuration(Duration.ofHours(25)))
			.withMessage("MaxParticipantDuration must be whole seconds between 600 and 86400, got PT25H");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().maxParticipantDuration(null))
			.withMessage("MaxParticipantDuration must not be null");
		assertThat(RoomCreateRequest.builder().maxParticipantDuration(Duration.ofMinutes(10)).build().parameters()
			.get("MaxParticipantDuration")).containsExactly("600");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomCreateRequest.builder().statusCallbackMethod(HttpMethod.DELETE))
			.withMessage("StatusCallbackMethod must be GET or POST, got DELETE");
		assertThatIllegalArgumentException().isThrownBy(() -> this.video.participants(""))
			.withMessage("Room SID must not be empty");
	}

	@Test
	void readsEveryParticipantStatusOfTheSpecAsItsOwnConstant() {
		// room_participant_enum_status: connected, disconnected, reconnecting
		this.server.enqueue(Response.json(200, "{\"sid\":\"PA00000000000000000000000000000001\",\"room_sid\":\""
				+ ROOM + "\",\"status\":\"reconnecting\",\"identity\":\"alice\"}"));
		RoomParticipant participant = this.video.participants(ROOM).fetch("PA00000000000000000000000000000001");
		assertThat(participant.status()).isEqualTo(RoomParticipant.Status.RECONNECTING);
		assertThat(participant.status().value()).isEqualTo("reconnecting");
	}

}
