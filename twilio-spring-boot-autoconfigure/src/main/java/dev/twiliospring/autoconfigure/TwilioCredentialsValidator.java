package dev.twiliospring.autoconfigure;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.util.StringUtils;

/**
 * Checks {@link TwilioConnectionDetails} before a client is built, so that a bad
 * configuration fails the context with a message that says what to set.
 */
final class TwilioCredentialsValidator {

	private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

	private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");

	static final String ACCOUNT_SID_EXAMPLE = "AC0123456789abcdef0123456789abcdef";

	static final String API_KEY_SID_EXAMPLE = "SK0123456789abcdef0123456789abcdef";

	private TwilioCredentialsValidator() {
	}

	/**
	 * An application processed ahead of time always has the client, since its account is
	 * only known at run time; one that only receives webhooks has to leave it out.
	 */
	private static String aheadOfTimeHint() {
		return AotDetector.useGeneratedArtifacts() ? " An application that only receives webhooks and was processed "
				+ "ahead of time excludes " + TwilioAutoConfiguration.class.getName()
				+ " (spring.autoconfigure.exclude) when it is built." : "";
	}

	static void validate(TwilioConnectionDetails details) {
		String accountSid = details.getAccountSid();
		String apiKeySid = details.getApiKeySid();
		String apiKeySecret = details.getApiKeySecret();
		if (!StringUtils.hasText(accountSid)) {
			throw new InvalidTwilioConfigurationException("twilio.account-sid",
					PropertiesTwilioConnectionDetails.ACCOUNT_SID_ENV, "No Twilio account SID is configured"
							+ ((apiKeySid != null) ? " (an API key still needs the account SID it belongs to)" : ""),
					"Set twilio.account-sid or the TWILIO_ACCOUNT_SID environment variable to your account SID, shaped like "
							+ ACCOUNT_SID_EXAMPLE + " (AC followed by 32 hex characters)."
							+ aheadOfTimeHint());
		}
		if (!ACCOUNT_SID.matcher(accountSid).matches()) {
			throw new InvalidTwilioConfigurationException("twilio.account-sid",
					PropertiesTwilioConnectionDetails.ACCOUNT_SID_ENV,
					"The configured Twilio account SID is malformed: it " + describe(accountSid, "AC"),
					"Set twilio.account-sid or the TWILIO_ACCOUNT_SID environment variable to your account SID, shaped like "
							+ ACCOUNT_SID_EXAMPLE
							+ " (AC followed by 32 hex characters). Check that the SID and the auth token are not swapped.");
		}
		if (apiKeySid != null || apiKeySecret != null) {
			validateApiKey(apiKeySid, apiKeySecret);
			return;
		}
		if (!StringUtils.hasText(details.getAuthToken())) {
			throw new InvalidTwilioConfigurationException("twilio.auth-token",
					PropertiesTwilioConnectionDetails.AUTH_TOKEN_ENV, "No Twilio auth token or API key is configured",
					"Set twilio.auth-token or the TWILIO_AUTH_TOKEN environment variable to the auth token of account "
							+ accountSid
							+ ", or use an API key with twilio.api-key.sid and twilio.api-key.secret (TWILIO_API_KEY and TWILIO_API_SECRET).");
		}
	}

	private static void validateApiKey(@Nullable String sid, @Nullable String secret) {
		if (!StringUtils.hasText(sid)) {
			throw new InvalidTwilioConfigurationException("twilio.api-key.sid", PropertiesTwilioConnectionDetails.API_KEY_ENV,
					"An API key secret is configured without its API key SID",
					"Set twilio.api-key.sid or the TWILIO_API_KEY environment variable to the API key SID, shaped like "
							+ API_KEY_SID_EXAMPLE + " (SK followed by 32 hex characters).");
		}
		if (!API_KEY_SID.matcher(sid).matches()) {
			throw new InvalidTwilioConfigurationException("twilio.api-key.sid", PropertiesTwilioConnectionDetails.API_KEY_ENV,
					"The configured Twilio API key SID is malformed: it " + describe(sid, "SK"),
					"Set twilio.api-key.sid or the TWILIO_API_KEY environment variable to the API key SID, shaped like "
							+ API_KEY_SID_EXAMPLE + " (SK followed by 32 hex characters).");
		}
		if (!StringUtils.hasText(secret)) {
			throw new InvalidTwilioConfigurationException("twilio.api-key.secret",
					PropertiesTwilioConnectionDetails.API_SECRET_ENV, "API key " + sid + " is configured without its secret",
					"Set twilio.api-key.secret or the TWILIO_API_SECRET environment variable to the secret shown when the API key was created.");
		}
	}

	/**
	 * Describe a malformed value without echoing it: a secret pasted into the wrong
	 * property must not end up in the logs.
	 */
	/**
	 * Describe a malformed SID without showing any of it: it may be a secret put in the
	 * wrong place.
	 */
	private static String describe(String value, String prefix) {
		return (value.startsWith(prefix) ? "starts with \"" : "does not start with \"") + prefix + "\" and has "
				+ value.length() + " characters";
	}

}
