package dev.twiliospring.twiml;

/**
 * Change in a recording's status that Twilio can report to a recording status callback.
 *
 * @since 1.0.0
 */
public enum RecordingEvent implements WireValue {

	/**
	 * The recording has started.
	 */
	IN_PROGRESS("in-progress"),

	/**
	 * The recording is complete and available.
	 */
	COMPLETED("completed"),

	/**
	 * The recording was too short or silent and was discarded.
	 */
	ABSENT("absent");

	private final String value;

	RecordingEvent(String value) {
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
