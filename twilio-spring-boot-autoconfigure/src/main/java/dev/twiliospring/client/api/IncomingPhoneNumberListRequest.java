package dev.twiliospring.client.api;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a list of the account's phone numbers.
 * <pre class="code">
 * IncomingPhoneNumberListRequest request = IncomingPhoneNumberListRequest.builder()
 *     .phoneNumber("+1510*")
 *     .origin("twilio")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see IncomingPhoneNumberResource#list(IncomingPhoneNumberListRequest)
 */
public final class IncomingPhoneNumberListRequest extends AbstractListRequest {

	private static final IncomingPhoneNumberListRequest ALL = new IncomingPhoneNumberListRequest(
			TwilioParameters.empty());

	private IncomingPhoneNumberListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for all phone numbers
	 */
	public static IncomingPhoneNumberListRequest all() {
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
	 * Builder for {@link IncomingPhoneNumberListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, IncomingPhoneNumberListRequest> {

		private Builder() {
		}

		/**
		 * Set whether to include numbers new to the Twilio platform.
		 * @param beta whether to include beta numbers (Twilio's default is
		 * {@code true})
		 * @return this builder
		 */
		public Builder beta(boolean beta) {
			return set("Beta", beta);
		}

		/**
		 * Only list numbers with this friendly name.
		 * @param friendlyName the friendly name
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			return set("FriendlyName", friendlyName);
		}

		/**
		 * Only list numbers that match this pattern: a full or partial number, with
		 * {@code *} standing for any digit.
		 * @param phoneNumber the number or pattern, such as {@code +1510*}
		 * @return this builder
		 */
		public Builder phoneNumber(String phoneNumber) {
			return set("PhoneNumber", phoneNumber);
		}

		/**
		 * Only list numbers of this origin.
		 * @param origin {@code twilio} for Twilio-owned numbers or {@code hosted} for
		 * hosted numbers
		 * @return this builder
		 */
		public Builder origin(String origin) {
			return set("Origin", origin);
		}

		@Override
		protected IncomingPhoneNumberListRequest build(TwilioParameters parameters) {
			return new IncomingPhoneNumberListRequest(parameters);
		}

	}

}
