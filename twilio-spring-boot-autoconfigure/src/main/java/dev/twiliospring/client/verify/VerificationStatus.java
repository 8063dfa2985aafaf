package dev.twiliospring.client.verify;

import com.fasterxml.jackson.annotation.JsonCreator;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * Status of a verification or of a verification check. Values Twilio adds later map to
 * {@link #UNKNOWN}.
 *
 * @since 1.0.0
 */
public enum VerificationStatus implements TwilioEnum {

	/** Waiting for the right code; a wrong code leaves a verification pending. */
	PENDING("pending"),

	/** The right code was given. */
	APPROVED("approved"),

	/** Canceled before it was approved. */
	CANCELED("canceled"),

	/** Too many wrong codes were given. */
	MAX_ATTEMPTS_REACHED("max_attempts_reached"),

	/** Deleted. */
	DELETED("deleted"),

	/** Could not be completed. */
	FAILED("failed"),

	/** Not approved within its lifetime, 10 minutes by default. */
	EXPIRED("expired"),

	/** A status this version of the client does not know. */
	UNKNOWN("unknown");

	private final String value;

	VerificationStatus(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

	/**
	 * Return the status with the given Twilio value.
	 * @param value the Twilio value, such as {@code pending}
	 * @return the status, or {@link #UNKNOWN} for an unknown value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static VerificationStatus from(String value) {
		return TwilioEnums.from(VerificationStatus.class, value, UNKNOWN);
	}

	/**
	 * Return whether the verification can no longer be approved.
	 * @return whether the status is final
	 */
	public boolean isFinal() {
		return this != PENDING && this != UNKNOWN;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
