package dev.twiliospring.client.verify;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.MetaPages;
import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link VerifyServiceResource}.
 */
class VerifyServiceResourceTests {

	private static final String SID = "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final VerifyServiceResource services = this.server.clientBuilder()
		.listener(this.listener)
		.build()
		.verify()
		.services();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createsService() {
		this.server.enqueue(Response.fixture(201, "verify/service.json"));
		VerifyService service = this.services.create(VerifyServiceCreateRequest.builder()
			.friendlyName("name")
			.codeLength(4)
			.customCodeEnabled(true)
			.totpIssuer("test-issuer")
			.totpTimeStep(30)
			.whatsappFrom("whatsapp:+1234567890")
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v2/Services");
		assertThat(request.bodyAsString()).isEqualTo("FriendlyName=name&CodeLength=4&CustomCodeEnabled=true"
				+ "&Totp.Issuer=test-issuer&Totp.TimeStep=30&Whatsapp.From=whatsapp%3A%2B1234567890");
		assertThat(request.basicCredentials()).startsWith(StubTwilioServer.ACCOUNT_SID + ":");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.VERIFY);
		assertThat(context.pathTemplate()).isEqualTo("/v2/Services");
		assertThat(service.sid()).isEqualTo(SID);
		assertThat(service.friendlyName()).isEqualTo("name");
		assertThat(service.codeLength()).isEqualTo(4);
		assertThat(service.lookupEnabled()).isFalse();
		assertThat(service.psd2Enabled()).isFalse();
		assertThat(service.skipSmsToLandlines()).isFalse();
		assertThat(service.dtmfInputRequired()).isFalse();
		assertThat(service.ttsName()).isEqualTo("name");
		assertThat(service.doNotShareWarningEnabled()).isFalse();
		assertThat(service.customCodeEnabled()).isTrue();
		assertThat(service.push()).containsEntry("apn_credential_sid", "CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(service.totp()).containsEntry("issuer", "test-issuer").containsEntry("time_step", 30);
		assertThat(service.whatsapp()).containsEntry("from", "whatsapp:+1234567890");
		assertThat(service.passkeys()).containsEntry("user_verification", "discouraged");
		assertThat(service.defaultTemplateSid()).isEqualTo("HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(service.verifyEventSubscriptionEnabled()).isFalse();
		assertThat(service.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(service.links()).containsKey("verification_checks");
	}

	@Test
	void fetchesListsAndDeletesServices() {
		String url = "https://verify.twilio.com/v2/Services";
		this.server.enqueue(Response.fixture(200, "verify/service.json"),
				Response.json(200, MetaPages.page("services", url, url + "?PageSize=1&Page=1&PageToken=PT1",
						List.of("{\"sid\":\"VA1\"}"))),
				Response.json(200, MetaPages.page("services", url, null, List.of("{\"sid\":\"VA2\"}"))),
				Response.empty(204));
		assertThat(this.services.fetch(SID).sid()).isEqualTo(SID);
		assertThat(this.services.stream(1).map(VerifyService::sid)).containsExactly("VA1", "VA2");
		this.services.delete(SID);
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting((request) -> request.method() + " " + request.path() + "?" + request.rawQuery())
			.containsExactly("GET /v2/Services/" + SID + "?null", "GET /v2/Services?PageSize=1",
					"GET /v2/Services?PageSize=1&Page=1&PageToken=PT1", "DELETE /v2/Services/" + SID + "?null");
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::domain).containsOnly(TwilioDomain.VERIFY);
	}

	@Test
	void validatesCodeLengthAndName() {
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceCreateRequest.builder().codeLength(11))
			.withMessage("CodeLength must be between 4 and 10, got 11");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceCreateRequest.builder().build())
			.withMessage("A Verify service needs a name: call friendlyName(...)");
	}

