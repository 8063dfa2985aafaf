package dev.twiliospring.client.messaging;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new US A2P 10DLC campaign of a Messaging Service.
 * <pre class="code">
 * UsAppToPersonCreateRequest request = UsAppToPersonCreateRequest.builder()
 *     .brandRegistrationSid("BN...")
 *     .description("Send order updates to customers who opted in at checkout")
 *     .messageFlow("Customers opt in by ticking a box at checkout on example.com")
 *     .messageSamples("Your order #1234 has shipped", "Your order #1234 was delivered")
 *     .usAppToPersonUsecase("CUSTOMER_CARE")
 *     .hasEmbeddedLinks(false)
 *     .hasEmbeddedPhone(false)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see UsAppToPersonResource#create(UsAppToPersonCreateRequest)
 */
public final class UsAppToPersonCreateRequest {

	private final TwilioParameters parameters;

	private UsAppToPersonCreateRequest(TwilioParameters parameters) {
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
		return "UsAppToPersonCreateRequest" + this.parameters.asMap().keySet();
	}

	private static final RequiredParameters REQUIRED = RequiredParameters.of(
			"BrandRegistrationSid", "brandRegistrationSid",
			"Description", "description",
			"MessageFlow", "messageFlow",
			"MessageSamples", "messageSamples",
			"UsAppToPersonUsecase", "usAppToPersonUsecase",
			"HasEmbeddedLinks", "hasEmbeddedLinks",
			"HasEmbeddedPhone", "hasEmbeddedPhone");

	/**
	 * Builder for {@link UsAppToPersonCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the brand the campaign belongs to (required).
		 * @param brandRegistrationSid the brand registration SID ({@code BN...})
		 * @return this builder
		 */
		public Builder brandRegistrationSid(String brandRegistrationSid) {
			this.parameters.set("BrandRegistrationSid", brandRegistrationSid);
			return this;
		}

		/**
		 * Describe what the campaign sends (required).
		 * @param description between 40 and 4096 characters
		 * @return this builder
		 */
		public Builder description(String description) {
			this.parameters.set("Description", description);
			return this;
		}

		/**
		 * Describe how end users opt in to the campaign (required).
		 * @param messageFlow the opt-in flow
		 * @return this builder
		 */
		public Builder messageFlow(String messageFlow) {
			this.parameters.set("MessageFlow", messageFlow);
			return this;
		}

		/**
		 * Set sample messages of the campaign (required).
		 * @param messageSamples two to five samples of 20 to 1024 characters
		 * @return this builder
		 */
		public Builder messageSamples(String... messageSamples) {
			this.parameters.set("MessageSamples", messageSamples);
			return this;
		}

		/**
		 * Set sample messages of the campaign (required).
		 * @param messageSamples two to five samples of 20 to 1024 characters
		 * @return this builder
		 */
		public Builder messageSamples(Collection<String> messageSamples) {
			this.parameters.set("MessageSamples", messageSamples);
			return this;
		}

		/**
		 * Set the use case of the campaign (required).
		 * @param usAppToPersonUsecase such as {@code 2FA}, {@code MARKETING} or {@code CUSTOMER_CARE}
		 * @return this builder
		 */
		public Builder usAppToPersonUsecase(String usAppToPersonUsecase) {
			this.parameters.set("UsAppToPersonUsecase", usAppToPersonUsecase);
			return this;
		}

		/**
		 * Set whether messages contain links (required).
		 * @param hasEmbeddedLinks whether messages contain links
		 * @return this builder
		 */
		public Builder hasEmbeddedLinks(boolean hasEmbeddedLinks) {
			this.parameters.set("HasEmbeddedLinks", hasEmbeddedLinks);
			return this;
		}

		/**
		 * Set whether messages contain phone numbers (required).
		 * @param hasEmbeddedPhone whether messages contain phone numbers
		 * @return this builder
		 */
		public Builder hasEmbeddedPhone(boolean hasEmbeddedPhone) {
			this.parameters.set("HasEmbeddedPhone", hasEmbeddedPhone);
			return this;
		}

		/**
		 * Set the reply to an opt-in keyword.
		 * @param optInMessage the reply
		 * @return this builder
		 */
		public Builder optInMessage(String optInMessage) {
			this.parameters.set("OptInMessage", optInMessage);
			return this;
		}

		/**
		 * Set the reply to an opt-out keyword.
		 * @param optOutMessage the reply
		 * @return this builder
		 */
		public Builder optOutMessage(String optOutMessage) {
			this.parameters.set("OptOutMessage", optOutMessage);
			return this;
		}

		/**
		 * Set the reply to a help keyword.
		 * @param helpMessage the reply
		 * @return this builder
		 */
		public Builder helpMessage(String helpMessage) {
			this.parameters.set("HelpMessage", helpMessage);
			return this;
		}

		/**
		 * Set the opt-in keywords.
		 * @param optInKeywords the keywords
		 * @return this builder
		 */
		public Builder optInKeywords(String... optInKeywords) {
			this.parameters.set("OptInKeywords", optInKeywords);
			return this;
		}

		/**
		 * Set the opt-out keywords.
		 * @param optOutKeywords the keywords
		 * @return this builder
		 */
		public Builder optOutKeywords(String... optOutKeywords) {
			this.parameters.set("OptOutKeywords", optOutKeywords);
			return this;
		}

		/**
		 * Set the help keywords.
		 * @param helpKeywords the keywords
		 * @return this builder
		 */
		public Builder helpKeywords(String... helpKeywords) {
			this.parameters.set("HelpKeywords", helpKeywords);
			return this;
		}

		/**
		 * Set whether the campaign has subscriber opt-in.
		 * @param subscriberOptIn whether subscribers opt in
		 * @return this builder
		 */
		public Builder subscriberOptIn(boolean subscriberOptIn) {
			this.parameters.set("SubscriberOptIn", subscriberOptIn);
			return this;
		}

		/**
		 * Set whether the content is age gated.
		 * @param ageGated whether the content is age gated
		 * @return this builder
		 */
		public Builder ageGated(boolean ageGated) {
			this.parameters.set("AgeGated", ageGated);
			return this;
		}

		/**
		 * Set whether the campaign is about direct lending.
		 * @param directLending whether it is about direct lending
		 * @return this builder
		 */
		public Builder directLending(boolean directLending) {
			this.parameters.set("DirectLending", directLending);
			return this;
		}

		/**
		 * Set the URL of the privacy policy of the campaign.
		 * @param privacyPolicyUrl the URL
		 * @return this builder
		 */
		public Builder privacyPolicyUrl(String privacyPolicyUrl) {
			this.parameters.set("PrivacyPolicyUrl", privacyPolicyUrl);
			return this;
		}

		/**
		 * Set the URL of the terms and conditions of the campaign.
		 * @param termsAndConditionsUrl the URL
		 * @return this builder
		 */
		public Builder termsAndConditionsUrl(String termsAndConditionsUrl) {
			this.parameters.set("TermsAndConditionsUrl", termsAndConditionsUrl);
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
		public UsAppToPersonCreateRequest build() {
			return new UsAppToPersonCreateRequest(REQUIRED.build(this.parameters, "A US A2P campaign needs "));
		}


	}

}
