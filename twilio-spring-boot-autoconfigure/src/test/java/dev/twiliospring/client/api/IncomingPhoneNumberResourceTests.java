package dev.twiliospring.client.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioResponse;

import static dev.twiliospring.client.api.RecordedRequests.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link IncomingPhoneNumberResource}.
 */
class IncomingPhoneNumberResourceTests {

	private static final String NUMBERS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/IncomingPhoneNumbers";

	private static final String SID = "PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final IncomingPhoneNumberResource numbers = this.server.client().incomingPhoneNumbers();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createBuysNumberWithWebhooks() {
		this.server.enqueue(Response.fixture(201, "incoming-phone-number.json"));
		IncomingPhoneNumber number = this.numbers.create(IncomingPhoneNumberCreateRequest.builder()
			.phoneNumber("+18089255327")
			.friendlyName("Support line")
			.smsUrl("https://example.com/twilio/sms")
			.smsMethod(HttpMethod.POST)
			.voiceUrl(URI.create("https://example.com/twilio/voice"))
			.voiceMethod(HttpMethod.GET)
			.statusCallback("https://example.com/twilio/status")
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", NUMBERS_PATH + ".json");
		assertThat(request.bodyAsString()).isEqualTo("PhoneNumber=%2B18089255327&FriendlyName=Support+line"
				+ "&SmsUrl=https%3A%2F%2Fexample.com%2Ftwilio%2Fsms&SmsMethod=POST"
				+ "&VoiceUrl=https%3A%2F%2Fexample.com%2Ftwilio%2Fvoice&VoiceMethod=GET"
				+ "&StatusCallback=https%3A%2F%2Fexample.com%2Ftwilio%2Fstatus");
		assertThat(number.sid()).isEqualTo(SID);
		assertThat(number.phoneNumber()).isEqualTo("+18089255327");
	}

