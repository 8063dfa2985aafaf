package dev.twiliospring.client.messaging;

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
	public static final class Builder extends UsAppToPersonSettingsBuilder<Builder, UsAppToPersonCreateRequest> {

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
		 * Set the use case of the campaign (required).
		 * @param usAppToPersonUsecase such as {@code 2FA}, {@code MARKETING} or {@code CUSTOMER_CARE}
		 * @return this builder
		 */
		public Builder usAppToPersonUsecase(String usAppToPersonUsecase) {
			this.parameters.set("UsAppToPersonUsecase", usAppToPersonUsecase);
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

		@Override
		public UsAppToPersonCreateRequest build() {
			return new UsAppToPersonCreateRequest(
					checkSettings(REQUIRED.build(this.parameters, "A US A2P campaign needs ")));
		}

	}

}
