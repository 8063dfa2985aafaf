package dev.twiliospring.client.video;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioDurations;
import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new Video Room; all are optional.
 * <pre class="code">
 * RoomCreateRequest request = RoomCreateRequest.builder()
 *     .uniqueName("daily-standup")
 *     .maxParticipants(10)
 *     .emptyRoomTimeout(Duration.ofMinutes(5))
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see RoomResource#create(RoomCreateRequest)
 */
public final class RoomCreateRequest {

	private final TwilioParameters parameters;

	private RoomCreateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request for a room with the given name and Twilio's defaults.
	 * @param uniqueName the name of the room
	 * @return the request
	 */
	public static RoomCreateRequest named(String uniqueName) {
		if (uniqueName == null || uniqueName.isBlank()) {
			throw new IllegalArgumentException("Room name must not be empty");
		}
		return builder().uniqueName(uniqueName).build();
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "RoomCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link RoomCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Name the room, so that clients can join it by name while it is in progress.
		 * @param uniqueName the name, unique among rooms in progress
		 * @return this builder
		 */
		public Builder uniqueName(String uniqueName) {
			this.parameters.set("UniqueName", uniqueName);
			return this;
		}

		/**
		 * Set the room type; only needed by accounts that still have legacy room types.
		 * @param type the room type
		 * @return this builder
		 */
		public Builder type(Room.Type type) {
			this.parameters.set("Type", type);
			return this;
		}

		/**
		 * Set the URL that receives room events.
		 * @param statusCallback the URL
		 * @return this builder
		 */
		public Builder statusCallback(String statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set the HTTP method of the status callback.
		 * @param statusCallbackMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder statusCallbackMethod(HttpMethod statusCallbackMethod) {
			if (!HttpMethod.GET.equals(statusCallbackMethod) && !HttpMethod.POST.equals(statusCallbackMethod)) {
				throw new IllegalArgumentException(
						"StatusCallbackMethod must be GET or POST, got " + statusCallbackMethod);
			}
			this.parameters.set("StatusCallbackMethod", statusCallbackMethod.name());
			return this;
		}

		/**
		 * Set the maximum number of participants at the same time.
		 * @param maxParticipants the maximum, up to 50
		 * @return this builder
		 */
		public Builder maxParticipants(int maxParticipants) {
			this.parameters.set("MaxParticipants", maxParticipants);
			return this;
		}

		/**
		 * Set whether participants are recorded when they connect.
		 * @param recordParticipantsOnConnect whether to record
		 * @return this builder
		 */
		public Builder recordParticipantsOnConnect(boolean recordParticipantsOnConnect) {
			this.parameters.set("RecordParticipantsOnConnect", recordParticipantsOnConnect);
			return this;
		}

		/**
		 * Set the video codecs tracks can be published with.
		 * @param videoCodecs the codecs
		 * @return this builder
		 */
		public Builder videoCodecs(Room.VideoCodec... videoCodecs) {
			this.parameters.set("VideoCodecs", videoCodecs);
			return this;
		}

		/**
		 * Set the region of the room's media server.
		 * @param mediaRegion a media region, such as {@code us1} or {@code ie1}
		 * @return this builder
		 */
		public Builder mediaRegion(String mediaRegion) {
			this.parameters.set("MediaRegion", mediaRegion);
			return this;
		}

		/**
		 * Set which tracks are recorded.
		 * @param recordingRules the recording rules as JSON, such as
		 * {@code [{"type":"include","all":true}]}
		 * @return this builder
		 */
		public Builder recordingRules(String recordingRules) {
			this.parameters.set("RecordingRules", recordingRules);
			return this;
		}

		/**
		 * Set whether participants can only publish audio.
		 * @param audioOnly whether the room is audio only
		 * @return this builder
		 */
		public Builder audioOnly(boolean audioOnly) {
			this.parameters.set("AudioOnly", audioOnly);
			return this;
		}

		/**
		 * Set how long a participant can stay connected. Twilio defaults to 4 hours.
		 * @param maxParticipantDuration whole seconds from 600 (10 minutes) to 86400 (24
		 * hours)
		 * @return this builder
		 * @throws IllegalArgumentException if the duration has a fraction of a second or is
		 * out of range
		 */
		public Builder maxParticipantDuration(Duration maxParticipantDuration) {
			this.parameters.set("MaxParticipantDuration",
					TwilioDurations.seconds(maxParticipantDuration, "MaxParticipantDuration", 600, 86_400));
			return this;
		}

		/**
		 * Set how long the room stays open after the last participant left.
		 * @param emptyRoomTimeout whole minutes between 1 and 60
		 * @return this builder
		 */
		public Builder emptyRoomTimeout(Duration emptyRoomTimeout) {
			this.parameters.set("EmptyRoomTimeout",
					TwilioDurations.minutes(emptyRoomTimeout, "EmptyRoomTimeout", 1, 60));
			return this;
		}

		/**
		 * Set how long the room stays open if nobody joins.
		 * @param unusedRoomTimeout whole minutes between 1 and 60
		 * @return this builder
		 */
		public Builder unusedRoomTimeout(Duration unusedRoomTimeout) {
			this.parameters.set("UnusedRoomTimeout",
					TwilioDurations.minutes(unusedRoomTimeout, "UnusedRoomTimeout", 1, 60));
			return this;
		}

		/**
		 * Set whether this is a large room.
		 * @param largeRoom whether the room is large
		 * @return this builder
		 */
		public Builder largeRoom(boolean largeRoom) {
			this.parameters.set("LargeRoom", largeRoom);
			return this;
		}

		/**
		 * Set a parameter this builder has no method for.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public RoomCreateRequest build() {
			return new RoomCreateRequest(this.parameters.build());
		}


	}

}
