package dev.twiliospring.test;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioSids}.
 */
class TwilioSidsTests {

	@Test
	void nextSidIsASidWithItsPrefix() {
		String sid = TwilioSids.next(TwilioSids.MESSAGE);
		assertThat(sid).startsWith("SM").hasSize(34);
		assertThat(TwilioSids.isSid(TwilioSids.MESSAGE, sid)).isTrue();
	}

	@Test
	void prefixUpperCasedUnderTheTurkishLocaleIsRefused() {
		// "is" upper-cased with the Turkish rules is "İS", with a dotted capital I
		String prefix = "is".toUpperCase(Locale.forLanguageTag("tr"));
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioSids.next(prefix))
			.withMessageContaining("SID prefix must be two capital letters");
	}

	@Test
	void prefixOfCapitalsBeyondAsciiIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioSids.next("ÄÖ"))
			.withMessageContaining("'ÄÖ'");
	}

	@Test
	void prefixOfLowerCaseLettersIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioSids.next("sm"));
	}

}
