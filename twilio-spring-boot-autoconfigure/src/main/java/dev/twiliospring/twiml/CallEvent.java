package dev.twiliospring.twiml;

/**
 * Progress of an outgoing call leg that Twilio can report to a status callback.
 *
 * @since 1.0.0
 */
public enum CallEvent implements WireValue {

	/**
	 * Twilio has started dialing.
	 */
	INITIATED("initiated"),

	/**
	 * The called party is ringing.
	 */
	RINGING("ringing"),

	/**
	 * The called party answered.
	 */
	ANSWERED("answered"),

	/**
	 * The call leg has ended.
	 */
	COMPLETED("completed");

	private final String value;

	CallEvent(String value) {
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
