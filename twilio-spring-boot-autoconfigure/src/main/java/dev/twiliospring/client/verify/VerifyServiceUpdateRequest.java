package dev.twiliospring.client.verify;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to an existing Verify Service; only the settings given are changed.
 * <pre class="code">
 * VerifyServiceUpdateRequest request = VerifyServiceUpdateRequest.builder()
 *     .codeLength(8)
 *     .doNotShareWarningEnabled(true)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see VerifyServiceResource#update(String, VerifyServiceUpdateRequest)
 */
public final class VerifyServiceUpdateRequest {

	private final TwilioParameters parameters;

	private VerifyServiceUpdateRequest(TwilioParameters parameters) {
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
		return "VerifyServiceUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link VerifyServiceUpdateRequest}.
	 */
	public static final class Builder extends VerifyServiceSettingsBuilder<Builder, VerifyServiceUpdateRequest> {

		private Builder() {
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		@Override
		public VerifyServiceUpdateRequest build() {
			TwilioParameters parameters = this.parameters.build();
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A Verify service update needs at least one setting to change");
			}
			return new VerifyServiceUpdateRequest(parameters);
		}

	}

}
