package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A short code in the sender pool of a Messaging Service.
 *
 * @param sid the SID of the short code ({@code SC} followed by 32 hex characters)
 * @param accountSid the SID of the account that owns the short code
 * @param serviceSid the SID of the messaging service
 * @param dateCreated when the short code was added to the service
 * @param dateUpdated when the resource was last updated
 * @param shortCode the short code, such as {@code 12345}
 * @param countryCode the ISO 3166-1 alpha-2 country code of the short code
 * @param capabilities what the short code can do, such as {@code SMS} and {@code MMS}
 * @param url the absolute URL of the resource
 * @since 1.0.0
 */
public record ServiceShortCode(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("service_sid") @Nullable String serviceSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("short_code") @Nullable String shortCode,
		@JsonProperty("country_code") @Nullable String countryCode,
		@JsonProperty("capabilities") @Nullable List<String> capabilities, @JsonProperty("url") @Nullable String url) {

}
