package dev.twiliospring.client.api;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters for buying a phone number: either a specific number, usually one found
 * with {@link AvailablePhoneNumberResource}, or any number in a US or Canadian area code.
 * <pre class="code">
 * IncomingPhoneNumberCreateRequest request = IncomingPhoneNumberCreateRequest.builder()
 *     .phoneNumber("+15017122661")
 *     .friendlyName("Support line")
 *     .voiceUrl("https://example.com/twilio/voice")
 *     .smsUrl("https://example.com/twilio/sms")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see IncomingPhoneNumberResource#create(IncomingPhoneNumberCreateRequest)
 */
public final class IncomingPhoneNumberCreateRequest {

	private final TwilioParameters parameters;

	private IncomingPhoneNumberCreateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "IncomingPhoneNumberCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link IncomingPhoneNumberCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Buy this number. Either this or an area code is required.
		 * @param phoneNumber the number in E.164 format, such as {@code +15017122661}
		 * @return this builder
		 */
		public Builder phoneNumber(String phoneNumber) {
			this.parameters.set("PhoneNumber", phoneNumber);
			return this;
		}

		/**
		 * Buy any available number in this US or Canadian area code. Either this or a
		 * phone number is required.
		 * @param areaCode the three-digit area code, such as {@code 510}
		 * @return this builder
		 */
		public Builder areaCode(String areaCode) {
			this.parameters.set("AreaCode", areaCode);
			return this;
		}

		/**
		 * Set the API version used for the number's calls.
		 * @param apiVersion the API version, {@code 2010-04-01} by default
		 * @return this builder
		 */
		public Builder apiVersion(String apiVersion) {
			this.parameters.set("ApiVersion", apiVersion);
			return this;
		}

