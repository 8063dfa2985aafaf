package dev.twiliospring.client.api;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioParameters;

/**
 * Base class of the builders of {@link IncomingPhoneNumberCreateRequest} and
 * {@link IncomingPhoneNumberUpdateRequest}: the settings of a phone number, which
 * Twilio takes both when buying a number and when changing it.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class IncomingPhoneNumberSettingsBuilder<B extends IncomingPhoneNumberSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	IncomingPhoneNumberSettingsBuilder() {
	}

	/**
	 * Set the API version used for the number's calls.
	 * @param apiVersion the API version, {@code 2010-04-01} by default
	 * @return this builder
	 */
	public B apiVersion(String apiVersion) {
		this.parameters.set("ApiVersion", apiVersion);
		return self();
	}

	/**
	 * Set the name of the number, up to 64 characters.
	 * @param friendlyName the name; Twilio defaults to the formatted number
	 * @return this builder
	 */
	public B friendlyName(String friendlyName) {
		this.parameters.set("FriendlyName", friendlyName);
		return self();
	}

	/**
	 * Let an application handle the number's messages; Twilio then ignores the SMS
	 * URLs.
	 * @param smsApplicationSid the application SID ({@code AP...})
	 * @return this builder
	 */
	public B smsApplicationSid(String smsApplicationSid) {
		this.parameters.set("SmsApplicationSid", smsApplicationSid);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to call the SMS fallback URL.
	 * @param smsFallbackMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B smsFallbackMethod(HttpMethod smsFallbackMethod) {
		this.parameters.set("SmsFallbackMethod", RequestChecks.getOrPost(smsFallbackMethod, "SmsFallbackMethod"));
		return self();
	}

	/**
	 * Set the URL Twilio calls when the SMS URL fails.
	 * @param smsFallbackUrl the fallback URL
	 * @return this builder
	 */
	public B smsFallbackUrl(String smsFallbackUrl) {
		this.parameters.set("SmsFallbackUrl", smsFallbackUrl);
		return self();
	}

	/**
	 * Set the URL Twilio calls when the SMS URL fails.
	 * @param smsFallbackUrl the fallback URL
	 * @return this builder
	 */
	public B smsFallbackUrl(URI smsFallbackUrl) {
		this.parameters.set("SmsFallbackUrl", smsFallbackUrl);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to call the SMS URL.
	 * @param smsMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B smsMethod(HttpMethod smsMethod) {
		this.parameters.set("SmsMethod", RequestChecks.getOrPost(smsMethod, "SmsMethod"));
		return self();
	}

	/**
	 * Set the URL Twilio calls when the number receives a message.
	 * @param smsUrl the webhook URL
	 * @return this builder
	 */
	public B smsUrl(String smsUrl) {
		this.parameters.set("SmsUrl", smsUrl);
		return self();
	}

	/**
	 * Set the URL Twilio calls when the number receives a message.
	 * @param smsUrl the webhook URL
	 * @return this builder
	 */
	public B smsUrl(URI smsUrl) {
		this.parameters.set("SmsUrl", smsUrl);
		return self();
	}

	/**
	 * Set the URL Twilio sends call status events of the number to.
	 * @param statusCallback the callback URL
	 * @return this builder
	 */
	public B statusCallback(String statusCallback) {
		this.parameters.set("StatusCallback", statusCallback);
		return self();
	}

	/**
	 * Set the URL Twilio sends call status events of the number to.
	 * @param statusCallback the callback URL
	 * @return this builder
	 */
	public B statusCallback(URI statusCallback) {
		this.parameters.set("StatusCallback", statusCallback);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to call the status callback.
	 * @param statusCallbackMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B statusCallbackMethod(HttpMethod statusCallbackMethod) {
		this.parameters.set("StatusCallbackMethod",
				RequestChecks.getOrPost(statusCallbackMethod, "StatusCallbackMethod"));
		return self();
	}

	/**
	 * Let an application handle the number's calls; Twilio then ignores the voice
	 * URLs.
	 * @param voiceApplicationSid the application SID ({@code AP...})
	 * @return this builder
	 */
	public B voiceApplicationSid(String voiceApplicationSid) {
		this.parameters.set("VoiceApplicationSid", voiceApplicationSid);
		return self();
	}

	/**
	 * Set whether Twilio looks up the caller's name (CNAM) for calls to the number,
	 * at a charge per lookup.
	 * @param voiceCallerIdLookup whether to look up caller names
	 * @return this builder
	 */
	public B voiceCallerIdLookup(boolean voiceCallerIdLookup) {
		this.parameters.set("VoiceCallerIdLookup", voiceCallerIdLookup);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to call the voice fallback URL.
	 * @param voiceFallbackMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B voiceFallbackMethod(HttpMethod voiceFallbackMethod) {
		this.parameters.set("VoiceFallbackMethod",
				RequestChecks.getOrPost(voiceFallbackMethod, "VoiceFallbackMethod"));
		return self();
	}

	/**
	 * Set the URL Twilio calls when the voice URL fails.
	 * @param voiceFallbackUrl the fallback URL
	 * @return this builder
	 */
	public B voiceFallbackUrl(String voiceFallbackUrl) {
		this.parameters.set("VoiceFallbackUrl", voiceFallbackUrl);
		return self();
	}

	/**
	 * Set the URL Twilio calls when the voice URL fails.
	 * @param voiceFallbackUrl the fallback URL
	 * @return this builder
	 */
	public B voiceFallbackUrl(URI voiceFallbackUrl) {
		this.parameters.set("VoiceFallbackUrl", voiceFallbackUrl);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to call the voice URL.
	 * @param voiceMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B voiceMethod(HttpMethod voiceMethod) {
		this.parameters.set("VoiceMethod", RequestChecks.getOrPost(voiceMethod, "VoiceMethod"));
		return self();
	}

	/**
	 * Set the URL Twilio calls when the number receives a call.
	 * @param voiceUrl the webhook URL
	 * @return this builder
	 */
	public B voiceUrl(String voiceUrl) {
		this.parameters.set("VoiceUrl", voiceUrl);
		return self();
	}

	/**
	 * Set the URL Twilio calls when the number receives a call.
	 * @param voiceUrl the webhook URL
	 * @return this builder
	 */
	public B voiceUrl(URI voiceUrl) {
		this.parameters.set("VoiceUrl", voiceUrl);
		return self();
	}

	/**
	 * Set whether the number is enabled for emergency calling.
	 * @param emergencyStatus the emergency status
	 * @return this builder
	 */
	public B emergencyStatus(IncomingPhoneNumber.EmergencyStatus emergencyStatus) {
		this.parameters.set("EmergencyStatus", RequestChecks.given(emergencyStatus, "EmergencyStatus"));
		return self();
	}

	/**
	 * Set the emergency address used for emergency calls from the number.
	 * @param emergencyAddressSid the emergency address SID
	 * @return this builder
	 */
	public B emergencyAddressSid(String emergencyAddressSid) {
		this.parameters.set("EmergencyAddressSid", emergencyAddressSid);
		return self();
	}

	/**
	 * Let a SIP trunk handle the number's calls; Twilio then ignores the voice URLs
	 * and application.
	 * @param trunkSid the trunk SID ({@code TK...})
	 * @return this builder
	 */
	public B trunkSid(String trunkSid) {
		this.parameters.set("TrunkSid", trunkSid);
		return self();
	}

	/**
	 * Set the Identity resource that some regions require for the number.
	 * @param identitySid the identity SID ({@code RI...})
	 * @return this builder
	 */
	public B identitySid(String identitySid) {
		this.parameters.set("IdentitySid", identitySid);
		return self();
	}

	/**
	 * Set the Address resource that some regions require for the number.
	 * @param addressSid the address SID ({@code AD...})
	 * @return this builder
	 */
	public B addressSid(String addressSid) {
		this.parameters.set("AddressSid", addressSid);
		return self();
	}

	/**
	 * Set whether the number receives voice calls or faxes.
	 * @param voiceReceiveMode the receive mode
	 * @return this builder
	 */
	public B voiceReceiveMode(IncomingPhoneNumber.VoiceReceiveMode voiceReceiveMode) {
		this.parameters.set("VoiceReceiveMode", RequestChecks.given(voiceReceiveMode, "VoiceReceiveMode"));
		return self();
	}

	/**
	 * Set the regulatory Bundle that some regions require for the number.
	 * @param bundleSid the bundle SID ({@code BU...})
	 * @return this builder
	 */
	public B bundleSid(String bundleSid) {
		this.parameters.set("BundleSid", bundleSid);
		return self();
	}

	/**
	 * Set any parameter, for those this builder has no method for yet.
	 * @param name the parameter name as Twilio spells it
	 * @param value the value; {@code null} removes the parameter
	 * @return this builder
	 */
	public B param(String name, @Nullable Object value) {
		this.parameters.set(name, value);
		return self();
	}

	/**
	 * Build the request.
	 * @return the request
	 */
	public abstract R build();

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

}
