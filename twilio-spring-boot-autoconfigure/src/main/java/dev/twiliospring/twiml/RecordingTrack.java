package dev.twiliospring.twiml;

/**
 * Audio track of a call to record.
 *
 * @since 1.0.0
 */
public enum RecordingTrack implements WireValue {

	/**
	 * Audio that Twilio receives from the caller.
	 */
	INBOUND("inbound"),

	/**
	 * Audio that Twilio sends to the caller.
	 */
	OUTBOUND("outbound"),

	/**
	 * Both directions, mixed.
	 */
	BOTH("both");

	private final String value;

	RecordingTrack(String value) {
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
