package dev.twiliospring.autoconfigure.actuate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's auth token is masked like the application's, in every key form.
 */
class TwilioSanitizingFunctionEmulatorTests {

	@ParameterizedTest
	@ValueSource(strings = { "twilio.emulator.auth-token", "TWILIO_EMULATOR_AUTH_TOKEN", "twilio.emulator.authToken" })
	void emulatorAuthTokenIsMasked(String key) {
		assertThat(TwilioSanitizingFunction.isSensitive(key)).as(key).isTrue();
	}

}
