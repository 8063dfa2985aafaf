package dev.twiliospring.autoconfigure.actuate;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioSanitizingFunction}.
 */
class TwilioSanitizingFunctionTests {

	private static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

	private static final String API_KEY_SECRET = "s3cr3tAPIkeySecretValue012345678";

	private final TwilioSanitizingFunction function = new TwilioSanitizingFunction(
			() -> List.of(AUTH_TOKEN, API_KEY_SECRET));

	@ParameterizedTest
	@ValueSource(strings = { "twilio.auth-token", "twilio.authToken", "twilio.auth_token", "TWILIO_AUTH_TOKEN",
			"TWILIO_AUTHTOKEN", "twilio.api-key.secret", "twilio.apiKey.secret", "TWILIO_API_SECRET",
			"TWILIO_APIKEY_SECRET", "twilio.webhook.additional-auth-tokens", "twilio.webhook.additional-auth-tokens[0]",
			"twilio.webhook.additionalAuthTokens[12]", "TWILIO_WEBHOOK_ADDITIONALAUTHTOKENS_0_",
			"twilio.webhook.additional-auth-tokens.0" })
	void masksTwilioCredentials(String key) {
		assertThat(this.function.apply(new SanitizableData(null, key, "s3cr3t")).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "twilio.account-sid", "TWILIO_ACCOUNT_SID", "twilio.api-key.sid", "TWILIO_API_KEY",
			"twilio.webhook.public-url", "twilio.region", "spring.mail.auth-token", "auth-token", "twilio.health" })
	void leavesOtherValuesAlone(String key) {
		assertThat(this.function.apply(new SanitizableData(null, key, "visible")).getValue()).isEqualTo("visible");
	}

	/**
	 * A URL's user information may carry a password (a proxy's, or a tunnel's basic
	 * authentication), which {@code toString()} and startup reports already mask.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "twilio.base-url", "twilio.baseUrl", "TWILIO_BASEURL", "twilio.webhook.public-url",
			"twilio.webhook.publicUrl", "TWILIO_WEBHOOK_PUBLICURL" })
	void masksUrlsThatCarryUserInformation(String key) {
		assertThat(this.function.apply(new SanitizableData(null, key, "https://user:s3cr3t@example.ngrok.app"))
			.getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(this.function
			.apply(new SanitizableData(null, key, URI.create("https://user:s3cr3t@example.ngrok.app")))
			.getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(this.function.apply(new SanitizableData(null, key, "https://example.ngrok.app")).getValue())
			.isEqualTo("https://example.ngrok.app");
	}

	@Test
	void masksSecretsWhereverTheyAppearInOtherValues() {
		assertThat(sanitize("sun.java.command", "app.jar --twilio.auth-token=" + AUTH_TOKEN
				+ " --twilio.api-key.secret=" + API_KEY_SECRET + " --debug"))
			.isEqualTo("app.jar --twilio.auth-token=****** --twilio.api-key.secret=****** --debug");
		assertThat(sanitize("SPRING_APPLICATION_JSON", "{\"twilio\":{\"auth-token\":\"" + AUTH_TOKEN + "\"}}"))
			.isEqualTo("{\"twilio\":{\"auth-token\":\"******\"}}");
		assertThat(sanitize("MY_TWILIO_TOKEN", AUTH_TOKEN)).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(sanitize("MY_TWILIO_TOKEN", " " + AUTH_TOKEN + "\n")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(sanitize("greeting", "Hello " + AUTH_TOKEN + AUTH_TOKEN)).isEqualTo("Hello ************");
		assertThat(sanitize("config", new StringBuilder("token=").append(AUTH_TOKEN))).isEqualTo("token=******");
	}

	@Test
	void leavesValuesWithoutSecretsAlone() {
		assertThat(sanitize("sun.java.command", "app.jar --server.port=8080")).isEqualTo("app.jar --server.port=8080");
		assertThat(sanitize("partial", AUTH_TOKEN.substring(1))).isEqualTo(AUTH_TOKEN.substring(1));
		assertThat(sanitize("number", 42)).isEqualTo(42);
	}

	/**
	 * A short secret masked inside other text would garble unrelated values and, by where
	 * it matched, give itself away.
	 */
	@Test
	void masksShortSecretsOnlyWhereTheyAreTheWholeValue() {
		TwilioSanitizingFunction function = new TwilioSanitizingFunction(() -> List.of("1234567"));
		assertThat(function.apply(new SanitizableData(null, "MY_TOKEN", "1234567")).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(function.apply(new SanitizableData(null, "other", "id-1234567-x")).getValue())
			.isEqualTo("id-1234567-x");
		TwilioSanitizingFunction eight = new TwilioSanitizingFunction(() -> List.of("12345678"));
		assertThat(eight.apply(new SanitizableData(null, "other", "id-12345678-x")).getValue())
			.isEqualTo("id-******-x");
	}

	@Test
	void ignoresBlankSecrets() {
		TwilioSanitizingFunction function = new TwilioSanitizingFunction(() -> List.of("", "  "));
		assertThat(function.apply(new SanitizableData(null, "empty", "")).getValue()).isEqualTo("");
		assertThat(function.apply(new SanitizableData(null, "blank", "  ")).getValue()).isEqualTo("  ");
		assertThat(function.apply(new SanitizableData(null, "text", "a b")).getValue()).isEqualTo("a b");
	}

	@Test
	void masksASecretThatContainsAnotherWhole() {
		TwilioSanitizingFunction function = new TwilioSanitizingFunction(
				() -> List.of("abcdefgh", "abcdefgh-ijklmnop"));
		assertThat(function.apply(new SanitizableData(null, "text", "x abcdefgh-ijklmnop y abcdefgh")).getValue())
			.isEqualTo("x ****** y ******");
	}

	@Test
	void readsSecretsWhenSanitizingAndReusesThemForASecond() {
		List<String> secrets = new ArrayList<>();
		AtomicInteger reads = new AtomicInteger();
		AtomicLong now = new AtomicLong();
		TwilioSanitizingFunction function = new TwilioSanitizingFunction(() -> {
			reads.incrementAndGet();
			return List.copyOf(secrets);
		}, now::get);
		assertThat(reads).hasValue(0);
		secrets.add(AUTH_TOKEN);
		for (int i = 0; i < 100; i++) {
			assertThat(function.apply(new SanitizableData(null, "key" + i, "t=" + AUTH_TOKEN)).getValue())
				.isEqualTo("t=******");
		}
		assertThat(reads).hasValue(1);
		secrets.set(0, API_KEY_SECRET);
		now.addAndGet(TimeUnit.SECONDS.toNanos(1));
		assertThat(function.apply(new SanitizableData(null, "key", "t=" + API_KEY_SECRET)).getValue())
			.isEqualTo("t=******");
		assertThat(reads).hasValue(2);
	}

	private Object sanitize(String key, Object value) {
		return this.function.apply(new SanitizableData(null, key, value)).getValue();
	}

}
