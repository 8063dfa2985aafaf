package dev.twiliospring.client.api;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * An IncomingPhoneNumber resource: a phone number the account owns, with the URLs and
 * applications that handle its calls and messages.
 *
 * @param accountSid the SID of the account that owns the number
 * @param addressSid the SID of the Address resource of the number
 * @param addressRequirements the kind of address the number needs
 * @param apiVersion the API version used for the number's calls
 * @param beta whether the number is new to the Twilio platform
 * @param capabilities what the number can do
 * @param dateCreated when the number was bought
 * @param dateUpdated when the number was last updated
 * @param friendlyName the name of the number, by default the formatted number
 * @param identitySid the SID of the Identity resource of the number
 * @param phoneNumber the number in E.164 format, such as {@code +15017122661}
 * @param origin where the number comes from: {@code twilio} or {@code hosted}
 * @param sid the phone number SID ({@code PN} followed by 32 hex characters)
 * @param smsApplicationSid the SID of the application that handles messages; it takes
 * precedence over the SMS URLs
 * @param smsFallbackMethod the HTTP method of the SMS fallback URL
 * @param smsFallbackUrl the URL Twilio calls when the SMS URL fails
 * @param smsMethod the HTTP method of the SMS URL
 * @param smsUrl the URL Twilio calls when the number receives a message
 * @param statusCallback the URL Twilio sends call status events to
 * @param statusCallbackMethod the HTTP method of the status callback
 * @param trunkSid the SID of the SIP trunk that handles calls; it takes precedence over
 * the voice URLs and application
 * @param uri the URI of the resource, relative to the API host
 * @param voiceReceiveMode whether the number receives voice calls or faxes
 * @param voiceApplicationSid the SID of the application that handles calls; it takes
 * precedence over the voice URLs
 * @param voiceCallerIdLookup whether Twilio looks up the caller's name for calls
 * @param voiceFallbackMethod the HTTP method of the voice fallback URL
 * @param voiceFallbackUrl the URL Twilio calls when the voice URL fails
 * @param voiceMethod the HTTP method of the voice URL
 * @param voiceUrl the URL Twilio calls when the number receives a call
 * @param emergencyStatus whether the number is enabled for emergency calling
 * @param emergencyAddressSid the SID of the emergency address of the number
 * @param emergencyAddressStatus the registration status of the emergency address
 * @param bundleSid the SID of the regulatory Bundle of the number
 * @param status the status of the number, such as {@code in-use}
 * @param type the type of the number, such as {@code local}, {@code mobile} or
 * {@code toll-free}
 * @since 1.0.0
 */
public record IncomingPhoneNumber(@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("address_sid") @Nullable String addressSid,
		@JsonProperty("address_requirements") @Nullable AddressRequirement addressRequirements,
		@JsonProperty("api_version") @Nullable String apiVersion, @JsonProperty("beta") @Nullable Boolean beta,
		@JsonProperty("capabilities") @Nullable PhoneNumberCapabilities capabilities,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("identity_sid") @Nullable String identitySid,
		@JsonProperty("phone_number") @Nullable String phoneNumber, @JsonProperty("origin") @Nullable String origin,
		@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("sms_application_sid") @Nullable String smsApplicationSid,
		@JsonProperty("sms_fallback_method")
		@JsonSerialize(using = ToStringSerializer.class) @Nullable HttpMethod smsFallbackMethod,
		@JsonProperty("sms_fallback_url") @Nullable String smsFallbackUrl,
		@JsonProperty("sms_method")
		@JsonSerialize(using = ToStringSerializer.class) @Nullable HttpMethod smsMethod,
		@JsonProperty("sms_url") @Nullable String smsUrl,
		@JsonProperty("status_callback") @Nullable String statusCallback,
		@JsonProperty("status_callback_method")
		@JsonSerialize(using = ToStringSerializer.class) @Nullable HttpMethod statusCallbackMethod,
		@JsonProperty("trunk_sid") @Nullable String trunkSid, @JsonProperty("uri") @Nullable String uri,
		@JsonProperty("voice_receive_mode") @Nullable VoiceReceiveMode voiceReceiveMode,
		@JsonProperty("voice_application_sid") @Nullable String voiceApplicationSid,
		@JsonProperty("voice_caller_id_lookup") @Nullable Boolean voiceCallerIdLookup,
		@JsonProperty("voice_fallback_method")
		@JsonSerialize(using = ToStringSerializer.class) @Nullable HttpMethod voiceFallbackMethod,
		@JsonProperty("voice_fallback_url") @Nullable String voiceFallbackUrl,
		@JsonProperty("voice_method")
		@JsonSerialize(using = ToStringSerializer.class) @Nullable HttpMethod voiceMethod,
		@JsonProperty("voice_url") @Nullable String voiceUrl,
		@JsonProperty("emergency_status") @Nullable EmergencyStatus emergencyStatus,
		@JsonProperty("emergency_address_sid") @Nullable String emergencyAddressSid,
		@JsonProperty("emergency_address_status") @Nullable EmergencyAddressStatus emergencyAddressStatus,
		@JsonProperty("bundle_sid") @Nullable String bundleSid, @JsonProperty("status") @Nullable String status,
		@JsonProperty("type") @Nullable String type) {

	/**
	 * Whether a number is enabled for emergency calling. Values Twilio adds later map to
	 * {@link #UNKNOWN}.
	 */
	public enum EmergencyStatus implements TwilioEnum {

		/** Emergency calling is enabled. */
		ACTIVE("Active"),

		/** Emergency calling is disabled. */
		INACTIVE("Inactive"),

		/** A status this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		EmergencyStatus(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code Active}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static EmergencyStatus from(String value) {
			return TwilioEnums.from(EmergencyStatus.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Registration status of a number's emergency address. Values Twilio adds later map
	 * to {@link #UNKNOWN}.
	 */
	public enum EmergencyAddressStatus implements TwilioEnum {

		/** The address is registered. */
		REGISTERED,

		/** No address is registered. */
		UNREGISTERED,

		/** The registration is under way. */
		PENDING_REGISTRATION,

		/** The registration failed. */
		REGISTRATION_FAILURE,

		/** The removal of the registration is under way. */
		PENDING_UNREGISTRATION,

		/** The removal of the registration failed. */
		UNREGISTRATION_FAILURE,

		/** A status this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code registered}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static EmergencyAddressStatus from(String value) {
			return TwilioEnums.from(EmergencyAddressStatus.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Whether a number receives voice calls or faxes. Values Twilio adds later map to
	 * {@link #UNKNOWN}.
	 */
	public enum VoiceReceiveMode implements TwilioEnum {

		/** The number receives voice calls. */
		VOICE,

		/** The number receives faxes. */
		FAX,

		/** A mode this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the mode with the given Twilio value.
		 * @param value the Twilio value, such as {@code voice}
		 * @return the mode, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static VoiceReceiveMode from(String value) {
			return TwilioEnums.from(VoiceReceiveMode.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
