package dev.twiliospring.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioDomain}.
 */
class TwilioDomainTests {

	@Test
	void normalizesToLowerCaseHostLabel() {
		assertThat(TwilioDomain.of(" Verify ")).isEqualTo(TwilioDomain.VERIFY);
		assertThat(TwilioDomain.API.name()).isEqualTo("api");
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioDomain.of("api.evil.example"))
			.withMessageContaining("not a valid host label");
	}

	@Test
	void rejectsNonHostLabels() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioDomain.of("-api"));
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioDomain.of(""));
	}

}
