package dev.twiliospring.client.api;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new subaccount.
 *
 * @since 1.0.0
 * @see AccountResource#create(AccountCreateRequest)
 */
public final class AccountCreateRequest {

	private final TwilioParameters parameters;

	private AccountCreateRequest(TwilioParameters parameters) {
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
		return "AccountCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link AccountCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the name of the subaccount; Twilio names it after the creation time
		 * otherwise.
		 * @param friendlyName the name, up to 64 characters
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public AccountCreateRequest build() {
			return new AccountCreateRequest(this.parameters.build());
		}

	}

}
