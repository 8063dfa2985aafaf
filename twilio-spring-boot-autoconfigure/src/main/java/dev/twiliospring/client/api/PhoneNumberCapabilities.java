package dev.twiliospring.client.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What a phone number can do: receive calls, SMS, MMS and faxes.
 * <p>
 * Depending on the endpoint, Twilio writes the keys in lower case ({@code sms}) or upper
 * case ({@code SMS}); both map here.
 *
 * @param voice whether the number can receive calls
 * @param sms whether the number can receive SMS messages
 * @param mms whether the number can receive MMS messages
 * @param fax whether the number can receive faxes
 * @since 1.0.0
 */
public record PhoneNumberCapabilities(@JsonProperty("voice") @JsonAlias("Voice") @Nullable Boolean voice,
		@JsonProperty("sms") @JsonAlias("SMS") @Nullable Boolean sms,
		@JsonProperty("mms") @JsonAlias("MMS") @Nullable Boolean mms,
		@JsonProperty("fax") @JsonAlias("Fax") @Nullable Boolean fax) {

	/**
	 * Return whether the number can receive calls.
	 * @return {@code true} only if Twilio reports the capability
	 */
	public boolean hasVoice() {
		return Boolean.TRUE.equals(this.voice);
	}

	/**
	 * Return whether the number can receive SMS messages.
	 * @return {@code true} only if Twilio reports the capability
	 */
	public boolean hasSms() {
		return Boolean.TRUE.equals(this.sms);
	}

	/**
	 * Return whether the number can receive MMS messages.
	 * @return {@code true} only if Twilio reports the capability
	 */
	public boolean hasMms() {
		return Boolean.TRUE.equals(this.mms);
	}

	/**
	 * Return whether the number can receive faxes.
	 * @return {@code true} only if Twilio reports the capability
	 */
	public boolean hasFax() {
		return Boolean.TRUE.equals(this.fax);
	}

}
