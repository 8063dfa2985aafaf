package dev.twiliospring.client.api;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters for buying a phone number: either a specific number, usually one found
 * with {@link AvailablePhoneNumberResource}, or any number in a US or Canadian area code.
 * <pre class="code">
 * IncomingPhoneNumberCreateRequest request = IncomingPhoneNumberCreateRequest.builder()
 *     .phoneNumber("+15017122661")
 *     .friendlyName("Support line")
 *     .voiceUrl("https://example.com/twilio/voice")
 *     .smsUrl("https://example.com/twilio/sms")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see IncomingPhoneNumberResource#create(IncomingPhoneNumberCreateRequest)
 */
public final class IncomingPhoneNumberCreateRequest {

	private final TwilioParameters parameters;

	private IncomingPhoneNumberCreateRequest(TwilioParameters parameters) {
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
		return "IncomingPhoneNumberCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link IncomingPhoneNumberCreateRequest}.
	 */
	public static final class Builder
			extends IncomingPhoneNumberSettingsBuilder<Builder, IncomingPhoneNumberCreateRequest> {

		private Builder() {
		}

		/**
		 * Buy this number. Either this or an area code is required.
		 * @param phoneNumber the number in E.164 format, such as {@code +15017122661}
		 * @return this builder
		 */
		public Builder phoneNumber(String phoneNumber) {
			this.parameters.set("PhoneNumber", phoneNumber);
			return self();
		}

		/**
		 * Buy any available number in this US or Canadian area code. Either this or a
		 * phone number is required.
		 * @param areaCode the three-digit area code, such as {@code 510}
		 * @return this builder
		 */
		public Builder areaCode(String areaCode) {
			this.parameters.set("AreaCode", areaCode);
			return self();
		}

		/**
		 * Build the request, checking that it names the number to buy.
		 * @return the request
		 * @throws IllegalArgumentException if neither or both of a phone number and an
		 * area code are set
		 */
		@Override
		public IncomingPhoneNumberCreateRequest build() {
			boolean phoneNumber = this.parameters.contains("PhoneNumber");
			boolean areaCode = this.parameters.contains("AreaCode");
			if (!phoneNumber && !areaCode) {
				throw new IllegalArgumentException(
						"A phone number purchase needs the number to buy: call phoneNumber(...) or areaCode(...)");
			}
			if (phoneNumber && areaCode) {
				throw new IllegalArgumentException(
						"A phone number purchase takes either phoneNumber(...) or areaCode(...), not both");
			}
			return new IncomingPhoneNumberCreateRequest(this.parameters.build());
		}

	}

}
