package dev.twiliospring.twiml;

/**
 * Payment card brand accepted or reported by {@code <Pay>}.
 *
 * @since 1.0.0
 */
public enum CardType implements WireValue {

	/**
	 * Visa.
	 */
	VISA("visa"),

	/**
	 * Mastercard.
	 */
	MASTERCARD("mastercard"),

	/**
	 * American Express.
	 */
	AMEX("amex"),

	/**
	 * Maestro.
	 */
	MAESTRO("maestro"),

	/**
	 * Discover.
	 */
	DISCOVER("discover"),

	/**
	 * Optima.
	 */
	OPTIMA("optima"),

	/**
	 * JCB.
	 */
	JCB("jcb"),

	/**
	 * Diners Club.
	 */
	DINERS_CLUB("diners-club"),

	/**
	 * enRoute.
	 */
	ENROUTE("enroute");

	private final String value;

	CardType(String value) {
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