	// twilio_verify_v2.json CreateService and UpdateService: FriendlyName "It can be up to
	// 32 characters long."
	@Test
	void refusesServiceNameLongerThanTwilioTakes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VerifyServiceCreateRequest.builder().friendlyName("Example Corporation Online Banking"))
			.withMessage("FriendlyName must be at most 32 characters, got 34");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VerifyServiceUpdateRequest.builder().friendlyName("x".repeat(33)))
			.withMessage("FriendlyName must be at most 32 characters, got 33");
		assertThat(VerifyServiceCreateRequest.builder().friendlyName("x".repeat(32)).build().parameters()
			.getFirst("FriendlyName")).hasSize(32);
	}

	// twilio_verify_v2.json CreateService and UpdateService: Totp.TimeStep "Must be between
	// 20 and 60 seconds, inclusive", Totp.CodeLength "between 3 and 8, inclusive",
	// Totp.Skew "between 0 and 2, inclusive"
	@Test
	void validatesTotpSettingsAsTwilioDescribesThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceCreateRequest.builder().totpTimeStep(90))
			.withMessage("Totp.TimeStep must be between 20 and 60, got 90");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceCreateRequest.builder().totpTimeStep(19))
			.withMessage("Totp.TimeStep must be between 20 and 60, got 19");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceUpdateRequest.builder().totpCodeLength(9))
			.withMessage("Totp.CodeLength must be between 3 and 8, got 9");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceUpdateRequest.builder().totpCodeLength(2))
			.withMessage("Totp.CodeLength must be between 3 and 8, got 2");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceUpdateRequest.builder().totpSkew(3))
			.withMessage("Totp.Skew must be between 0 and 2, got 3");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceUpdateRequest.builder().totpSkew(-1))
			.withMessage("Totp.Skew must be between 0 and 2, got -1");
		assertThat(VerifyServiceCreateRequest.builder()
			.friendlyName("name")
			.totpTimeStep(60)
			.totpCodeLength(8)
			.totpSkew(0)
			.build()
			.parameters()
			.asMap()).containsEntry("Totp.TimeStep", List.of("60"))
			.containsEntry("Totp.CodeLength", List.of("8"))
			.containsEntry("Totp.Skew", List.of("0"));
	}

	// UpdateService: POST /v2/Services/{Sid}, 200
	@Test
	void updatesServiceWithChangedSettingsOnly() {
		this.server.enqueue(Response.fixture(200, "verify/service-updated.json"));
		TwilioResponse<VerifyService> response = this.services.updateWithResponse(SID,
				VerifyServiceUpdateRequest.builder()
					.codeLength(4)
					.pushFcmCredentialSid("CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
					.totpSkew(2)
					.passkeysRelyingPartyOrigins("www.example.com")
					.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v2/Services/" + SID);
		assertThat(request.bodyAsString()).isEqualTo("CodeLength=4&Push.FcmCredentialSid=CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
				+ "&Totp.Skew=2&Passkeys.RelyingParty.Origins=www.example.com");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.VERIFY);
		assertThat(context.pathTemplate()).isEqualTo("/v2/Services/{Sid}");
		assertThat(response.statusCode()).isEqualTo(200);
		VerifyService service = response.body();
		assertThat(service.sid()).isEqualTo(SID);
		assertThat(service.codeLength()).isEqualTo(4);
		assertThat(service.push()).containsEntry("fcm_credential_sid", "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
			.containsEntry("apn_credential_sid", null);
		assertThat(service.totp()).containsEntry("skew", 2);
		assertThat(service.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
	}

	@Test
	void updateNeedsAChangeAndChecksItAsCreateDoes() {
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceUpdateRequest.builder().build())
			.withMessage("A Verify service update needs at least one setting to change");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyServiceUpdateRequest.builder().codeLength(3))
			.withMessage("CodeLength must be between 4 and 10, got 3");
		VerifyServiceUpdateRequest request = VerifyServiceUpdateRequest.builder().friendlyName("renamed").build();
		assertThat(request.toString()).isEqualTo("VerifyServiceUpdateRequest[FriendlyName]");
		assertThatIllegalArgumentException().isThrownBy(() -> this.services.update("", request))
			.withMessage("Verify service SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void escapeHatchSetsAnyParameter() {
		VerifyServiceCreateRequest request = VerifyServiceCreateRequest.builder()
			.friendlyName("name")
			.param("Future.Setting", true)
			.build();
		assertThat(request.parameters().asMap()).containsEntry("Future.Setting", List.of("true"));
		assertThat(request.toString()).isEqualTo("VerifyServiceCreateRequest[FriendlyName, Future.Setting]");
	}

}
