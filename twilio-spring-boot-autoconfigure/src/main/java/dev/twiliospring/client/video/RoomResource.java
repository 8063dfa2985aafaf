package dev.twiliospring.client.video;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on Video Rooms, {@code /v1/Rooms} on {@code video.twilio.com}: create, fetch, list and
 * complete rooms.
 * <p>
 * Every operation has a {@code ...WithResponse} variant that also returns the HTTP
 * status, headers and Twilio request id.
 *
 * @since 1.0.0
 * @see VideoApi#rooms()
 */
public final class RoomResource {

	static final String LIST_PATH = "/v1/Rooms";

	static final String INSTANCE_PATH = "/v1/Rooms/{Sid}";

	static final String ITEMS_FIELD = "rooms";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public RoomResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Create a room.
	 * @param request the room
	 * @return the room, {@code in-progress}
	 */
	public Room create(RoomCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Create a room, keeping status and headers.
	 * @param request the room
	 * @return the response holding the room, {@code in-progress}
	 */
	public TwilioResponse<Room> createWithResponse(RoomCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return this.client.executeForResponse(TwilioRequest.post(TwilioDomain.VIDEO, LIST_PATH)
			.params(request.parameters())
			.build(), Room.class);
	}

	/**
	 * Create a room with the given name and Twilio's defaults.
	 * @param uniqueName the name of the room
	 * @return the room, {@code in-progress}
	 */
	public Room create(String uniqueName) {
		return create(RoomCreateRequest.named(uniqueName));
	}

	/**
	 * Fetch a room by its SID, or by its unique name while it is in progress.
	 * @param sid the room SID
	 * @return the room
	 */
	public Room fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a room by its SID, or by its unique name while it is in progress, keeping status
	 * and headers.
	 * @param sid the room SID
	 * @return the response holding the room
	 */
	public TwilioResponse<Room> fetchWithResponse(String sid) {
		return this.client.executeForResponse(instance(TwilioRequest.get(TwilioDomain.VIDEO, INSTANCE_PATH), sid),
				Room.class);
	}

	/**
	 * Fetch the first page of all rooms.
	 * @return the first page
	 */
	public Page<Room> list() {
		return list(RoomListRequest.all());
	}

	/**
	 * Fetch the first page of the matching rooms.
	 * @param request the filters and page size
	 * @return the first page
	 */
	public Page<Room> list(RoomListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching rooms, keeping status and headers.
	 * @param request the filters and page size
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Room>> listWithResponse(RoomListRequest request) {
		return this.client.pageForResponse(listRequest(request), ITEMS_FIELD, Room.class);
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of rooms
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Room>> nextPage(Page<Room> page) {
		if (!page.hasNext()) {
			return Optional.empty();
		}
		TwilioRequest next = listRequest(RoomListRequest.all()).forPage(page.nextPageUrl());
		return Optional.of(this.client.page(next, ITEMS_FIELD, Room.class));
	}

	/**
	 * Stream all rooms lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Room> stream() {
		return stream(RoomListRequest.all());
	}

	/**
	 * Stream the matching rooms lazily, fetching pages as they are consumed.
	 * @param request the filters and page size
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Room> stream(RoomListRequest request) {
		return this.client.stream(listRequest(request), ITEMS_FIELD, Room.class);
	}

	private TwilioRequest listRequest(RoomListRequest request) {
		Assert.notNull(request, "Request must not be null");
		return TwilioRequest.get(TwilioDomain.VIDEO, LIST_PATH)
			.queryParams(request.parameters())
			.build();
	}

	/**
	 * Complete a room: disconnect all participants and close it.
	 * @param sid the room SID
	 * @return the completed room
	 */
	public Room complete(String sid) {
		return completeWithResponse(sid).body();
	}

	/**
	 * Complete a room: disconnect all participants and close it, keeping status and headers.
	 * @param sid the room SID
	 * @return the response holding the completed room
	 */
	public TwilioResponse<Room> completeWithResponse(String sid) {
		TwilioRequest.Builder builder = TwilioRequest.post(TwilioDomain.VIDEO, INSTANCE_PATH)
			.param("Status", Room.Status.COMPLETED);
		return this.client.executeForResponse(instance(builder, sid), Room.class);
	}

	/**
	 * Return the participants of a room.
	 * @param roomSid the room SID, or its unique name while it is in progress
	 * @return the participants resource
	 */
	public RoomParticipantResource participants(String roomSid) {
		return new RoomParticipantResource(this.client, roomSid);
	}

	private static TwilioRequest instance(TwilioRequest.Builder builder, String sid) {
		Assert.hasText(sid, "Room SID must not be empty");
		return builder.pathVariable("Sid", sid).build();
	}

}
