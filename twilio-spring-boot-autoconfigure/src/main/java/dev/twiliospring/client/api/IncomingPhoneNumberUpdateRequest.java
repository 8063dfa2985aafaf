package dev.twiliospring.client.api;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to a phone number the account owns: its webhooks, applications, name or
 * regulatory resources. An empty URL, such as {@code smsUrl("")}, clears the URL.
 * <pre class="code">
 * IncomingPhoneNumberUpdateRequest request = IncomingPhoneNumberUpdateRequest.builder()
 *     .voiceUrl("https://example.com/twilio/voice")
 *     .statusCallback("https://example.com/twilio/call-status")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see IncomingPhoneNumberResource#update(String, IncomingPhoneNumberUpdateRequest)
 */
public final class IncomingPhoneNumberUpdateRequest {

	private final TwilioParameters parameters;

	private IncomingPhoneNumberUpdateRequest(TwilioParameters parameters) {
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
		return "IncomingPhoneNumberUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link IncomingPhoneNumberUpdateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Move the number to another account: from the main account to one of its
		 * subaccounts, or back.
		 * @param accountSid the SID of the account that should own the number
		 * @return this builder
		 */
		public Builder accountSid(String accountSid) {
			this.parameters.set("AccountSid", accountSid);
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
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		public IncomingPhoneNumberUpdateRequest build() {
			TwilioParameters parameters = this.parameters.build();
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A phone number update needs a change, such as voiceUrl(...), "
						+ "smsUrl(...) or friendlyName(...)");
			}
			return new IncomingPhoneNumberUpdateRequest(parameters);
		}

	}

}
