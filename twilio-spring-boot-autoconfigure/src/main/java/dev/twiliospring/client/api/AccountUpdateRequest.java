package dev.twiliospring.client.api;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to an account: rename it, or suspend, reactivate or close it.
 * <pre class="code">
 * client.accounts().update(subaccountSid, AccountUpdateRequest.builder().status(Account.Status.SUSPENDED).build());
 * </pre>
 *
 * @since 1.0.0
 * @see AccountResource#update(String, AccountUpdateRequest)
 */
public final class AccountUpdateRequest {

	private final TwilioParameters parameters;

	private AccountUpdateRequest(TwilioParameters parameters) {
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
		return "AccountUpdateRequest" + this.parameters.asMap().keySet();
	}

	static void checkKnown(Account.Status status) {
		if (status == Account.Status.UNKNOWN) {
			throw new IllegalArgumentException("Account status UNKNOWN cannot be sent to Twilio; use ACTIVE, "
					+ "SUSPENDED or CLOSED");
		}
	}

	/**
	 * Builder for {@link AccountUpdateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Rename the account.
		 * @param friendlyName the new name, up to 64 characters
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Change the status: {@code SUSPENDED} suspends, {@code ACTIVE} reactivates and
		 * {@code CLOSED} closes the account for good.
		 * @param status the new status
		 * @return this builder
		 */
		public Builder status(Account.Status status) {
			checkKnown(status);
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		public AccountUpdateRequest build() {
			if (this.parameters.build().isEmpty()) {
				throw new IllegalArgumentException("An account update needs friendlyName(...) or status(...)");
			}
			return new AccountUpdateRequest(this.parameters.build());
		}

	}

}
