package dev.twiliospring.client.verify;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking a code: {@code approved} for the right code, {@code pending}
 * for a wrong one, after which the user may try again.
 *
 * @param sid the SID of the checked verification ({@code VE} followed by 32 hex
 * characters)
 * @param serviceSid the SID of the Verify service
 * @param accountSid the SID of the account
 * @param to the phone number or email address being verified
 * @param channel the channel the code was sent with
 * @param status the status of the verification after the check
 * @param valid whether the code was right (superseded by {@code status})
 * @param amount the amount of a PSD2 transaction
 * @param payee the payee of a PSD2 transaction
 * @param dateCreated when the verification was created
 * @param dateUpdated when the verification was last updated
 * @param snaAttemptsErrorCodes the errors of silent network authentication attempts,
 * each with {@code attempt_sid} and {@code code}
 * @since 1.0.0
 */
public record VerificationCheck(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("service_sid") @Nullable String serviceSid,
		@JsonProperty("account_sid") @Nullable String accountSid, @JsonProperty("to") @Nullable String to,
		@JsonProperty("channel") @Nullable VerificationChannel channel,
		@JsonProperty("status") @Nullable VerificationStatus status, @JsonProperty("valid") @Nullable Boolean valid,
		@JsonProperty("amount") @Nullable String amount, @JsonProperty("payee") @Nullable String payee,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("sna_attempts_error_codes") @Nullable List<Map<String, @Nullable Object>> snaAttemptsErrorCodes) {

	/**
	 * Return whether the code was right and the verification is approved.
	 * @return whether the status is {@code approved}
	 */
	@JsonIgnore
	public boolean isApproved() {
		return this.status == VerificationStatus.APPROVED;
	}

}
