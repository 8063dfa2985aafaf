package dev.twiliospring.client.verify;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A verification: a one-time code sent to a phone number or email address, pending until
 * the right code is checked.
 *
 * @param sid the verification SID ({@code VE} followed by 32 hex characters)
 * @param serviceSid the SID of the Verify service
 * @param accountSid the SID of the account
 * @param to the phone number in E.164 format or the email address being verified
 * @param channel the channel the code was sent with
 * @param status the status, {@code pending} until approved, canceled or expired
 * @param valid whether the verification was approved (superseded by {@code status})
 * @param lookup information about the phone number, when the service looks numbers up
 * @param amount the amount of a PSD2 transaction
 * @param payee the payee of a PSD2 transaction
 * @param sendCodeAttempts the attempts to send the code, each with {@code channel},
 * {@code time} and {@code attempt_sid}
 * @param dateCreated when the verification was created
 * @param dateUpdated when the verification was last updated
 * @param sna the fields of a silent network authentication, such as its {@code url}
 * @param url the absolute URL of the resource
 * @since 1.0.0
 */
public record Verification(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("service_sid") @Nullable String serviceSid,
		@JsonProperty("account_sid") @Nullable String accountSid, @JsonProperty("to") @Nullable String to,
		@JsonProperty("channel") @Nullable VerificationChannel channel,
		@JsonProperty("status") @Nullable VerificationStatus status, @JsonProperty("valid") @Nullable Boolean valid,
		@JsonProperty("lookup") @Nullable Map<String, @Nullable Object> lookup, @JsonProperty("amount") @Nullable String amount,
		@JsonProperty("payee") @Nullable String payee,
		@JsonProperty("send_code_attempts") @Nullable List<Map<String, @Nullable Object>> sendCodeAttempts,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("sna") @Nullable Map<String, @Nullable Object> sna, @JsonProperty("url") @Nullable String url) {

	/**
	 * Return whether the verification is still waiting for the right code.
	 * @return whether the status is {@code pending}
	 */
	@JsonIgnore
	public boolean isPending() {
		return this.status == VerificationStatus.PENDING;
	}

}
