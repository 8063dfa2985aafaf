package dev.twiliospring.client.video;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A Video Room: a session in which participants share audio, video and data tracks.
 *
 * @param sid the room SID ({@code RM} followed by 32 hex characters)
 * @param status the status of the room
 * @param dateCreated when the room was created
 * @param dateUpdated when the room was last updated
 * @param accountSid the SID of the account that created the room
 * @param enableTurn always {@code true}: TURN is always used
 * @param uniqueName the name of the room, which can replace its SID while it is in
 * progress
 * @param statusCallback the URL that receives room events
 * @param statusCallbackMethod the HTTP method of the status callback
 * @param endTime when the room ended
 * @param duration how long the room lasted, in seconds
 * @param type the room type; only {@code group} for accounts created since October 2024
 * @param maxParticipants the maximum number of participants at the same time
 * @param maxParticipantDuration how long, in seconds, a participant can stay connected
 * @param maxConcurrentPublishedTracks the maximum number of tracks published at the same
 * time, 0 for no limit
 * @param recordParticipantsOnConnect whether participants are recorded when they connect
 * @param videoCodecs the video codecs tracks can be published with
 * @param mediaRegion the region of the room's media server, such as {@code us1}
 * @param audioOnly whether participants can only publish audio
 * @param emptyRoomTimeout how long, in minutes, the room stays open after the last
 * participant left
 * @param unusedRoomTimeout how long, in minutes, the room stays open if nobody joins
 * @param largeRoom whether this is a large room
 * @param url the absolute URL of the resource
 * @param links the absolute URLs of related resources, such as {@code participants}
 * @since 1.0.0
 */
public record Room(@JsonProperty("sid") @Nullable String sid, @JsonProperty("status") @Nullable Status status,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("enable_turn") @Nullable Boolean enableTurn,
		@JsonProperty("unique_name") @Nullable String uniqueName,
		@JsonProperty("status_callback") @Nullable String statusCallback,
		@JsonProperty("status_callback_method") @Nullable String statusCallbackMethod,
		@JsonProperty("end_time") @Nullable OffsetDateTime endTime,
		@JsonProperty("duration") @Nullable Integer duration, @JsonProperty("type") @Nullable Type type,
		@JsonProperty("max_participants") @Nullable Integer maxParticipants,
		@JsonProperty("max_participant_duration") @Nullable Integer maxParticipantDuration,
		@JsonProperty("max_concurrent_published_tracks") @Nullable Integer maxConcurrentPublishedTracks,
		@JsonProperty("record_participants_on_connect") @Nullable Boolean recordParticipantsOnConnect,
		@JsonProperty("video_codecs") @Nullable List<VideoCodec> videoCodecs,
		@JsonProperty("media_region") @Nullable String mediaRegion,
		@JsonProperty("audio_only") @Nullable Boolean audioOnly,
		@JsonProperty("empty_room_timeout") @Nullable Integer emptyRoomTimeout,
		@JsonProperty("unused_room_timeout") @Nullable Integer unusedRoomTimeout,
		@JsonProperty("large_room") @Nullable Boolean largeRoom, @JsonProperty("url") @Nullable String url,
		@JsonProperty("links") @Nullable Map<String, String> links) {

	/**
	 * Status of a room. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Participants can connect. */
		IN_PROGRESS,

		/** Ended; nobody can connect any more. */
		COMPLETED,

		/** Could not be created or run. */
		FAILED,

		/** A status this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code in-progress}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Status from(String value) {
			return TwilioEnums.from(Status.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Type of a room. Only {@code group} is available to accounts created since October
	 * 2024; the others remain for older accounts. Values Twilio adds later map to {@link
	 * #UNKNOWN}.
	 */
	public enum Type implements TwilioEnum {

		/** A legacy peer-to-peer room for two participants. */
		GO,

		/** A legacy room whose participants connect to each other directly. */
		PEER_TO_PEER,

		/** A room whose media goes through Twilio's media servers. */
		GROUP,

		/** A legacy group room for up to four participants. */
		GROUP_SMALL,

		/** A type this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the type with the given Twilio value.
		 * @param value the Twilio value, such as {@code go}
		 * @return the type, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Type from(String value) {
			return TwilioEnums.from(Type.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Video codec of a room. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum VideoCodec implements TwilioEnum {

		/** VP8. */
		VP8("VP8"),

		/** H.264. */
		H264("H264"),

		/** A codec this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		VideoCodec(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the codec with the given Twilio value.
		 * @param value the Twilio value, such as {@code VP8}
		 * @return the codec, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static VideoCodec from(String value) {
			return TwilioEnums.from(VideoCodec.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
