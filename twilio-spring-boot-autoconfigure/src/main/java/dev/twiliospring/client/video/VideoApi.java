package dev.twiliospring.client.video;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;

/**
 * Entry point to Twilio Video on {@code video.twilio.com}: rooms and participants.
 * Requests share the client's credentials, region, edge, retries and observation. Clients
 * join rooms with an access token that has a video grant, see
 * {@code dev.twiliospring.client.token.AccessToken}.
 * <pre class="code">
 * Room room = client.video().rooms().create("daily-standup");
 * client.video().participants(room.sid()).stream().forEach(...);
 * client.video().rooms().complete(room.sid());
 * </pre>
 *
 * @since 1.0.0
 * @see TwilioClient#video()
 */
public final class VideoApi {

	private final TwilioClient client;

	/**
	 * Create the API for a client.
	 * @param client the client
	 */
	public VideoApi(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Return the rooms resource ({@code /v1/Rooms}).
	 * @return the rooms resource
	 */
	public RoomResource rooms() {
		return new RoomResource(this.client);
	}

	/**
	 * Return the participants of a room ({@code /v1/Rooms/{RoomSid}/Participants}).
	 * @param roomSid the room SID ({@code RM...}), or its unique name while it is in
	 * progress
	 * @return the participants resource
	 */
	public RoomParticipantResource participants(String roomSid) {
		return new RoomParticipantResource(this.client, roomSid);
	}

}
