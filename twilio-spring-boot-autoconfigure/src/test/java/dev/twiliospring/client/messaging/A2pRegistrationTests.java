package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
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
import dev.twiliospring.client.TwilioResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for US A2P 10DLC registration: {@link BrandRegistrationResource} and
 * {@link UsAppToPersonResource}.
 */
class A2pRegistrationTests {

	private static final String BRAND = "BN0044409f7e067e279523808d267e2d85";

	private static final String SERVICE = "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String CAMPAIGN = "QE2c6890da8086d771620e9b13fadeba0b";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final TwilioClient client = this.server.clientBuilder().listener(this.listener).build();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void registersBrand() {
		this.server.enqueue(Response.fixture(201, "messaging/brand-registration.json"));
		BrandRegistration brand = this.client.messaging()
			.brandRegistrations()
			.create(BrandRegistrationCreateRequest.builder()
				.customerProfileBundleSid("BU0000009f7e067e279523808d267e2d90")
				.a2pProfileBundleSid("BU1111109f7e067e279523808d267e2d85")
				.brandType("STANDARD")
				.mock(false)
				.skipAutomaticSecVet(true)
				.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/a2p/BrandRegistrations");
		assertThat(request.bodyAsString()).isEqualTo("CustomerProfileBundleSid=BU0000009f7e067e279523808d267e2d90"
				+ "&A2PProfileBundleSid=BU1111109f7e067e279523808d267e2d85&BrandType=STANDARD&Mock=false"
				+ "&SkipAutomaticSecVet=true");
		assertThat(request.basicCredentials()).startsWith(StubTwilioServer.ACCOUNT_SID + ":");
		assertThat(this.listener.only().domain()).isEqualTo(TwilioDomain.MESSAGING);
		assertThat(brand.sid()).isEqualTo(BRAND);
		assertThat(brand.accountSid()).isEqualTo("AC78e8e67fc0246521490fb9907fd0c165");
		assertThat(brand.customerProfileBundleSid()).isEqualTo("BU0000009f7e067e279523808d267e2d90");
		assertThat(brand.a2pProfileBundleSid()).isEqualTo("BU1111109f7e067e279523808d267e2d85");
		assertThat(brand.dateCreated()).isEqualTo(OffsetDateTime.of(2021, 1, 28, 10, 45, 51, 0, ZoneOffset.UTC));
		assertThat(brand.brandType()).isEqualTo("STANDARD");
		assertThat(brand.status()).isEqualTo(BrandRegistration.Status.PENDING);
		assertThat(brand.tcrId()).isEqualTo("BXXXXXX");
		assertThat(brand.failureReason()).isEqualTo("Registration error");
		assertThat(brand.brandScore()).isEqualTo(42);
		assertThat(brand.brandFeedback()).containsExactly(BrandRegistration.BrandFeedback.TAX_ID,
				BrandRegistration.BrandFeedback.NONPROFIT);
		assertThat(brand.identityStatus()).isEqualTo(BrandRegistration.IdentityStatus.VERIFIED);
		assertThat(brand.russell3000()).isTrue();
		assertThat(brand.governmentEntity()).isFalse();
		assertThat(brand.taxExemptStatus()).isEqualTo("501c3");
		assertThat(brand.skipAutomaticSecVet()).isFalse();
		assertThat(brand.errors()).isEmpty();
		assertThat(brand.mock()).isFalse();
		assertThat(brand.links()).containsKeys("brand_vettings", "brand_registration_otps");
	}

