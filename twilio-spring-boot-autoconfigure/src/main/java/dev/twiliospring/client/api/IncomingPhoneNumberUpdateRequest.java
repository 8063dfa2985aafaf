package dev.twiliospring.client.api;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to a phone number the account owns: its webhooks, applications, name or
 * regulatory resources. An empty URL, such as {@code smsUrl("")}, clears the URL.
 * <pre class="code">
 * IncomingPhoneNumberUpdateRequest request = IncomingPhoneNumberUpdateRequest.builder()
 *     .voiceUrl("https://example.com/twilio/voice")
 *     .statusCallback("https://example.com/twilio/call-status")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see IncomingPhoneNumberResource#update(String, IncomingPhoneNumberUpdateRequest)
 */
public final class IncomingPhoneNumberUpdateRequest {

	private final TwilioParameters parameters;

	private IncomingPhoneNumberUpdateRequest(TwilioParameters parameters) {
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
		return "IncomingPhoneNumberUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link IncomingPhoneNumberUpdateRequest}.
	 */
	public static final class Builder
			extends IncomingPhoneNumberSettingsBuilder<Builder, IncomingPhoneNumberUpdateRequest> {

		private Builder() {
		}

		/**
		 * Move the number to another account: from the main account to one of its
		 * subaccounts, or back.
		 * @param accountSid the SID of the account that should own the number
		 * @return this builder
		 */
		public Builder accountSid(String accountSid) {
			this.parameters.set("AccountSid", accountSid);
			return self();
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		@Override
		public IncomingPhoneNumberUpdateRequest build() {
			TwilioParameters parameters = this.parameters.build();
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A phone number update needs a change, such as voiceUrl(...), "
						+ "smsUrl(...) or friendlyName(...)");
			}
			return new IncomingPhoneNumberUpdateRequest(parameters);
		}

	}

}
