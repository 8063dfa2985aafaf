package dev.twiliospring.test.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A phone number of an emulated account, with the webhooks Twilio calls for it.
 *
 * @param sid SID of the number ({@code PN} followed by 32 hex characters)
 * @param accountSid SID of the account
 * @param phoneNumber the number in E.164 format
 * @param friendlyName friendly name
 * @param smsUrl URL incoming messages are posted to
 * @param smsMethod HTTP method for {@code smsUrl}
 * @param voiceUrl URL incoming calls are posted to
 * @param voiceMethod HTTP method for {@code voiceUrl}
 * @param statusCallback URL that receives status callbacks of incoming calls
 * @param dateCreated when the number was bought
 * @since 1.0.0
 */
public record EmulatedPhoneNumber(String sid, String accountSid, String phoneNumber, String friendlyName,
		@Nullable String smsUrl, String smsMethod, @Nullable String voiceUrl, String voiceMethod,
		@Nullable String statusCallback, Instant dateCreated) {

}