	// UpdateBrandRegistrations: POST /v1/a2p/BrandRegistrations/{Sid} without a body, 202
	@Test
	void resubmitsBrand() {
		this.server.enqueue(Response.fixture(202, "messaging/brand-registration-resubmitted.json"));
		TwilioResponse<BrandRegistration> response = this.client.messaging()
			.brandRegistrations()
			.updateWithResponse("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/a2p/BrandRegistrations/BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(request.bodyAsString()).isEmpty();
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(this.listener.only().domain()).isEqualTo(TwilioDomain.MESSAGING);
		assertThat(response.statusCode()).isEqualTo(202);
		BrandRegistration brand = response.body();
		assertThat(brand.sid()).isEqualTo("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(brand.status()).isEqualTo(BrandRegistration.Status.PENDING);
		assertThat(brand.dateUpdated()).isEqualTo(OffsetDateTime.of(2021, 1, 27, 14, 18, 36, 0, ZoneOffset.UTC));
		assertThat(brand.brandFeedback()).containsExactly(BrandRegistration.BrandFeedback.TAX_ID,
				BrandRegistration.BrandFeedback.NONPROFIT);
		assertThat(brand.links()).containsKeys("brand_vettings", "brand_registration_otps");
	}

	@Test
	void resubmitNeedsASid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.messaging().brandRegistrations().update(""))
			.withMessage("Brand registration SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void listsBrandsFromDataField() {
		this.server.enqueue(Response.fixture(200, "messaging/brand-registrations-page.json"));
		List<BrandRegistration> brands = this.client.messaging().brandRegistrations().list().items();
		assertThat(brands).hasSize(1);
		BrandRegistration brand = brands.get(0);
		assertThat(brand.status()).isEqualTo(BrandRegistration.Status.APPROVED);
		assertThat(brand.errors()).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("error_code", 30701)
				.containsEntry("fields", List.of("region")));
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/v1/a2p/BrandRegistrations");
		assertThat(request.rawQuery()).isNull();
	}

	@Test
	void fetchesBrand() {
		this.server.enqueue(Response.fixture(200, "messaging/brand-registration.json"));
		this.client.messaging().brandRegistrations().fetch(BRAND);
		assertThat(this.server.takeRequest().path()).isEqualTo("/v1/a2p/BrandRegistrations/" + BRAND);
		assertThat(this.listener.only().pathTemplate()).isEqualTo("/v1/a2p/BrandRegistrations/{Sid}");
	}

