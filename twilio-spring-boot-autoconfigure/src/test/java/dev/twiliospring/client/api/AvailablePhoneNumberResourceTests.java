package dev.twiliospring.client.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioResponse;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AvailablePhoneNumberResource}.
 */
class AvailablePhoneNumberResourceTests {

	private static final String AVAILABLE_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/AvailablePhoneNumbers";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final AvailablePhoneNumberResource available = this.server.client().availablePhoneNumbers();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void localSearchSendsEveryCriterion() {
		this.server.enqueue(Response.fixture(200, "available-phone-numbers-local.json"));
		this.available.local("us", AvailablePhoneNumberListRequest.builder()
			.areaCode(510)
			.contains("55%")
			.smsEnabled(true)
			.mmsEnabled(false)
			.voiceEnabled(true)
			.faxEnabled(false)
			.excludeAllAddressRequired(true)
			.excludeLocalAddressRequired(false)
			.excludeForeignAddressRequired(true)
			.beta(false)
			.nearNumber("+15105550100")
			.nearLatLong(37.840575, -122.202481)
			.distance(50)
			.inPostalCode("94612")
			.inRegion("CA")
			.inRateCenter("OKLD")
			.inLata("722")
			.inLocality("Oakland")
			.pageSize(20)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", AVAILABLE_PATH + "/US/Local.json");
		assertThat(request.rawQuery()).isEqualTo("AreaCode=510&Contains=55%25&SmsEnabled=true&MmsEnabled=false"
				+ "&VoiceEnabled=true&FaxEnabled=false&ExcludeAllAddressRequired=true"
				+ "&ExcludeLocalAddressRequired=false&ExcludeForeignAddressRequired=true&Beta=false"
				+ "&NearNumber=%2B15105550100&NearLatLong=37.840575%2C-122.202481&Distance=50&InPostalCode=94612"
				+ "&InRegion=CA&InRateCenter=OKLD&InLata=722&InLocality=Oakland&PageSize=20");
	}

