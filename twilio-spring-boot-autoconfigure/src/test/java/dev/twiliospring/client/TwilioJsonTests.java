package dev.twiliospring.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioJson}.
 */
class TwilioJsonTests {

	private final JsonMapper mapper = TwilioJson.createMapper();

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
	void ignoresUnknownFields() {
		Dated dated = this.mapper.readValue("{\"date_created\":null,\"brand_new_field\":{\"x\":1}}", Dated.class);
		assertThat(dated.dateCreated()).isNull();
	}

	record Dated(@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated) {

	}

}
