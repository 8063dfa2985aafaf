package dev.twiliospring.client.api;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A Participant resource of a conference: a call in the conference, identified by its
 * call SID or by the label it was given when it was added.
 *
 * @param accountSid the SID of the account that created the participant
 * @param callSid the SID of the participant's call
 * @param label the label given when the participant was added, if any
 * @param callSidToCoach the SID of the call this participant coaches, if it coaches one
 * @param coaching whether the participant coaches another call, which alone hears it
 * @param conferenceSid the SID of the conference
 * @param dateCreated when the participant resource was created
 * @param dateUpdated when the participant resource was last updated
 * @param endConferenceOnExit whether the conference ends when the participant leaves
 * @param muted whether the participant is muted
 * @param hold whether the participant is on hold
 * @param startConferenceOnEnter whether the conference starts, if it has not, when the
 * participant joins
 * @param status the status of the participant's call
 * @param queueTime the wait time in milliseconds before the participant's call was
 * placed; only in the answer to adding a participant
 * @param uri the URI of the resource, relative to the API host
 * @since 1.0.0
 */
public record ConferenceParticipant(@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("call_sid") @Nullable String callSid, @JsonProperty("label") @Nullable String label,
		@JsonProperty("call_sid_to_coach") @Nullable String callSidToCoach,
		@JsonProperty("coaching") @Nullable Boolean coaching,
		@JsonProperty("conference_sid") @Nullable String conferenceSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("end_conference_on_exit") @Nullable Boolean endConferenceOnExit,
		@JsonProperty("muted") @Nullable Boolean muted, @JsonProperty("hold") @Nullable Boolean hold,
		@JsonProperty("start_conference_on_enter") @Nullable Boolean startConferenceOnEnter,
		@JsonProperty("status") @Nullable Status status, @JsonProperty("queue_time") @Nullable Integer queueTime,
		@JsonProperty("uri") @Nullable String uri) {

	/**
	 * Status of a participant's call. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Waiting to be placed. */
		QUEUED,

		/** Being placed. */
		CONNECTING,

		/** Ringing at the callee. */
		RINGING,

		/** In the conference. */
		CONNECTED,

		/** Left the conference. */
		COMPLETE,

		/** Could not be connected. */
		FAILED,

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
