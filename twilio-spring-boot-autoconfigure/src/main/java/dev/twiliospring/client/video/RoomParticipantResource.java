package dev.twiliospring.client.video;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the participants of a Video Room, {@code /v1/Rooms/{RoomSid}/Participants} on
 * {@code video.twilio.com}: fetch, list and disconnect participants.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see VideoApi#participants(String)
 */
public final class RoomParticipantResource extends AbstractResource<RoomParticipant> {

	static final String LIST_PATH = "/v1/Rooms/{RoomSid}/Participants";

	static final String INSTANCE_PATH = "/v1/Rooms/{RoomSid}/Participants/{Sid}";

	static final String ITEMS_FIELD = "participants";

	private final String roomSid;

	/**
	 * Create the resource for a client and room.
	 * @param client the client
	 * @param roomSid the SID of the room
	 */
	public RoomParticipantResource(TwilioClient client, String roomSid) {
		super(client, TwilioDomain.VIDEO, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, RoomParticipant.class,
				"Participant SID");
		Assert.hasText(roomSid, "Room SID must not be empty");
		this.roomSid = roomSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("RoomSid", this.roomSid);
	}

	/**
	 * Fetch a participant by its SID, or by its identity while it is connected.
	 * @param sid the participant SID
	 * @return the participant
	 */
	public RoomParticipant fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a participant by its SID, or by its identity while it is connected, keeping
	 * status and headers.
	 * @param sid the participant SID
	 * @return the response holding the participant
	 */
	public TwilioResponse<RoomParticipant> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of the participants connected to the room: without a status
	 * filter, Twilio lists only those (see {@link RoomParticipantListRequest.Builder#status}).
	 * @return the first page
	 */
	public Page<RoomParticipant> list() {
		return list(RoomParticipantListRequest.all());
	}

	/**
	 * Fetch the first page of the matching participants of the room.
	 * @param request the filters and page size
	 * @return the first page
	 */
	public Page<RoomParticipant> list(RoomParticipantListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching participants of the room, keeping status and
	 * headers.
	 * @param request the filters and page size
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<RoomParticipant>> listWithResponse(RoomParticipantListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of participants of the room
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<RoomParticipant>> nextPage(Page<RoomParticipant> page) {
		return doNextPage(page);
	}

	/**
	 * Stream the participants connected to the room lazily, fetching pages as they are
	 * consumed: without a status filter, Twilio lists only those.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<RoomParticipant> stream() {
		return stream(RoomParticipantListRequest.all());
	}

	/**
	 * Stream the matching participants of the room lazily, fetching pages as they are
	 * consumed.
	 * @param request the filters and page size
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<RoomParticipant> stream(RoomParticipantListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Disconnect a participant from the room.
	 * @param sid the participant SID
	 * @return the disconnected participant
	 */
	public RoomParticipant disconnect(String sid) {
		return disconnectWithResponse(sid).body();
	}

	/**
	 * Disconnect a participant from the room, keeping status and headers.
	 * @param sid the participant SID
	 * @return the response holding the disconnected participant
	 */
	public TwilioResponse<RoomParticipant> disconnectWithResponse(String sid) {
		return doUpdate(sid, parameter("Status", RoomParticipant.Status.DISCONNECTED));
	}

}
