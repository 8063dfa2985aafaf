package dev.twiliospring.client.messaging;

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
	public static final class Builder extends UsAppToPersonSettingsBuilder<Builder, UsAppToPersonUpdateRequest> {

		private Builder() {
		}

		@Override
		public UsAppToPersonUpdateRequest build() {
			return new UsAppToPersonUpdateRequest(checkSettings(REQUIRED.build(this.parameters,
					"An update of a US A2P campaign replaces all of its settings and needs ")));
		}

	}

}
