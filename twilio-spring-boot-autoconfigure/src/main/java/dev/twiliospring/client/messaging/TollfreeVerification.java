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
 * A toll-free verification: the review that lets a US or Canadian toll-free number send
 * messages.
 *
 * @param sid the SID of the verification ({@code HH} followed by 32 hex characters)
 * @param accountSid the SID of the account that requested the verification
 * @param customerProfileSid the SID of the customer profile bundle
 * @param trustProductSid the SID of the toll-free trust product bundle
 * @param dateCreated when the verification was created
 * @param dateUpdated when the verification was last updated
 * @param regulatedItemSid the SID of the regulated item
 * @param businessName the name of the business
 * @param businessStreetAddress the street address of the business
 * @param businessStreetAddress2 the second address line of the business
 * @param businessCity the city of the business
 * @param businessStateProvinceRegion the state, province or region of the business
 * @param businessPostalCode the postal code of the business
 * @param businessCountry the country of the business
 * @param businessWebsite the website of the business
 * @param businessContactFirstName the first name of the business contact
 * @param businessContactLastName the last name of the business contact
 * @param businessContactEmail the email address of the business contact
 * @param businessContactPhone the phone number of the business contact, in E.164 format
 * @param notificationEmail the address notified of the verification result
 * @param useCaseCategories the use case categories of the number
 * @param useCaseSummary how the business uses messaging
 * @param productionMessageSample a sample message
 * @param optInImageUrls links to images of the opt-in workflow
 * @param optInType how end users opt in
 * @param messageVolume the estimated monthly message volume, such as {@code 10,000}
 * @param additionalInformation additional information for the review
 * @param tollfreePhoneNumberSid the SID of the toll-free phone number
 * @param tollfreePhoneNumber the toll-free phone number, in E.164 format
 * @param status the review status
 * @param url the absolute URL of the resource
 * @param rejectionReason why the verification was rejected
 * @param errorCode the error code of a rejection
 * @param editExpiration until when a rejected verification can be edited
 * @param editAllowed whether a rejected verification can be edited and resubmitted
 * @param businessRegistrationNumber the registration number of the business
 * @param businessRegistrationAuthority the authority that issued the registration number
 * @param businessRegistrationCountry the country the business is registered in
 * @param businessType the type of the business
 * @param businessRegistrationPhoneNumber the phone number of the business registration,
 * in E.164 format
 * @param doingBusinessAs the trade name under which the business operates
 * @param optInConfirmationMessage the message confirming an opt-in
 * @param helpMessageSample a sample help message
 * @param privacyPolicyUrl the URL of the privacy policy
 * @param termsAndConditionsUrl the URL of the terms and conditions
 * @param ageGatedContent whether the content is age gated
 * @param optInKeywords the opt-in keywords
 * @param rejectionReasons the reasons and codes of a rejection
 * @param resourceLinks the URLs of related documents, such as {@code customer_profile}
 * @param externalReferenceId the reference given by the customer
 * @param vettingId the ID of the vetting
 * @param vettingProvider the provider of the vetting
 * @param vettingIdExpiration when the vetting ID expires
 * @since 1.0.0
 */
