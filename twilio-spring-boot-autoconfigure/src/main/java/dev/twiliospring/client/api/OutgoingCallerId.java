package dev.twiliospring.client.api;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An OutgoingCallerId resource: a phone number the account does not own but has verified
 * as its own, so that it can be the caller ID of outgoing calls.
 *
 * @param sid the caller ID SID ({@code PN} followed by 32 hex characters)
 * @param dateCreated when the caller ID was created
 * @param dateUpdated when the caller ID was last updated
 * @param friendlyName the name given to the caller ID
 * @param accountSid the SID of the account that owns the caller ID
 * @param phoneNumber the phone number in E.164 format
 * @param uri the URI of the resource, relative to the API host
 * @since 1.0.0
 */
public record OutgoingCallerId(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("phone_number") @Nullable String phoneNumber, @JsonProperty("uri") @Nullable String uri) {

}
