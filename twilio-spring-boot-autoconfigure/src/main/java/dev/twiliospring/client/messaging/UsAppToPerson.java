package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A US A2P 10DLC campaign of a Messaging Service.
 *
 * @param sid the SID of the campaign ({@code QE} followed by 32 hex characters)
 * @param accountSid the SID of the account that owns the campaign
 * @param brandRegistrationSid the SID of the brand registration
 * @param messagingServiceSid the SID of the messaging service
 * @param description what the campaign sends
 * @param messageSamples sample messages of the campaign
 * @param usAppToPersonUsecase the use case, such as {@code 2FA} or {@code MARKETING}
 * @param hasEmbeddedLinks whether messages contain links
 * @param hasEmbeddedPhone whether messages contain phone numbers
 * @param subscriberOptIn whether the campaign has subscriber opt-in
 * @param ageGated whether the content is age gated
 * @param directLending whether the campaign is about direct lending
 * @param campaignStatus the status, such as {@code IN_PROGRESS}, {@code VERIFIED} or
 * {@code FAILED}
 * @param campaignId the campaign ID at The Campaign Registry
 * @param isExternallyRegistered whether the campaign was registered outside Twilio
 * @param rateLimits the rate limits and classes set by each carrier, such as
 * {@code att} and {@code tmobile}
 * @param messageFlow how end users opt in
 * @param optInMessage the reply to an opt-in keyword
 * @param optOutMessage the reply to an opt-out keyword
 * @param helpMessage the reply to a help keyword
 * @param optInKeywords the opt-in keywords
 * @param optOutKeywords the opt-out keywords
 * @param helpKeywords the help keywords
 * @param dateCreated when the campaign was created
 * @param dateUpdated when the campaign was last updated
 * @param url the absolute URL of the resource
 * @param mock whether this is a mock campaign of a mock brand
 * @param errors why the registration failed, each with {@code error_code},
 * {@code description}, {@code fields} and {@code url}
 * @param privacyPolicyUrl the URL of the privacy policy of the campaign
 * @param termsAndConditionsUrl the URL of the terms and conditions of the campaign
 * @since 1.0.0
 */
public record UsAppToPerson(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("brand_registration_sid") @Nullable String brandRegistrationSid,
		@JsonProperty("messaging_service_sid") @Nullable String messagingServiceSid,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("message_samples") @Nullable List<String> messageSamples,
		@JsonProperty("us_app_to_person_usecase") @Nullable String usAppToPersonUsecase,
		@JsonProperty("has_embedded_links") @Nullable Boolean hasEmbeddedLinks,
		@JsonProperty("has_embedded_phone") @Nullable Boolean hasEmbeddedPhone,
		@JsonProperty("subscriber_opt_in") @Nullable Boolean subscriberOptIn,
		@JsonProperty("age_gated") @Nullable Boolean ageGated,
		@JsonProperty("direct_lending") @Nullable Boolean directLending,
		@JsonProperty("campaign_status") @Nullable String campaignStatus,
		@JsonProperty("campaign_id") @Nullable String campaignId,
		@JsonProperty("is_externally_registered") @Nullable Boolean isExternallyRegistered,
		@JsonProperty("rate_limits") @Nullable Map<String, @Nullable Object> rateLimits,
		@JsonProperty("message_flow") @Nullable String messageFlow,
		@JsonProperty("opt_in_message") @Nullable String optInMessage,
		@JsonProperty("opt_out_message") @Nullable String optOutMessage,
		@JsonProperty("help_message") @Nullable String helpMessage,
		@JsonProperty("opt_in_keywords") @Nullable List<String> optInKeywords,
		@JsonProperty("opt_out_keywords") @Nullable List<String> optOutKeywords,
		@JsonProperty("help_keywords") @Nullable List<String> helpKeywords,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated, @JsonProperty("url") @Nullable String url,
		@JsonProperty("mock") @Nullable Boolean mock,
		@JsonProperty("errors") @Nullable List<Map<String, @Nullable Object>> errors,
		@JsonProperty("privacy_policy_url") @Nullable String privacyPolicyUrl,
		@JsonProperty("terms_and_conditions_url") @Nullable String termsAndConditionsUrl) {

}
