package dev.twiliospring.client.messaging;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new toll-free verification.
 * <pre class="code">
 * TollfreeVerificationCreateRequest request = TollfreeVerificationCreateRequest.builder()
 *     .businessName("Owl, Inc.")
 *     .businessWebsite("https://www.example.com")
 *     .notificationEmail("support@example.com")
 *     .useCaseCategories(UseCaseCategory.ACCOUNT_NOTIFICATIONS)
 *     .useCaseSummary("Order and delivery updates")
 *     .productionMessageSample("Your order #1234 has shipped")
 *     .optInImageUrls("https://example.com/opt-in.png")
 *     .optInType(OptInType.WEB_FORM)
 *     .messageVolume("1,000")
 *     .tollfreePhoneNumberSid("PN...")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see TollfreeVerificationResource#create(TollfreeVerificationCreateRequest)
 */
public final class TollfreeVerificationCreateRequest {

	private final TwilioParameters parameters;

	private TollfreeVerificationCreateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "TollfreeVerificationCreateRequest" + this.parameters.asMap().keySet();
	}

	private static final RequiredParameters REQUIRED = RequiredParameters.of(
			"BusinessName", "businessName",
			"BusinessWebsite", "businessWebsite",
			"NotificationEmail", "notificationEmail",
			"UseCaseCategories", "useCaseCategories",
			"UseCaseSummary", "useCaseSummary",
			"ProductionMessageSample", "productionMessageSample",
			"OptInImageUrls", "optInImageUrls",
			"OptInType", "optInType",
			"MessageVolume", "messageVolume",
			"TollfreePhoneNumberSid", "tollfreePhoneNumberSid");

	/**
	 * Builder for {@link TollfreeVerificationCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the name of the business (required).
		 * @param businessName the name
		 * @return this builder
		 */
		public Builder businessName(String businessName) {
			this.parameters.set("BusinessName", businessName);
			return this;
		}

		/**
		 * Set the website of the business (required).
		 * @param businessWebsite the website URL
		 * @return this builder
		 */
		public Builder businessWebsite(String businessWebsite) {
			this.parameters.set("BusinessWebsite", businessWebsite);
			return this;
		}

		/**
		 * Set the address notified of the verification result (required).
		 * @param notificationEmail the email address
		 * @return this builder
		 */
		public Builder notificationEmail(String notificationEmail) {
			this.parameters.set("NotificationEmail", notificationEmail);
			return this;
		}

		/**
		 * Set the use case categories of the number (required).
		 * @param useCaseCategories the categories
		 * @return this builder
		 */
		public Builder useCaseCategories(TollfreeVerification.UseCaseCategory... useCaseCategories) {
			this.parameters.set("UseCaseCategories", useCaseCategories);
			return this;
		}

		/**
		 * Explain how the business uses messaging (required).
		 * @param useCaseSummary the explanation
		 * @return this builder
		 */
		public Builder useCaseSummary(String useCaseSummary) {
			this.parameters.set("UseCaseSummary", useCaseSummary);
			return this;
		}

		/**
		 * Set a sample message (required).
		 * @param productionMessageSample the sample
		 * @return this builder
		 */
		public Builder productionMessageSample(String productionMessageSample) {
			this.parameters.set("ProductionMessageSample", productionMessageSample);
			return this;
		}

		/**
		 * Set links to publicly hosted images of the opt-in workflow (required).
		 * @param optInImageUrls the image URLs
		 * @return this builder
		 */
		public Builder optInImageUrls(String... optInImageUrls) {
			this.parameters.set("OptInImageUrls", optInImageUrls);
			return this;
		}

		/**
		 * Set how end users opt in (required).
		 * @param optInType the opt-in type
		 * @return this builder
		 */
		public Builder optInType(TollfreeVerification.OptInType optInType) {
			this.parameters.set("OptInType", optInType);
			return this;
		}

		/**
		 * Set the estimated monthly message volume (required).
		 * @param messageVolume such as {@code 10,000}
		 * @return this builder
		 */
		public Builder messageVolume(String messageVolume) {
			this.parameters.set("MessageVolume", messageVolume);
			return this;
		}

		/**
		 * Set the toll-free number to verify (required).
		 * @param tollfreePhoneNumberSid the phone number SID ({@code PN...})
		 * @return this builder
		 */
		public Builder tollfreePhoneNumberSid(String tollfreePhoneNumberSid) {
			this.parameters.set("TollfreePhoneNumberSid", tollfreePhoneNumberSid);
			return this;
		}

		/**
		 * Set the customer profile bundle.
		 * @param customerProfileSid the bundle SID ({@code BU...})
		 * @return this builder
		 */
		public Builder customerProfileSid(String customerProfileSid) {
			this.parameters.set("CustomerProfileSid", customerProfileSid);
			return this;
		}

		/**
		 * Set the street address of the business.
		 * @param businessStreetAddress the address
		 * @return this builder
		 */
		public Builder businessStreetAddress(String businessStreetAddress) {
			this.parameters.set("BusinessStreetAddress", businessStreetAddress);
			return this;
		}

		/**
		 * Set the second address line of the business.
		 * @param businessStreetAddress2 the address line
		 * @return this builder
		 */
		public Builder businessStreetAddress2(String businessStreetAddress2) {
			this.parameters.set("BusinessStreetAddress2", businessStreetAddress2);
			return this;
		}

		/**
		 * Set the city of the business.
		 * @param businessCity the city
		 * @return this builder
		 */
		public Builder businessCity(String businessCity) {
			this.parameters.set("BusinessCity", businessCity);
			return this;
		}

		/**
		 * Set the state, province or region of the business.
		 * @param businessStateProvinceRegion the state, province or region
		 * @return this builder
		 */
		public Builder businessStateProvinceRegion(String businessStateProvinceRegion) {
			this.parameters.set("BusinessStateProvinceRegion", businessStateProvinceRegion);
			return this;
		}

		/**
		 * Set the postal code of the business.
		 * @param businessPostalCode the postal code
		 * @return this builder
		 */
		public Builder businessPostalCode(String businessPostalCode) {
			this.parameters.set("BusinessPostalCode", businessPostalCode);
			return this;
		}

		/**
		 * Set the country of the business.
		 * @param businessCountry the ISO 3166-1 alpha-2 country code
		 * @return this builder
		 */
		public Builder businessCountry(String businessCountry) {
			this.parameters.set("BusinessCountry", businessCountry);
			return this;
		}

		/**
		 * Set additional information for the review.
		 * @param additionalInformation the information
		 * @return this builder
		 */
		public Builder additionalInformation(String additionalInformation) {
			this.parameters.set("AdditionalInformation", additionalInformation);
			return this;
		}

		/**
		 * Set the first name of the business contact.
		 * @param businessContactFirstName the first name
		 * @return this builder
		 */
		public Builder businessContactFirstName(String businessContactFirstName) {
			this.parameters.set("BusinessContactFirstName", businessContactFirstName);
			return this;
		}

		/**
		 * Set the last name of the business contact.
		 * @param businessContactLastName the last name
		 * @return this builder
		 */
		public Builder businessContactLastName(String businessContactLastName) {
			this.parameters.set("BusinessContactLastName", businessContactLastName);
			return this;
		}

		/**
		 * Set the email address of the business contact.
		 * @param businessContactEmail the email address
		 * @return this builder
		 */
		public Builder businessContactEmail(String businessContactEmail) {
			this.parameters.set("BusinessContactEmail", businessContactEmail);
			return this;
		}

		/**
		 * Set the phone number of the business contact.
		 * @param businessContactPhone the number in E.164 format
		 * @return this builder
		 */
		public Builder businessContactPhone(String businessContactPhone) {
			this.parameters.set("BusinessContactPhone", businessContactPhone);
			return this;
		}

		/**
		 * Set a reference of your own, echoed back in the verification.
		 * @param externalReferenceId the reference
		 * @return this builder
		 */
		public Builder externalReferenceId(String externalReferenceId) {
			this.parameters.set("ExternalReferenceId", externalReferenceId);
			return this;
		}

		/**
		 * Set the registration number of the business, required except for sole proprietors.
		 * @param businessRegistrationNumber the number
		 * @return this builder
		 */
		public Builder businessRegistrationNumber(String businessRegistrationNumber) {
			this.parameters.set("BusinessRegistrationNumber", businessRegistrationNumber);
			return this;
		}

		/**
		 * Set the authority that issued the registration number.
		 * @param authority the authority
		 * @return this builder
		 */
		public Builder businessRegistrationAuthority(TollfreeVerification.BusinessRegistrationAuthority authority) {
			this.parameters.set("BusinessRegistrationAuthority", authority);
			return this;
		}

		/**
		 * Set the country the business is registered in.
		 * @param businessRegistrationCountry the ISO 3166-1 alpha-2 country code
		 * @return this builder
		 */
		public Builder businessRegistrationCountry(String businessRegistrationCountry) {
			this.parameters.set("BusinessRegistrationCountry", businessRegistrationCountry);
			return this;
		}

		/**
		 * Set the type of the business.
		 * @param businessType the business type
		 * @return this builder
		 */
		public Builder businessType(TollfreeVerification.BusinessType businessType) {
			this.parameters.set("BusinessType", businessType);
			return this;
		}

		/**
		 * Set the phone number of the business registration.
		 * @param businessRegistrationPhoneNumber the number in E.164 format
		 * @return this builder
		 */
		public Builder businessRegistrationPhoneNumber(String businessRegistrationPhoneNumber) {
			this.parameters.set("BusinessRegistrationPhoneNumber", businessRegistrationPhoneNumber);
			return this;
		}

		/**
		 * Set the trade name under which the business operates.
		 * @param doingBusinessAs the trade name
		 * @return this builder
		 */
		public Builder doingBusinessAs(String doingBusinessAs) {
			this.parameters.set("DoingBusinessAs", doingBusinessAs);
			return this;
		}

		/**
		 * Set the message confirming an opt-in.
		 * @param optInConfirmationMessage the message
		 * @return this builder
		 */
		public Builder optInConfirmationMessage(String optInConfirmationMessage) {
			this.parameters.set("OptInConfirmationMessage", optInConfirmationMessage);
			return this;
		}

		/**
		 * Set a sample help message.
		 * @param helpMessageSample the sample
		 * @return this builder
		 */
		public Builder helpMessageSample(String helpMessageSample) {
			this.parameters.set("HelpMessageSample", helpMessageSample);
			return this;
		}

		/**
		 * Set the URL of the privacy policy.
		 * @param privacyPolicyUrl the URL
		 * @return this builder
		 */
		public Builder privacyPolicyUrl(String privacyPolicyUrl) {
			this.parameters.set("PrivacyPolicyUrl", privacyPolicyUrl);
			return this;
		}

		/**
		 * Set the URL of the terms and conditions.
		 * @param termsAndConditionsUrl the URL
		 * @return this builder
		 */
		public Builder termsAndConditionsUrl(String termsAndConditionsUrl) {
			this.parameters.set("TermsAndConditionsUrl", termsAndConditionsUrl);
			return this;
		}

		/**
		 * Set whether the content is age gated.
		 * @param ageGatedContent whether the content is age gated
		 * @return this builder
		 */
		public Builder ageGatedContent(boolean ageGatedContent) {
			this.parameters.set("AgeGatedContent", ageGatedContent);
			return this;
		}

		/**
		 * Set the keywords that opt in to messages.
		 * @param optInKeywords the keywords
		 * @return this builder
		 */
		public Builder optInKeywords(String... optInKeywords) {
			this.parameters.set("OptInKeywords", optInKeywords);
			return this;
		}

		/**
		 * Set the provider of a vetting.
		 * @param vettingProvider the provider
		 * @return this builder
		 */
		public Builder vettingProvider(TollfreeVerification.VettingProvider vettingProvider) {
			this.parameters.set("VettingProvider", vettingProvider);
			return this;
		}

		/**
		 * Set the ID of a vetting.
		 * @param vettingId the vetting ID
		 * @return this builder
		 */
		public Builder vettingId(String vettingId) {
			this.parameters.set("VettingId", vettingId);
			return this;
		}

		/**
		 * Set a parameter this builder has no method for.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if a required parameter is missing
		 */
		public TollfreeVerificationCreateRequest build() {
			return new TollfreeVerificationCreateRequest(REQUIRED.build(this.parameters, "A toll-free verification needs "));
		}


	}

}
