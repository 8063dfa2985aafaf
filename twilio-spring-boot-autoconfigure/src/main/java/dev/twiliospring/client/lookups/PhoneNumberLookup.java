package dev.twiliospring.client.lookups;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * Result of a phone number lookup: the number in its formats, whether it is valid, and
 * the result of each requested data package; packages that were not requested are
 * {@code null}.
 *
 * @param callingCountryCode the international dialing prefix, such as {@code 1}
 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
 * @param phoneNumber the number in E.164 format, such as {@code +14159929960}
 * @param nationalFormat the number in national format, such as {@code (415) 992-9960}
 * @param valid whether the number is in a range that can be assigned to a user
 * @param validationErrors why the number is not valid; empty or {@code null} for a valid
 * number
 * @param callerName the {@code caller_name} package
 * @param simSwap the {@code sim_swap} package
 * @param callForwarding the {@code call_forwarding} package
 * @param lineTypeIntelligence the {@code line_type_intelligence} package
 * @param lineStatus the {@code line_status} package
 * @param identityMatch the {@code identity_match} package
 * @param reassignedNumber the {@code reassigned_number} package
 * @param smsPumpingRisk the {@code sms_pumping_risk} package
 * @param phoneNumberQualityScore the {@code phone_number_quality_score} package, whose
 * content Twilio does not fix, such as {@code quality_score} and
 * {@code carrier_risk_category}
 * @param preFill the {@code pre_fill} package, whose content Twilio does not fix, such as
 * {@code first_name} and {@code postal_code}
 * @param url the absolute URL of the resource
 * @since 1.0.0
 */
