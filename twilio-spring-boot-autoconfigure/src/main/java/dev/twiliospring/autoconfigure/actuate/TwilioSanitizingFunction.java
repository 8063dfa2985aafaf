package dev.twiliospring.autoconfigure.actuate;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * {@link SanitizingFunction} that masks Twilio credentials in the {@code env} and
 * {@code configprops} endpoints, even with {@code show-values=always}: the auth token,
 * the API key secret and the additional webhook auth tokens, in whatever form the key
 * takes ({@code twilio.auth-token}, {@code twilio.authToken},
 * {@code twilio.webhook.additional-auth-tokens[0]}, the {@code TWILIO_AUTH_TOKEN} and
 * {@code TWILIO_API_SECRET} environment variables and their relaxed forms).
 * <p>
 * Boot itself masks nothing by key once values are shown, so without this function the
 * credentials would appear in clear.
 */
final class TwilioSanitizingFunction implements SanitizingFunction {

	/**
	 * Keys reduced to their lower-case letters, so that dotted, dashed, camel-case,
	 * indexed and environment variable forms of one property compare equal.
	 */
	private static final Set<String> SENSITIVE_KEYS = Set.of("twilioauthtoken", "twilioapikeysecret",
			"twilioapisecret", "twiliowebhookadditionalauthtokens", "twilioemulatorauthtoken");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isSensitive(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isSensitive(String key) {
		StringBuilder letters = new StringBuilder(key.length());
		for (char ch : key.toLowerCase(Locale.ROOT).toCharArray()) {
			if (ch >= 'a' && ch <= 'z') {
				letters.append(ch);
			}
		}
		return SENSITIVE_KEYS.contains(letters.toString());
	}

}
