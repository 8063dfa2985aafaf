package dev.twiliospring.client.verify;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Base class of the builders of {@link VerifyServiceCreateRequest} and
 * {@link VerifyServiceUpdateRequest}: the settings of a Verify Service, which Twilio
 * takes both when creating a service and when changing it.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class VerifyServiceSettingsBuilder<B extends VerifyServiceSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	VerifyServiceSettingsBuilder() {
	}

	/**
	 * Set the name shown in verification messages (required by a new service).
	 * @param friendlyName up to 32 characters, without personal data
	 * @return this builder
	 */
	public B friendlyName(String friendlyName) {
		int length = (friendlyName != null) ? friendlyName.codePointCount(0, friendlyName.length()) : 0;
		if (length > 32) {
			throw new IllegalArgumentException("FriendlyName must be at most 32 characters, got " + length);
		}
		this.parameters.set("FriendlyName", friendlyName);
		return self();
	}

	/**
	 * Set the length of generated codes.
	 * @param codeLength between 4 and 10 (Twilio's default is 6)
	 * @return this builder
	 */
	public B codeLength(int codeLength) {
		if (codeLength < 4 || codeLength > 10) {
			throw new IllegalArgumentException("CodeLength must be between 4 and 10, got " + codeLength);
		}
		this.parameters.set("CodeLength", codeLength);
		return self();
	}

	/**
	 * Set whether each verification looks up the phone number.
	 * @param lookupEnabled whether to look numbers up
	 * @return this builder
	 */
	public B lookupEnabled(boolean lookupEnabled) {
		this.parameters.set("LookupEnabled", lookupEnabled);
		return self();
	}

	/**
	 * Set whether SMS verifications to landlines are skipped; needs lookups.
	 * @param skipSmsToLandlines whether to skip landlines
	 * @return this builder
	 */
	public B skipSmsToLandlines(boolean skipSmsToLandlines) {
		this.parameters.set("SkipSmsToLandlines", skipSmsToLandlines);
		return self();
	}

	/**
	 * Set whether a call asks for a key press before reading the code.
	 * @param dtmfInputRequired whether to ask for a key press
	 * @return this builder
	 */
	public B dtmfInputRequired(boolean dtmfInputRequired) {
		this.parameters.set("DtmfInputRequired", dtmfInputRequired);
		return self();
	}

	/**
	 * Set whether verifications take PSD2 transaction parameters.
	 * @param psd2Enabled whether PSD2 is enabled
	 * @return this builder
	 */
	public B psd2Enabled(boolean psd2Enabled) {
		this.parameters.set("Psd2Enabled", psd2Enabled);
		return self();
	}

	/**
	 * Set whether SMS end with a warning not to share the code.
	 * @param doNotShareWarningEnabled whether to add the warning
	 * @return this builder
	 */
	public B doNotShareWarningEnabled(boolean doNotShareWarningEnabled) {
		this.parameters.set("DoNotShareWarningEnabled", doNotShareWarningEnabled);
		return self();
	}

	/**
	 * Set whether verifications may bring their own code.
	 * @param customCodeEnabled whether custom codes are allowed
	 * @return this builder
	 */
	public B customCodeEnabled(boolean customCodeEnabled) {
		this.parameters.set("CustomCodeEnabled", customCodeEnabled);
		return self();
	}

	/**
	 * Set whether push challenges include the date.
	 * @param pushIncludeDate whether to include the date
	 * @return this builder
	 */
	public B pushIncludeDate(boolean pushIncludeDate) {
		this.parameters.set("Push.IncludeDate", pushIncludeDate);
		return self();
	}

	/**
	 * Set whether verifications reach event streams.
	 * @param verifyEventSubscriptionEnabled whether to publish events
	 * @return this builder
	 */
	public B verifyEventSubscriptionEnabled(boolean verifyEventSubscriptionEnabled) {
		this.parameters.set("VerifyEventSubscriptionEnabled", verifyEventSubscriptionEnabled);
		return self();
	}

	/**
	 * Set the alternative text-to-speech voice of calls.
	 * @param ttsName the voice name
	 * @return this builder
	 */
	public B ttsName(String ttsName) {
		this.parameters.set("TtsName", ttsName);
		return self();
	}

	/**
	 * Set the APN credential for push factors.
	 * @param pushApnCredentialSid the credential SID ({@code CR...})
	 * @return this builder
	 */
	public B pushApnCredentialSid(String pushApnCredentialSid) {
		this.parameters.set("Push.ApnCredentialSid", pushApnCredentialSid);
		return self();
	}

	/**
	 * Set the FCM credential for push factors.
	 * @param pushFcmCredentialSid the credential SID ({@code CR...})
	 * @return this builder
	 */
	public B pushFcmCredentialSid(String pushFcmCredentialSid) {
		this.parameters.set("Push.FcmCredentialSid", pushFcmCredentialSid);
		return self();
	}

	/**
	 * Set the issuer of TOTP URIs.
	 * @param totpIssuer the issuer, by default the service name
	 * @return this builder
	 */
	public B totpIssuer(String totpIssuer) {
		this.parameters.set("Totp.Issuer", totpIssuer);
		return self();
	}

	/**
	 * Set the default message template.
	 * @param defaultTemplateSid the template SID ({@code HJ...})
	 * @return this builder
	 */
	public B defaultTemplateSid(String defaultTemplateSid) {
		this.parameters.set("DefaultTemplateSid", defaultTemplateSid);
		return self();
	}

	/**
	 * Set the Messaging Service whose WhatsApp senders send codes.
	 * @param whatsappMsgServiceSid the messaging service SID ({@code MG...})
	 * @return this builder
	 */
	public B whatsappMsgServiceSid(String whatsappMsgServiceSid) {
		this.parameters.set("Whatsapp.MsgServiceSid", whatsappMsgServiceSid);
		return self();
	}

	/**
	 * Set the WhatsApp sender of codes.
	 * @param whatsappFrom the sender, such as {@code whatsapp:+15017122661}
	 * @return this builder
	 */
	public B whatsappFrom(String whatsappFrom) {
		this.parameters.set("Whatsapp.From", whatsappFrom);
		return self();
	}

	/**
	 * Set the relying party ID of passkeys.
	 * @param passkeysRelyingPartyId the domain of the application, such as {@code example.com}
	 * @return this builder
	 */
	public B passkeysRelyingPartyId(String passkeysRelyingPartyId) {
		this.parameters.set("Passkeys.RelyingParty.Id", passkeysRelyingPartyId);
		return self();
	}

	/**
	 * Set the relying party name of passkeys.
	 * @param passkeysRelyingPartyName the name of the application
	 * @return this builder
	 */
	public B passkeysRelyingPartyName(String passkeysRelyingPartyName) {
		this.parameters.set("Passkeys.RelyingParty.Name", passkeysRelyingPartyName);
		return self();
	}

	/**
	 * Set the relying party origins of passkeys.
	 * @param passkeysRelyingPartyOrigins comma-separated origins, such as {@code login.example.com,www.example.com}
	 * @return this builder
	 */
	public B passkeysRelyingPartyOrigins(String passkeysRelyingPartyOrigins) {
		this.parameters.set("Passkeys.RelyingParty.Origins", passkeysRelyingPartyOrigins);
		return self();
	}

	/**
	 * Set the authenticator attachment of passkeys.
	 * @param passkeysAuthenticatorAttachment {@code platform}, {@code cross-platform} or {@code any}
	 * @return this builder
	 */
	public B passkeysAuthenticatorAttachment(String passkeysAuthenticatorAttachment) {
		this.parameters.set("Passkeys.AuthenticatorAttachment", passkeysAuthenticatorAttachment);
		return self();
	}

	/**
	 * Set whether passkey credentials must be discoverable.
	 * @param passkeysDiscoverableCredentials {@code required}, {@code preferred} or {@code discouraged}
	 * @return this builder
	 */
	public B passkeysDiscoverableCredentials(String passkeysDiscoverableCredentials) {
		this.parameters.set("Passkeys.DiscoverableCredentials", passkeysDiscoverableCredentials);
		return self();
	}

	/**
	 * Set the user verification of passkeys.
	 * @param passkeysUserVerification {@code required}, {@code preferred} or {@code discouraged}
	 * @return this builder
	 */
	public B passkeysUserVerification(String passkeysUserVerification) {
		this.parameters.set("Passkeys.UserVerification", passkeysUserVerification);
		return self();
	}

	/**
	 * Set how often, in seconds, TOTP codes change.
	 * @param totpTimeStep the time step, 20 to 60 seconds
	 * @return this builder
	 */
	public B totpTimeStep(int totpTimeStep) {
		if (totpTimeStep < 20 || totpTimeStep > 60) {
			throw new IllegalArgumentException("Totp.TimeStep must be between 20 and 60, got " + totpTimeStep);
		}
		this.parameters.set("Totp.TimeStep", totpTimeStep);
		return self();
	}

	/**
	 * Set the number of digits of TOTP codes.
	 * @param totpCodeLength between 3 and 8
	 * @return this builder
	 */
	public B totpCodeLength(int totpCodeLength) {
		if (totpCodeLength < 3 || totpCodeLength > 8) {
			throw new IllegalArgumentException("Totp.CodeLength must be between 3 and 8, got " + totpCodeLength);
		}
		this.parameters.set("Totp.CodeLength", totpCodeLength);
		return self();
	}

	/**
	 * Set how many time steps before and after the current one are accepted.
	 * @param totpSkew between 0 and 2
	 * @return this builder
	 */
	public B totpSkew(int totpSkew) {
		if (totpSkew < 0 || totpSkew > 2) {
			throw new IllegalArgumentException("Totp.Skew must be between 0 and 2, got " + totpSkew);
		}
		this.parameters.set("Totp.Skew", totpSkew);
		return self();
	}

	/**
	 * Set a parameter this builder has no method for.
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
