package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An alphanumeric sender ID in the sender pool of a Messaging Service.
 *
 * @param sid the SID of the alpha sender ({@code AI} followed by 32 hex characters)
 * @param accountSid the SID of the account that owns the sender
 * @param serviceSid the SID of the messaging service
 * @param dateCreated when the sender was added to the service
 * @param dateUpdated when the resource was last updated
 * @param alphaSender the sender ID, such as {@code Twilio}
 * @param capabilities what the sender can do, such as {@code SMS}
 * @param url the absolute URL of the resource
 * @since 1.0.0
 */
public record AlphaSender(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("service_sid") @Nullable String serviceSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("alpha_sender") @Nullable String alphaSender,
		@JsonProperty("capabilities") @Nullable List<String> capabilities, @JsonProperty("url") @Nullable String url) {

}
