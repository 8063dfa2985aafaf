package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.MetaPages;
import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioResponse;
import dev.twiliospring.client.messaging.TollfreeVerification.BusinessRegistrationAuthority;
import dev.twiliospring.client.messaging.TollfreeVerification.BusinessType;
import dev.twiliospring.client.messaging.TollfreeVerification.OptInType;
import dev.twiliospring.client.messaging.TollfreeVerification.Status;
import dev.twiliospring.client.messaging.TollfreeVerification.UseCaseCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TollfreeVerificationResource}.
 */
class TollfreeVerificationResourceTests {

	private static final String SID = "HHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final TollfreeVerificationResource verifications = this.server.clientBuilder()
		.listener(this.listener)
		.build()
		.messaging()
		.tollfreeVerifications();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void submitsVerification() {
		this.server.enqueue(Response.fixture(201, "messaging/tollfree-verification.json"));
		this.verifications.create(TollfreeVerificationCreateRequest.builder()
			.businessName("Owl, Inc.")
			.businessWebsite("http://www.company.com")
			.notificationEmail("support@company.com")
			.useCaseCategories(UseCaseCategory.TWO_FACTOR_AUTHENTICATION, UseCaseCategory.MARKETING)
			.useCaseSummary("Promotions")
			.productionMessageSample("lorem ipsum")
			.optInImageUrls("https://testbusiness.com/images/image1.jpg")
			.optInType(OptInType.VERBAL)
			.messageVolume("2000")
			.tollfreePhoneNumberSid("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.businessRegistrationAuthority(BusinessRegistrationAuthority.UST_IDNR)
			.businessType(BusinessType.PRIVATE_PROFIT)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Tollfree/Verifications");
		Map<String, List<String>> form = request.form();
		assertThat(form.get("UseCaseCategories")).containsExactly("TWO_FACTOR_AUTHENTICATION", "MARKETING");
		assertThat(form.get("OptInType")).containsExactly("VERBAL");
		assertThat(form.get("BusinessRegistrationAuthority")).containsExactly("USt-IdNr");
		assertThat(form.get("BusinessType")).containsExactly("PRIVATE_PROFIT");
		assertThat(form.keySet()).containsExactly("BusinessName", "BusinessWebsite", "NotificationEmail",
				"UseCaseCategories", "UseCaseSummary", "ProductionMessageSample", "OptInImageUrls", "OptInType",
				"MessageVolume", "TollfreePhoneNumberSid", "BusinessRegistrationAuthority", "BusinessType");
		assertThat(request.basicCredentials()).startsWith(StubTwilioServer.ACCOUNT_SID + ":");
		assertThat(this.listener.only().domain()).isEqualTo(TwilioDomain.MESSAGING);
	}

	@Test
	void fetchMapsVerification() {
		this.server.enqueue(Response.fixture(200, "messaging/tollfree-verification.json"));
		TollfreeVerification verification = this.verifications.fetch(SID);
		assertThat(this.server.takeRequest().path()).isEqualTo("/v1/Tollfree/Verifications/" + SID);
		assertThat(verification.sid()).isEqualTo(SID);
		assertThat(verification.customerProfileSid()).isEqualTo("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(verification.regulatedItemSid()).isEqualTo("RAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(verification.dateCreated()).isEqualTo(OffsetDateTime.of(2021, 1, 27, 14, 18, 35, 0, ZoneOffset.UTC));
		assertThat(verification.businessName()).isEqualTo("Owl, Inc.");
		assertThat(verification.businessStreetAddress2()).isEqualTo("Suite 101");
		assertThat(verification.businessContactPhone()).isEqualTo("+11231231234");
		assertThat(verification.useCaseCategories()).containsExactly(UseCaseCategory.TWO_FACTOR_AUTHENTICATION,
				UseCaseCategory.MARKETING);
		assertThat(verification.optInImageUrls()).hasSize(2);
		assertThat(verification.optInType()).isEqualTo(OptInType.VERBAL);
		assertThat(verification.messageVolume()).isEqualTo("2000");
		assertThat(verification.status()).isEqualTo(Status.TWILIO_APPROVED);
		assertThat(verification.rejectionReasons()).isNull();
		assertThat(verification.editAllowed()).isNull();
		assertThat(verification.resourceLinks()).containsKeys("customer_profile", "trust_product");
		assertThat(verification.externalReferenceId()).isEqualTo("abc123xyz567");
		assertThat(verification.businessRegistrationAuthority()).isEqualTo(BusinessRegistrationAuthority.EIN);
		assertThat(verification.businessType()).isEqualTo(BusinessType.PRIVATE_PROFIT);
		assertThat(verification.ageGatedContent()).isFalse();
		assertThat(verification.optInKeywords()).containsExactly("START");
		assertThat(verification.tollfreePhoneNumber()).isEqualTo("+18003334444");
		assertThat(verification.vettingProvider()).isNull();
	}

	@Test
	void listFiltersAndStreamsAcrossPages() {
		String url = "https://messaging.twilio.com/v1/Tollfree/Verifications";
		this.server.enqueue(
				Response.json(200, MetaPages.page("verifications", url, url + "?Status=IN_REVIEW&Page=1&PageToken=PT1",
						List.of("{\"sid\":\"HH1\",\"status\":\"IN_REVIEW\"}"))),
				Response.json(200, MetaPages.page("verifications", url, null,
						List.of("{\"sid\":\"HH2\",\"status\":\"SOMETHING_NEW\"}"))));
		List<TollfreeVerification> all = this.verifications
			.stream(TollfreeVerificationListRequest.builder()
				.status(Status.IN_REVIEW)
				.trustProductSids("BU1", "BU2")
				.includeSubAccounts(true)
				.pageSize(1)
				.build())
			.toList();
		assertThat(all).extracting(TollfreeVerification::status).containsExactly(Status.IN_REVIEW, Status.UNKNOWN);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests.get(0).rawQuery())
			.isEqualTo("Status=IN_REVIEW&TrustProductSid=BU1&TrustProductSid=BU2&IncludeSubAccounts=true&PageSize=1");
		assertThat(requests.get(1).rawQuery()).isEqualTo("Status=IN_REVIEW&Page=1&PageToken=PT1");
	}

	// UpdateTollfreeVerification: POST /v1/Tollfree/Verifications/{Sid}, 202 Accepted
	@Test
	void editsRejectedVerificationAndResubmitsIt() {
		this.server.enqueue(Response.fixture(202, "messaging/tollfree-verification-edited.json"));
		TwilioResponse<TollfreeVerification> response = this.verifications.updateWithResponse(SID,
				TollfreeVerificationUpdateRequest.builder()
					.businessWebsite("http://www.company.com")
					.useCaseCategories(UseCaseCategory.TWO_FACTOR_AUTHENTICATION, UseCaseCategory.MARKETING)
					.optInImageUrls("https://testbusiness.com/images/image1.jpg",
							"https://testbusiness.com/images/image2.jpg")
					.optInType(OptInType.VERBAL)
					.messageVolume("1,000")
					.businessRegistrationAuthority(BusinessRegistrationAuthority.EIN)
					.ageGatedContent(false)
					.editReason("Website fixed")
					.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Tollfree/Verifications/" + SID);
		assertThat(request.bodyAsString()).isEqualTo("BusinessWebsite=http%3A%2F%2Fwww.company.com"
				+ "&UseCaseCategories=TWO_FACTOR_AUTHENTICATION&UseCaseCategories=MARKETING"
				+ "&OptInImageUrls=https%3A%2F%2Ftestbusiness.com%2Fimages%2Fimage1.jpg"
				+ "&OptInImageUrls=https%3A%2F%2Ftestbusiness.com%2Fimages%2Fimage2.jpg&OptInType=VERBAL"
				+ "&MessageVolume=1%2C000&BusinessRegistrationAuthority=EIN&AgeGatedContent=false"
				+ "&EditReason=Website+fixed");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(this.listener.only().domain()).isEqualTo(TwilioDomain.MESSAGING);
		assertThat(response.statusCode()).isEqualTo(202);
		TollfreeVerification verification = response.body();
		assertThat(verification.sid()).isEqualTo(SID);
		assertThat(verification.status()).isEqualTo(Status.PENDING_REVIEW);
		assertThat(verification.dateUpdated()).isEqualTo(OffsetDateTime.of(2021, 1, 27, 14, 18, 36, 0, ZoneOffset.UTC));
		assertThat(verification.messageVolume()).isEqualTo("1,000");
		assertThat(verification.useCaseCategories()).containsExactly(UseCaseCategory.TWO_FACTOR_AUTHENTICATION,
				UseCaseCategory.MARKETING);
		assertThat(verification.regulatedItemSid()).isNull();
		assertThat(verification.rejectionReasons()).isNull();
	}

	@Test
	void editWithOnlyAReasonResubmitsUnchanged() {
		this.server.enqueue(Response.fixture(202, "messaging/tollfree-verification-edited.json"));
		TollfreeVerification verification = this.verifications.update(SID,
				TollfreeVerificationUpdateRequest.builder().editReason("Website fixed").build());
		assertThat(this.server.takeRequest().bodyAsString()).isEqualTo("EditReason=Website+fixed");
		assertThat(verification.status()).isEqualTo(Status.PENDING_REVIEW);
	}

	@Test
	void editNeedsAChangeAndASid() {
		assertThatIllegalArgumentException().isThrownBy(() -> TollfreeVerificationUpdateRequest.builder().build())
			.withMessage("A toll-free verification edit needs at least one setting to change or an editReason(...)");
		TollfreeVerificationUpdateRequest request = TollfreeVerificationUpdateRequest.builder()
			.editReason("Website fixed")
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.verifications.update(" ", request))
			.withMessage("Toll-free verification SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void deletesVerification() {
		this.server.enqueue(Response.empty(204));
		this.verifications.delete(SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.path()).isEqualTo("/v1/Tollfree/Verifications/" + SID);
	}

	@Test
	void namesMissingRequiredParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TollfreeVerificationCreateRequest.builder().businessName("Owl").build())
			.withMessageStartingWith("A toll-free verification needs businessWebsite(...), notificationEmail(...)")
			.withMessageEndingWith("tollfreePhoneNumberSid(...)");
	}

}
