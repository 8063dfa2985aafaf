package dev.twiliospring.client.verify;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new Verify Service.
 * <pre class="code">
 * VerifyServiceCreateRequest request = VerifyServiceCreateRequest.builder()
 *     .friendlyName("My App")
 *     .codeLength(6)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see VerifyServiceResource#create(VerifyServiceCreateRequest)
 */
public final class VerifyServiceCreateRequest {

	private final TwilioParameters parameters;

	private VerifyServiceCreateRequest(TwilioParameters parameters) {
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
		return "VerifyServiceCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link VerifyServiceCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the name shown in verification messages (required).
		 * @param friendlyName up to 32 characters, without personal data
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Set the length of generated codes.
		 * @param codeLength between 4 and 10 (Twilio's default is 6)
		 * @return this builder
		 */
		public Builder codeLength(int codeLength) {
			if (codeLength < 4 || codeLength > 10) {
				throw new IllegalArgumentException("CodeLength must be between 4 and 10, got " + codeLength);
			}
			this.parameters.set("CodeLength", codeLength);
			return this;
		}

		/**
		 * Set whether each verification looks up the phone number.
		 * @param lookupEnabled whether to look numbers up
		 * @return this builder
		 */
		public Builder lookupEnabled(boolean lookupEnabled) {
			this.parameters.set("LookupEnabled", lookupEnabled);
			return this;
		}

		/**
		 * Set whether SMS verifications to landlines are skipped; needs lookups.
		 * @param skipSmsToLandlines whether to skip landlines
		 * @return this builder
		 */
		public Builder skipSmsToLandlines(boolean skipSmsToLandlines) {
			this.parameters.set("SkipSmsToLandlines", skipSmsToLandlines);
			return this;
		}

		/**
		 * Set whether a call asks for a key press before reading the code.
		 * @param dtmfInputRequired whether to ask for a key press
		 * @return this builder
		 */
		public Builder dtmfInputRequired(boolean dtmfInputRequired) {
			this.parameters.set("DtmfInputRequired", dtmfInputRequired);
			return this;
		}

		/**
		 * Set whether verifications take PSD2 transaction parameters.
		 * @param psd2Enabled whether PSD2 is enabled
		 * @return this builder
		 */
		public Builder psd2Enabled(boolean psd2Enabled) {
			this.parameters.set("Psd2Enabled", psd2Enabled);
			return this;
		}

		/**
		 * Set whether SMS end with a warning not to share the code.
		 * @param doNotShareWarningEnabled whether to add the warning
		 * @return this builder
		 */
		public Builder doNotShareWarningEnabled(boolean doNotShareWarningEnabled) {
			this.parameters.set("DoNotShareWarningEnabled", doNotShareWarningEnabled);
			return this;
		}

		/**
		 * Set whether verifications may bring their own code.
		 * @param customCodeEnabled whether custom codes are allowed
		 * @return this builder
		 */
		public Builder customCodeEnabled(boolean customCodeEnabled) {
			this.parameters.set("CustomCodeEnabled", customCodeEnabled);
			return this;
		}

		/**
		 * Set whether push challenges include the date.
		 * @param pushIncludeDate whether to include the date
		 * @return this builder
		 */
		public Builder pushIncludeDate(boolean pushIncludeDate) {
			this.parameters.set("Push.IncludeDate", pushIncludeDate);
			return this;
		}

		/**
		 * Set whether verifications reach event streams.
		 * @param verifyEventSubscriptionEnabled whether to publish events
		 * @return this builder
		 */
		public Builder verifyEventSubscriptionEnabled(boolean verifyEventSubscriptionEnabled) {
			this.parameters.set("VerifyEventSubscriptionEnabled", verifyEventSubscriptionEnabled);
			return this;
		}

		/**
		 * Set the alternative text-to-speech voice of calls.
		 * @param ttsName the voice name
		 * @return this builder
		 */
		public Builder ttsName(String ttsName) {
			this.parameters.set("TtsName", ttsName);
			return this;
		}

		/**
		 * Set the APN credential for push factors.
		 * @param pushApnCredentialSid the credential SID ({@code CR...})
		 * @return this builder
		 */
		public Builder pushApnCredentialSid(String pushApnCredentialSid) {
			this.parameters.set("Push.ApnCredentialSid", pushApnCredentialSid);
			return this;
		}

		/**
		 * Set the FCM credential for push factors.
		 * @param pushFcmCredentialSid the credential SID ({@code CR...})
		 * @return this builder
		 */
		public Builder pushFcmCredentialSid(String pushFcmCredentialSid) {
			this.parameters.set("Push.FcmCredentialSid", pushFcmCredentialSid);
			return this;
		}

		/**
		 * Set the issuer of TOTP URIs.
		 * @param totpIssuer the issuer, by default the service name
		 * @return this builder
		 */
		public Builder totpIssuer(String totpIssuer) {
			this.parameters.set("Totp.Issuer", totpIssuer);
			return this;
		}

		/**
		 * Set the default message template.
		 * @param defaultTemplateSid the template SID ({@code HJ...})
		 * @return this builder
		 */
		public Builder defaultTemplateSid(String defaultTemplateSid) {
			this.parameters.set("DefaultTemplateSid", defaultTemplateSid);
			return this;
		}

		/**
		 * Set the Messaging Service whose WhatsApp senders send codes.
		 * @param whatsappMsgServiceSid the messaging service SID ({@code MG...})
		 * @return this builder
		 */
		public Builder whatsappMsgServiceSid(String whatsappMsgServiceSid) {
			this.parameters.set("Whatsapp.MsgServiceSid", whatsappMsgServiceSid);
			return this;
		}

		/**
		 * Set the WhatsApp sender of codes.
		 * @param whatsappFrom the sender, such as {@code whatsapp:+15017122661}
		 * @return this builder
		 */
		public Builder whatsappFrom(String whatsappFrom) {
			this.parameters.set("Whatsapp.From", whatsappFrom);
			return this;
		}

		/**
		 * Set the relying party ID of passkeys.
		 * @param passkeysRelyingPartyId the domain of the application, such as {@code example.com}
		 * @return this builder
		 */
		public Builder passkeysRelyingPartyId(String passkeysRelyingPartyId) {
			this.parameters.set("Passkeys.RelyingParty.Id", passkeysRelyingPartyId);
			return this;
		}

		/**
		 * Set the relying party name of passkeys.
		 * @param passkeysRelyingPartyName the name of the application
		 * @return this builder
		 */
		public Builder passkeysRelyingPartyName(String passkeysRelyingPartyName) {
			this.parameters.set("Passkeys.RelyingParty.Name", passkeysRelyingPartyName);
			return this;
		}

		/**
		 * Set the relying party origins of passkeys.
		 * @param passkeysRelyingPartyOrigins comma-separated origins, such as {@code login.example.com,www.example.com}
		 * @return this builder
		 */
		public Builder passkeysRelyingPartyOrigins(String passkeysRelyingPartyOrigins) {
			this.parameters.set("Passkeys.RelyingParty.Origins", passkeysRelyingPartyOrigins);
			return this;
		}

		/**
		 * Set the authenticator attachment of passkeys.
		 * @param passkeysAuthenticatorAttachment {@code platform}, {@code cross-platform} or {@code any}
		 * @return this builder
		 */
		public Builder passkeysAuthenticatorAttachment(String passkeysAuthenticatorAttachment) {
			this.parameters.set("Passkeys.AuthenticatorAttachment", passkeysAuthenticatorAttachment);
			return this;
		}

		/**
		 * Set whether passkey credentials must be discoverable.
		 * @param passkeysDiscoverableCredentials {@code required}, {@code preferred} or {@code discouraged}
		 * @return this builder
		 */
		public Builder passkeysDiscoverableCredentials(String passkeysDiscoverableCredentials) {
			this.parameters.set("Passkeys.DiscoverableCredentials", passkeysDiscoverableCredentials);
			return this;
		}

		/**
		 * Set the user verification of passkeys.
		 * @param passkeysUserVerification {@code required}, {@code preferred} or {@code discouraged}
		 * @return this builder
		 */
		public Builder passkeysUserVerification(String passkeysUserVerification) {
			this.parameters.set("Passkeys.UserVerification", passkeysUserVerification);
			return this;
		}

		/**
		 * Set how often, in seconds, TOTP codes change.
		 * @param totpTimeStep the time step, 20 to 60 seconds
		 * @return this builder
		 */
		public Builder totpTimeStep(int totpTimeStep) {
			this.parameters.set("Totp.TimeStep", totpTimeStep);
			return this;
		}

		/**
		 * Set the number of digits of TOTP codes.
		 * @param totpCodeLength between 3 and 8
		 * @return this builder
		 */
		public Builder totpCodeLength(int totpCodeLength) {
			this.parameters.set("Totp.CodeLength", totpCodeLength);
			return this;
		}

		/**
		 * Set how many time steps before and after the current one are accepted.
		 * @param totpSkew between 0 and 2
		 * @return this builder
		 */
		public Builder totpSkew(int totpSkew) {
			this.parameters.set("Totp.Skew", totpSkew);
			return this;
		}

		/**
		 * Set a parameter this builder has no method for.
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
		 * @throws IllegalArgumentException if no name is set
		 */
		public VerifyServiceCreateRequest build() {
			String friendlyName = this.parameters.getFirst("FriendlyName");
			if (friendlyName == null || friendlyName.isBlank()) {
				throw new IllegalArgumentException("A Verify service needs a name: call friendlyName(...)");
			}
			return new VerifyServiceCreateRequest(this.parameters.build());
		}


	}

}
