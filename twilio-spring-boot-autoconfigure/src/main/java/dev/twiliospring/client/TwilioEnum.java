package dev.twiliospring.client;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum of Twilio values, such as a message status. Each constant stands for one value
 * as Twilio writes it; an {@code UNKNOWN} constant stands for values Twilio adds later.
 * Jackson writes a constant as its {@link #value()}, and the enum's {@code toString()}
 * returns the value too, which is what {@link TwilioParameters} sends.
 *
 * @since 1.0.0
 * @see TwilioEnums#from(Class, String, Enum)
 */
public interface TwilioEnum {

	/**
	 * Return the constant as Twilio writes it.
	 * @return the Twilio value, such as {@code delivered}
	 */
	@JsonValue
	String value();

}
