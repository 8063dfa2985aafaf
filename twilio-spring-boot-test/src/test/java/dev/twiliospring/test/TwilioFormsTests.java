package dev.twiliospring.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioForms}.
 */
class TwilioFormsTests {

	@Test
	void encodesInUtf8ByDefault() {
		assertThat(TwilioForms.encode(Map.of("Body", List.of("Grüße 👋"))))
			.isEqualTo("Body=Gr%C3%BC%C3%9Fe+%F0%9F%91%8B");
	}

	@Test
	void encodesInTheGivenCharset() {
		String form = TwilioForms.encode(Map.of("FromCity", List.of("MÜNCHEN")), StandardCharsets.ISO_8859_1);
		assertThat(form).isEqualTo("FromCity=M%DCNCHEN");
		assertThat(TwilioForms.decode(form, StandardCharsets.ISO_8859_1)).containsEntry("FromCity",
				List.of("MÜNCHEN"));
	}

	@Test
	void refusesAValueThatTheCharsetCannotEncode() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioForms.encode(Map.of("Body", List.of("Hi 👋")), StandardCharsets.ISO_8859_1))
			.withMessage("Form parameter 'Body' has characters that ISO-8859-1 cannot encode: 'Hi 👋'");
	}

}
