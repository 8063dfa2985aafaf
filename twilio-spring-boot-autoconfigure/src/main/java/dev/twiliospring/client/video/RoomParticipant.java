package dev.twiliospring.client.video;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A participant of a Video Room.
 *
 * @param sid the participant SID ({@code PA} followed by 32 hex characters)
 * @param roomSid the SID of the room
 * @param accountSid the SID of the account
 * @param status whether the participant is connected
 * @param identity the identity of the participant, from their access token
 * @param dateCreated when the resource was created
 * @param dateUpdated when the resource was last updated
 * @param startTime when the participant connected
 * @param endTime when the participant disconnected
 * @param duration how long, in seconds, the participant was connected; set once
 * disconnected
 * @param url the absolute URL of the resource
 * @param links the absolute URLs of related resources, such as {@code published_tracks}
 * @since 1.0.0
 */
public record RoomParticipant(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("room_sid") @Nullable String roomSid, @JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("status") @Nullable Status status, @JsonProperty("identity") @Nullable String identity,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("start_time") @Nullable OffsetDateTime startTime,
		@JsonProperty("end_time") @Nullable OffsetDateTime endTime,
		@JsonProperty("duration") @Nullable Integer duration, @JsonProperty("url") @Nullable String url,
		@JsonProperty("links") @Nullable Map<String, String> links) {

	/**
	 * Status of a participant. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Connected to the room. */
		CONNECTED,

		/** Left or was removed from the room. */
		DISCONNECTED,

		/** Lost the connection to the room and trying to connect again. */
		RECONNECTING,

		/** A status this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code connected}
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

}
