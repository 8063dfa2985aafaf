package dev.twiliospring.twiml;

/**
 * HTTP method that Twilio uses to request one of your URLs.
 *
 * @since 1.0.0
 */
public enum Method implements WireValue {

	/**
	 * HTTP {@code GET}, with parameters in the query string.
	 */
	GET("GET"),

	/**
	 * HTTP {@code POST}, with parameters in a form body.
	 */
	POST("POST");

	private final String value;

	Method(String value) {
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
