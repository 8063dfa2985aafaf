package dev.twiliospring.client.verify;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Verify Service: the settings shared by the verifications started in it, such as the
 * code length and the name shown in messages.
 *
 * @param sid the service SID ({@code VA} followed by 32 hex characters)
 * @param accountSid the SID of the account that owns the service
 * @param friendlyName the name shown in verification messages
 * @param codeLength the length of generated codes, 4 to 10
 * @param lookupEnabled whether each verification looks up the phone number
 * @param psd2Enabled whether verifications take PSD2 transaction parameters
 * @param skipSmsToLandlines whether SMS verifications to landlines are skipped
 * @param dtmfInputRequired whether a call asks for a key press before reading the code
 * @param ttsName the alternative text-to-speech voice of calls
 * @param doNotShareWarningEnabled whether SMS end with a warning not to share the code
 * @param customCodeEnabled whether verifications may bring their own code
 * @param push the settings of push factors, such as {@code include_date}
 * @param totp the settings of TOTP factors, such as {@code issuer} and {@code time_step}
 * @param defaultTemplateSid the SID of the default message template
 * @param whatsapp the WhatsApp settings, {@code msg_service_sid} and {@code from}
 * @param passkeys the passkey settings, such as {@code relying_party}
 * @param verifyEventSubscriptionEnabled whether verifications reach event streams
 * @param dateCreated when the service was created
 * @param dateUpdated when the service was last updated
 * @param url the absolute URL of the resource
 * @param links the absolute URLs of related resources, such as {@code verifications}
 * @since 1.0.0
 */
public record VerifyService(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("code_length") @Nullable Integer codeLength,
		@JsonProperty("lookup_enabled") @Nullable Boolean lookupEnabled,
		@JsonProperty("psd2_enabled") @Nullable Boolean psd2Enabled,
		@JsonProperty("skip_sms_to_landlines") @Nullable Boolean skipSmsToLandlines,
		@JsonProperty("dtmf_input_required") @Nullable Boolean dtmfInputRequired,
		@JsonProperty("tts_name") @Nullable String ttsName,
		@JsonProperty("do_not_share_warning_enabled") @Nullable Boolean doNotShareWarningEnabled,
		@JsonProperty("custom_code_enabled") @Nullable Boolean customCodeEnabled,
		@JsonProperty("push") @Nullable Map<String, @Nullable Object> push,
		@JsonProperty("totp") @Nullable Map<String, @Nullable Object> totp,
		@JsonProperty("default_template_sid") @Nullable String defaultTemplateSid,
		@JsonProperty("whatsapp") @Nullable Map<String, @Nullable Object> whatsapp,
		@JsonProperty("passkeys") @Nullable Map<String, @Nullable Object> passkeys,
		@JsonProperty("verify_event_subscription_enabled") @Nullable Boolean verifyEventSubscriptionEnabled,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated, @JsonProperty("url") @Nullable String url,
		@JsonProperty("links") @Nullable Map<String, String> links) {

}
