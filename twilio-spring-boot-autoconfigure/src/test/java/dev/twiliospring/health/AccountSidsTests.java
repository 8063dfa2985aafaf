package dev.twiliospring.health;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AccountSids}.
 */
class AccountSidsTests {

	@Test
	void keepsPrefixAndLastFourCharacters() {
		assertThat(AccountSids.mask("AC12aaaaaaaaaaaaaaaaaaaaaaaaaacdef")).isEqualTo("AC12\u2026cdef");
	}

	@Test
	void masksShortValuesEntirely() {
		assertThat(AccountSids.mask("AC12345")).isEqualTo("****");
	}

}
