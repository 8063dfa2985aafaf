package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A US A2P 10DLC brand registration with The Campaign Registry.
 *
 * @param sid the SID of the brand registration ({@code BN} followed by 32 hex characters)
 * @param accountSid the SID of the account that registered the brand
 * @param customerProfileBundleSid the SID of the customer profile bundle
 * @param a2pProfileBundleSid the SID of the A2P messaging profile bundle
 * @param dateCreated when the registration was created
 * @param dateUpdated when the registration was last updated
 * @param brandType the brand type, such as {@code STANDARD} or {@code SOLE_PROPRIETOR}
 * @param status the registration status
 * @param tcrId the brand ID at The Campaign Registry, once registered
 * @param failureReason why the registration failed (deprecated by Twilio in favour of
 * {@code errors})
 * @param errors the errors of the registration process, each with {@code error_code},
 * {@code description}, {@code fields} and {@code url}
 * @param url the absolute URL of the resource
 * @param brandScore the secondary vetting score, or the score of The Campaign Registry
 * @param brandFeedback how to improve the brand score (deprecated by Twilio)
 * @param identityStatus the identity verification status of the brand
 * @param russell3000 whether the company is listed in the Russell 3000 index
 * @param governmentEntity whether the brand is a government entity
 * @param taxExemptStatus the tax-exempt status of a non-profit, such as {@code 501c3}
 * @param skipAutomaticSecVet whether automatic secondary vetting was skipped
 * @param mock whether this is a mock brand for testing
 * @param links the absolute URLs of related resources, such as {@code brand_vettings}
 * @since 1.0.0
 */
public record BrandRegistration(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("customer_profile_bundle_sid") @Nullable String customerProfileBundleSid,
		@JsonProperty("a2p_profile_bundle_sid") @Nullable String a2pProfileBundleSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("brand_type") @Nullable String brandType, @JsonProperty("status") @Nullable Status status,
		@JsonProperty("tcr_id") @Nullable String tcrId, @JsonProperty("failure_reason") @Nullable String failureReason,
		@JsonProperty("errors") @Nullable List<Map<String, @Nullable Object>> errors, @JsonProperty("url") @Nullable String url,
		@JsonProperty("brand_score") @Nullable Integer brandScore,
		@JsonProperty("brand_feedback") @Nullable List<BrandFeedback> brandFeedback,
		@JsonProperty("identity_status") @Nullable IdentityStatus identityStatus,
		@JsonProperty("russell_3000") @Nullable Boolean russell3000,
		@JsonProperty("government_entity") @Nullable Boolean governmentEntity,
		@JsonProperty("tax_exempt_status") @Nullable String taxExemptStatus,
		@JsonProperty("skip_automatic_sec_vet") @Nullable Boolean skipAutomaticSecVet,
		@JsonProperty("mock") @Nullable Boolean mock, @JsonProperty("links") @Nullable Map<String, String> links) {

	/**
	 * Status of a brand registration. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Submitted, not yet decided. */
		PENDING("PENDING"),

		/** Registered; campaigns can be created. */
		APPROVED("APPROVED"),

		/** Registration failed; see the errors. */
		FAILED("FAILED"),

		/** Under manual review. */
		IN_REVIEW("IN_REVIEW"),

		/** Being deleted. */
		DELETION_PENDING("DELETION_PENDING"),

		/** Could not be deleted. */
		DELETION_FAILED("DELETION_FAILED"),

		/** Suspended by the registry. */
		SUSPENDED("SUSPENDED"),

		/** A status this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		Status(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code PENDING}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Status from(String value) {
			return TwilioEnums.from(Status.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Feedback on how to improve a brand score. Values Twilio adds later map to {@link
	 * #UNKNOWN}.
	 */
	public enum BrandFeedback implements TwilioEnum {

		/** The tax ID could not be verified. */
		TAX_ID("TAX_ID"),

		/** The stock symbol could not be verified. */
		STOCK_SYMBOL("STOCK_SYMBOL"),

		/** The non-profit status could not be verified. */
		NONPROFIT("NONPROFIT"),

		/** The government entity status could not be verified. */
		GOVERNMENT_ENTITY("GOVERNMENT_ENTITY"),

		/** Other feedback. */
		OTHERS("OTHERS"),

		/** A feedback this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		BrandFeedback(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the feedback with the given Twilio value.
		 * @param value the Twilio value, such as {@code TAX_ID}
		 * @return the feedback, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static BrandFeedback from(String value) {
			return TwilioEnums.from(BrandFeedback.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Identity verification status of a brand. Values Twilio adds later map to {@link
	 * #UNKNOWN}.
	 */
	public enum IdentityStatus implements TwilioEnum {

		/** Declared by the brand, not verified. */
		SELF_DECLARED("SELF_DECLARED"),

		/** Verification failed. */
		UNVERIFIED("UNVERIFIED"),

		/** Verified by the registry. */
		VERIFIED("VERIFIED"),

		/** Verified and vetted. */
		VETTED_VERIFIED("VETTED_VERIFIED"),

		/** An identity status this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		IdentityStatus(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the identity status with the given Twilio value.
		 * @param value the Twilio value, such as {@code SELF_DECLARED}
		 * @return the identity status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static IdentityStatus from(String value) {
			return TwilioEnums.from(IdentityStatus.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
