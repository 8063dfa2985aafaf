package dev.twiliospring.autoconfigure.actuate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * {@link SanitizingFunction} that masks Twilio credentials in the {@code env} and
 * {@code configprops} endpoints, even with {@code show-values=always}.
 * <p>
 * By key: the auth token, the API key secret, the additional webhook auth tokens and the
 * proxy password, in whatever form the key takes ({@code twilio.auth-token},
 * {@code twilio.authToken}, {@code twilio.webhook.additional-auth-tokens[0]},
 * {@code twilio.proxy.password}, the {@code TWILIO_AUTH_TOKEN} and
 * {@code TWILIO_API_SECRET} environment variables and their relaxed forms). The base URL
 * and the public webhook URL are masked whole when they hold an {@code @}, which is how
 * a URL carries a user name and password.
 * <p>
 * By value: the secrets themselves, as the application has them configured, wherever
 * they appear in another text value: a variable that {@code twilio.auth-token} refers
 * to with a placeholder, the command line in {@code sun.java.command},
 * {@code SPRING_APPLICATION_JSON}. Each occurrence becomes {@code ******} and the rest
 * of the value stays readable. A secret shorter than {@value #MIN_LENGTH_IN_TEXT}
 * characters is masked only where it is the whole value: masking it inside other text
 * would garble unrelated values and, by where it matched, give it away. Values other
 * than text are left alone: the {@code env} endpoint shows them by type only, and the
 * {@code configprops} endpoint sanitizes their parts.
 * <p>
 * Boot itself masks nothing by key once values are shown, so without this function the
 * credentials would appear in clear. Boot stops at the first function that changes a
 * value; this one, auto-configured, comes after the application's own unordered
 * functions, so that one of them that masks a value whole still does.
 */
final class TwilioSanitizingFunction implements SanitizingFunction {

	/**
	 * Shortest secret that is masked inside other values; Twilio's auth tokens and API
	 * key secrets have 32 characters.
	 */
	static final int MIN_LENGTH_IN_TEXT = 8;

	/**
	 * How long the secrets, read afresh when they are older, are reused: an endpoint
	 * call sanitizes every property with the same ones.
	 */
	private static final long SECRETS_TTL_NANOS = TimeUnit.SECONDS.toNanos(1);

	/**
	 * Keys reduced to their lower-case letters, so that dotted, dashed, camel-case,
	 * indexed and environment variable forms of one property compare equal.
	 */
	private static final Set<String> SENSITIVE_KEYS = Set.of("twilioauthtoken", "twilioapikeysecret",
			"twilioapisecret", "twiliowebhookadditionalauthtokens", "twilioemulatorauthtoken", "twilioproxypassword");

	private static final Set<String> URL_KEYS = Set.of("twiliobaseurl", "twiliowebhookpublicurl");

	private final Supplier<? extends Collection<String>> secrets;

	private final LongSupplier nanoTime;

	private volatile @Nullable Secrets current;

	/**
	 * Create an instance.
	 * @param secrets the configured secrets, read when values are sanitized
	 */
	TwilioSanitizingFunction(Supplier<? extends Collection<String>> secrets) {
		this(secrets, System::nanoTime);
	}

	TwilioSanitizingFunction(Supplier<? extends Collection<String>> secrets, LongSupplier nanoTime) {
		this.secrets = secrets;
		this.nanoTime = nanoTime;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		String letters = letters(data.getKey());
		if (SENSITIVE_KEYS.contains(letters)) {
			return data.withSanitizedValue();
		}
		// A URL's user information may hold a password; masking the whole value needs no
		// parsing of values that may not even be URLs
		Object value = data.getValue();
		if (value != null && URL_KEYS.contains(letters) && value.toString().indexOf('@') >= 0) {
			return data.withSanitizedValue();
		}
		if (value instanceof CharSequence text) {
			String masked = secrets().mask(text.toString());
			if (masked != null) {
				return data.withValue(masked);
			}
		}
		return data;
	}

	private Secrets secrets() {
		long now = this.nanoTime.getAsLong();
		Secrets secrets = this.current;
		if (secrets == null || now - secrets.readNanos() >= SECRETS_TTL_NANOS) {
			secrets = Secrets.of(this.secrets.get(), now);
			this.current = secrets;
		}
		return secrets;
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

	/**
	 * The secrets as read at one time.
	 *
	 * @param all every secret, masked where it is a whole value
	 * @param inText the secrets masked inside other values, longest first, so that one
	 * that contains another is masked whole
	 * @param readNanos when they were read
	 */
	private record Secrets(Set<String> all, List<String> inText, long readNanos) {

		static Secrets of(Collection<String> secrets, long readNanos) {
			List<String> all = secrets.stream()
				.filter((secret) -> !secret.isBlank())
				.map(String::trim)
				.distinct()
				.toList();
			List<String> inText = all.stream()
				.filter((secret) -> secret.length() >= MIN_LENGTH_IN_TEXT)
				.sorted(Comparator.comparingInt(String::length).reversed())
				.toList();
			return new Secrets(Set.copyOf(all), inText, readNanos);
		}

		/**
		 * Return the value with the secrets masked, or {@code null} if it holds none.
		 */
		@Nullable String mask(String value) {
			if (this.all.contains(value.trim())) {
				return SanitizableData.SANITIZED_VALUE;
			}
			String masked = null;
			for (String secret : this.inText) {
				String text = (masked != null) ? masked : value;
				if (text.contains(secret)) {
					masked = text.replace(secret, SanitizableData.SANITIZED_VALUE);
				}
			}
			return masked;
		}

	}

}
