package dev.twiliospring.client.verify;

import com.fasterxml.jackson.annotation.JsonCreator;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * Channel that delivers a verification code. Values Twilio adds later map to {@link
 * #UNKNOWN}.
 *
 * @since 1.0.0
 */
public enum VerificationChannel implements TwilioEnum {

	/** A text message. */
	SMS("sms"),

	/** A voice call that reads the code. */
	CALL("call"),

	/** An email; the service needs an email integration. */
	EMAIL("email"),

	/** A WhatsApp message. */
	WHATSAPP("whatsapp"),

	/** Silent network authentication, without a code. */
	SNA("sna"),

	/** An RCS message. */
	RCS("rcs"),

	/** Twilio picks the channel; only for starting a verification. */
	AUTO("auto"),

	/** A channel this version of the client does not know. */
	UNKNOWN("unknown");

	private final String value;

	VerificationChannel(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

	/**
	 * Return the channel with the given Twilio value.
	 * @param value the Twilio value, such as {@code sms}
	 * @return the channel, or {@link #UNKNOWN} for an unknown value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static VerificationChannel from(String value) {
		return TwilioEnums.from(VerificationChannel.class, value, UNKNOWN);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
