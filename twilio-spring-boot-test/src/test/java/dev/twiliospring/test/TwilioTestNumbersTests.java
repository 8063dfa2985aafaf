package dev.twiliospring.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioTestNumbers}.
 */
class TwilioTestNumbersTests {

	@Test
	void locationOfANumberOutsideNorthAmericaHasTheCountryOfItsCallingCode() {
		assertThat(TwilioTestNumbers.location("+34612345678").isoCountry()).isEqualTo("ES");
		assertThat(TwilioTestNumbers.location("+819012345678").isoCountry()).isEqualTo("JP");
		assertThat(TwilioTestNumbers.location("+5511912345678").isoCountry()).isEqualTo("BR");
		assertThat(TwilioTestNumbers.location("+919876543210").isoCountry()).isEqualTo("IN");
		assertThat(TwilioTestNumbers.location("+966501234567").isoCountry()).isEqualTo("SA");
		assertThat(TwilioTestNumbers.location("+66812345678").isoCountry()).isEqualTo("TH");
		assertThat(TwilioTestNumbers.location("+905321234567").isoCountry()).isEqualTo("TR");
		assertThat(TwilioTestNumbers.location("+2348012345678").isoCountry()).isEqualTo("NG");
		assertThat(TwilioTestNumbers.location("+79123456789").isoCountry()).isEqualTo("RU");
		assertThat(TwilioTestNumbers.location("whatsapp:+5215512345678").isoCountry()).isEqualTo("MX");
	}

	@Test
	void locationOfANumberInTheCaribbeanHasItsCountryNotTheUs() {
		assertThat(TwilioTestNumbers.location("+18765551234").isoCountry()).isEqualTo("JM");
		assertThat(TwilioTestNumbers.location("+17875551234").isoCountry()).isEqualTo("PR");
		assertThat(TwilioTestNumbers.location("+18095551234").isoCountry()).isEqualTo("DO");
		assertThat(TwilioTestNumbers.location("+12125550100").isoCountry()).isEqualTo("US");
		assertThat(TwilioTestNumbers.location("+15145550100").isoCountry()).isEqualTo("CA");
	}

	@Test
	void locationOfANumberWithAnUnassignedCallingCodeHasNoCountry() {
		assertThat(TwilioTestNumbers.location("+99912345678").isoCountry()).isEmpty();
		assertThat(TwilioTestNumbers.location("not a number").isoCountry()).isEmpty();
	}

}
