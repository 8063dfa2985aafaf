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
	SMS,

	/** A voice call that reads the code. */
	CALL,

	/** An email; the service needs an email integration. */
	EMAIL,

	/** A WhatsApp message. */
	WHATSAPP,

	/** Silent network authentication, without a code. */
	SNA,

	/** An RCS message. */
	RCS,

	/** Twilio picks the channel; only for starting a verification. */
	AUTO,

	/** A channel this version of the client does not know. */
	UNKNOWN;

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
		return value();
	}

}
