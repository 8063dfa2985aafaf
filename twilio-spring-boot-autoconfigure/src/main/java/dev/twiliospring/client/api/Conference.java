package dev.twiliospring.client.api;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A Conference resource: a conference room that calls join through TwiML's
 * {@code <Conference>}, or as participants added through the REST API.
 *
 * @param sid the conference SID ({@code CF} followed by 32 hex characters)
 * @param accountSid the SID of the account that created the conference
 * @param dateCreated when the conference resource was created
 * @param dateUpdated when the conference resource was last updated
 * @param apiVersion the API version used to create the conference
 * @param friendlyName the name given in {@code <Conference>}, at most 128 characters
 * @param region the Twilio region where the conference audio was mixed, such as
 * {@code us1} or {@code ie1}
 * @param status the status
 * @param uri the URI of the resource, relative to the API host
 * @param subresourceUris the URIs of the sub-resources, such as {@code participants}
 * @param reasonConferenceEnded why the conference ended; {@code null} while it has not
 * @param callSidEndingConference the SID of the call that made the conference end, if a
 * call did
 * @since 1.0.0
 */
public record Conference(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("api_version") @Nullable String apiVersion,
		@JsonProperty("friendly_name") @Nullable String friendlyName, @JsonProperty("region") @Nullable String region,
		@JsonProperty("status") @Nullable Status status, @JsonProperty("uri") @Nullable String uri,
		@JsonProperty("subresource_uris") @Nullable Map<String, String> subresourceUris,
		@JsonProperty("reason_conference_ended") @Nullable ReasonConferenceEnded reasonConferenceEnded,
		@JsonProperty("call_sid_ending_conference") @Nullable String callSidEndingConference) {

	/**
	 * Status of a conference. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Created, waiting for a participant that starts it. */
		INIT,

		/** Started: a participant that starts the conference has joined. */
		IN_PROGRESS,

		/** Ended. */
		COMPLETED,

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
	 * Why a conference ended. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum ReasonConferenceEnded implements TwilioEnum {

		/** Ended through the REST API ({@code Status=completed}). */
		CONFERENCE_ENDED_VIA_API,

		/** A participant with {@code endConferenceOnExit} hung up. */
		PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT,

		/** A participant with {@code endConferenceOnExit} was removed. */
		PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED,

		/** The last participant was removed. */
		LAST_PARTICIPANT_KICKED,

		/** The last participant hung up. */
		LAST_PARTICIPANT_LEFT,

		/** A reason this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the reason with the given Twilio value.
		 * @param value the Twilio value, such as {@code last-participant-left}
		 * @return the reason, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static ReasonConferenceEnded from(String value) {
			return TwilioEnums.from(ReasonConferenceEnded.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