	@Test
	void localSearchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "available-phone-numbers-local.json"));
		Page<AvailablePhoneNumber> page = this.available.local("US");
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", AVAILABLE_PATH + "/US/Local.json");
		assertThat(request.rawQuery()).isNull();
		assertThat(page.items()).hasSize(2);
		assertThat(page.hasNext()).isFalse();
		AvailablePhoneNumber number = page.items().get(0);
		assertThat(number.friendlyName()).isEqualTo("(808) 925-1571");
		assertThat(number.phoneNumber()).isEqualTo("+18089251571");
		assertThat(number.lata()).isEqualTo("834");
		assertThat(number.locality()).isEqualTo("Hilo");
		assertThat(number.rateCenter()).isEqualTo("HILO");
		assertThat(number.latitude()).isEqualTo(new BigDecimal("19.720000"));
		assertThat(number.longitude()).isEqualTo(new BigDecimal("-155.090000"));
		assertThat(number.region()).isEqualTo("HI");
		assertThat(number.postalCode()).isEqualTo("96720");
		assertThat(number.isoCountry()).isEqualTo("US");
		assertThat(number.addressRequirements()).isEqualTo(AddressRequirement.NONE);
		assertThat(number.beta()).isFalse();
		assertThat(number.capabilities()).isEqualTo(new PhoneNumberCapabilities(true, false, true, null));
		AvailablePhoneNumber upperCase = page.items().get(1);
		assertThat(upperCase.addressRequirements()).isEqualTo(AddressRequirement.LOCAL);
		assertThat(upperCase.capabilities()).isEqualTo(new PhoneNumberCapabilities(true, true, true, false));
	}

	@Test
	void tollFreeSearchUsesTollFreeList() {
		this.server.enqueue(Response.fixture(200, "available-phone-numbers-toll-free.json"));
		Page<AvailablePhoneNumber> page = this.available.tollFree("US",
				AvailablePhoneNumberListRequest.builder().contains("STORM").build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", AVAILABLE_PATH + "/US/TollFree.json");
		assertThat(request.rawQuery()).isEqualTo("Contains=STORM");
		AvailablePhoneNumber number = page.items().get(0);
		assertThat(number.phoneNumber()).isEqualTo("+18001000052");
		assertThat(number.lata()).isNull();
		assertThat(number.latitude()).isNull();
	}

	@Test
	void mobileSearchUsesMobileList() {
		this.server.enqueue(Response.fixture(200, "available-phone-numbers-mobile.json"));
		Page<AvailablePhoneNumber> page = this.available.mobile("NO");
		assertRequest(this.server.takeRequest(), "GET", AVAILABLE_PATH + "/NO/Mobile.json");
		assertThat(page.items()).extracting(AvailablePhoneNumber::phoneNumber).containsExactly("+4759440374");
		assertThat(page.items().get(0).isoCountry()).isEqualTo("NO");
	}

	@ParameterizedTest
	@EnumSource(AvailablePhoneNumber.Type.class)
	void listUsesThePathOfEachType(AvailablePhoneNumber.Type type) {
		this.server.enqueue(Response.fixture(200, "available-phone-numbers-mobile.json"));
		TwilioResponse<Page<AvailablePhoneNumber>> response = this.available.listWithResponse("GB", type,
				AvailablePhoneNumberListRequest.builder().pageSize(5).build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", AVAILABLE_PATH + "/GB/" + type.pathSegment() + ".json");
		assertThat(request.rawQuery()).isEqualTo("PageSize=5");
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void streamReadsTheSinglePageTwilioReturns() {
		this.server.enqueue(Response.fixture(200, "available-phone-numbers-local.json"));
		try (Stream<AvailablePhoneNumber> stream = this.available.stream("US", AvailablePhoneNumber.Type.LOCAL,
				AvailablePhoneNumberListRequest.all())) {
			assertThat(stream.map(AvailablePhoneNumber::phoneNumber)).containsExactly("+18089251571",
					"+15105550199");
		}
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void countriesListsCountriesWithTheirTypes() {
		this.server.enqueue(Response.fixture(200, "available-phone-number-countries.json"));
		List<AvailablePhoneNumberCountry> countries = this.available.countries();
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", AVAILABLE_PATH + ".json");
		assertThat(countries).extracting(AvailablePhoneNumberCountry::countryCode).containsExactly("DK", "AU");
		AvailablePhoneNumberCountry australia = countries.get(1);
		assertThat(australia.country()).isEqualTo("Australia");
		assertThat(australia.beta()).isFalse();
		assertThat(australia.uri()).isEqualTo(AVAILABLE_PATH + "/AU.json");
		assertThat(australia.subresourceUris()).containsEntry("mobile", AVAILABLE_PATH + "/AU/Mobile.json");
		assertThat(australia.offers(AvailablePhoneNumber.Type.MOBILE)).isTrue();
		assertThat(australia.offers(AvailablePhoneNumber.Type.TOLL_FREE)).isTrue();
		assertThat(countries.get(0).offers(AvailablePhoneNumber.Type.MOBILE)).isFalse();
	}

	@Test
	void countryFetchesOneCountry() {
		this.server.enqueue(Response.fixture(200, "available-phone-number-country.json"));
		AvailablePhoneNumberCountry country = this.available.country("us");
		assertRequest(this.server.takeRequest(), "GET", AVAILABLE_PATH + "/US.json");
		assertThat(country.countryCode()).isEqualTo("US");
		assertThat(country.country()).isEqualTo("United States");
		assertThat(country.offers(AvailablePhoneNumber.Type.LOCAL)).isTrue();
		assertThat(country.offers(AvailablePhoneNumber.Type.NATIONAL)).isFalse();
	}

	@Test
	void rejectsInvalidCountryCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.available.local("USA"))
			.withMessage("Country code must be an ISO 3166-1 alpha-2 code such as US or GB, got 'USA'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.available.country("U/"))
			.withMessage("Country code must be an ISO 3166-1 alpha-2 code such as US or GB, got 'U/'");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void requestRejectsInvalidCriteria() {
		assertThatIllegalArgumentException().isThrownBy(() -> AvailablePhoneNumberListRequest.builder().contains("5"))
			.withMessage("Contains must be a pattern of 2 to 16 characters, got '5'");
		assertThatIllegalArgumentException().isThrownBy(() -> AvailablePhoneNumberListRequest.builder().distance(501))
			.withMessage("Distance must be between 0 and 500 miles, got 501");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AvailablePhoneNumberListRequest.builder().nearLatLong(91, 0))
			.withMessage("NearLatLong needs a latitude between -90 and 90 and a longitude between -180 and 180, "
					+ "got 91.0,0.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AvailablePhoneNumberListRequest.builder().inRateCenter("OKLD").build())
			.withMessage("Twilio searches a rate center only within a LATA: call inLata(...) together with "
					+ "inRateCenter(...)");
		assertThatIllegalArgumentException().isThrownBy(() -> AvailablePhoneNumberListRequest.builder().pageSize(0))
			.withMessage("PageSize must be between 1 and 1000, got 0");
	}

	@Test
	void nearLatLongWritesSmallCoordinatesWithoutExponent() {
		assertThat(AvailablePhoneNumberListRequest.builder()
			.nearLatLong(0.00001, -0.5)
			.build()
			.parameters()
			.getFirst("NearLatLong")).isEqualTo("0.00001,-0.5");
	}

}
