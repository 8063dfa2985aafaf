package dev.twiliospring.twiml;

/**
 * A value from a set that Twilio fixes, such as an enum constant, with the exact text
 * that TwiML uses for it.
 */
interface WireValue {

	/**
	 * Return the value exactly as it is written in TwiML.
	 * @return the TwiML value
	 */
	String value();

}
