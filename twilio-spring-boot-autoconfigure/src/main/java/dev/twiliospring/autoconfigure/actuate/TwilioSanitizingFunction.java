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
 * {@code TWILIO_API_SECRET} environment variables and their relaxed forms). The base URL
 * and the public webhook URL are masked whole when they hold an {@code @}, which is how
 * a URL carries a user name and password.
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

	private static final Set<String> URL_KEYS = Set.of("twiliobaseurl", "twiliowebhookpublicurl");

	@Override
	public SanitizableData apply(SanitizableData data) {
		String letters = letters(data.getKey());
		if (SENSITIVE_KEYS.contains(letters)) {
			return data.withSanitizedValue();
		}
		// A URL's user information may hold a password; masking the whole value needs no
		// parsing of values that may not even be URLs
		Object value = data.getValue();
		boolean urlWithUserInfo = value != null && URL_KEYS.contains(letters) && value.toString().indexOf('@') >= 0;
		return urlWithUserInfo ? data.withSanitizedValue() : data;
	}

	static boolean isSensitive(String key) {
		return SENSITIVE_KEYS.contains(letters(key));
	}

	private static String letters(String key) {
		StringBuilder letters = new StringBuilder(key.length());
		for (char ch : key.toLowerCase(Locale.ROOT).toCharArray()) {
			if (ch >= 'a' && ch <= 'z') {
				letters.append(ch);
			}
		}
		return letters.toString();
	}

}
