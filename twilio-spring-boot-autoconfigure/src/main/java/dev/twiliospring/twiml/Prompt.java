package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Prompt>} noun: what {@code <Pay>} says, instead of its built-in prompt,
 * when asking for one detail, on given attempts or after given errors.
 *
 * @since 1.0.0
 */
public final class Prompt extends TwimlElement {

	static final Tag TAG = new Tag("Prompt");

	private Prompt(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Prompt>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Step of {@code <Pay>} that a {@code <Prompt>} is for.
	 */
	public enum For implements WireValue {

		/**
		 * Asking for the card number.
		 */
		PAYMENT_CARD_NUMBER("payment-card-number"),

		/**
		 * Asking for the expiration date.
		 */
		EXPIRATION_DATE("expiration-date"),

		/**
		 * Asking for the security code.
		 */
		SECURITY_CODE("security-code"),

		/**
		 * Asking for the postal code.
		 */
		POSTAL_CODE("postal-code"),

		/**
		 * While the payment is processed.
		 */
		PAYMENT_PROCESSING("payment-processing"),

		/**
		 * Asking for the bank account number.
		 */
		BANK_ACCOUNT_NUMBER("bank-account-number"),

		/**
		 * Asking for the bank routing number.
		 */
		BANK_ROUTING_NUMBER("bank-routing-number");

		private final String value;

		For(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Error after which a {@code <Prompt>} is used.
	 */
	public enum ErrorType implements WireValue {

		/**
		 * The caller entered nothing in time.
		 */
		TIMEOUT("timeout"),

		/**
		 * The card number is not valid.
		 */
		INVALID_CARD_NUMBER("invalid-card-number"),

		/**
		 * The card brand is not accepted.
		 */
		INVALID_CARD_TYPE("invalid-card-type"),

		/**
		 * The expiration date is not valid.
		 */
		INVALID_DATE("invalid-date"),

		/**
		 * The security code is not valid.
		 */
		INVALID_SECURITY_CODE("invalid-security-code"),

		/**
		 * Processing failed.
		 */
		INTERNAL_ERROR("internal-error"),

		/**
		 * The two entries of a detail differ.
		 */
		INPUT_MATCHING_FAILED("input-matching-failed");

		private final String value;

		ErrorType(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link Prompt}.
	 */
	public static final class Builder extends AudioContentBuilder<Builder, Prompt> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code for}: the step that this prompt is for.
		 * @param forInput the step that this prompt is for
		 * @return this builder
		 */
		public Builder forInput(@Nullable For forInput) {
			return set(Attr.FOR, forInput);
		}

		/**
		 * Set {@code errorType}: the errors after which this prompt is used.
		 * @param errorType the errors after which this prompt is used
		 * @return this builder
		 */
		public Builder errorType(ErrorType @Nullable ... errorType) {
			return setAll(Attr.ERROR_TYPE, errorType);
		}

		/**
		 * Set {@code cardType}: the card brands for which this prompt is used.
		 * @param cardType the card brands for which this prompt is used
		 * @return this builder
		 */
		public Builder cardType(CardType @Nullable ... cardType) {
			return setAll(Attr.CARD_TYPE, cardType);
		}

		/**
		 * Set {@code attempt}: the attempts on which this prompt is used, counting from
		 * 1.
		 * @param attempt the attempts on which this prompt is used, counting from 1
		 * @return this builder
		 */
		public Builder attempt(int @Nullable ... attempt) {
			return setAllPositive(Attr.ATTEMPT, attempt);
		}

		/**
		 * Set {@code requireMatchingInputs}: whether the caller must enter the detail
		 * twice, and both entries must match.
		 * @param requireMatchingInputs whether the caller must enter the detail twice,
		 * and both entries must match
		 * @return this builder
		 */
		public Builder requireMatchingInputs(boolean requireMatchingInputs) {
			return set(Attr.REQUIRE_MATCHING_INPUTS, requireMatchingInputs);
		}

		@Override
		public Prompt build() {
			return new Prompt(compile());
		}

	}

}
