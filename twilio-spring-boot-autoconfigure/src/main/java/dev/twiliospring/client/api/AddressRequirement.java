package dev.twiliospring.client.api;

import com.fasterxml.jackson.annotation.JsonCreator;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * The kind of Address resource a phone number needs before it can be bought. Values
 * Twilio adds later map to {@link #UNKNOWN}.
 *
 * @since 1.0.0
 */
public enum AddressRequirement implements TwilioEnum {

	/** No address is needed. */
	NONE,

	/** An address anywhere in the world. */
	ANY,

	/** An address in the number's country. */
	LOCAL,

	/** An address outside the number's country. */
	FOREIGN,

	/** A requirement this version of the client does not know. */
	UNKNOWN;

	/**
	 * Return the requirement with the given Twilio value.
	 * @param value the Twilio value, such as {@code local}
	 * @return the requirement, or {@link #UNKNOWN} for an unknown value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AddressRequirement from(String value) {
		return TwilioEnums.from(AddressRequirement.class, value, UNKNOWN);
	}

	@Override
	public String toString() {
		return value();
	}

}
