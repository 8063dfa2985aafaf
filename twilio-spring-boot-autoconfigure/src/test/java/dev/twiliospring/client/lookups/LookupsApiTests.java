package dev.twiliospring.client.lookups;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.lookups.PhoneNumberLookup.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LookupsApi} and {@link PhoneNumberLookupResource}.
 */
class LookupsApiTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final LookupsApi lookups = this.server.clientBuilder().listener(this.listener).build().lookups();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void basicLookupSendsNoFields() {
		this.server.enqueue(Response.fixture(200, "lookups/basic.json"));
		PhoneNumberLookup lookup = this.lookups.lookup("+14159929960");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v2/PhoneNumbers/%2B14159929960");
		assertThat(request.rawQuery()).isNull();
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.LOOKUPS);
		assertThat(context.pathTemplate()).isEqualTo("/v2/PhoneNumbers/{PhoneNumber}");
		assertThat(lookup.isValid()).isTrue();
		assertThat(lookup.validationErrors()).isNull();
		assertThat(lookup.callingCountryCode()).isEqualTo("1");
		assertThat(lookup.countryCode()).isEqualTo("US");
		assertThat(lookup.phoneNumber()).isEqualTo("+14159929960");
		assertThat(lookup.nationalFormat()).isEqualTo("(415) 992-9960");
		assertThat(lookup.lineTypeIntelligence()).isNull();
		assertThat(lookup.url()).isEqualTo("https://lookups.twilio.com/v2/PhoneNumbers/+14159929960");
	}

	@Test
	void rendersFieldsCommaSeparatedWithCountryCode() {
		this.server.enqueue(Response.fixture(200, "lookups/basic.json"));
		this.lookups.phoneNumbers()
			.fetch(PhoneNumberLookupRequest.builder("(415) 992-9960")
				.fields(LookupField.LINE_TYPE_INTELLIGENCE, LookupField.VALIDATION)
				.fields(List.of(LookupField.SMS_PUMPING_RISK))
				.countryCode("US")
				.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/v2/PhoneNumbers/%28415%29%20992-9960");
		assertThat(request.query()).containsExactly(
				Map.entry("Fields", List.of("validation,line_type_intelligence,sms_pumping_risk")),
				Map.entry("CountryCode", List.of("US")));
		assertThat(request.rawQuery()).isEqualTo("Fields=validation%2Cline_type_intelligence%2Csms_pumping_risk&CountryCode=US");
	}

	@Test
	void sendsIdentityMatchAndReassignedNumberInputs() {
		this.server.enqueue(Response.fixture(200, "lookups/all-packages.json"));
		PhoneNumberLookupRequest request = PhoneNumberLookupRequest.builder("+14159929960")
			.fields(LookupField.IDENTITY_MATCH, LookupField.REASSIGNED_NUMBER)
			.firstName("Jane")
			.lastName("Doe")
			.nationalId("123-45-6789")
			.dateOfBirth(LocalDate.of(1990, 12, 14))
			.lastVerifiedDate(LocalDate.of(2020, 12, 27))
			.build();
		this.lookups.phoneNumbers().fetch(request);
		Map<String, List<String>> query = this.server.takeRequest().query();
		assertThat(query.get("Fields")).containsExactly("identity_match,reassigned_number");
		assertThat(query.get("DateOfBirth")).containsExactly("19901214");
		assertThat(query.get("LastVerifiedDate")).containsExactly("20201227");
		assertThat(query.get("NationalId")).containsExactly("123-45-6789");
		assertThat(request.toString()).doesNotContain("123-45-6789").doesNotContain("Jane").contains("NationalId");
	}

	@Test
	void mapsEveryDataPackage() {
		this.server.enqueue(Response.fixture(200, "lookups/all-packages.json"));
		PhoneNumberLookup lookup = this.lookups.lookup("+14159929960", LookupField.values());
		assertThat(this.server.takeRequest().query().get("Fields")).containsExactly(
				"validation,caller_name,sim_swap,call_forwarding,line_status,line_type_intelligence,identity_match,"
						+ "reassigned_number,sms_pumping_risk,phone_number_quality_score,pre_fill");
		assertThat(lookup.validationErrors()).isEmpty();
		assertThat(lookup.callerName()).isEqualTo(new PhoneNumberLookup.CallerName("Sergio Suarez", "CONSUMER", null));
		PhoneNumberLookup.SimSwap simSwap = lookup.simSwap();
		assertThat(simSwap.lastSimSwap().lastSimSwapDate())
			.isEqualTo(OffsetDateTime.of(2020, 4, 27, 10, 18, 50, 0, ZoneOffset.UTC));
		assertThat(simSwap.lastSimSwap().swappedPeriod()).isEqualTo("PT48H");
		assertThat(simSwap.lastSimSwap().swappedInPeriod()).isTrue();
		assertThat(simSwap.carrierName()).isEqualTo("Vodafone UK");
		assertThat(simSwap.mobileCountryCode()).isEqualTo("276");
		assertThat(simSwap.mobileNetworkCode()).isEqualTo("02");
		assertThat(lookup.callForwarding().callForwardingEnabled()).isTrue();
		assertThat(lookup.lineStatus().status()).isEqualTo("active");
		assertThat(lookup.lineTypeIntelligence()).isEqualTo(
				new PhoneNumberLookup.LineTypeIntelligence("240", "38", "Twilio - SMS/MMS-SVR", "nonFixedVoip", null));
		PhoneNumberLookup.IdentityMatch identityMatch = lookup.identityMatch();
		assertThat(identityMatch.firstNameMatch()).isEqualTo("exact_match");
		assertThat(identityMatch.lastNameMatch()).isEqualTo("high_partial_match");
		assertThat(identityMatch.postalCodeMatch()).isEqualTo("no_data_available");
		assertThat(identityMatch.summaryScore()).isEqualTo(90);
		assertThat(lookup.reassignedNumber())
			.isEqualTo(new PhoneNumberLookup.ReassignedNumber("2020-12-27", "yes", null));
		PhoneNumberLookup.SmsPumpingRisk risk = lookup.smsPumpingRisk();
		assertThat(risk.carrierRiskCategory()).isEqualTo("moderate");
		assertThat(risk.numberBlocked()).isFalse();
		assertThat(risk.numberBlockedDate()).isNull();
		assertThat(risk.smsPumpingRiskScore()).isEqualTo(61);
		assertThat(lookup.phoneNumberQualityScore()).containsEntry("quality_score", 0)
			.containsEntry("carrier_risk_category", "low");
		assertThat(lookup.preFill()).containsEntry("first_name", "John").containsEntry("postal_code", "98117");
	}

	@Test
	void mapsValidationResultOfInvalidNumber() {
		this.server.enqueue(Response.fixture(200, "lookups/invalid.json"));
		PhoneNumberLookup lookup = this.lookups.lookup("+141599299600", LookupField.VALIDATION);
		assertThat(lookup.isValid()).isFalse();
		assertThat(lookup.valid()).isFalse();
		assertThat(lookup.validationErrors()).containsExactly(ValidationError.TOO_LONG);
		assertThat(lookup.countryCode()).isNull();
	}

	@Test
	void mapsUnknownValidationErrors() {
		this.server.enqueue(Response.json(200, "{\"valid\":false,\"validation_errors\":[\"TOO_WEIRD\",\"NOT_A_NUMBER\"]}"));
		assertThat(this.lookups.lookup("+1").validationErrors()).containsExactly(ValidationError.UNKNOWN,
				ValidationError.NOT_A_NUMBER);
	}

	@Test
	void goesToLookupsHostOfRegionAndEdge() {
		TwilioClient client = TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.region("ie1")
			.edge("dublin")
			.build();
		assertThat(client.baseUrl(TwilioDomain.LOOKUPS)).isEqualTo(URI.create("https://lookups.dublin.ie1.twilio.com"));
	}

	@Test
	void rejectsEmptyPhoneNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.lookups.lookup(" "))
			.withMessage("Phone number must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

}
