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
 * A Message resource: an SMS, MMS, WhatsApp or other channel message sent or received by
 * the account.
 *
 * @param sid the message SID ({@code SM} or {@code MM} followed by 32 hex characters)
 * @param accountSid the SID of the account that sent or received the message
 * @param messagingServiceSid the SID of the messaging service used, if any
 * @param from the sender: a phone number in E.164 format, a short code, an alphanumeric
 * sender ID or a channel address such as {@code whatsapp:+14155238886}
 * @param to the recipient, in the same formats as {@code from}
 * @param body the text of the message
 * @param status the status
 * @param direction the direction
 * @param numSegments the number of segments of the message
 * @param numMedia the number of media files of the message
 * @param price the price of the message, negative for a charge; {@code null} until
 * known
 * @param priceUnit the currency of the price (ISO 4217), such as {@code USD}
 * @param errorCode the Twilio error code of a failed or undelivered message
 * @param errorMessage the description of the error code
 * @param dateCreated when the message was created
 * @param dateSent when the message was sent, or received for inbound messages
 * @param dateUpdated when the message was last updated
 * @param apiVersion the API version used to process the message
 * @param uri the URI of the resource, relative to the API host
 * @param subresourceUris the URIs of the sub-resources, such as {@code media}
 * @since 1.0.0
 */
public record Message(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("messaging_service_sid") @Nullable String messagingServiceSid,
		@JsonProperty("from") @Nullable String from, @JsonProperty("to") @Nullable String to,
		@JsonProperty("body") @Nullable String body, @JsonProperty("status") @Nullable Status status,
		@JsonProperty("direction") @Nullable Direction direction,
		@JsonProperty("num_segments") @Nullable Integer numSegments,
		@JsonProperty("num_media") @Nullable Integer numMedia, @JsonProperty("price") @Nullable BigDecimal price,
		@JsonProperty("price_unit") @Nullable String priceUnit,
		@JsonProperty("error_code") @Nullable Integer errorCode,
		@JsonProperty("error_message") @Nullable String errorMessage,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_sent") @Nullable OffsetDateTime dateSent,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("api_version") @Nullable String apiVersion, @JsonProperty("uri") @Nullable String uri,
		@JsonProperty("subresource_uris") @Nullable Map<String, String> subresourceUris) {

	/**
	 * Status of a message. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Accepted by a messaging service, not yet queued. */
		ACCEPTED("accepted"),

		/** Scheduled to be sent later. */
		SCHEDULED("scheduled"),

		/** A scheduled message that was canceled. */
		CANCELED("canceled"),

		/** Queued to be sent. */
		QUEUED("queued"),

		/** Being sent. */
		SENDING("sending"),

		/** Handed to the carrier. */
		SENT("sent"),

		/** Could not be sent. */
		FAILED("failed"),

		/** Delivery confirmed by the carrier. */
		DELIVERED("delivered"),

		/** Delivery failed, according to the carrier. */
		UNDELIVERED("undelivered"),

		/** An inbound message being received. */
		RECEIVING("receiving"),

		/** An inbound message that was received. */
		RECEIVED("received"),

		/** Read by the recipient (WhatsApp and other channels with read receipts). */
		READ("read"),

		/** Some parts of a multi-part message were delivered. */
		PARTIALLY_DELIVERED("partially_delivered"),

		/** A status this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		Status(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code delivered}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Status from(String value) {
			return TwilioEnums.from(Status.class, value, UNKNOWN);
		}

		/**
		 * Return whether a message with this status will not change status again, apart
		 * from a later read receipt.
		 * @return whether the status is final
		 */
		public boolean isFinal() {
			return this == DELIVERED || this == UNDELIVERED || this == FAILED || this == RECEIVED || this == READ
					|| this == CANCELED;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Direction of a message. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Direction implements TwilioEnum {

		/** Received by the account. */
		INBOUND,

		/** Created through the REST API. */
		OUTBOUND_API,

		/** Created during a call. */
		OUTBOUND_CALL,

		/** Created in reply to an inbound message. */
		OUTBOUND_REPLY,

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

}
