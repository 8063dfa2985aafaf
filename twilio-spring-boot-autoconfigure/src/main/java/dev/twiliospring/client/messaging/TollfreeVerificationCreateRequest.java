package dev.twiliospring.client.messaging;

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
	public static final class Builder
			extends TollfreeVerificationSettingsBuilder<Builder, TollfreeVerificationCreateRequest> {

		private Builder() {
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
		 * Set a reference of your own, echoed back in the verification.
		 * @param externalReferenceId the reference
		 * @return this builder
		 */
		public Builder externalReferenceId(String externalReferenceId) {
			this.parameters.set("ExternalReferenceId", externalReferenceId);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if a required parameter is missing
		 */
		@Override
		public TollfreeVerificationCreateRequest build() {
			return new TollfreeVerificationCreateRequest(REQUIRED.build(this.parameters, "A toll-free verification needs "));
		}

	}

}
