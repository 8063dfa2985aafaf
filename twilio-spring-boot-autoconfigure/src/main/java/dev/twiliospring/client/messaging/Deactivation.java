package dev.twiliospring.client.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The deactivation report of a day: a link to the file that lists the US phone numbers
 * that carriers deactivated on that day.
 *
 * @param redirectTo the authenticated, short-lived URL of the file; download it without
 * Twilio credentials
 * @since 1.0.0
 */
public record Deactivation(@JsonProperty("redirect_to") @Nullable String redirectTo) {

}
