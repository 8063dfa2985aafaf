package dev.twiliospring.twiml;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Pay>} verb: collects payment details from the caller by key press and
 * processes them with a payment connector.
 *
 * @since 1.0.0
 */
public final class Pay extends TwimlElement {

	static final Tag TAG = new Tag("Pay");

	private Pay(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Pay>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Kind of caller input that {@code <Pay>} accepts.
	 */
	public enum Input implements WireValue {

		/**
		 * Key presses.
		 */
		DTMF("dtmf");

		private final String value;

		Input(String value) {
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
	 * Type of bank account for ACH debits.
	 */
	public enum BankAccountType implements WireValue {

		/**
		 * Personal checking account.
		 */
		CONSUMER_CHECKING("consumer-checking"),

		/**
		 * Personal savings account.
		 */
		CONSUMER_SAVINGS("consumer-savings"),

		/**
		 * Business checking account.
		 */
		COMMERCIAL_CHECKING("commercial-checking"),

		/**
		 * Business savings account.
		 */
		COMMERCIAL_SAVINGS("commercial-savings");

		private final String value;

		BankAccountType(String value) {
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
	 * How the caller pays.
	 */
	public enum PaymentMethod implements WireValue {

		/**
		 * Debit from a bank account.
		 */
		ACH_DEBIT("ach-debit"),

		/**
		 * Charge a card.
		 */
		CREDIT_CARD("credit-card");

		private final String value;

		PaymentMethod(String value) {
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
	 * Kind of token that {@code <Pay>} creates when it does not charge.
	 */
	public enum TokenType implements WireValue {

		/**
		 * A token that can be charged once.
		 */
		ONE_TIME("one-time"),

		/**
		 * A token that can be charged again later.
		 */
		REUSABLE("reusable"),

		/**
		 * A token for a stored payment method.
		 */
		PAYMENT_METHOD("payment-method");

		private final String value;

		TokenType(String value) {
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
	 * Builder for {@link Pay}.
	 */
	public static final class Builder extends ParameterizedBuilder<Builder, Pay> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code input}: the kind of input to accept.
		 * @param input the kind of input to accept
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			return set(Attr.INPUT, input);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests with the result of the
		 * payment.
		 * @param action the URL that Twilio requests with the result of the payment
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests with the result of the
		 * payment.
		 * @param action the URL that Twilio requests with the result of the payment
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code bankAccountType}: the type of bank account, for ACH debits.
		 * @param bankAccountType the type of bank account, for ACH debits
		 * @return this builder
		 */
		public Builder bankAccountType(@Nullable BankAccountType bankAccountType) {
			return set(Attr.BANK_ACCOUNT_TYPE, bankAccountType);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies as the payment
		 * progresses.
		 * @param statusCallback the URL that Twilio notifies as the payment progresses
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies as the payment
		 * progresses.
		 * @param statusCallback the URL that Twilio notifies as the payment progresses
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable URI statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallbackMethod}: the HTTP method for the
		 * {@code statusCallback} URL.
		 * @param statusCallbackMethod the HTTP method for the {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackMethod(@Nullable Method statusCallbackMethod) {
			return set(Attr.STATUS_CALLBACK_METHOD, statusCallbackMethod);
		}

		/**
		 * Set {@code timeout}: how long to wait for the caller to press the next key.
		 * @param seconds how long to wait for the caller to press the next key, in
		 * seconds
		 * @return this builder
		 */
		public Builder timeout(int seconds) {
			return set(Attr.TIMEOUT, seconds);
		}

		/**
		 * Set {@code timeout}: how long to wait for the caller to press the next key.
		 * @param timeout how long to wait for the caller to press the next key, in whole
		 * seconds
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			return setSeconds(Attr.TIMEOUT, timeout);
		}

		/**
		 * Set {@code maxAttempts}: how many times the caller may try to enter each
		 * detail.
		 * @param maxAttempts how many times the caller may try to enter each detail
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			return set(Attr.MAX_ATTEMPTS, maxAttempts);
		}

		/**
		 * Set {@code securityCode}: whether the caller is asked for the card security
		 * code.
		 * @param securityCode whether the caller is asked for the card security code
		 * @return this builder
		 */
		public Builder securityCode(boolean securityCode) {
			return set(Attr.SECURITY_CODE, securityCode);
		}

		/**
		 * Set {@code postalCode}: whether the caller is asked for the postal code
		 * ({@code true} or {@code false}), or the postal code to use without asking.
		 * @param postalCode whether the caller is asked for the postal code ({@code true}
		 * or {@code false}), or the postal code to use without asking
		 * @return this builder
		 */
		public Builder postalCode(@Nullable String postalCode) {
			return set(Attr.POSTAL_CODE, postalCode);
		}

		/**
		 * Set {@code postalCode}: whether the caller is asked for the postal code
		 * ({@code true} or {@code false}), or the postal code to use without asking.
		 * @param postalCode whether the caller is asked for the postal code ({@code true}
		 * or {@code false}), or the postal code to use without asking
		 * @return this builder
		 */
		public Builder postalCode(boolean postalCode) {
			return set(Attr.POSTAL_CODE, postalCode);
		}

		/**
		 * Set {@code minPostalCodeLength}: the fewest digits that a postal code may have.
		 * @param minPostalCodeLength the fewest digits that a postal code may have
		 * @return this builder
		 */
		public Builder minPostalCodeLength(int minPostalCodeLength) {
			return set(Attr.MIN_POSTAL_CODE_LENGTH, minPostalCodeLength);
		}

		/**
		 * Set {@code paymentConnector}: the unique name of the payment connector.
		 * @param paymentConnector the unique name of the payment connector
		 * @return this builder
		 */
		public Builder paymentConnector(@Nullable String paymentConnector) {
			return set(Attr.PAYMENT_CONNECTOR, paymentConnector);
		}

		/**
		 * Set {@code paymentMethod}: how the caller pays.
		 * @param paymentMethod how the caller pays
		 * @return this builder
		 */
		public Builder paymentMethod(@Nullable PaymentMethod paymentMethod) {
			return set(Attr.PAYMENT_METHOD, paymentMethod);
		}

		/**
		 * Set {@code tokenType}: the kind of token to create.
		 * @param tokenType the kind of token to create
		 * @return this builder
		 */
		public Builder tokenType(@Nullable TokenType tokenType) {
			return set(Attr.TOKEN_TYPE, tokenType);
		}

		/**
		 * Set {@code chargeAmount}: the amount to charge; when zero or not set, Twilio
		 * only creates a token.
		 * @param chargeAmount the amount to charge
		 * @return this builder
		 */
		public Builder chargeAmount(@Nullable String chargeAmount) {
			return set(Attr.CHARGE_AMOUNT, chargeAmount);
		}

		/**
		 * Set {@code chargeAmount}: the amount to charge; when zero or not set, Twilio
		 * only creates a token.
		 * @param chargeAmount the amount to charge
		 * @return this builder
		 */
		public Builder chargeAmount(@Nullable BigDecimal chargeAmount) {
			return set(Attr.CHARGE_AMOUNT, (chargeAmount != null) ? chargeAmount.toPlainString() : null);
		}

		/**
		 * Set {@code currency}: the ISO 4217 currency code of the amount, such as
		 * {@code usd}.
		 * @param currency the ISO 4217 currency code of the amount, such as {@code usd}
		 * @return this builder
		 */
		public Builder currency(@Nullable String currency) {
			return set(Attr.CURRENCY, currency);
		}

		/**
		 * Set {@code description}: a description of the payment, for the payment
		 * processor.
		 * @param description a description of the payment, for the payment processor
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			return set(Attr.DESCRIPTION, description);
		}

		/**
		 * Set {@code validCardTypes}: the card brands to accept.
		 * @param validCardTypes the card brands to accept
		 * @return this builder
		 */
		public Builder validCardTypes(CardType @Nullable ... validCardTypes) {
			return setAll(Attr.VALID_CARD_TYPES, validCardTypes);
		}

		/**
		 * Set {@code language}: the language of the built-in prompts, such as
		 * {@code en-US}.
		 * @param language the language of the built-in prompts, such as {@code en-US}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			return set(Attr.LANGUAGE, language);
		}

		/**
		 * Add a {@code <Prompt>}.
		 * @param prompt the element
		 * @return this builder
		 */
		public Builder prompt(Prompt prompt) {
			return add(prompt);
		}

		/**
		 * Add a {@code <Prompt>}.
		 * @param prompt the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder prompt(Prompt.Builder prompt) {
			return add(prompt);
		}

		@Override
		public Pay build() {
			return new Pay(compile());
		}

	}

}
