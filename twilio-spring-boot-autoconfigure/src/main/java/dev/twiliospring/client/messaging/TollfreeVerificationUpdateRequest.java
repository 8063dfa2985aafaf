package dev.twiliospring.client.messaging;

import dev.twiliospring.client.TwilioParameters;

/**
 * Edit of a toll-free verification, which resubmits it for review. Twilio takes edits of
 * a rejected verification while {@link TollfreeVerification#editAllowed()} is
 * {@code true}, until {@link TollfreeVerification#editExpiration()}.
 * <pre class="code">
 * TollfreeVerificationUpdateRequest request = TollfreeVerificationUpdateRequest.builder()
 *     .businessWebsite("https://www.example.com")
 *     .editReason("Website fixed")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see TollfreeVerificationResource#update(String, TollfreeVerificationUpdateRequest)
 */
public final class TollfreeVerificationUpdateRequest {

	private final TwilioParameters parameters;

	private TollfreeVerificationUpdateRequest(TwilioParameters parameters) {
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
		return "TollfreeVerificationUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link TollfreeVerificationUpdateRequest}.
	 */
	public static final class Builder
			extends TollfreeVerificationSettingsBuilder<Builder, TollfreeVerificationUpdateRequest> {

		private Builder() {
		}

		/**
		 * Describe why the verification is edited, such as {@code Website fixed} after a
		 * rejection for a website that was down.
		 * @param editReason the reason
		 * @return this builder
		 */
		public Builder editReason(String editReason) {
			this.parameters.set("EditReason", editReason);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		@Override
		public TollfreeVerificationUpdateRequest build() {
			TwilioParameters parameters = this.parameters.build();
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException(
						"A toll-free verification edit needs at least one setting to change or an editReason(...)");
			}
			return new TollfreeVerificationUpdateRequest(parameters);
		}

	}

}
