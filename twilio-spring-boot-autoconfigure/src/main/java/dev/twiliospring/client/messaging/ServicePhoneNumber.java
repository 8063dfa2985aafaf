package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A phone number in the sender pool of a Messaging Service.
 *
 * @param sid the SID of the phone number ({@code PN} followed by 32 hex characters)
 * @param accountSid the SID of the account that owns the number
 * @param serviceSid the SID of the messaging service
 * @param dateCreated when the number was added to the service
 * @param dateUpdated when the resource was last updated
 * @param phoneNumber the number in E.164 format, such as {@code +15017122661}
 * @param countryCode the ISO 3166-1 alpha-2 country code of the number
 * @param capabilities what the number can do, such as {@code Voice}, {@code SMS} and
 * {@code MMS}
 * @param url the absolute URL of the resource
 * @since 1.0.0
 */
public record ServicePhoneNumber(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("service_sid") @Nullable String serviceSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("phone_number") @Nullable String phoneNumber,
		@JsonProperty("country_code") @Nullable String countryCode,
		@JsonProperty("capabilities") @Nullable List<String> capabilities, @JsonProperty("url") @Nullable String url) {

}
