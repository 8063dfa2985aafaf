package dev.twiliospring.client;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import dev.twiliospring.client.api.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioParameters}.
 */
class TwilioParametersTests {

	@Test
	void formatsValuesTheWayTwilioExpects() {
		TwilioParameters parameters = TwilioParameters.builder()
			.add("Instant", Instant.parse("2025-05-01T10:15:30.999Z"))
			.add("Offset", OffsetDateTime.of(2025, 5, 1, 12, 15, 30, 0, ZoneOffset.ofHours(2)))
			.add("Zoned", ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneId.of("America/New_York")))
			.add("Date", LocalDate.of(2025, 5, 1))
			.add("Decimal", new BigDecimal("1E-3"))
			.add("Flag", true)
			.add("Number", 42)
			.add("Uri", URI.create("https://example.com/x?y=1"))
			.add("Status", Message.Status.CANCELED)
			.add("Empty", "")
			.build();
		assertThat(parameters.asMap()).containsExactly(Map.entry("Instant", List.of("2025-05-01T10:15:30Z")),
				Map.entry("Offset", List.of("2025-05-01T10:15:30Z")), Map.entry("Zoned", List.of("2025-01-01T05:00:00Z")),
				Map.entry("Date", List.of("2025-05-01")), Map.entry("Decimal", List.of("0.001")),
				Map.entry("Flag", List.of("true")), Map.entry("Number", List.of("42")),
				Map.entry("Uri", List.of("https://example.com/x?y=1")), Map.entry("Status", List.of("canceled")),
				Map.entry("Empty", List.of("")));
	}

	@Test
	void addRepeatsAndSetReplaces() {
		TwilioParameters.Builder builder = TwilioParameters.builder()
			.add("MediaUrl", "a")
			.add("MediaUrl", List.of("b", "c"))
			.add("MediaUrl", new String[] { "d" })
			.add("Ignored", null);
		assertThat(builder.build().get("MediaUrl")).containsExactly("a", "b", "c", "d");
		assertThat(builder.build().contains("Ignored")).isFalse();
		builder.set("MediaUrl", "z");
		assertThat(builder.build().get("MediaUrl")).containsExactly("z");
		builder.set("MediaUrl", null);
		assertThat(builder.build().isEmpty()).isTrue();
	}

	@Test
	void rejectsLocalDateTimeBecauseItHasNoZone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioParameters.builder().add("SendAt", LocalDateTime.of(2025, 5, 1, 10, 0)))
			.withMessageContaining("no time zone");
	}

	@Test
	void sendsLegacyDatesAsInstantsWhateverTheDefaultTimeZone() {
		TimeZone timeZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
		try {
			Instant sent = Instant.parse("2026-11-22T10:00:00Z");
			Calendar calendar = Calendar.getInstance();
			calendar.setTime(Date.from(sent));
			TwilioParameters parameters = TwilioParameters.builder()
				.add("DateSent>", Date.from(sent))
				.add("Timestamp", java.sql.Timestamp.from(sent))
				.add("Calendar", calendar)
				.add("Day", java.sql.Date.valueOf(LocalDate.of(2026, 11, 22)))
				.build();
			assertThat(parameters.asMap()).containsExactly(Map.entry("DateSent>", List.of("2026-11-22T10:00:00Z")),
					Map.entry("Timestamp", List.of("2026-11-22T10:00:00Z")),
					Map.entry("Calendar", List.of("2026-11-22T10:00:00Z")), Map.entry("Day", List.of("2026-11-22")));
		}
		finally {
			TimeZone.setDefault(timeZone);
		}
	}

	@Test
	void builtParametersAreImmutableCopies() {
		TwilioParameters.Builder builder = TwilioParameters.builder().add("To", "+1");
		TwilioParameters parameters = builder.build();
		builder.add("To", "+2");
		assertThat(parameters.get("To")).containsExactly("+1");
		assertThat(parameters.mutate().add("From", "+3").build().asMap()).containsOnlyKeys("To", "From");
	}

	@Test
	void builderChangedAfterBuildLeavesWhatItBuiltAsItWas() {
		TwilioParameters.Builder builder = TwilioParameters.builder().set("To", "+1").add("MediaUrl", "a");
		TwilioParameters first = builder.build();
		builder.set("To", "+2").add("MediaUrl", "b");
		TwilioParameters second = builder.build();
		builder.remove("MediaUrl");
		assertThat(first.get("To")).containsExactly("+1");
		assertThat(first.get("MediaUrl")).containsExactly("a");
		assertThat(second.get("To")).containsExactly("+2");
		assertThat(second.get("MediaUrl")).containsExactly("a", "b");
		assertThat(builder.build().asMap()).containsOnlyKeys("To");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> first.asMap().get("MediaUrl").add("c"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> first.asMap().remove("To"));
	}

	@Test
	void parametersPassedOnWholeAreSharedUntilChanged() {
		TwilioParameters built = TwilioParameters.builder().add("To", "+1").add("MediaUrl", "a").build();
		TwilioParameters.Builder adopting = TwilioParameters.builder().addAll(built);
		assertThat(adopting.build()).isSameAs(built);
		assertThat(adopting.contains("To")).isTrue();
		assertThat(adopting.getFirst("MediaUrl")).isEqualTo("a");
		adopting.add("MediaUrl", "b").remove("To");
		assertThat(adopting.build().asMap()).containsOnlyKeys("MediaUrl");
		assertThat(adopting.build().get("MediaUrl")).containsExactly("a", "b");
		assertThat(built.get("MediaUrl")).containsExactly("a");
		assertThat(built.get("To")).containsExactly("+1");
		TwilioParameters.Builder mutated = built.mutate();
		mutated.set("To", "+2");
		assertThat(built.get("To")).containsExactly("+1");
		assertThat(mutated.build().get("To")).containsExactly("+2");
	}

	@Test
	void sendsTwilioEnumsAsTheirValueWhateverTheirToString() {
		TwilioParameters parameters = TwilioParameters.builder()
			.add("Derived", Speed.VERY_FAST)
			.add("Spelled", Speed.SLOW)
			.build();
		assertThat(Speed.VERY_FAST).hasToString("VERY_FAST");
		assertThat(parameters.get("Derived")).containsExactly("very-fast");
		assertThat(parameters.get("Spelled")).containsExactly("Slow");
	}

	@Test
	void toStringShowsNamesOnly() {
		TwilioParameters parameters = TwilioParameters.builder()
			.add("To", "+15558675310")
			.add("SipAuthPassword", "hunter2")
			.build();
		assertThat(parameters).hasToString("TwilioParameters[To, SipAuthPassword]");
	}

	enum Speed implements TwilioEnum {

		VERY_FAST, SLOW {

			@Override
			public String value() {
				return "Slow";
			}

		}

	}

}
