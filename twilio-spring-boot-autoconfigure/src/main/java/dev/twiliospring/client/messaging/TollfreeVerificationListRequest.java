package dev.twiliospring.client.messaging;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a toll-free verification list.
 *
 * @since 1.0.0
 * @see TollfreeVerificationResource#list(TollfreeVerificationListRequest)
 */
public final class TollfreeVerificationListRequest {

	private static final TollfreeVerificationListRequest ALL = new TollfreeVerificationListRequest(
			TwilioParameters.empty());

	private final TwilioParameters parameters;

	private TollfreeVerificationListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request without filters.
	 * @return the request for all verifications
	 */
	public static TollfreeVerificationListRequest all() {
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
		return "TollfreeVerificationListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link TollfreeVerificationListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list verifications of this toll-free number.
		 * @param tollfreePhoneNumberSid the phone number SID ({@code PN...})
		 * @return this builder
		 */
		public Builder tollfreePhoneNumberSid(String tollfreePhoneNumberSid) {
			this.parameters.set("TollfreePhoneNumberSid", tollfreePhoneNumberSid);
			return this;
		}

		/**
		 * Only list verifications with this status.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(TollfreeVerification.Status status) {
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Only list verifications with this reference of your own.
		 * @param externalReferenceId the reference
		 * @return this builder
		 */
		public Builder externalReferenceId(String externalReferenceId) {
			this.parameters.set("ExternalReferenceId", externalReferenceId);
			return this;
		}

		/**
		 * Set whether verifications of subaccounts are listed too.
		 * @param includeSubAccounts whether to include subaccounts
		 * @return this builder
		 */
		public Builder includeSubAccounts(boolean includeSubAccounts) {
			this.parameters.set("IncludeSubAccounts", includeSubAccounts);
			return this;
		}

		/**
		 * Only list verifications of these trust products.
		 * @param trustProductSids the trust product bundle SIDs ({@code BU...})
		 * @return this builder
		 */
		public Builder trustProductSids(String... trustProductSids) {
			this.parameters.set("TrustProductSid", trustProductSids);
			return this;
		}

		/**
		 * Set the number of verifications per page.
		 * @param pageSize the page size, between 1 and 1000 (Twilio's default is 50)
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
		public TollfreeVerificationListRequest build() {
			return new TollfreeVerificationListRequest(this.parameters.build());
		}

	}

}
