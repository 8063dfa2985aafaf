package dev.twiliospring.twiml;

/**
 * Payment card brand accepted or reported by {@code <Pay>}.
 *
 * @since 1.0.0
 */
public enum CardType implements WireValue {

	VISA("visa"),

	MASTERCARD("mastercard"),

	AMEX("amex"),

	MAESTRO("maestro"),

	DISCOVER("discover"),

	OPTIMA("optima"),

	JCB("jcb"),

	DINERS_CLUB("diners-club"),

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
