package dev.twiliospring.client.verify;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new Verify Service.
 * <pre class="code">
 * VerifyServiceCreateRequest request = VerifyServiceCreateRequest.builder()
 *     .friendlyName("My App")
 *     .codeLength(6)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see VerifyServiceResource#create(VerifyServiceCreateRequest)
 */
public final class VerifyServiceCreateRequest {

	private final TwilioParameters parameters;

	private VerifyServiceCreateRequest(TwilioParameters parameters) {
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
		return "VerifyServiceCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link VerifyServiceCreateRequest}.
	 */
	public static final class Builder extends VerifyServiceSettingsBuilder<Builder, VerifyServiceCreateRequest> {

		private Builder() {
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if no name is set
		 */
		@Override
		public VerifyServiceCreateRequest build() {
			String friendlyName = this.parameters.getFirst("FriendlyName");
			if (friendlyName == null || friendlyName.isBlank()) {
				throw new IllegalArgumentException("A Verify service needs a name: call friendlyName(...)");
			}
			return new VerifyServiceCreateRequest(this.parameters.build());
		}

	}

}
