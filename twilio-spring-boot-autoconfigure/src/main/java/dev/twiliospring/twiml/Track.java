package dev.twiliospring.twiml;

/**
 * Audio track of a call to stream, fork or transcribe.
 *
 * @since 1.0.0
 */
public enum Track implements WireValue {

	/**
	 * Audio that Twilio receives from the caller.
	 */
	INBOUND_TRACK("inbound_track"),

	/**
	 * Audio that Twilio sends to the caller.
	 */
	OUTBOUND_TRACK("outbound_track"),

	/**
	 * Both directions.
	 */
	BOTH_TRACKS("both_tracks");

	private final String value;

	Track(String value) {
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
