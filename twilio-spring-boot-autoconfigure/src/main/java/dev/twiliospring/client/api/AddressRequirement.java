package dev.twiliospring.client.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of Address resource a phone number needs before it can be bought. Values
 * Twilio adds later map to {@link #UNKNOWN}.
 *
 * @since 1.0.0
 */
public enum AddressRequirement {

	/** No address is needed. */
	NONE("none"),

	/** An address anywhere in the world. */
	ANY("any"),

	/** An address in the number's country. */
	LOCAL("local"),

	/** An address outside the number's country. */
	FOREIGN("foreign"),

	/** A requirement this version of the client does not know. */
	UNKNOWN("unknown");

	private final String value;

	AddressRequirement(String value) {
		this.value = value;
	}

	/**
	 * Return the requirement as Twilio writes it.
	 * @return the Twilio value, such as {@code local}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return the requirement with the given Twilio value.
	 * @param value the Twilio value, such as {@code local}
	 * @return the requirement, or {@link #UNKNOWN} for an unknown value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AddressRequirement from(String value) {
		for (AddressRequirement candidate : values()) {
			if (candidate.value.equalsIgnoreCase(value)) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
