package dev.twiliospring.twiml;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the {@link java.time.Duration} setters of the builders: the reference types
 * these attributes as integers, so a duration beyond the integer range is refused like
 * any other bad value, never rendered or thrown as an arithmetic error.
 */
class TwimlDurationRangeTests {

	@Test
	void secondsFromADurationStayWithinTheIntegerRangeOfTheAttribute() {
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Dial.builder().timeLimit(Duration.ofSeconds(Integer.MAX_VALUE + 1L)))
			.withMessageContaining("timeLimit");
		assertThat(VoiceResponse.builder()
			.dial(Dial.builder().timeLimit(Duration.ofSeconds(Integer.MAX_VALUE)).number("+15551230001"))
			.build()
			.toXml()).contains("timeLimit=\"" + Integer.MAX_VALUE + "\"");
	}

	@Test
	void millisecondsFromADurationStayWithinTheIntegerRangeOfTheAttribute() {
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> Number.of("+15551230001").machineDetectionSilenceTimeout(Duration.ofDays(30)))
			.withMessageContaining("machineDetectionSilenceTimeout");
	}

	@Test
	void hugeDurationIsRefusedWithATwimlException() {
		assertThatExceptionOfType(TwimlException.class)
			.isThrownBy(() -> SsmlBreak.builder().time(Duration.ofSeconds(Long.MAX_VALUE)));
	}

}
