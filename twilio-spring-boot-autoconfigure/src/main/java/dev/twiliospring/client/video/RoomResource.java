package dev.twiliospring.client.video;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on Video Rooms, {@code /v1/Rooms} on {@code video.twilio.com}: create, fetch, list and
 * complete rooms.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see VideoApi#rooms()
 */
public final class RoomResource extends AbstractResource<Room> {

	static final String LIST_PATH = "/v1/Rooms";

	static final String INSTANCE_PATH = "/v1/Rooms/{Sid}";

	static final String ITEMS_FIELD = "rooms";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public RoomResource(TwilioClient client) {
		super(client, TwilioDomain.VIDEO, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Room.class, "Room SID");
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
		return doCreate(request.parameters());
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
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of the rooms in progress: without a status filter, Twilio lists
	 * only those (see {@link RoomListRequest.Builder#status}).
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
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of rooms
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Room>> nextPage(Page<Room> page) {
		return doNextPage(page);
	}

	/**
	 * Stream the rooms in progress lazily, fetching pages as they are consumed: without a
	 * status filter, Twilio lists only those.
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
		return doStream(query(request));
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
		return doUpdate(sid, parameter("Status", Room.Status.COMPLETED));
	}

	/**
	 * Return the participants of a room.
	 * @param roomSid the room SID, or its unique name while it is in progress
	 * @return the participants resource
	 */
	public RoomParticipantResource participants(String roomSid) {
		return new RoomParticipantResource(client(), roomSid);
	}

}
