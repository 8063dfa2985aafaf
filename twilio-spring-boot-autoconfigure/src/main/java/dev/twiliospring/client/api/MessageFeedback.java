package dev.twiliospring.client.api;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * The feedback on a message: whether its recipient performed the action the message
 * asked for, such as entering a one-time code, which Twilio uses to measure delivery.
 *
 * @param accountSid the SID of the account that sent the message
 * @param messageSid the SID of the message
 * @param outcome the reported outcome
 * @param dateCreated when the feedback was created
 * @param dateUpdated when the feedback was last updated
 * @param uri the URI of the resource, relative to the API host
 * @since 1.0.0
 * @see MessageResource#feedback(String, Outcome)
 */
public record MessageFeedback(@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("message_sid") @Nullable String messageSid,
		@JsonProperty("outcome") @Nullable Outcome outcome,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("uri") @Nullable String uri) {

	/**
	 * Outcome reported for a message. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Outcome implements TwilioEnum {

		/** The recipient performed the tracked action. */
		CONFIRMED,

		/** There is no confirmation that the recipient performed the tracked action. */
		UNCONFIRMED,

		/** An outcome this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the outcome with the given Twilio value.
		 * @param value the Twilio value, such as {@code confirmed}
		 * @return the outcome, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Outcome from(String value) {
			return TwilioEnums.from(Outcome.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
