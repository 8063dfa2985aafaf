package dev.twiliospring.webhook;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the webhook payload types and {@link WebhookParameters}.
 */
class WebhookParametersNumberFormatTests {

	@ParameterizedTest
	@ValueSource(strings = { "0x1p3", "1.5f", "52.52d", "0x10", "1.5F" })
	void rejectsDecimalsThatAreNotDecimalNumbers(String value) {
		// getDouble promises an error for anything that is not a decimal number; Java's
		// hexadecimal floats and type suffixes are not how Twilio writes a coordinate
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> InboundMessage.from(params("Latitude", value)))
			.extracting(InvalidWebhookPayloadException::getParameterName)
			.isEqualTo("Latitude");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0663", "\u0661\u0660", "\uFF12" })
	void rejectsIntegersWrittenWithDigitsOtherThanAscii(String value) {
		// The media indexes are read as ASCII digits only; counts must follow the same rule
		// rather than read Arabic-Indic or full-width digits as another number
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> InboundMessage.from(params("NumMedia", value)))
			.extracting(InvalidWebhookPayloadException::getParameterName)
			.isEqualTo("NumMedia");
	}

	@ParameterizedTest
	@ValueSource(strings = { "52.52", "-13.4", "0", "+1.5", ".5", "5.", "1e2", "-1.25E-3", " 7 " })
	void stillReadsDecimalNumbers(String value) {
		assertThat(InboundMessage.from(params("Latitude", value)).latitude())
			.isEqualTo(Double.parseDouble(value.trim()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "10", "-1", "+3", "007", " 2 " })
	void stillReadsIntegers(String value) {
		assertThat(InboundMessage.from(params("NumMedia", value)).numMedia())
			.isEqualTo(Integer.parseInt(value.trim()));
	}

	private static WebhookParameters params(String name, String value) {
		return WebhookParameters.of(Map.of(name, List.of(value)));
	}

}