public record PhoneNumberLookup(@JsonProperty("calling_country_code") @Nullable String callingCountryCode,
		@JsonProperty("country_code") @Nullable String countryCode,
		@JsonProperty("phone_number") @Nullable String phoneNumber,
		@JsonProperty("national_format") @Nullable String nationalFormat,
		@JsonProperty("valid") @Nullable Boolean valid,
		@JsonProperty("validation_errors") @Nullable List<ValidationError> validationErrors,
		@JsonProperty("caller_name") @Nullable CallerName callerName,
		@JsonProperty("sim_swap") @Nullable SimSwap simSwap,
		@JsonProperty("call_forwarding") @Nullable CallForwarding callForwarding,
		@JsonProperty("line_type_intelligence") @Nullable LineTypeIntelligence lineTypeIntelligence,
		@JsonProperty("line_status") @Nullable LineStatus lineStatus,
		@JsonProperty("identity_match") @Nullable IdentityMatch identityMatch,
		@JsonProperty("reassigned_number") @Nullable ReassignedNumber reassignedNumber,
		@JsonProperty("sms_pumping_risk") @Nullable SmsPumpingRisk smsPumpingRisk,
		@JsonProperty("phone_number_quality_score") @Nullable Map<String, @Nullable Object> phoneNumberQualityScore,
		@JsonProperty("pre_fill") @Nullable Map<String, @Nullable Object> preFill, @JsonProperty("url") @Nullable String url) {

	/**
	 * Return whether Twilio considers the number valid.
	 * @return whether {@code valid} is {@code true}
	 */
	public boolean isValid() {
		return Boolean.TRUE.equals(this.valid);
	}

	/**
	 * Result of the {@code caller_name} package.
	 *
	 * @param callerName the name registered for the number
	 * @param callerType {@code BUSINESS}, {@code CONSUMER} or {@code UNDETERMINED}
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record CallerName(
			@JsonProperty("caller_name") @Nullable String callerName,
			@JsonProperty("caller_type") @Nullable String callerType,
			@JsonProperty("error_code") @Nullable Integer errorCode) {

	}

	/**
	 * Last SIM change of a mobile number.
	 *
	 * @param lastSimSwapDate when the SIM last changed, where the carrier tells
	 * @param swappedPeriod the period checked, as an ISO-8601 duration such as
	 * {@code PT24H}
	 * @param swappedInPeriod whether the SIM changed within that period
	 */
	public record LastSimSwap(
			@JsonProperty("last_sim_swap_date") @Nullable OffsetDateTime lastSimSwapDate,
			@JsonProperty("swapped_period") @Nullable String swappedPeriod,
			@JsonProperty("swapped_in_period") @Nullable Boolean swappedInPeriod) {

	}

	/**
	 * Result of the {@code sim_swap} package.
	 *
	 * @param lastSimSwap the last SIM change
	 * @param carrierName the name of the carrier
	 * @param mobileCountryCode the mobile country code (MCC)
	 * @param mobileNetworkCode the mobile network code (MNC)
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record SimSwap(
			@JsonProperty("last_sim_swap") @Nullable LastSimSwap lastSimSwap,
			@JsonProperty("carrier_name") @Nullable String carrierName,
			@JsonProperty("mobile_country_code") @Nullable String mobileCountryCode,
			@JsonProperty("mobile_network_code") @Nullable String mobileNetworkCode,
			@JsonProperty("error_code") @Nullable Integer errorCode) {

	}

	/**
	 * Result of the {@code call_forwarding} package.
	 *
	 * @param callForwardingEnabled whether unconditional call forwarding is on
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record CallForwarding(
			@JsonProperty("call_forwarding_enabled") @Nullable Boolean callForwardingEnabled,
			@JsonProperty("error_code") @Nullable Integer errorCode) {

	}

	/**
	 * Result of the {@code line_type_intelligence} package.
	 *
	 * @param mobileCountryCode the mobile country code (MCC)
	 * @param mobileNetworkCode the mobile network code (MNC)
	 * @param carrierName the name of the carrier
	 * @param type the line type, such as {@code mobile}, {@code landline},
	 * {@code fixedVoip} or {@code nonFixedVoip}
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record LineTypeIntelligence(
			@JsonProperty("mobile_country_code") @Nullable String mobileCountryCode,
			@JsonProperty("mobile_network_code") @Nullable String mobileNetworkCode,
			@JsonProperty("carrier_name") @Nullable String carrierName,
			@JsonProperty("type") @Nullable String type,
			@JsonProperty("error_code") @Nullable Integer errorCode) {

	}

	/**
	 * Result of the {@code line_status} package.
	 *
	 * @param status the status, such as {@code active}, {@code reachable} or
	 * {@code inactive}
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record LineStatus(
			@JsonProperty("status") @Nullable String status,
			@JsonProperty("error_code") @Nullable Integer errorCode) {

	}

	/**
	 * Result of the {@code identity_match} package: how well each given value matches.
	 *
	 * @param firstNameMatch the first name match, such as {@code exact_match},
	 * {@code high_partial_match}, {@code no_match} or {@code no_data_available}
	 * @param lastNameMatch the last name match
	 * @param addressLinesMatch the address lines match
	 * @param cityMatch the city match
	 * @param stateMatch the state match
	 * @param postalCodeMatch the postal code match
	 * @param addressCountryMatch the country match
	 * @param nationalIdMatch the national ID match
	 * @param dateOfBirthMatch the date of birth match
	 * @param summaryScore the overall score, 0 to 100
	 * @param errorCode the Twilio error code if the package failed
	 * @param errorMessage the description of the error
	 */
	public record IdentityMatch(
			@JsonProperty("first_name_match") @Nullable String firstNameMatch,
			@JsonProperty("last_name_match") @Nullable String lastNameMatch,
			@JsonProperty("address_lines_match") @Nullable String addressLinesMatch,
			@JsonProperty("city_match") @Nullable String cityMatch,
			@JsonProperty("state_match") @Nullable String stateMatch,
			@JsonProperty("postal_code_match") @Nullable String postalCodeMatch,
			@JsonProperty("address_country_match") @Nullable String addressCountryMatch,
			@JsonProperty("national_id_match") @Nullable String nationalIdMatch,
			@JsonProperty("date_of_birth_match") @Nullable String dateOfBirthMatch,
			@JsonProperty("summary_score") @Nullable Integer summaryScore,
			@JsonProperty("error_code") @Nullable Integer errorCode,
			@JsonProperty("error_message") @Nullable String errorMessage) {

	}

	/**
	 * Result of the {@code reassigned_number} package.
	 *
	 * @param lastVerifiedDate the date the number was checked against, such as
	 * {@code 2020-12-27}
	 * @param isNumberReassigned {@code yes}, {@code no} or {@code no_data_available}
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record ReassignedNumber(
			@JsonProperty("last_verified_date") @Nullable String lastVerifiedDate,
			@JsonProperty("is_number_reassigned") @Nullable String isNumberReassigned,
			@JsonProperty("error_code") @Nullable String errorCode) {

	}

	/**
	 * Result of the {@code sms_pumping_risk} package.
	 *
	 * @param carrierRiskCategory the risk of the carrier, such as {@code low},
	 * {@code moderate} or {@code high}
	 * @param numberBlocked whether Verify Fraud Guard blocks the number
	 * @param numberBlockedDate when the number was blocked
	 * @param numberBlockedLast3Months whether the number was blocked in the last three
	 * months
	 * @param smsPumpingRiskScore the risk score, 0 to 100
	 * @param errorCode the Twilio error code if the package failed
	 */
	public record SmsPumpingRisk(
			@JsonProperty("carrier_risk_category") @Nullable String carrierRiskCategory,
			@JsonProperty("number_blocked") @Nullable Boolean numberBlocked,
			@JsonProperty("number_blocked_date") @Nullable OffsetDateTime numberBlockedDate,
			@JsonProperty("number_blocked_last_3_months") @Nullable Boolean numberBlockedLast3Months,
			@JsonProperty("sms_pumping_risk_score") @Nullable Integer smsPumpingRiskScore,
			@JsonProperty("error_code") @Nullable Integer errorCode) {

	}

	/**
	 * Reason why a phone number is not valid. Values Twilio adds later map to {@link
	 * #UNKNOWN}.
	 */
	public enum ValidationError implements TwilioEnum {

		/** Too few digits. */
		TOO_SHORT("TOO_SHORT"),

		/** Too many digits. */
		TOO_LONG("TOO_LONG"),

		/** The length is possible but the number is not assigned. */
		INVALID_BUT_POSSIBLE("INVALID_BUT_POSSIBLE"),

		/** The country code does not exist. */
		INVALID_COUNTRY_CODE("INVALID_COUNTRY_CODE"),

		/** The length is not possible for the country. */
		INVALID_LENGTH("INVALID_LENGTH"),

		/** Not a phone number at all. */
		NOT_A_NUMBER("NOT_A_NUMBER"),

		/** A reason this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		ValidationError(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the reason with the given Twilio value.
		 * @param value the Twilio value, such as {@code TOO_SHORT}
		 * @return the reason, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static ValidationError from(String value) {
			return TwilioEnums.from(ValidationError.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