public record TollfreeVerification(
		@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("customer_profile_sid") @Nullable String customerProfileSid,
		@JsonProperty("trust_product_sid") @Nullable String trustProductSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("regulated_item_sid") @Nullable String regulatedItemSid,
		@JsonProperty("business_name") @Nullable String businessName,
		@JsonProperty("business_street_address") @Nullable String businessStreetAddress,
		@JsonProperty("business_street_address2") @Nullable String businessStreetAddress2,
		@JsonProperty("business_city") @Nullable String businessCity,
		@JsonProperty("business_state_province_region") @Nullable String businessStateProvinceRegion,
		@JsonProperty("business_postal_code") @Nullable String businessPostalCode,
		@JsonProperty("business_country") @Nullable String businessCountry,
		@JsonProperty("business_website") @Nullable String businessWebsite,
		@JsonProperty("business_contact_first_name") @Nullable String businessContactFirstName,
		@JsonProperty("business_contact_last_name") @Nullable String businessContactLastName,
		@JsonProperty("business_contact_email") @Nullable String businessContactEmail,
		@JsonProperty("business_contact_phone") @Nullable String businessContactPhone,
		@JsonProperty("notification_email") @Nullable String notificationEmail,
		@JsonProperty("use_case_categories") @Nullable List<UseCaseCategory> useCaseCategories,
		@JsonProperty("use_case_summary") @Nullable String useCaseSummary,
		@JsonProperty("production_message_sample") @Nullable String productionMessageSample,
		@JsonProperty("opt_in_image_urls") @Nullable List<String> optInImageUrls,
		@JsonProperty("opt_in_type") @Nullable OptInType optInType,
		@JsonProperty("message_volume") @Nullable String messageVolume,
		@JsonProperty("additional_information") @Nullable String additionalInformation,
		@JsonProperty("tollfree_phone_number_sid") @Nullable String tollfreePhoneNumberSid,
		@JsonProperty("tollfree_phone_number") @Nullable String tollfreePhoneNumber,
		@JsonProperty("status") @Nullable Status status,
		@JsonProperty("url") @Nullable String url,
		@JsonProperty("rejection_reason") @Nullable String rejectionReason,
		@JsonProperty("error_code") @Nullable Integer errorCode,
		@JsonProperty("edit_expiration") @Nullable OffsetDateTime editExpiration,
		@JsonProperty("edit_allowed") @Nullable Boolean editAllowed,
		@JsonProperty("business_registration_number") @Nullable String businessRegistrationNumber,
		@JsonProperty("business_registration_authority")
				@Nullable BusinessRegistrationAuthority businessRegistrationAuthority,
		@JsonProperty("business_registration_country") @Nullable String businessRegistrationCountry,
		@JsonProperty("business_type") @Nullable BusinessType businessType,
		@JsonProperty("business_registration_phone_number") @Nullable String businessRegistrationPhoneNumber,
		@JsonProperty("doing_business_as") @Nullable String doingBusinessAs,
		@JsonProperty("opt_in_confirmation_message") @Nullable String optInConfirmationMessage,
		@JsonProperty("help_message_sample") @Nullable String helpMessageSample,
		@JsonProperty("privacy_policy_url") @Nullable String privacyPolicyUrl,
		@JsonProperty("terms_and_conditions_url") @Nullable String termsAndConditionsUrl,
		@JsonProperty("age_gated_content") @Nullable Boolean ageGatedContent,
		@JsonProperty("opt_in_keywords") @Nullable List<String> optInKeywords,
		@JsonProperty("rejection_reasons") @Nullable List<Map<String, @Nullable Object>> rejectionReasons,
		@JsonProperty("resource_links") @Nullable Map<String, @Nullable Object> resourceLinks,
		@JsonProperty("external_reference_id") @Nullable String externalReferenceId,
		@JsonProperty("vetting_id") @Nullable String vettingId,
		@JsonProperty("vetting_provider") @Nullable VettingProvider vettingProvider,
		@JsonProperty("vetting_id_expiration") @Nullable OffsetDateTime vettingIdExpiration) {

	/**
	 * Review status of a toll-free verification. Values Twilio adds later map to {@link
	 * #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Submitted, waiting for review. */
		PENDING_REVIEW("PENDING_REVIEW"),

		/** Being reviewed. */
		IN_REVIEW("IN_REVIEW"),

		/** Approved. */
		TWILIO_APPROVED("TWILIO_APPROVED"),

		/** Rejected; see the rejection reasons. */
		TWILIO_REJECTED("TWILIO_REJECTED"),

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
		 * @param value the Twilio value, such as {@code PENDING_REVIEW}
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
	 * Use case category of a toll-free number. Values Twilio adds later map to {@link
	 * #UNKNOWN}.
	 */
	public enum UseCaseCategory implements TwilioEnum {

		/** Two-factor authentication codes. */
		TWO_FACTOR_AUTHENTICATION("TWO_FACTOR_AUTHENTICATION"),

		/** Account notifications. */
		ACCOUNT_NOTIFICATIONS("ACCOUNT_NOTIFICATIONS"),

		/** Customer care. */
		CUSTOMER_CARE("CUSTOMER_CARE"),

		/** Charity and non-profit messaging. */
		CHARITY_NONPROFIT("CHARITY_NONPROFIT"),

		/** Delivery notifications. */
		DELIVERY_NOTIFICATIONS("DELIVERY_NOTIFICATIONS"),

		/** Fraud alerts. */
		FRAUD_ALERT_MESSAGING("FRAUD_ALERT_MESSAGING"),

		/** Events. */
		EVENTS("EVENTS"),

		/** Higher education. */
		HIGHER_EDUCATION("HIGHER_EDUCATION"),

		/** Primary and secondary education. */
		K12("K12"),

		/** Marketing. */
		MARKETING("MARKETING"),

		/** Non-political polling and voting. */
		POLLING_AND_VOTING_NON_POLITICAL("POLLING_AND_VOTING_NON_POLITICAL"),

		/** Political election campaigns. */
		POLITICAL_ELECTION_CAMPAIGNS("POLITICAL_ELECTION_CAMPAIGNS"),

		/** Public service announcements. */
		PUBLIC_SERVICE_ANNOUNCEMENT("PUBLIC_SERVICE_ANNOUNCEMENT"),

		/** Security alerts. */
		SECURITY_ALERT("SECURITY_ALERT"),

		/** A category this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		UseCaseCategory(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the category with the given Twilio value.
		 * @param value the Twilio value, such as {@code TWO_FACTOR_AUTHENTICATION}
		 * @return the category, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static UseCaseCategory from(String value) {
			return TwilioEnums.from(UseCaseCategory.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How end users opt in to messages from a toll-free number. Values Twilio adds later
	 * map to {@link #UNKNOWN}.
	 */
	public enum OptInType implements TwilioEnum {

		/** Verbally. */
		VERBAL("VERBAL"),

		/** With a web form. */
		WEB_FORM("WEB_FORM"),

		/** With a paper form. */
		PAPER_FORM("PAPER_FORM"),

		/** By sending a text. */
		VIA_TEXT("VIA_TEXT"),

		/** By scanning a QR code. */
		MOBILE_QR_CODE("MOBILE_QR_CODE"),

		/** Imported from another system. */
		IMPORT("IMPORT"),

		/** Imported; to be replaced with the actual opt-in type. */
		IMPORT_PLEASE_REPLACE("IMPORT_PLEASE_REPLACE"),

		/** An opt-in type this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		OptInType(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the opt-in type with the given Twilio value.
		 * @param value the Twilio value, such as {@code VERBAL}
		 * @return the opt-in type, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static OptInType from(String value) {
			return TwilioEnums.from(OptInType.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Type of a business. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum BusinessType implements TwilioEnum {

		/** A private for-profit company. */
		PRIVATE_PROFIT("PRIVATE_PROFIT"),

		/** A public for-profit company. */
		PUBLIC_PROFIT("PUBLIC_PROFIT"),

		/** A sole proprietor. */
		SOLE_PROPRIETOR("SOLE_PROPRIETOR"),

		/** A non-profit organization. */
		NON_PROFIT("NON_PROFIT"),

		/** A government entity. */
		GOVERNMENT("GOVERNMENT"),

		/** A business type this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		BusinessType(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the business type with the given Twilio value.
		 * @param value the Twilio value, such as {@code PRIVATE_PROFIT}
		 * @return the business type, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static BusinessType from(String value) {
			return TwilioEnums.from(BusinessType.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Authority that issued a business registration number. Values Twilio adds later map
	 * to {@link #UNKNOWN}.
	 */
	public enum BusinessRegistrationAuthority implements TwilioEnum {

		/** US Employer Identification Number. */
		EIN("EIN"),

		/** Canadian Business Number. */
		CBN("CBN"),

		/** UK Company Registration Number. */
		CRN("CRN"),

		/** Canadian provincial registration number. */
		PROVINCIAL_NUMBER("PROVINCIAL_NUMBER"),

		/** Value added tax number. */
		VAT("VAT"),

		/** Australian Company Number. */
		ACN("ACN"),

		/** Australian Business Number. */
		ABN("ABN"),

		/** Business Registration Number. */
		BRN("BRN"),

		/** French SIREN number. */
		SIREN("SIREN"),

		/** French SIRET number. */
		SIRET("SIRET"),

		/** New Zealand Business Number. */
		NZBN("NZBN"),

		/** German VAT identification number. */
		UST_IDNR("USt-IdNr"),

		/** Spanish tax identification code of a company. */
		CIF("CIF"),

		/** Tax identification number, such as the Spanish or Portuguese one. */
		NIF("NIF"),

		/** Brazilian national registry of legal entities number. */
		CNPJ("CNPJ"),

		/** Enterprise identification number, such as the Swiss one. */
		UID("UID"),

		/** Quebec enterprise number. */
		NEQ("NEQ"),

		/** Another authority. */
		OTHER("OTHER"),

		/** An authority this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		BusinessRegistrationAuthority(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the authority with the given Twilio value.
		 * @param value the Twilio value, such as {@code EIN}
		 * @return the authority, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static BusinessRegistrationAuthority from(String value) {
			return TwilioEnums.from(BusinessRegistrationAuthority.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Provider of a vetting. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum VettingProvider implements TwilioEnum {

		/** Campaign Verify. */
		CAMPAIGN_VERIFY("CAMPAIGN_VERIFY"),

		/** A provider this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		VettingProvider(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the provider with the given Twilio value.
		 * @param value the Twilio value, such as {@code CAMPAIGN_VERIFY}
		 * @return the provider, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static VettingProvider from(String value) {
			return TwilioEnums.from(VettingProvider.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
