package dev.twiliospring.client;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioJson}.
 */
class TwilioJsonTests {

	private final JsonMapper mapper = TwilioJson.createMapper();

	@Test
	void readsTwilioEnumsWithoutTheirCreatorAsTheCreatorWould() {
		assertThat(this.mapper.readValue("\"DELIVERED\"", Message.Status.class))
			.isSameAs(Message.Status.DELIVERED);
		assertThat(this.mapper.readValue("\"in-progress\"", Call.Status.class))
			.isSameAs(Call.Status.IN_PROGRESS);
		assertThat(this.mapper.readValue("\"not-yet-invented\"", Call.Status.class))
			.isSameAs(Call.Status.UNKNOWN);
		assertThat(this.mapper.readValue("null", Call.Status.class)).isNull();
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.mapper.readValue("42", Call.Status.class));
		// The creator's own answer for the same values
		assertThat(Call.Status.from("not-yet-invented"))
			.isSameAs(Call.Status.UNKNOWN);
		assertThat(new TwilioJson.TwilioEnumDeserializers().hasDeserializerFor(null,
				Call.Status.class))
			.isTrue();
		assertThat(new TwilioJson.TwilioEnumDeserializers().hasDeserializerFor(null, DayOfWeek.class))
			.isFalse();
	}

	@Test
	void readsTwilioEnumsByValueThenConstantNameThenAsUnknown() {
		JsonMapper applicationMapper = JsonMapper.builder().build();
		for (JsonMapper mapper : new JsonMapper[] { this.mapper, applicationMapper }) {
			assertThat(status(mapper, "in-progress")).isSameAs(Call.Status.IN_PROGRESS);
			assertThat(status(mapper, "IN_PROGRESS")).isSameAs(Call.Status.IN_PROGRESS);
			assertThat(status(mapper, "In-Progress")).isSameAs(Call.Status.IN_PROGRESS);
			assertThat(status(mapper, " no-answer ")).isSameAs(Call.Status.NO_ANSWER);
			assertThat(status(mapper, "in_progress")).isSameAs(Call.Status.UNKNOWN);
			assertThat(status(mapper, "on-the-moon")).isSameAs(Call.Status.UNKNOWN);
			assertThat(mapper.readValue("\"MACHINE_START\"", Call.AnsweredBy.class))
				.isSameAs(Call.AnsweredBy.MACHINE_START);
		}
	}

	private static Call.@Nullable Status status(JsonMapper mapper, String value) {
		return mapper.readValue("{\"sid\":\"CA1\",\"status\":\"" + value + "\"}", Call.class).status();
	}

	@Test
	void readsTwilioDateShapesAsTheFormattersDo() {
		ZonedDateTime start = ZonedDateTime.of(1999, 12, 31, 23, 59, 58, 0, ZoneOffset.UTC);
		for (int hours = 0; hours < 24 * 800; hours += 7) {
			ZonedDateTime date = start.plusHours(hours).plusSeconds(hours % 61);
			String rfc = DateTimeFormatter.RFC_1123_DATE_TIME.format(date).replace(" GMT", " +0000");
			if (rfc.length() == 30) {
				// Twilio pads the day of the month to two digits
				rfc = rfc.substring(0, 5) + "0" + rfc.substring(5);
			}
			String iso = DateTimeFormatter.ISO_INSTANT.format(date);
			assertThat(TwilioJson.parseCommonShape(rfc)).as(rfc).isEqualTo(date.toOffsetDateTime());
			assertThat(TwilioJson.parseCommonShape(iso)).as(iso).isEqualTo(date.toOffsetDateTime());
			assertThat(TwilioJson.parseDateTime(rfc)).isEqualTo(OffsetDateTime.parse(rfc,
					DateTimeFormatter.RFC_1123_DATE_TIME));
		}
	}

	@Test
	void leavesOtherShapesAndImpossibleDatesToTheFormatters() {
		// Wrong day of the week, impossible dates and other offsets are not the common shape
		assertThat(TwilioJson.parseCommonShape("Fri, 30 Jul 2015 20:12:31 +0000")).isNull();
		assertThat(TwilioJson.parseCommonShape("Thu, 31 Feb 2015 20:12:31 +0000")).isNull();
		assertThat(TwilioJson.parseCommonShape("Thu, 30 Jul 2015 20:12:31 +0200")).isNull();
		assertThat(TwilioJson.parseCommonShape("Thu, 30 Jly 2015 20:12:31 +0000")).isNull();
		assertThat(TwilioJson.parseCommonShape("2015-07-30T25:12:31Z")).isNull();
		assertThat(TwilioJson.parseCommonShape("2015-07-30T20:12:3xZ")).isNull();
		assertThat(TwilioJson.parseCommonShape("2015-07-30T20:12:31.5Z")).isNull();
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> TwilioJson.parseDateTime("Fri, 30 Jul 2015 20:12:31 +0000"));
		assertThat(TwilioJson.parseDateTime("2015-07-30T20:12:31.5Z"))
			.isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 500_000_000, ZoneOffset.UTC));
	}

	@Test
	void readsRfc2822AndIso8601Dates() {
		Dated rfc = this.mapper.readValue("{\"date_created\":\"Thu, 30 Jul 2015 20:12:31 +0000\"}", Dated.class);
		Dated iso = this.mapper.readValue("{\"date_created\":\"2015-07-30T20:12:31Z\"}", Dated.class);
		Dated offset = this.mapper.readValue("{\"date_created\":\"Thu, 30 Jul 2015 22:12:31 +0200\"}", Dated.class);
		OffsetDateTime expected = OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 0, ZoneOffset.UTC);
		assertThat(rfc.dateCreated()).isEqualTo(expected);
		assertThat(iso.dateCreated()).isEqualTo(expected);
		assertThat(offset.dateCreated()).isNotNull();
		assertThat(offset.dateCreated().toInstant()).isEqualTo(expected.toInstant());
	}

	@Test
	void readsRfc2822DatesInTheObsoleteZeroOffsetZonesUtAndGmt() {
		OffsetDateTime expected = OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 0, ZoneOffset.UTC);
		assertThat(TwilioJson.parseDateTime("Thu, 30 Jul 2015 20:12:31 UT")).isEqualTo(expected);
		assertThat(TwilioJson.parseDateTime("30 Jul 2015 20:12:31 ut")).isEqualTo(expected);
		assertThat(TwilioJson.parseDateTime("Thu, 30 Jul 2015 20:12:31 GMT")).isEqualTo(expected);
		assertThat(this.mapper.readValue("{\"date_created\":\"Thu, 30 Jul 2015 20:12:31 UT\"}", Dated.class)
			.dateCreated()).isEqualTo(expected);
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> TwilioJson.parseDateTime("Thu, 30 Jul 2015 20:12:31 XUT"));
	}

	@Test
	void readsBlankAndNullDatesAsNull() {
		assertThat(this.mapper.readValue("{\"date_created\":\"\"}", Dated.class).dateCreated()).isNull();
		assertThat(this.mapper.readValue("{\"date_created\":null}", Dated.class).dateCreated()).isNull();
	}

	@Test
	void rejectsUnreadableDate() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"date_created\":\"yesterday\"}", Dated.class))
			.withMessageContaining("RFC 2822 or ISO-8601");
	}

	@Test
	void readsAmountsGivenAsStringsOrNumbersExactly() {
		assertThat(this.mapper.readValue("{\"price\":\"-0.00750\"}", Priced.class).price())
			.isEqualByComparingTo("-0.0075")
			.hasToString("-0.00750");
		assertThat(this.mapper.readValue("{\"price\":\" 1.5E+3 \"}", Priced.class).price())
			.isEqualByComparingTo("1500");
		assertThat(this.mapper.readValue("{\"price\":0.1}", Priced.class).price()).hasToString("0.1");
		assertThat(this.mapper.readValue("{\"price\":-7}", Priced.class).price()).hasToString("-7");
	}

	@Test
	void readsBlankAndNullAmountsAsNull() {
		assertThat(this.mapper.readValue("{\"price\":\"\"}", Priced.class).price()).isNull();
		assertThat(this.mapper.readValue("{\"price\":\"  \"}", Priced.class).price()).isNull();
		assertThat(this.mapper.readValue("{\"price\":null}", Priced.class).price()).isNull();
	}

	@Test
	void rejectsAmountsThatAreNoNumberOrTooLongNamingTheField() {
		for (String json : new String[] { "\"free\"", "\"1.2.3\"", "\"NaN\"", "\"0x10\"", "true", "[1]",
				"\"" + "9".repeat(1001) + "\"" }) {
			assertThatExceptionOfType(DatabindException.class)
				.as(json.substring(0, Math.min(20, json.length())))
				.isThrownBy(() -> this.mapper.readValue("{\"price\":" + json + "}", Priced.class))
				.withMessageContaining("price");
		}
		assertThat(this.mapper.readValue("{\"price\":\"" + "9".repeat(1000) + "\"}", Priced.class).price())
			.hasToString("9".repeat(1000));
	}

	@Test
	void ignoresUnknownFields() {
		Dated dated = this.mapper.readValue("{\"date_created\":null,\"brand_new_field\":{\"x\":1}}", Dated.class);
		assertThat(dated.dateCreated()).isNull();
	}

	@Test
	void createsRecordsThroughTheirConstructorWithJacksonsErrorReporting() {
		Counted counted = this.mapper.readValue("{\"name\":\"a\",\"num_media\":\"3\",\"ignored\":1}",
				Counted.class);
		assertThat(counted).isEqualTo(new Counted("a", 3, 0L));
		assertThat(this.mapper.readValue("{}", Counted.class)).isEqualTo(new Counted(null, 0, 0L));
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"num_media\":-1}", Counted.class))
			.withMessageContaining("num_media must not be negative");
	}

	record Counted(@Nullable String name, @JsonProperty("num_media") int numMedia, long size) {

		Counted {
			if (numMedia < 0) {
				throw new IllegalArgumentException("num_media must not be negative");
			}
		}

	}

	record Priced(@Nullable BigDecimal price) {

	}

	record Dated(@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated) {

	}

}
