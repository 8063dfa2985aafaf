package dev.twiliospring.client.api;

import dev.twiliospring.client.Page;
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
public final class IncomingPhoneNumberListRequest {

	private static final IncomingPhoneNumberListRequest ALL = new IncomingPhoneNumberListRequest(
			TwilioParameters.empty());

	private final TwilioParameters parameters;

	private IncomingPhoneNumberListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
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
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "IncomingPhoneNumberListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link IncomingPhoneNumberListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set whether to include numbers new to the Twilio platform.
		 * @param beta whether to include beta numbers (Twilio's default is
		 * {@code true})
		 * @return this builder
		 */
		public Builder beta(boolean beta) {
			this.parameters.set("Beta", beta);
			return this;
		}

		/**
		 * Only list numbers with this friendly name.
		 * @param friendlyName the friendly name
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Only list numbers that match this pattern: a full or partial number, with
		 * {@code *} standing for any digit.
		 * @param phoneNumber the number or pattern, such as {@code +1510*}
		 * @return this builder
		 */
		public Builder phoneNumber(String phoneNumber) {
			this.parameters.set("PhoneNumber", phoneNumber);
			return this;
		}

		/**
		 * Only list numbers of this origin.
		 * @param origin {@code twilio} for Twilio-owned numbers or {@code hosted} for
		 * hosted numbers
		 * @return this builder
		 */
		public Builder origin(String origin) {
			this.parameters.set("Origin", origin);
			return this;
		}

		/**
		 * Set the number of phone numbers per page.
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
		public IncomingPhoneNumberListRequest build() {
			return new IncomingPhoneNumberListRequest(this.parameters.build());
		}

	}

}
