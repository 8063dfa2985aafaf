package dev.twiliospring.client.api;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a list of outgoing caller IDs.
 * <pre class="code">
 * OutgoingCallerIdListRequest request = OutgoingCallerIdListRequest.builder()
 *     .phoneNumber("+14158675310")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see OutgoingCallerIdResource#list(OutgoingCallerIdListRequest)
 */
public final class OutgoingCallerIdListRequest extends AbstractListRequest {

	private static final OutgoingCallerIdListRequest ALL = new OutgoingCallerIdListRequest(TwilioParameters.empty());

	private OutgoingCallerIdListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for all outgoing caller IDs
	 */
	public static OutgoingCallerIdListRequest all() {
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
	 * Builder for {@link OutgoingCallerIdListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, OutgoingCallerIdListRequest> {

		private Builder() {
		}

		/**
		 * Only list the caller ID of this phone number.
		 * @param phoneNumber the phone number in E.164 format
		 * @return this builder
		 */
		public Builder phoneNumber(String phoneNumber) {
			return set("PhoneNumber", phoneNumber);
		}

		/**
		 * Only list caller IDs with exactly this name.
		 * @param friendlyName the name
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			return set("FriendlyName", friendlyName);
		}

		@Override
		protected OutgoingCallerIdListRequest build(TwilioParameters parameters) {
			return new OutgoingCallerIdListRequest(parameters);
		}

	}

}
