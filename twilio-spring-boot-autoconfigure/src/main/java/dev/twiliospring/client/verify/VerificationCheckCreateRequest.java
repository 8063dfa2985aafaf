package dev.twiliospring.client.verify;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a verification check: the code a user entered and the verification it is for.
 *
 * @since 1.0.0
 * @see VerificationCheckResource#create(VerificationCheckCreateRequest)
 */
public final class VerificationCheckCreateRequest {

	private final TwilioParameters parameters;

	private VerificationCheckCreateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request that checks a code against the pending verification of a recipient.
	 * @param to the phone number in E.164 format or the email address
	 * @param code the code the user entered
	 * @return the request
	 */
	public static VerificationCheckCreateRequest of(String to, String code) {
		Assert.hasText(code, "Code must not be empty");
		return builder().to(to).code(code).build();
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
		return "VerificationCheckCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link VerificationCheckCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the code to check.
		 * @param code the 4 to 10 character code the user entered
		 * @return this builder
		 */
		public Builder code(String code) {
			this.parameters.set("Code", code);
			return this;
		}

		/**
		 * Identify the verification by its recipient.
		 * @param to the phone number in E.164 format or the email address
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Identify the verification by its SID instead of its recipient.
		 * @param verificationSid the verification SID ({@code VE...})
		 * @return this builder
		 */
		public Builder verificationSid(String verificationSid) {
			this.parameters.set("VerificationSid", verificationSid);
			return this;
		}

		/**
		 * Set the amount of a PSD2 transaction; it must match the verification.
		 * @param amount the amount
		 * @return this builder
		 */
		public Builder amount(String amount) {
			this.parameters.set("Amount", amount);
			return this;
		}

		/**
		 * Set the payee of a PSD2 transaction; it must match the verification.
		 * @param payee the payee
		 * @return this builder
		 */
		public Builder payee(String payee) {
			this.parameters.set("Payee", payee);
			return this;
		}

		/**
		 * Set the client token of a silent network authentication.
		 * @param snaClientToken the token from the SNA URL response
		 * @return this builder
		 */
		public Builder snaClientToken(String snaClientToken) {
			this.parameters.set("SnaClientToken", snaClientToken);
			return this;
		}

		/**
		 * Set a parameter this builder has no method for.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if the verification is not identified
		 */
		public VerificationCheckCreateRequest build() {
			if (!this.parameters.contains("To") && !this.parameters.contains("VerificationSid")) {
				throw new IllegalArgumentException(
						"A verification check needs to know which verification: call to(...) or verificationSid(...)");
			}
			return new VerificationCheckCreateRequest(this.parameters.build());
		}


	}

}
