package dev.twiliospring.test.emulator;

import java.time.Duration;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.lookups.LookupField;
import dev.twiliospring.client.lookups.PhoneNumberLookup;
import dev.twiliospring.client.lookups.PhoneNumberLookup.ValidationError;
import dev.twiliospring.client.lookups.PhoneNumberLookupRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the Lookup v2 phone numbers of {@link TwilioEmulator}.
 */
class TwilioEmulatorLookupTests {

	private static final String CUSTOMER = "+14155550100";

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void basicLookupOfE164NumberIsValidWithItsFormats() {
		PhoneNumberLookup lookup = this.client.lookups().lookup(CUSTOMER);
		assertThat(lookup.isValid()).isTrue();
		assertThat(lookup.phoneNumber()).isEqualTo(CUSTOMER);
		assertThat(lookup.callingCountryCode()).isEqualTo("1");
		assertThat(lookup.countryCode()).isEqualTo("US");
		assertThat(lookup.nationalFormat()).isEqualTo("(415) 555-0100");
		assertThat(lookup.validationErrors()).isNull();
		assertThat(lookup.lineTypeIntelligence()).isNull();
		assertThat(lookup.url()).isEqualTo(this.emulator.baseUrl() + "/v2/PhoneNumbers/" + CUSTOMER);
	}

	@Test
	void answersWithEveryFieldOfTheSpecificationAndNullForPackagesNotRequested() {
		JsonNode json = this.client.execute(TwilioRequest.get(TwilioDomain.LOOKUPS, "/v2/PhoneNumbers/{PhoneNumber}")
			.pathVariable("PhoneNumber", CUSTOMER)
			.build(), JsonNode.class);
		assertThat(json.propertyNames()).containsExactly("calling_country_code", "country_code", "phone_number",
				"national_format", "valid", "validation_errors", "caller_name", "sim_swap", "call_forwarding",
				"line_status", "line_type_intelligence", "identity_match", "reassigned_number", "sms_pumping_risk",
				"phone_number_quality_score", "pre_fill", "url");
		assertThat(json.get("sim_swap").isNull()).isTrue();
	}

