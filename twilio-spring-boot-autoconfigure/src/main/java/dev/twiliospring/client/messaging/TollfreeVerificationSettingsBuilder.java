package dev.twiliospring.client.messaging;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Base class of the builders of {@link TollfreeVerificationCreateRequest} and
 * {@link TollfreeVerificationUpdateRequest}: what Twilio reviews about the business and
 * its messaging, which it takes both when a verification is submitted and when a rejected
 * one is edited.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class TollfreeVerificationSettingsBuilder<B extends TollfreeVerificationSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	TollfreeVerificationSettingsBuilder() {
	}

	/**
	 * Set the name of the business (required by a new verification).
	 * @param businessName the name
	 * @return this builder
	 */
	public B businessName(String businessName) {
		this.parameters.set("BusinessName", businessName);
		return self();
	}

	/**
	 * Set the website of the business (required by a new verification).
	 * @param businessWebsite the website URL
	 * @return this builder
	 */
	public B businessWebsite(String businessWebsite) {
		this.parameters.set("BusinessWebsite", businessWebsite);
		return self();
	}

	/**
	 * Set the address notified of the verification result (required by a new
	 * verification).
	 * @param notificationEmail the email address
	 * @return this builder
	 */
	public B notificationEmail(String notificationEmail) {
		this.parameters.set("NotificationEmail", notificationEmail);
		return self();
	}

	/**
	 * Set the use case categories of the number (required by a new verification).
	 * @param useCaseCategories the categories
	 * @return this builder
	 */
	public B useCaseCategories(TollfreeVerification.UseCaseCategory... useCaseCategories) {
		this.parameters.set("UseCaseCategories", useCaseCategories);
		return self();
	}

	/**
	 * Explain how the business uses messaging (required by a new verification).
	 * @param useCaseSummary the explanation
	 * @return this builder
	 */
	public B useCaseSummary(String useCaseSummary) {
		this.parameters.set("UseCaseSummary", useCaseSummary);
		return self();
	}

	/**
	 * Set a sample message (required by a new verification).
	 * @param productionMessageSample the sample
	 * @return this builder
	 */
	public B productionMessageSample(String productionMessageSample) {
		this.parameters.set("ProductionMessageSample", productionMessageSample);
		return self();
	}

	/**
	 * Set links to publicly hosted images of the opt-in workflow (required by a new
	 * verification).
	 * @param optInImageUrls the image URLs
	 * @return this builder
	 */
	public B optInImageUrls(String... optInImageUrls) {
		this.parameters.set("OptInImageUrls", optInImageUrls);
		return self();
	}

	/**
	 * Set how end users opt in (required by a new verification).
	 * @param optInType the opt-in type
	 * @return this builder
	 */
	public B optInType(TollfreeVerification.OptInType optInType) {
		this.parameters.set("OptInType", optInType);
		return self();
	}

	/**
	 * Set the estimated monthly message volume (required by a new verification).
	 * @param messageVolume such as {@code 10,000}
	 * @return this builder
	 */
	public B messageVolume(String messageVolume) {
		this.parameters.set("MessageVolume", messageVolume);
		return self();
	}

	/**
	 * Set the street address of the business.
	 * @param businessStreetAddress the address
	 * @return this builder
	 */
	public B businessStreetAddress(String businessStreetAddress) {
		this.parameters.set("BusinessStreetAddress", businessStreetAddress);
		return self();
	}

	/**
	 * Set the second address line of the business.
	 * @param businessStreetAddress2 the address line
	 * @return this builder
	 */
	public B businessStreetAddress2(String businessStreetAddress2) {
		this.parameters.set("BusinessStreetAddress2", businessStreetAddress2);
		return self();
	}

	/**
	 * Set the city of the business.
	 * @param businessCity the city
	 * @return this builder
	 */
	public B businessCity(String businessCity) {
		this.parameters.set("BusinessCity", businessCity);
		return self();
	}

	/**
	 * Set the state, province or region of the business.
	 * @param businessStateProvinceRegion the state, province or region
	 * @return this builder
	 */
	public B businessStateProvinceRegion(String businessStateProvinceRegion) {
		this.parameters.set("BusinessStateProvinceRegion", businessStateProvinceRegion);
		return self();
	}

	/**
	 * Set the postal code of the business.
	 * @param businessPostalCode the postal code
	 * @return this builder
	 */
	public B businessPostalCode(String businessPostalCode) {
		this.parameters.set("BusinessPostalCode", businessPostalCode);
		return self();
	}

	/**
	 * Set the country of the business.
	 * @param businessCountry the ISO 3166-1 alpha-2 country code
	 * @return this builder
	 */
	public B businessCountry(String businessCountry) {
		this.parameters.set("BusinessCountry", businessCountry);
		return self();
	}

	/**
	 * Set additional information for the review.
	 * @param additionalInformation the information
	 * @return this builder
	 */
	public B additionalInformation(String additionalInformation) {
		this.parameters.set("AdditionalInformation", additionalInformation);
		return self();
	}

	/**
	 * Set the first name of the business contact.
	 * @param businessContactFirstName the first name
	 * @return this builder
	 */
	public B businessContactFirstName(String businessContactFirstName) {
		this.parameters.set("BusinessContactFirstName", businessContactFirstName);
		return self();
	}

	/**
	 * Set the last name of the business contact.
	 * @param businessContactLastName the last name
	 * @return this builder
	 */
	public B businessContactLastName(String businessContactLastName) {
		this.parameters.set("BusinessContactLastName", businessContactLastName);
		return self();
	}

	/**
	 * Set the email address of the business contact.
	 * @param businessContactEmail the email address
	 * @return this builder
	 */
	public B businessContactEmail(String businessContactEmail) {
		this.parameters.set("BusinessContactEmail", businessContactEmail);
		return self();
	}

	/**
	 * Set the phone number of the business contact.
	 * @param businessContactPhone the number in E.164 format
	 * @return this builder
	 */
	public B businessContactPhone(String businessContactPhone) {
		this.parameters.set("BusinessContactPhone", businessContactPhone);
		return self();
	}

	/**
	 * Set the registration number of the business, required except for sole proprietors.
	 * @param businessRegistrationNumber the number
	 * @return this builder
	 */
	public B businessRegistrationNumber(String businessRegistrationNumber) {
		this.parameters.set("BusinessRegistrationNumber", businessRegistrationNumber);
		return self();
	}

	/**
	 * Set the authority that issued the registration number.
	 * @param authority the authority
	 * @return this builder
	 */
	public B businessRegistrationAuthority(TollfreeVerification.BusinessRegistrationAuthority authority) {
		this.parameters.set("BusinessRegistrationAuthority", authority);
		return self();
	}

	/**
	 * Set the country the business is registered in.
	 * @param businessRegistrationCountry the ISO 3166-1 alpha-2 country code
	 * @return this builder
	 */
	public B businessRegistrationCountry(String businessRegistrationCountry) {
		this.parameters.set("BusinessRegistrationCountry", businessRegistrationCountry);
		return self();
	}

	/**
	 * Set the type of the business.
	 * @param businessType the business type
	 * @return this builder
	 */
	public B businessType(TollfreeVerification.BusinessType businessType) {
		this.parameters.set("BusinessType", businessType);
		return self();
	}

	/**
	 * Set the phone number of the business registration.
	 * @param businessRegistrationPhoneNumber the number in E.164 format
	 * @return this builder
	 */
	public B businessRegistrationPhoneNumber(String businessRegistrationPhoneNumber) {
		this.parameters.set("BusinessRegistrationPhoneNumber", businessRegistrationPhoneNumber);
		return self();
	}

	/**
	 * Set the trade name under which the business operates.
	 * @param doingBusinessAs the trade name
	 * @return this builder
	 */
	public B doingBusinessAs(String doingBusinessAs) {
		this.parameters.set("DoingBusinessAs", doingBusinessAs);
		return self();
	}

	/**
	 * Set the message confirming an opt-in.
	 * @param optInConfirmationMessage the message
	 * @return this builder
	 */
	public B optInConfirmationMessage(String optInConfirmationMessage) {
		this.parameters.set("OptInConfirmationMessage", optInConfirmationMessage);
		return self();
	}

	/**
	 * Set a sample help message.
	 * @param helpMessageSample the sample
	 * @return this builder
	 */
	public B helpMessageSample(String helpMessageSample) {
		this.parameters.set("HelpMessageSample", helpMessageSample);
		return self();
	}

	/**
	 * Set the URL of the privacy policy.
	 * @param privacyPolicyUrl the URL
	 * @return this builder
	 */
	public B privacyPolicyUrl(String privacyPolicyUrl) {
		this.parameters.set("PrivacyPolicyUrl", privacyPolicyUrl);
		return self();
	}

	/**
	 * Set the URL of the terms and conditions.
	 * @param termsAndConditionsUrl the URL
	 * @return this builder
	 */
	public B termsAndConditionsUrl(String termsAndConditionsUrl) {
		this.parameters.set("TermsAndConditionsUrl", termsAndConditionsUrl);
		return self();
	}

	/**
	 * Set whether the content is age gated.
	 * @param ageGatedContent whether the content is age gated
	 * @return this builder
	 */
	public B ageGatedContent(boolean ageGatedContent) {
		this.parameters.set("AgeGatedContent", ageGatedContent);
		return self();
	}

	/**
	 * Set the keywords that opt in to messages.
	 * @param optInKeywords the keywords
	 * @return this builder
	 */
	public B optInKeywords(String... optInKeywords) {
		this.parameters.set("OptInKeywords", optInKeywords);
		return self();
	}

	/**
	 * Set the provider of a vetting.
	 * @param vettingProvider the provider
	 * @return this builder
	 */
	public B vettingProvider(TollfreeVerification.VettingProvider vettingProvider) {
		this.parameters.set("VettingProvider", vettingProvider);
		return self();
	}

	/**
	 * Set the ID of a vetting.
	 * @param vettingId the vetting ID
	 * @return this builder
	 */
	public B vettingId(String vettingId) {
		this.parameters.set("VettingId", vettingId);
		return self();
	}

	/**
	 * Set a parameter this builder has no method for.
	 * @param name the parameter name as Twilio spells it
	 * @param value the value; {@code null} removes the parameter
	 * @return this builder
	 */
	public B param(String name, @Nullable Object value) {
		this.parameters.set(name, value);
		return self();
	}

	/**
	 * Build the request.
	 * @return the request
	 * @throws IllegalArgumentException if a required parameter is missing
	 */
	public abstract R build();

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

}