	@Test
	void brandNeedsBothBundles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BrandRegistrationCreateRequest.builder().customerProfileBundleSid("BU1").build())
			.withMessageContaining("a2pProfileBundleSid(...)");
	}

	@Test
	void createsCampaign() {
		this.server.enqueue(Response.fixture(201, "messaging/us-app-to-person.json"));
		UsAppToPerson campaign = this.client.messaging()
			.usAppToPerson(SERVICE)
			.create(UsAppToPersonCreateRequest.builder()
				.brandRegistrationSid("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
				.description("Send marketing messages about sales to opted in customers.")
				.messageFlow("End users opt in by visiting www.example.com")
				.messageSamples("EXPRESS: Denim Days Event is ON", "LAST CHANCE: Book your next flight")
				.usAppToPersonUsecase("MARKETING")
				.hasEmbeddedLinks(true)
				.hasEmbeddedPhone(false)
				.optInKeywords("START", "YES")
				.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Services/" + SERVICE + "/Compliance/Usa2p");
		assertThat(request.header("X-Twilio-Api-Version")).isEqualTo("v1.2");
		Map<String, List<String>> form = request.form();
		assertThat(form).containsExactly(Map.entry("BrandRegistrationSid", List.of("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("Description", List.of("Send marketing messages about sales to opted in customers.")),
				Map.entry("MessageFlow", List.of("End users opt in by visiting www.example.com")),
				Map.entry("MessageSamples",
						List.of("EXPRESS: Denim Days Event is ON", "LAST CHANCE: Book your next flight")),
				Map.entry("UsAppToPersonUsecase", List.of("MARKETING")), Map.entry("HasEmbeddedLinks", List.of("true")),
				Map.entry("HasEmbeddedPhone", List.of("false")), Map.entry("OptInKeywords", List.of("START", "YES")));
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.MESSAGING);
		assertThat(context.pathTemplate()).isEqualTo("/v1/Services/{MessagingServiceSid}/Compliance/Usa2p");
		assertThat(campaign.sid()).isEqualTo(CAMPAIGN);
		assertThat(campaign.brandRegistrationSid()).isEqualTo("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(campaign.messagingServiceSid()).isEqualTo(SERVICE);
		assertThat(campaign.messageSamples()).hasSize(2);
		assertThat(campaign.usAppToPersonUsecase()).isEqualTo("SOLE_PROPRIETOR");
		assertThat(campaign.hasEmbeddedLinks()).isTrue();
		assertThat(campaign.hasEmbeddedPhone()).isFalse();
		assertThat(campaign.subscriberOptIn()).isTrue();
		assertThat(campaign.ageGated()).isFalse();
		assertThat(campaign.directLending()).isFalse();
		assertThat(campaign.campaignStatus()).isEqualTo("PENDING");
		assertThat(campaign.campaignId()).isEqualTo("CFOOBAR");
		assertThat(campaign.isExternallyRegistered()).isFalse();
		assertThat(campaign.rateLimits()).containsEntry("tmobile", Map.of("brand_tier", "TOP"));
		assertThat(campaign.optInKeywords()).containsExactly("START");
		assertThat(campaign.optOutKeywords()).containsExactly("STOP");
		assertThat(campaign.helpKeywords()).containsExactly("HELP");
		assertThat(campaign.optInMessage()).startsWith("John Doe's Home Repair: You are now opted-in.");
		assertThat(campaign.dateCreated()).isEqualTo(OffsetDateTime.of(2021, 2, 18, 14, 48, 52, 0, ZoneOffset.UTC));
		assertThat(campaign.mock()).isFalse();
		assertThat(campaign.errors()).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("error_code", 30897));
		assertThat(campaign.privacyPolicyUrl()).isEqualTo("https://example.com/privacy");
		assertThat(campaign.termsAndConditionsUrl()).isEqualTo("https://example.com/terms");
	}

	@Test
	void fetchesListsAndDeletesCampaigns() {
		this.server.enqueue(Response.fixture(200, "messaging/us-app-to-person.json"),
				Response.json(200, "{\"compliance\":[{\"sid\":\"QE1\"},{\"sid\":\"QE2\"}],\"meta\":{\"key\":\"compliance\","
						+ "\"page\":0,\"page_size\":20,\"next_page_url\":null}}"),
				Response.empty(204));
		UsAppToPersonResource campaigns = this.client.messaging().usAppToPerson(SERVICE);
		assertThat(campaigns.fetch(CAMPAIGN).campaignId()).isEqualTo("CFOOBAR");
		assertThat(campaigns.list(20).items()).extracting(UsAppToPerson::sid).containsExactly("QE1", "QE2");
		campaigns.delete(CAMPAIGN);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting(RecordedRequest::method).containsExactly("GET", "GET", "DELETE");
		assertThat(requests.get(0).path()).isEqualTo("/v1/Services/" + SERVICE + "/Compliance/Usa2p/" + CAMPAIGN);
		assertThat(requests.get(1).path()).isEqualTo("/v1/Services/" + SERVICE + "/Compliance/Usa2p");
		assertThat(requests.get(1).rawQuery()).isEqualTo("PageSize=20");
		assertThat(requests.get(2).path()).isEqualTo("/v1/Services/" + SERVICE + "/Compliance/Usa2p/" + CAMPAIGN);
		assertThat(requests).allSatisfy(
				(request) -> assertThat(request.header("X-Twilio-Api-Version")).as(request.method()).isEqualTo("v1.2"));
	}

	@Test
	void streamsCampaignsInVersionOneTwoOnEveryPage() {
		String nextPage = "https://messaging.twilio.com/v1/Services/" + SERVICE
				+ "/Compliance/Usa2p?PageSize=1&Page=1&PageToken=PT1";
		this.server.enqueue(
				Response.json(200,
						"{\"compliance\":[{\"sid\":\"QE1\",\"privacy_policy_url\":\"https://example.com/p1\"}],"
								+ "\"meta\":{\"key\":\"compliance\",\"page\":0,\"page_size\":1,\"next_page_url\":\""
								+ nextPage + "\"}}"),
				Response.json(200,
						"{\"compliance\":[{\"sid\":\"QE2\",\"privacy_policy_url\":\"https://example.com/p2\"}],"
								+ "\"meta\":{\"key\":\"compliance\",\"page\":1,\"page_size\":1,\"next_page_url\":null}}"));
		List<UsAppToPerson> campaigns = this.client.messaging().usAppToPerson(SERVICE).stream(1).toList();
		assertThat(campaigns).extracting(UsAppToPerson::privacyPolicyUrl)
			.containsExactly("https://example.com/p1", "https://example.com/p2");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).rawQuery()).isEqualTo("PageSize=1&Page=1&PageToken=PT1");
		assertThat(requests).allSatisfy(
				(request) -> assertThat(request.header("X-Twilio-Api-Version")).isEqualTo("v1.2"));
	}

	@Test
	void updatesCampaignStartingFromTheFetchedOne() {
		this.server.enqueue(Response.fixture(200, "messaging/us-app-to-person.json"),
				Response.fixture(200, "messaging/us-app-to-person.json"));
		UsAppToPersonResource campaigns = this.client.messaging().usAppToPerson(SERVICE);
		UsAppToPerson campaign = campaigns.fetch(CAMPAIGN);
		UsAppToPerson updated = campaigns.update(CAMPAIGN, UsAppToPersonUpdateRequest.builder(campaign)
			.messageFlow("End users opt in by ticking an unticked box when they book a repair on example.com")
			.directLending(true)
			.build());
		RecordedRequest request = this.server.requests().get(1);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Services/" + SERVICE + "/Compliance/Usa2p/" + CAMPAIGN);
		assertThat(request.header("X-Twilio-Api-Version")).isEqualTo("v1.2");
		assertThat(request.form()).containsOnly(Map.entry("HasEmbeddedLinks", List.of("true")),
				Map.entry("HasEmbeddedPhone", List.of("false")),
				Map.entry("MessageSamples",
						List.of("EXPRESS: Denim Days Event is ON",
								"LAST CHANCE: Book your next flight for just 1 (ONE) EUR")),
				Map.entry("MessageFlow",
						List.of("End users opt in by ticking an unticked box when they book a repair on example.com")),
				Map.entry("Description", List.of("Send confirmation messages about scheduled home repair services")),
				Map.entry("AgeGated", List.of("false")), Map.entry("DirectLending", List.of("true")),
				Map.entry("PrivacyPolicyUrl", List.of("https://example.com/privacy")),
				Map.entry("TermsAndConditionsUrl", List.of("https://example.com/terms")));
		assertThat(this.listener.contexts()).last()
			.satisfies((context) -> assertThat(context.pathTemplate())
				.isEqualTo("/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"));
		assertThat(updated.sid()).isEqualTo(CAMPAIGN);
	}

	@Test
	void campaignUpdateNamesEveryMissingRequiredParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UsAppToPersonUpdateRequest.builder().description("A campaign").ageGated(false).build())
			.withMessage("An update of a US A2P campaign replaces all of its settings and needs hasEmbeddedLinks(...), "
					+ "hasEmbeddedPhone(...), messageSamples(...), messageFlow(...), directLending(...)");
	}

	@Test
	void campaignUpdateFromACampaignWithoutSamplesStillNeedsThem() {
		UsAppToPerson sparse = new UsAppToPerson(CAMPAIGN, null, null, SERVICE, "A campaign", List.of(), null, true,
				false, null, false, false, null, null, null, null, "A flow", null, null, null, null, null, null, null,
				null, null, null, null, null, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UsAppToPersonUpdateRequest.builder(sparse).build())
			.withMessageEndingWith("needs messageSamples(...)");
	}

	@Test
	void campaignNamesEveryMissingRequiredParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UsAppToPersonCreateRequest.builder().brandRegistrationSid("BN1").hasEmbeddedPhone(true).build())
			.withMessage("A US A2P campaign needs description(...), messageFlow(...), messageSamples(...), "
					+ "usAppToPersonUsecase(...), hasEmbeddedLinks(...)");
	}

	// twilio_messaging_v1.json CreateUsAppToPerson and UpdateUsAppToPerson: MessageSamples
	// "min two and max five. Min length for each sample: 20 chars. Max length for each
	// sample: 1024 chars", Description "Min length: 40 characters. Max length: 4096
	// characters", MessageFlow "40 character minimum. 2048 character maximum"
	@Test
	void campaignNeedsTwoToFiveSamples() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> campaign().messageSamples("EXPRESS: Denim Days Event is ON").build())
			.withMessage("A US A2P campaign needs two to five messageSamples(...), got 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> campaign().messageSamples(Collections.nCopies(6, "EXPRESS: Denim Days Event is ON")).build())
			.withMessage("A US A2P campaign needs two to five messageSamples(...), got 6");
		assertThat(campaign().messageSamples(Collections.nCopies(5, "EXPRESS: Denim Days Event is ON"))
			.build()
			.parameters()
			.get("MessageSamples")).hasSize(5);
	}

	@Test
	void campaignRefusesSamplesDescriptionAndFlowOfLengthsTwilioRefuses() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> campaign().messageSamples("EXPRESS: Denim Days Event is ON", "Book now").build())
			.withMessage("Message sample 2 of a US A2P campaign has 8 characters; Twilio takes 20 to 1024");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> campaign().messageSamples("x".repeat(20), "x".repeat(1025)).build())
			.withMessage("Message sample 2 of a US A2P campaign has 1025 characters; Twilio takes 20 to 1024");
		assertThatIllegalArgumentException().isThrownBy(() -> campaign().description("Sales messages").build())
			.withMessage("The description(...) of a US A2P campaign has 14 characters; Twilio takes 40 to 4096");
		assertThatIllegalArgumentException().isThrownBy(() -> campaign().messageFlow("x".repeat(2049)).build())
			.withMessage("The messageFlow(...) of a US A2P campaign has 2049 characters; Twilio takes 40 to 2048");
		assertThat(campaign().messageSamples("x".repeat(20), "x".repeat(1024))
			.description("x".repeat(40))
			.messageFlow("\uD83D\uDCF1".repeat(40))
			.build()
			.parameters()
			.getFirst("Description")).hasSize(40);
	}

	/**
	 * Twilio's description gives the minimums in "chars" without saying how an emoji
	 * counts: a sample that is long enough when counted in UTF-16 units is left to Twilio.
	 */
	@Test
	void campaignLeavesSamplesDescriptionAndFlowLongEnoughInUtf16UnitsToTwilio() {
		String thumbsUp = "\uD83D\uDC4D";
		UsAppToPersonCreateRequest request = campaign()
			.messageSamples(thumbsUp.repeat(10), "LAST CHANCE: Book your next flight")
			.description("Flash sales " + thumbsUp.repeat(14))
			.messageFlow("Text JOIN " + thumbsUp.repeat(15))
			.build();
		assertThat(request.parameters().get("MessageSamples")).first().isEqualTo(thumbsUp.repeat(10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> campaign().messageSamples(thumbsUp.repeat(9) + "!", "LAST CHANCE: Book your next flight")
				.build())
			.withMessage("Message sample 1 of a US A2P campaign has 10 characters; Twilio takes 20 to 1024");
	}

	@Test
	void campaignUpdateRefusesSettingsTwilioRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> UsAppToPersonUpdateRequest.builder()
			.description("Send marketing messages about sales to opted in customers.")
			.messageFlow("End users opt in by visiting www.example.com")
			.messageSamples("EXPRESS: Denim Days Event is ON")
			.hasEmbeddedLinks(true)
			.hasEmbeddedPhone(false)
			.ageGated(false)
			.directLending(false)
			.build()).withMessage("A US A2P campaign needs two to five messageSamples(...), got 1");
	}

	private UsAppToPersonCreateRequest.Builder campaign() {
		return UsAppToPersonCreateRequest.builder()
			.brandRegistrationSid("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.description("Send marketing messages about sales to opted in customers.")
			.messageFlow("End users opt in by visiting www.example.com")
			.messageSamples("EXPRESS: Denim Days Event is ON", "LAST CHANCE: Book your next flight")
			.usAppToPersonUsecase("MARKETING")
			.hasEmbeddedLinks(true)
			.hasEmbeddedPhone(false);
	}

}
