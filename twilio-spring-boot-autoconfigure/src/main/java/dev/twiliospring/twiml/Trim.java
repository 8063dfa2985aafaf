package dev.twiliospring.twiml;

/**
 * Whether silence at the start and end of a recording is removed.
 *
 * @since 1.0.0
 */
public enum Trim implements WireValue {

	/**
	 * Remove leading and trailing silence.
	 */
	TRIM_SILENCE("trim-silence"),

	/**
	 * Keep the recording as it is.
	 */
	DO_NOT_TRIM("do-not-trim");

	private final String value;

	Trim(String value) {
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
