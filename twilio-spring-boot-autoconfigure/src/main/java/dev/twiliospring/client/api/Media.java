package dev.twiliospring.client.api;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Media resource: a file attached to an MMS or channel message.
 *
 * @param sid the media SID ({@code ME} followed by 32 hex characters)
 * @param accountSid the SID of the account
 * @param parentSid the SID of the message the media belongs to
 * @param contentType the MIME type of the file, such as {@code image/jpeg}
 * @param dateCreated when the media was created
 * @param dateUpdated when the media was last updated
 * @param uri the URI of the resource, relative to the API host; without the
 * {@code .json} suffix it serves the file itself
 * @since 1.0.0
 */
public record Media(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("parent_sid") @Nullable String parentSid,
		@JsonProperty("content_type") @Nullable String contentType,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("uri") @Nullable String uri) {

}