	@Test
	void postToPhoneNumberIsRefusedWith405() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest.post(TwilioDomain.LOOKUPS, "/v2/PhoneNumbers/{PhoneNumber}")
				.pathVariable("PhoneNumber", CUSTOMER)
				.build(), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(405))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20004));
	}

	@Test
	void nationalNumberIsNormalisedWithCountryCode() {
		PhoneNumberLookup gb = this.client.lookups()
			.phoneNumbers()
			.fetch(PhoneNumberLookupRequest.builder("07400 123456").countryCode("GB").build());
		assertThat(gb.isValid()).isTrue();
		assertThat(gb.phoneNumber()).isEqualTo("+447400123456");
		assertThat(gb.countryCode()).isEqualTo("GB");
		assertThat(gb.callingCountryCode()).isEqualTo("44");
		assertThat(gb.nationalFormat()).isEqualTo("07400 123456");
		PhoneNumberLookup fr = this.client.lookups()
			.phoneNumbers()
			.fetch(PhoneNumberLookupRequest.builder("06 12 34 56 78").countryCode("fr").build());
		assertThat(fr.phoneNumber()).isEqualTo("+33612345678");
		assertThat(fr.nationalFormat()).isEqualTo("06 12 34 56 78");
		PhoneNumberLookup au = this.client.lookups()
			.phoneNumbers()
			.fetch(PhoneNumberLookupRequest.builder("0412 345 678").countryCode("AU").build());
		assertThat(au.phoneNumber()).isEqualTo("+61412345678");
		assertThat(au.nationalFormat()).isEqualTo("0412 345 678");
	}

	@Test
	void nationalNumberWithoutCountryCodeIsNorthAmerican() {
		PhoneNumberLookup lookup = this.client.lookups().lookup("(416) 555-0100");
		assertThat(lookup.isValid()).isTrue();
		assertThat(lookup.phoneNumber()).isEqualTo("+14165550100");
		assertThat(lookup.countryCode()).isEqualTo("CA");
		assertThat(this.client.lookups().lookup("1 415 555 0100").phoneNumber()).isEqualTo(CUSTOMER);
	}

	@Test
	void impossibleNumberAnswersInvalidWithItsReasonInsteadOfNotFound() {
		PhoneNumberLookup tooLong = this.client.lookups().lookup("+141555501000", LookupField.LINE_TYPE_INTELLIGENCE);
		assertThat(tooLong.isValid()).isFalse();
		assertThat(tooLong.validationErrors()).containsExactly(ValidationError.TOO_LONG);
		assertThat(tooLong.phoneNumber()).isEqualTo("+141555501000");
		assertThat(tooLong.countryCode()).isNull();
		assertThat(tooLong.nationalFormat()).isNull();
		assertThat(tooLong.lineTypeIntelligence()).isNull();
		assertThat(this.client.lookups().lookup("+1415555").validationErrors())
			.containsExactly(ValidationError.TOO_SHORT);
		assertThat(this.client.lookups().lookup("+14151550100").validationErrors())
			.containsExactly(ValidationError.INVALID_BUT_POSSIBLE);
		assertThat(this.client.lookups().lookup("+0123456789").validationErrors())
			.containsExactly(ValidationError.INVALID_COUNTRY_CODE);
		PhoneNumberLookup text = this.client.lookups().lookup("call me");
		assertThat(text.validationErrors()).containsExactly(ValidationError.NOT_A_NUMBER);
		assertThat(text.phoneNumber()).isEqualTo("call me");
	}

	@Test
	void magicInvalidNumberIsInvalid() {
		PhoneNumberLookup lookup = this.client.lookups().lookup(TwilioTestNumbers.INVALID);
		assertThat(lookup.isValid()).isFalse();
		assertThat(lookup.validationErrors()).containsExactly(ValidationError.INVALID_BUT_POSSIBLE);
	}

	@Test
	void lineTypeIntelligenceIsMobileForOrdinaryNumbers() {
		PhoneNumberLookup lookup = this.client.lookups().lookup(CUSTOMER, LookupField.LINE_TYPE_INTELLIGENCE);
		assertThat(lookup.lineTypeIntelligence()).isNotNull();
		assertThat(lookup.lineTypeIntelligence().type()).isEqualTo("mobile");
		assertThat(lookup.lineTypeIntelligence().mobileCountryCode()).isEqualTo("310");
		assertThat(lookup.lineTypeIntelligence().carrierName()).isNotBlank();
		assertThat(lookup.lineTypeIntelligence().errorCode()).isNull();
	}

	@Test
	void lineTypeIntelligenceFollowsTheNumberingPlanAndMagicNumbers() {
		assertThat(type(TwilioTestNumbers.NOT_SMS_CAPABLE)).isEqualTo("landline");
		assertThat(type("+18005550100")).isEqualTo("tollFree");
		assertThat(type("+442079460018")).isEqualTo("landline");
		assertThat(type("+447400123456")).isEqualTo("mobile");
		assertThat(type("+33912345678")).isEqualTo("fixedVoip");
		assertThat(type("+33112345678")).isEqualTo("landline");
		assertThat(type("+61212345678")).isEqualTo("landline");
		assertThat(type("+61412345678")).isEqualTo("mobile");
	}

	@Test
	void testChoosesTheLineTypeOfANumberUntilReset() {
		this.emulator.setLineType(CUSTOMER, "nonFixedVoip");
		assertThat(type(CUSTOMER)).isEqualTo("nonFixedVoip");
		this.emulator.reset();
		assertThat(type(CUSTOMER)).isEqualTo("mobile");
		this.emulator.setLineType(CUSTOMER, "landline");
		this.emulator.setLineType(CUSTOMER, null);
		assertThat(type(CUSTOMER)).isEqualTo("mobile");
	}

	@Test
	void packagesTheEmulatorHasNoDataForAnswerNotEnabled() {
		PhoneNumberLookup lookup = this.client.lookups()
			.lookup(CUSTOMER, LookupField.VALIDATION, LookupField.SIM_SWAP, LookupField.CALLER_NAME,
					LookupField.REASSIGNED_NUMBER, LookupField.PRE_FILL);
		assertThat(lookup.isValid()).isTrue();
		assertThat(lookup.simSwap().errorCode()).isEqualTo(60606);
		assertThat(lookup.callerName().errorCode()).isEqualTo(60606);
		assertThat(lookup.reassignedNumber().errorCode()).isEqualTo("60606");
		assertThat(lookup.preFill()).containsEntry("error_code", 60606);
		assertThat(lookup.lineTypeIntelligence()).isNull();
	}

	@Test
	void numberOfCountryNotEmulatedSaysSo() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.lookups().lookup("+81312345678"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("looks up numbers of the US and Canada"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.lookups()
				.phoneNumbers()
				.fetch(PhoneNumberLookupRequest.builder("0312345678").countryCode("JP").build()))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("not the country JP"));
	}

	@Test
	void lookupNeedsTheAccountCredentials() {
		try (TwilioClient stranger = TwilioClient.builder()
			.accountSid(this.emulator.accountSid())
			.authToken("wrong-token")
			.baseUrl(this.emulator.baseUrl())
			.build()) {
			assertThatExceptionOfType(TwilioApiException.class)
				.isThrownBy(() -> stranger.lookups().lookup(CUSTOMER))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401));
		}
	}

	private String type(String number) {
		PhoneNumberLookup lookup = this.client.lookups().lookup(number, LookupField.LINE_TYPE_INTELLIGENCE);
		assertThat(lookup.isValid()).isTrue();
		return lookup.lineTypeIntelligence().type();
	}

}
