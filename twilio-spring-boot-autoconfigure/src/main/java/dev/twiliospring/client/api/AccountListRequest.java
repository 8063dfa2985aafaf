package dev.twiliospring.client.api;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of an account list.
 *
 * @since 1.0.0
 * @see AccountResource#list(AccountListRequest)
 */
public final class AccountListRequest extends AbstractListRequest {

	private static final AccountListRequest ALL = new AccountListRequest(TwilioParameters.empty());

	private AccountListRequest(TwilioParameters parameters) {
		super(parameters);
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
	 * Builder for {@link AccountListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, AccountListRequest> {

		private Builder() {
		}

		/**
		 * Only list accounts with exactly this name.
		 * @param friendlyName the name
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			return set("FriendlyName", friendlyName);
		}

		/**
		 * Only list accounts with this status.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(Account.Status status) {
			AccountUpdateRequest.checkKnown(status);
			return set("Status", status);
		}

		@Override
		protected AccountListRequest build(TwilioParameters parameters) {
			return new AccountListRequest(parameters);
		}

	}

}
