package dev.twiliospring.client.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A Call resource: an inbound or outbound phone, SIP or client call of the account.
 *
 * @param sid the call SID ({@code CA} followed by 32 hex characters)
 * @param dateCreated when the call resource was created
 * @param dateUpdated when the call resource was last updated
 * @param parentCallSid the SID of the call that created this leg, such as the inbound
 * call whose {@code <Dial>} started this one
 * @param accountSid the SID of the account that created the call
 * @param to the callee: a phone number in E.164 format, a SIP address, a client
 * identifier or a SIM SID
 * @param toFormatted the callee formatted for display
 * @param from the caller, in the same formats as {@code to}
 * @param fromFormatted the caller formatted for display
 * @param phoneNumberSid the SID of the incoming phone number that received an inbound
 * call, or of the outgoing caller ID of an outbound call
 * @param status the status
 * @param startTime when the call was answered; {@code null} if it has not been
 * @param endTime when the call ended; {@code null} if it has not
 * @param duration the length of the call in seconds; {@code null} for busy, failed,
 * unanswered or ongoing calls
 * @param price the charge for the call, negative for a charge; {@code null} until known
 * @param priceUnit the currency of the price (ISO 4217), such as {@code USD}
 * @param direction the direction
 * @param answeredBy who answered, for calls placed with answering machine detection
 * @param apiVersion the API version used to create the call
 * @param forwardedFrom the forwarding number of a forwarded inbound call, if the carrier
 * reports it
 * @param groupSid the SID of the group the call belongs to, if any
 * @param callerName the caller's name, for inbound calls to a number with caller ID
 * lookup enabled
 * @param queueTime the wait time in milliseconds before the call was placed
 * @param trunkSid the SID of the SIP trunk the call used, if any
 * @param uri the URI of the resource, relative to the API host
 * @param subresourceUris the URIs of the sub-resources, such as {@code recordings}
 * @since 1.0.0
 */
public record Call(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("parent_call_sid") @Nullable String parentCallSid,
		@JsonProperty("account_sid") @Nullable String accountSid, @JsonProperty("to") @Nullable String to,
		@JsonProperty("to_formatted") @Nullable String toFormatted, @JsonProperty("from") @Nullable String from,
		@JsonProperty("from_formatted") @Nullable String fromFormatted,
		@JsonProperty("phone_number_sid") @Nullable String phoneNumberSid,
		@JsonProperty("status") @Nullable Status status,
		@JsonProperty("start_time") @Nullable OffsetDateTime startTime,
		@JsonProperty("end_time") @Nullable OffsetDateTime endTime,
		@JsonProperty("duration") @Nullable Integer duration, @JsonProperty("price") @Nullable BigDecimal price,
		@JsonProperty("price_unit") @Nullable String priceUnit,
		@JsonProperty("direction") @Nullable Direction direction,
		@JsonProperty("answered_by") @Nullable AnsweredBy answeredBy,
		@JsonProperty("api_version") @Nullable String apiVersion,
		@JsonProperty("forwarded_from") @Nullable String forwardedFrom,
		@JsonProperty("group_sid") @Nullable String groupSid,
		@JsonProperty("caller_name") @Nullable String callerName,
		@JsonProperty("queue_time") @Nullable Integer queueTime, @JsonProperty("trunk_sid") @Nullable String trunkSid,
		@JsonProperty("uri") @Nullable String uri,
		@JsonProperty("subresource_uris") @Nullable Map<String, String> subresourceUris) {

	/**
	 * Status of a call. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Waiting to be placed. */
		QUEUED,

		/** Being placed; only reported to status callbacks. */
		INITIATED,

		/** Ringing at the callee. */
		RINGING,

		/** Answered and ongoing. */
		IN_PROGRESS,

		/** Answered and ended normally. */
		COMPLETED,

		/** The callee was busy. */
		BUSY,

		/** Could not be placed, for example because the number does not exist. */
		FAILED,

		/** The callee did not answer. */
		NO_ANSWER,

		/** Canceled while queued or ringing. */
		CANCELED,

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

		/**
		 * Return whether a call with this status has ended and will not change status
		 * again.
		 * @return whether the status is final
		 */
		public boolean isFinal() {
			return this == COMPLETED || this == BUSY || this == FAILED || this == NO_ANSWER || this == CANCELED;
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Direction of a call. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Direction implements TwilioEnum {

		/** Received by the account. */
		INBOUND,

		/** Placed through the REST API. */
		OUTBOUND_API,

		/** Placed by a {@code <Dial>} verb. */
		OUTBOUND_DIAL,

		/** Sent from the customer's infrastructure to the PSTN through Elastic SIP Trunking. */
		TRUNKING_TERMINATING,

		/** Received from the PSTN to the customer's infrastructure through Elastic SIP Trunking. */
		TRUNKING_ORIGINATING,

		/** A direction this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the direction with the given Twilio value.
		 * @param value the Twilio value, such as {@code outbound-api}
		 * @return the direction, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Direction from(String value) {
			return TwilioEnums.from(Direction.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Result of answering machine detection. Twilio's own {@code unknown}, when it could
	 * not tell, and values Twilio adds later both map to {@link #UNKNOWN}.
	 */
	public enum AnsweredBy implements TwilioEnum {

		/** A person answered. */
		HUMAN("human"),

		/** A machine answered; detection stopped at the start of the greeting. */
		MACHINE_START("machine_start"),

		/** A machine answered and its greeting ended with a beep. */
		MACHINE_END_BEEP("machine_end_beep"),

		/** A machine answered and its greeting ended with silence. */
		MACHINE_END_SILENCE("machine_end_silence"),

		/** A machine answered and the end of its greeting was not recognized. */
		MACHINE_END_OTHER("machine_end_other"),

		/** A fax machine answered. */
		FAX("fax"),

		/** Twilio could not tell, or sent a value this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		AnsweredBy(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the result with the given Twilio value.
		 * @param value the Twilio value, such as {@code human}
		 * @return the result, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static AnsweredBy from(String value) {
			return TwilioEnums.from(AnsweredBy.class, value, UNKNOWN);
		}

		/**
		 * Return whether an answering machine answered.
		 * @return whether this is one of the {@code machine_*} results
		 */
		public boolean isMachine() {
			return this == MACHINE_START || this == MACHINE_END_BEEP || this == MACHINE_END_SILENCE
					|| this == MACHINE_END_OTHER;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
