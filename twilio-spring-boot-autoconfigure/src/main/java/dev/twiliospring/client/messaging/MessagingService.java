package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A Messaging Service: a pool of senders with shared settings for inbound and outbound
 * messages.
 *
 * @param sid the service SID ({@code MG} followed by 32 hex characters)
 * @param accountSid the SID of the account that owns the service
 * @param friendlyName the name given to the service
 * @param dateCreated when the service was created
 * @param dateUpdated when the service was last updated
 * @param inboundRequestUrl the URL called when a sender of the service receives a
 * message; {@code null} when inbound messages are disabled
 * @param inboundMethod the HTTP method used for {@code inboundRequestUrl}, {@code GET} or
 * {@code POST}
 * @param fallbackUrl the URL called when the inbound request URL fails
 * @param fallbackMethod the HTTP method used for {@code fallbackUrl}
 * @param statusCallback the URL that receives message status updates
 * @param stickySender whether a recipient keeps getting messages from the same sender
 * @param mmsConverter whether MMS is converted to SMS with a link where MMS is not
 * supported
 * @param smartEncoding whether Unicode look-alike characters are replaced by GSM ones
 * @param scanMessageContent whether message content is scanned for fraud
 * @param fallbackToLongCode obsolete setting, kept for existing services
 * @param areaCodeGeomatch whether a sender with the recipient's area code is preferred
 * @param synchronousValidation reserved by Twilio
 * @param validityPeriod how long, in seconds, a message stays valid for delivery
 * @param url the absolute URL of the resource
 * @param links the absolute URLs of related resources, such as {@code phone_numbers}
 * @param usecase the use case of the service, such as {@code notifications} or
 * {@code marketing}
 * @param usAppToPersonRegistered whether a US A2P campaign is registered for the service
 * @param useInboundWebhookOnNumber whether the webhook of each phone number is used
 * instead of {@code inboundRequestUrl}
 * @since 1.0.0
 */
public record MessagingService(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("inbound_request_url") @Nullable String inboundRequestUrl,
		@JsonProperty("inbound_method") @Nullable String inboundMethod,
		@JsonProperty("fallback_url") @Nullable String fallbackUrl,
		@JsonProperty("fallback_method") @Nullable String fallbackMethod,
		@JsonProperty("status_callback") @Nullable String statusCallback,
		@JsonProperty("sticky_sender") @Nullable Boolean stickySender,
		@JsonProperty("mms_converter") @Nullable Boolean mmsConverter,
		@JsonProperty("smart_encoding") @Nullable Boolean smartEncoding,
		@JsonProperty("scan_message_content") @Nullable ScanMessageContent scanMessageContent,
		@JsonProperty("fallback_to_long_code") @Nullable Boolean fallbackToLongCode,
		@JsonProperty("area_code_geomatch") @Nullable Boolean areaCodeGeomatch,
		@JsonProperty("synchronous_validation") @Nullable Boolean synchronousValidation,
		@JsonProperty("validity_period") @Nullable Integer validityPeriod, @JsonProperty("url") @Nullable String url,
		@JsonProperty("links") @Nullable Map<String, String> links, @JsonProperty("usecase") @Nullable String usecase,
		@JsonProperty("us_app_to_person_registered") @Nullable Boolean usAppToPersonRegistered,
		@JsonProperty("use_inbound_webhook_on_number") @Nullable Boolean useInboundWebhookOnNumber) {

	/**
	 * Whether the content of messages sent through a service is scanned. Values Twilio
	 * adds later map to {@link #UNKNOWN}.
	 */
	public enum ScanMessageContent implements TwilioEnum {

		/** Use the account setting. */
		INHERIT,

		/** Scan message content. */
		ENABLE,

		/** Do not scan message content. */
		DISABLE,

		/** A setting this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the setting with the given Twilio value.
		 * @param value the Twilio value, such as {@code inherit}
		 * @return the setting, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static ScanMessageContent from(String value) {
			return TwilioEnums.from(ScanMessageContent.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
