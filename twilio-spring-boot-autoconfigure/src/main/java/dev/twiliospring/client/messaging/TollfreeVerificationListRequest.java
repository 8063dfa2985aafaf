package dev.twiliospring.client.messaging;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a toll-free verification list.
 *
 * @since 1.0.0
 * @see TollfreeVerificationResource#list(TollfreeVerificationListRequest)
 */
public final class TollfreeVerificationListRequest extends AbstractListRequest {

	private static final TollfreeVerificationListRequest ALL = new TollfreeVerificationListRequest(
			TwilioParameters.empty());

	private TollfreeVerificationListRequest(TwilioParameters parameters) {
		super(parameters);
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
	 * Builder for {@link TollfreeVerificationListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, TollfreeVerificationListRequest> {

		private Builder() {
		}

		/**
		 * Only list verifications of this toll-free number.
		 * @param tollfreePhoneNumberSid the phone number SID ({@code PN...})
		 * @return this builder
		 */
		public Builder tollfreePhoneNumberSid(String tollfreePhoneNumberSid) {
			return set("TollfreePhoneNumberSid", tollfreePhoneNumberSid);
		}

		/**
		 * Only list verifications with this status.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(TollfreeVerification.Status status) {
			return set("Status", status);
		}

		/**
		 * Only list verifications with this reference of your own.
		 * @param externalReferenceId the reference
		 * @return this builder
		 */
		public Builder externalReferenceId(String externalReferenceId) {
			return set("ExternalReferenceId", externalReferenceId);
		}

		/**
		 * Set whether verifications of subaccounts are listed too.
		 * @param includeSubAccounts whether to include subaccounts
		 * @return this builder
		 */
		public Builder includeSubAccounts(boolean includeSubAccounts) {
			return set("IncludeSubAccounts", includeSubAccounts);
		}

		/**
		 * Only list verifications of these trust products.
		 * @param trustProductSids the trust product bundle SIDs ({@code BU...})
		 * @return this builder
		 */
		public Builder trustProductSids(String... trustProductSids) {
			return set("TrustProductSid", trustProductSids);
		}

		@Override
		protected TollfreeVerificationListRequest build(TwilioParameters parameters) {
			return new TollfreeVerificationListRequest(parameters);
		}

	}

}
