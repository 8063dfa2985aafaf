package dev.twiliospring.client.messaging;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * New values for a US A2P 10DLC campaign of a Messaging Service.
 * <p>
 * Twilio replaces the campaign's description, message flow, samples and flags as a whole,
 * so all of them are required. To change only some of them, start from the campaign as
 * fetched:
 * <pre class="code">
 * UsAppToPerson campaign = campaigns.fetch("QE...");
 * campaigns.update(campaign.sid(), UsAppToPersonUpdateRequest.builder(campaign)
 *     .messageFlow("Customers opt in by ticking an unticked box at checkout on example.com")
 *     .build());
 * </pre>
 *
 * @since 1.0.0
 * @see UsAppToPersonResource#update(String, UsAppToPersonUpdateRequest)
 */
public final class UsAppToPersonUpdateRequest {

	private static final RequiredParameters REQUIRED = RequiredParameters.of(
			"HasEmbeddedLinks", "hasEmbeddedLinks",
			"HasEmbeddedPhone", "hasEmbeddedPhone",
			"MessageSamples", "messageSamples",
			"MessageFlow", "messageFlow",
			"Description", "description",
			"AgeGated", "ageGated",
			"DirectLending", "directLending");

	private final TwilioParameters parameters;

	private UsAppToPersonUpdateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return an empty builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return a builder holding the values of a campaign that can be updated, such as a
	 * campaign just fetched. Values the campaign does not have are left unset.
	 * @param campaign the campaign
	 * @return the builder
	 */
	public static Builder builder(UsAppToPerson campaign) {
		Builder builder = new Builder();
		builder.param("HasEmbeddedLinks", campaign.hasEmbeddedLinks());
		builder.param("HasEmbeddedPhone", campaign.hasEmbeddedPhone());
		builder.param("MessageSamples", campaign.messageSamples());
		builder.param("MessageFlow", campaign.messageFlow());
		builder.param("Description", campaign.description());
		builder.param("AgeGated", campaign.ageGated());
		builder.param("DirectLending", campaign.directLending());
		builder.param("PrivacyPolicyUrl", campaign.privacyPolicyUrl());
		builder.param("TermsAndConditionsUrl", campaign.termsAndConditionsUrl());
		return builder;
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
		return "UsAppToPersonUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link UsAppToPersonUpdateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set whether messages contain links (required).
		 * @param hasEmbeddedLinks whether messages contain links
		 * @return this builder
		 */
		public Builder hasEmbeddedLinks(boolean hasEmbeddedLinks) {
			return param("HasEmbeddedLinks", hasEmbeddedLinks);
		}

		/**
		 * Set whether messages contain phone numbers (required).
		 * @param hasEmbeddedPhone whether messages contain phone numbers
		 * @return this builder
		 */
		public Builder hasEmbeddedPhone(boolean hasEmbeddedPhone) {
			return param("HasEmbeddedPhone", hasEmbeddedPhone);
		}

		/**
		 * Replace the sample messages of the campaign (required).
		 * @param messageSamples two to five samples of 20 to 1024 characters
		 * @return this builder
		 */
		public Builder messageSamples(String... messageSamples) {
			return param("MessageSamples", messageSamples);
		}

		/**
		 * Replace the sample messages of the campaign (required).
		 * @param messageSamples two to five samples of 20 to 1024 characters
		 * @return this builder
		 */
		public Builder messageSamples(Collection<String> messageSamples) {
			return param("MessageSamples", messageSamples);
		}

		/**
		 * Describe how end users opt in to the campaign (required).
		 * @param messageFlow the opt-in flow, 40 to 2048 characters
		 * @return this builder
		 */
		public Builder messageFlow(String messageFlow) {
			return param("MessageFlow", messageFlow);
		}

		/**
		 * Describe what the campaign sends (required).
		 * @param description between 40 and 4096 characters
		 * @return this builder
		 */
		public Builder description(String description) {
			return param("Description", description);
		}

		/**
		 * Set whether the content is age gated (required).
		 * @param ageGated whether the content is age gated
		 * @return this builder
		 */
		public Builder ageGated(boolean ageGated) {
			return param("AgeGated", ageGated);
		}

		/**
		 * Set whether the campaign is about direct lending (required).
		 * @param directLending whether it is about direct lending
		 * @return this builder
		 */
		public Builder directLending(boolean directLending) {
			return param("DirectLending", directLending);
		}

		/**
		 * Set the URL of the privacy policy of the campaign.
		 * @param privacyPolicyUrl the URL
		 * @return this builder
		 */
		public Builder privacyPolicyUrl(String privacyPolicyUrl) {
			return param("PrivacyPolicyUrl", privacyPolicyUrl);
		}

		/**
		 * Set the URL of the terms and conditions of the campaign.
		 * @param termsAndConditionsUrl the URL
		 * @return this builder
		 */
		public Builder termsAndConditionsUrl(String termsAndConditionsUrl) {
			return param("TermsAndConditionsUrl", termsAndConditionsUrl);
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
		public UsAppToPersonUpdateRequest build() {
			return new UsAppToPersonUpdateRequest(REQUIRED.build(this.parameters,
					"An update of a US A2P campaign replaces all of its settings and needs "));
		}

	}

}
