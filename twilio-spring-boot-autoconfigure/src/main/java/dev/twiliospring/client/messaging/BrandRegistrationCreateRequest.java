package dev.twiliospring.client.messaging;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new US A2P brand registration.
 * <pre class="code">
 * BrandRegistrationCreateRequest request = BrandRegistrationCreateRequest.builder()
 *     .customerProfileBundleSid("BU...")
 *     .a2pProfileBundleSid("BU...")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see BrandRegistrationResource#create(BrandRegistrationCreateRequest)
 */
public final class BrandRegistrationCreateRequest {

	private final TwilioParameters parameters;

	private BrandRegistrationCreateRequest(TwilioParameters parameters) {
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
		return "BrandRegistrationCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link BrandRegistrationCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the customer profile bundle (required).
		 * @param customerProfileBundleSid the bundle SID ({@code BU...})
		 * @return this builder
		 */
		public Builder customerProfileBundleSid(String customerProfileBundleSid) {
			this.parameters.set("CustomerProfileBundleSid", customerProfileBundleSid);
			return this;
		}

		/**
		 * Set the A2P messaging profile bundle (required).
		 * @param a2pProfileBundleSid the bundle SID ({@code BU...})
		 * @return this builder
		 */
		public Builder a2pProfileBundleSid(String a2pProfileBundleSid) {
			this.parameters.set("A2PProfileBundleSid", a2pProfileBundleSid);
			return this;
		}

		/**
		 * Set the brand type.
		 * @param brandType {@code STANDARD} (Twilio's default) or {@code SOLE_PROPRIETOR}
		 * for low volume use cases
		 * @return this builder
		 */
		public Builder brandType(String brandType) {
			this.parameters.set("BrandType", brandType);
			return this;
		}

		/**
		 * Set whether to register a mock brand for testing.
		 * @param mock whether the brand is a mock
		 * @return this builder
		 */
		public Builder mock(boolean mock) {
			this.parameters.set("Mock", mock);
			return this;
		}

		/**
		 * Set whether to skip the automatic secondary vetting.
		 * @param skipAutomaticSecVet whether to skip it
		 * @return this builder
		 */
		public Builder skipAutomaticSecVet(boolean skipAutomaticSecVet) {
			this.parameters.set("SkipAutomaticSecVet", skipAutomaticSecVet);
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
		 * @throws IllegalArgumentException if a bundle is missing
		 */
		public BrandRegistrationCreateRequest build() {
			if (!this.parameters.contains("CustomerProfileBundleSid")
					|| !this.parameters.contains("A2PProfileBundleSid")) {
				throw new IllegalArgumentException("A brand registration needs both bundles: call "
						+ "customerProfileBundleSid(...) and a2pProfileBundleSid(...)");
			}
			return new BrandRegistrationCreateRequest(this.parameters.build());
		}

	}

}
