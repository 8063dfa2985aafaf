package dev.twiliospring.client.api;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of an account list.
 *
 * @since 1.0.0
 * @see AccountResource#list(AccountListRequest)
 */
public final class AccountListRequest {

	private static final AccountListRequest ALL = new AccountListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private AccountListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request without filters.
	 * @return the request for all accounts
	 */
	public static AccountListRequest all() {
		return ALL;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "AccountListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link AccountListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list accounts with exactly this name.
		 * @param friendlyName the name
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Only list accounts with this status.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(Account.Status status) {
			AccountUpdateRequest.checkKnown(status);
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Set the number of accounts per page.
		 * @param pageSize the page size, between 1 and 1000
		 * @return this builder
		 */
		public Builder pageSize(int pageSize) {
			this.parameters.set("PageSize", Page.checkPageSize(pageSize));
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public AccountListRequest build() {
			return new AccountListRequest(this.parameters.build());
		}

	}

}