	@Test
	void createSendsEveryParameterInTwilioFormat() {
		this.server.enqueue(Response.fixture(201, "incoming-phone-number.json"));
		this.numbers.create(IncomingPhoneNumberCreateRequest.builder()
			.areaCode("510")
			.apiVersion("2010-04-01")
			.friendlyName("Sales")
			.smsApplicationSid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.smsFallbackMethod(HttpMethod.GET)
			.smsFallbackUrl("https://example.com/sms-fallback")
			.smsMethod(HttpMethod.GET)
			.smsUrl(URI.create("https://example.com/sms"))
			.statusCallback(URI.create("https://example.com/status"))
			.statusCallbackMethod(HttpMethod.GET)
			.voiceApplicationSid("APbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
			.voiceCallerIdLookup(true)
			.voiceFallbackMethod(HttpMethod.GET)
			.voiceFallbackUrl(URI.create("https://example.com/voice-fallback"))
			.voiceMethod(HttpMethod.POST)
			.voiceUrl("https://example.com/voice")
			.emergencyStatus(IncomingPhoneNumber.EmergencyStatus.ACTIVE)
			.emergencyAddressSid("ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.trunkSid("TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.identitySid("RIaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.addressSid("ADbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
			.voiceReceiveMode(IncomingPhoneNumber.VoiceReceiveMode.FAX)
			.bundleSid("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.param("SmsFallbackUrl", "https://example.com/other-sms-fallback")
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("AreaCode", List.of("510")),
				Map.entry("ApiVersion", List.of("2010-04-01")), Map.entry("FriendlyName", List.of("Sales")),
				Map.entry("SmsApplicationSid", List.of("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("SmsFallbackMethod", List.of("GET")), Map.entry("SmsMethod", List.of("GET")),
				Map.entry("SmsUrl", List.of("https://example.com/sms")),
				Map.entry("StatusCallback", List.of("https://example.com/status")),
				Map.entry("StatusCallbackMethod", List.of("GET")),
				Map.entry("VoiceApplicationSid", List.of("APbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")),
				Map.entry("VoiceCallerIdLookup", List.of("true")), Map.entry("VoiceFallbackMethod", List.of("GET")),
				Map.entry("VoiceFallbackUrl", List.of("https://example.com/voice-fallback")),
				Map.entry("VoiceMethod", List.of("POST")), Map.entry("VoiceUrl", List.of("https://example.com/voice")),
				Map.entry("EmergencyStatus", List.of("Active")),
				Map.entry("EmergencyAddressSid", List.of("ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("TrunkSid", List.of("TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("IdentitySid", List.of("RIaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("AddressSid", List.of("ADbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")),
				Map.entry("VoiceReceiveMode", List.of("fax")),
				Map.entry("BundleSid", List.of("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("SmsFallbackUrl", List.of("https://example.com/other-sms-fallback")));
	}

	@Test
	void purchaseBuysTheGivenNumber() {
		this.server.enqueue(Response.fixture(201, "incoming-phone-number.json"));
		this.numbers.purchase("+18089255327");
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", NUMBERS_PATH + ".json");
		assertThat(request.bodyAsString()).isEqualTo("PhoneNumber=%2B18089255327");
	}

	@Test
	void createRejectsMissingOrAmbiguousNumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IncomingPhoneNumberCreateRequest.builder().friendlyName("x").build())
			.withMessage("A phone number purchase needs the number to buy: call phoneNumber(...) or areaCode(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IncomingPhoneNumberCreateRequest.builder()
				.phoneNumber("+18089255327")
				.areaCode("808")
				.build())
			.withMessage("A phone number purchase takes either phoneNumber(...) or areaCode(...), not both");
	}

	@Test
	void builderRejectsUnknownEnumsAndMethodsOtherThanGetAndPost() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IncomingPhoneNumberUpdateRequest.builder()
				.emergencyStatus(IncomingPhoneNumber.EmergencyStatus.UNKNOWN))
			.withMessageStartingWith("EmergencyStatus cannot be UNKNOWN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IncomingPhoneNumberCreateRequest.builder().voiceMethod(HttpMethod.PATCH))
			.withMessage("VoiceMethod must be GET or POST, got PATCH");
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-number.json"));
		IncomingPhoneNumber number = this.numbers.fetch(SID);
		assertRequest(this.server.takeRequest(), "GET", NUMBERS_PATH + "/" + SID + ".json");
		assertThat(number.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(number.addressSid()).isEqualTo("ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.addressRequirements()).isEqualTo(AddressRequirement.NONE);
		assertThat(number.apiVersion()).isEqualTo("2010-04-01");
		assertThat(number.beta()).isFalse();
		assertThat(number.capabilities()).isEqualTo(new PhoneNumberCapabilities(true, false, true, false));
		assertThat(number.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 23, 19, 4, 0, ZoneOffset.UTC));
		assertThat(number.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 23, 19, 4, 0, ZoneOffset.UTC));
		assertThat(number.friendlyName()).isEqualTo("friendly_name");
		assertThat(number.identitySid()).isEqualTo("RIaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.phoneNumber()).isEqualTo("+18089255327");
		assertThat(number.origin()).isEqualTo("origin");
		assertThat(number.sid()).isEqualTo(SID);
		assertThat(number.smsApplicationSid()).isEqualTo("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.smsFallbackMethod()).isEqualTo(HttpMethod.GET);
		assertThat(number.smsFallbackUrl()).isEqualTo("https://example.com");
		assertThat(number.smsMethod()).isEqualTo(HttpMethod.GET);
		assertThat(number.smsUrl()).isEqualTo("https://example.com");
		assertThat(number.statusCallback()).isEqualTo("https://example.com");
		assertThat(number.statusCallbackMethod()).isEqualTo(HttpMethod.GET);
		assertThat(number.trunkSid()).isNull();
		assertThat(number.uri()).isEqualTo(NUMBERS_PATH + "/" + SID + ".json");
		assertThat(number.voiceReceiveMode()).isEqualTo(IncomingPhoneNumber.VoiceReceiveMode.VOICE);
		assertThat(number.voiceApplicationSid()).isEqualTo("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.voiceCallerIdLookup()).isFalse();
		assertThat(number.voiceFallbackMethod()).isEqualTo(HttpMethod.GET);
		assertThat(number.voiceFallbackUrl()).isEqualTo("https://example.com");
		assertThat(number.voiceMethod()).isEqualTo(HttpMethod.GET);
		assertThat(number.voiceUrl()).isEqualTo("https://example.com");
		assertThat(number.emergencyStatus()).isEqualTo(IncomingPhoneNumber.EmergencyStatus.ACTIVE);
		assertThat(number.emergencyAddressSid()).isEqualTo("ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.emergencyAddressStatus()).isEqualTo(IncomingPhoneNumber.EmergencyAddressStatus.REGISTERED);
		assertThat(number.bundleSid()).isEqualTo("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.status()).isEqualTo("in-use");
		assertThat(number.type()).isEqualTo("local");
	}

	@Test
	void listSendsFiltersAndMapsUnknownEnumsAndUpperCaseCapabilities() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-numbers-page.json"));
		Page<IncomingPhoneNumber> page = this.numbers.list(IncomingPhoneNumberListRequest.builder()
			.beta(false)
			.friendlyName("Support line")
			.phoneNumber("+1808*")
			.origin("twilio")
			.pageSize(50)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", NUMBERS_PATH + ".json");
		assertThat(request.rawQuery())
			.isEqualTo("Beta=false&FriendlyName=Support%20line&PhoneNumber=%2B1808%2A&Origin=twilio&PageSize=50");
		assertThat(page.items()).hasSize(2);
		assertThat(page.hasNext()).isFalse();
		IncomingPhoneNumber first = page.items().get(0);
		assertThat(first.beta()).isNull();
		assertThat(first.smsUrl()).isEmpty();
		assertThat(first.voiceUrl()).isNull();
		assertThat(first.smsMethod()).isEqualTo(HttpMethod.POST);
		IncomingPhoneNumber odd = page.items().get(1);
		assertThat(odd.addressRequirements()).isEqualTo(AddressRequirement.UNKNOWN);
		assertThat(odd.emergencyStatus()).isEqualTo(IncomingPhoneNumber.EmergencyStatus.UNKNOWN);
		assertThat(odd.emergencyAddressStatus()).isEqualTo(IncomingPhoneNumber.EmergencyAddressStatus.UNKNOWN);
		assertThat(odd.voiceReceiveMode()).isEqualTo(IncomingPhoneNumber.VoiceReceiveMode.UNKNOWN);
		PhoneNumberCapabilities capabilities = odd.capabilities();
		assertThat(capabilities).isNotNull();
		assertThat(capabilities.hasVoice()).isFalse();
		assertThat(capabilities.hasSms()).isTrue();
		assertThat(capabilities.hasMms()).isFalse();
		assertThat(capabilities.hasFax()).isTrue();
	}

	@Test
	void streamListsAllNumbers() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-numbers-page.json"));
		try (Stream<IncomingPhoneNumber> stream = this.numbers.stream()) {
			assertThat(stream.map(IncomingPhoneNumber::phoneNumber)).containsExactly("+18089255327",
					"+15005550006");
		}
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "GET", NUMBERS_PATH + ".json");
		assertThat(request.rawQuery()).isNull();
	}

	@Test
	void nextPageOfLastPageIsEmpty() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-numbers-page.json"));
		assertThat(this.numbers.nextPage(this.numbers.list())).isEmpty();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void updateSendsChanges() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-number.json"));
		TwilioResponse<IncomingPhoneNumber> response = this.numbers.updateWithResponse(SID,
				IncomingPhoneNumberUpdateRequest.builder()
					.accountSid("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
					.smsUrl("")
					.voiceUrl("https://example.com/voice")
					.statusCallback("https://example.com/status")
					.statusCallbackMethod(HttpMethod.POST)
					.emergencyStatus(IncomingPhoneNumber.EmergencyStatus.INACTIVE)
					.build());
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "POST", NUMBERS_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("AccountSid=ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&SmsUrl="
				+ "&VoiceUrl=https%3A%2F%2Fexample.com%2Fvoice&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus"
				+ "&StatusCallbackMethod=POST&EmergencyStatus=Inactive");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().sid()).isEqualTo(SID);
	}

	@Test
	void updateRejectsEmptyChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> IncomingPhoneNumberUpdateRequest.builder().build())
			.withMessage("A phone number update needs a change, such as voiceUrl(...), smsUrl(...) or "
					+ "friendlyName(...)");
	}

	@Test
	void deleteReleasesNumber() {
		this.server.enqueue(Response.empty(204));
		this.numbers.delete(SID);
		RecordedRequest request = this.server.takeRequest();
		assertRequest(request, "DELETE", NUMBERS_PATH + "/" + SID + ".json");
		assertThat(request.body()).isEmpty();
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.numbers.delete(""))
			.withMessage("Phone number SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	// Schema api.v2010.account.incoming_phone_number: sms_method, sms_fallback_method,
	// status_callback_method, voice_method, voice_fallback_method are strings
	// (format http-method, enum [GET, POST]). Spring's HttpMethod is no enum and has no
	// getters, so Jackson wrote each of them as {} and lost the value.
	@Test
	void incomingPhoneNumberWritesHttpMethodsAsTwilioStrings() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-number.json"));
		IncomingPhoneNumber number = this.numbers.fetch("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.smsMethod()).isEqualTo(HttpMethod.GET);
		JsonNode written = JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(number));
		assertThat(written.get("sms_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("sms_fallback_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("status_callback_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("voice_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("voice_fallback_method").toString()).isEqualTo("\"GET\"");
		String json = this.server.client().jsonMapper().writeValueAsString(number);
		assertThat(this.server.client().jsonMapper().readValue(json, IncomingPhoneNumber.class)).isEqualTo(number);
	}

}