		/**
		 * Set the name of the number, up to 64 characters.
		 * @param friendlyName the name; Twilio defaults to the formatted number
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Let an application handle the number's messages; Twilio then ignores the SMS
		 * URLs.
		 * @param smsApplicationSid the application SID ({@code AP...})
		 * @return this builder
		 */
		public Builder smsApplicationSid(String smsApplicationSid) {
			this.parameters.set("SmsApplicationSid", smsApplicationSid);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the SMS fallback URL.
		 * @param smsFallbackMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder smsFallbackMethod(HttpMethod smsFallbackMethod) {
			this.parameters.set("SmsFallbackMethod", RequestChecks.getOrPost(smsFallbackMethod, "SmsFallbackMethod"));
			return this;
		}

		/**
		 * Set the URL Twilio calls when the SMS URL fails.
		 * @param smsFallbackUrl the fallback URL
		 * @return this builder
		 */
		public Builder smsFallbackUrl(String smsFallbackUrl) {
			this.parameters.set("SmsFallbackUrl", smsFallbackUrl);
			return this;
		}

		/**
		 * Set the URL Twilio calls when the SMS URL fails.
		 * @param smsFallbackUrl the fallback URL
		 * @return this builder
		 */
		public Builder smsFallbackUrl(URI smsFallbackUrl) {
			this.parameters.set("SmsFallbackUrl", smsFallbackUrl);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the SMS URL.
		 * @param smsMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder smsMethod(HttpMethod smsMethod) {
			this.parameters.set("SmsMethod", RequestChecks.getOrPost(smsMethod, "SmsMethod"));
			return this;
		}

		/**
		 * Set the URL Twilio calls when the number receives a message.
		 * @param smsUrl the webhook URL
		 * @return this builder
		 */
		public Builder smsUrl(String smsUrl) {
			this.parameters.set("SmsUrl", smsUrl);
			return this;
		}

		/**
		 * Set the URL Twilio calls when the number receives a message.
		 * @param smsUrl the webhook URL
		 * @return this builder
		 */
		public Builder smsUrl(URI smsUrl) {
			this.parameters.set("SmsUrl", smsUrl);
			return this;
		}

		/**
		 * Set the URL Twilio sends call status events of the number to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(String statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set the URL Twilio sends call status events of the number to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(URI statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the status callback.
		 * @param statusCallbackMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder statusCallbackMethod(HttpMethod statusCallbackMethod) {
			this.parameters.set("StatusCallbackMethod",
					RequestChecks.getOrPost(statusCallbackMethod, "StatusCallbackMethod"));
			return this;
		}

		/**
		 * Let an application handle the number's calls; Twilio then ignores the voice
		 * URLs.
		 * @param voiceApplicationSid the application SID ({@code AP...})
		 * @return this builder
		 */
		public Builder voiceApplicationSid(String voiceApplicationSid) {
			this.parameters.set("VoiceApplicationSid", voiceApplicationSid);
			return this;
		}

		/**
		 * Set whether Twilio looks up the caller's name (CNAM) for calls to the number,
		 * at a charge per lookup.
		 * @param voiceCallerIdLookup whether to look up caller names
		 * @return this builder
		 */
		public Builder voiceCallerIdLookup(boolean voiceCallerIdLookup) {
			this.parameters.set("VoiceCallerIdLookup", voiceCallerIdLookup);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the voice fallback URL.
		 * @param voiceFallbackMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder voiceFallbackMethod(HttpMethod voiceFallbackMethod) {
			this.parameters.set("VoiceFallbackMethod",
					RequestChecks.getOrPost(voiceFallbackMethod, "VoiceFallbackMethod"));
			return this;
		}

		/**
		 * Set the URL Twilio calls when the voice URL fails.
		 * @param voiceFallbackUrl the fallback URL
		 * @return this builder
		 */
		public Builder voiceFallbackUrl(String voiceFallbackUrl) {
			this.parameters.set("VoiceFallbackUrl", voiceFallbackUrl);
			return this;
		}

		/**
		 * Set the URL Twilio calls when the voice URL fails.
		 * @param voiceFallbackUrl the fallback URL
		 * @return this builder
		 */
		public Builder voiceFallbackUrl(URI voiceFallbackUrl) {
			this.parameters.set("VoiceFallbackUrl", voiceFallbackUrl);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the voice URL.
		 * @param voiceMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder voiceMethod(HttpMethod voiceMethod) {
			this.parameters.set("VoiceMethod", RequestChecks.getOrPost(voiceMethod, "VoiceMethod"));
			return this;
		}

		/**
		 * Set the URL Twilio calls when the number receives a call.
		 * @param voiceUrl the webhook URL
		 * @return this builder
		 */
		public Builder voiceUrl(String voiceUrl) {
			this.parameters.set("VoiceUrl", voiceUrl);
			return this;
		}

		/**
		 * Set the URL Twilio calls when the number receives a call.
		 * @param voiceUrl the webhook URL
		 * @return this builder
		 */
		public Builder voiceUrl(URI voiceUrl) {
			this.parameters.set("VoiceUrl", voiceUrl);
			return this;
		}

		/**
		 * Set whether the number is enabled for emergency calling.
		 * @param emergencyStatus the emergency status
		 * @return this builder
		 */
		public Builder emergencyStatus(IncomingPhoneNumber.EmergencyStatus emergencyStatus) {
			this.parameters.set("EmergencyStatus", RequestChecks.known(emergencyStatus, "EmergencyStatus"));
			return this;
		}

		/**
		 * Set the emergency address used for emergency calls from the number.
		 * @param emergencyAddressSid the emergency address SID
		 * @return this builder
		 */
		public Builder emergencyAddressSid(String emergencyAddressSid) {
			this.parameters.set("EmergencyAddressSid", emergencyAddressSid);
			return this;
		}

		/**
		 * Let a SIP trunk handle the number's calls; Twilio then ignores the voice URLs
		 * and application.
		 * @param trunkSid the trunk SID ({@code TK...})
		 * @return this builder
		 */
		public Builder trunkSid(String trunkSid) {
			this.parameters.set("TrunkSid", trunkSid);
			return this;
		}

		/**
		 * Set the Identity resource that some regions require for the number.
		 * @param identitySid the identity SID ({@code RI...})
		 * @return this builder
		 */
		public Builder identitySid(String identitySid) {
			this.parameters.set("IdentitySid", identitySid);
			return this;
		}

		/**
		 * Set the Address resource that some regions require for the number.
		 * @param addressSid the address SID ({@code AD...})
		 * @return this builder
		 */
		public Builder addressSid(String addressSid) {
			this.parameters.set("AddressSid", addressSid);
			return this;
		}

		/**
		 * Set whether the number receives voice calls or faxes.
		 * @param voiceReceiveMode the receive mode
		 * @return this builder
		 */
		public Builder voiceReceiveMode(IncomingPhoneNumber.VoiceReceiveMode voiceReceiveMode) {
			this.parameters.set("VoiceReceiveMode", RequestChecks.known(voiceReceiveMode, "VoiceReceiveMode"));
			return this;
		}

		/**
		 * Set the regulatory Bundle that some regions require for the number.
		 * @param bundleSid the bundle SID ({@code BU...})
		 * @return this builder
		 */
		public Builder bundleSid(String bundleSid) {
			this.parameters.set("BundleSid", bundleSid);
			return this;
		}

		/**
		 * Set any parameter, for those this builder has no method for yet.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request, checking that it names the number to buy.
		 * @return the request
		 * @throws IllegalArgumentException if neither or both of a phone number and an
		 * area code are set
		 */
		public IncomingPhoneNumberCreateRequest build() {
			boolean phoneNumber = this.parameters.contains("PhoneNumber");
			boolean areaCode = this.parameters.contains("AreaCode");
			if (!phoneNumber && !areaCode) {
				throw new IllegalArgumentException(
						"A phone number purchase needs the number to buy: call phoneNumber(...) or areaCode(...)");
			}
			if (phoneNumber && areaCode) {
				throw new IllegalArgumentException(
						"A phone number purchase takes either phoneNumber(...) or areaCode(...), not both");
			}
			return new IncomingPhoneNumberCreateRequest(this.parameters.build());
		}

	}

}
