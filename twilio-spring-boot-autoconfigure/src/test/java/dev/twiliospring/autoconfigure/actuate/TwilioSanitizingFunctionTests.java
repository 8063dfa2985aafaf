package dev.twiliospring.autoconfigure.actuate;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioSanitizingFunction}.
 */
class TwilioSanitizingFunctionTests {

	private final TwilioSanitizingFunction function = new TwilioSanitizingFunction();

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

}
