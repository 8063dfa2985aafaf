package dev.twiliospring.client.verify;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.TwilioRequestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link VerifyApi}, {@link VerificationResource} and
 * {@link VerificationCheckResource}.
 */
class VerifyApiTests {

	private static final String SERVICE = "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String VERIFICATION = "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String NOT_FOUND = "{\"code\":20404,\"message\":\"The requested resource /Services/" + SERVICE
			+ "/VerificationCheck was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\","
			+ "\"status\":404}";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final VerifyApi verify = this.server.clientBuilder().listener(this.listener).build().verify();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void startSendsCodeOnVerifyHost() {
		this.server.enqueue(Response.fixture(201, "verify/verification.json"));
		Verification verification = this.verify.start(SERVICE, "+15017122661", VerificationChannel.SMS);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v2/Services/" + SERVICE + "/Verifications");
		assertThat(request.bodyAsString()).isEqualTo("To=%2B15017122661&Channel=sms");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.VERIFY);
		assertThat(context.pathTemplate()).isEqualTo("/v2/Services/{ServiceSid}/Verifications");
		assertThat(verification.sid()).isEqualTo(VERIFICATION);
		assertThat(verification.serviceSid()).isEqualTo(SERVICE);
		assertThat(verification.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(verification.to()).isEqualTo("+15017122661");
		assertThat(verification.channel()).isEqualTo(VerificationChannel.SMS);
		assertThat(verification.status()).isEqualTo(VerificationStatus.PENDING);
		assertThat(verification.isPending()).isTrue();
		assertThat(verification.valid()).isFalse();
		assertThat(verification.lookup()).isEmpty();
		assertThat(verification.amount()).isNull();
		assertThat(verification.sendCodeAttempts()).singleElement()
			.satisfies((attempt) -> assertThat(attempt).containsEntry("channel", "SMS")
				.containsEntry("attempt_sid", "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
		assertThat(verification.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(verification.url()).endsWith("/Verifications/" + VERIFICATION);
	}

	@Test
	void startsByCallEmailAndWhatsapp() {
		this.server.dispatcher((request) -> Response.fixture(201, "verify/verification.json"));
		this.verify.start(SERVICE, "+15017122661", VerificationChannel.CALL);
		this.verify.start(SERVICE, "user@example.com", VerificationChannel.EMAIL);
		this.verify.start(SERVICE, "+15017122661", VerificationChannel.WHATSAPP);
		assertThat(this.server.requests()).extracting((request) -> request.form().get("Channel").get(0))
			.containsExactly("call", "email", "whatsapp");
		assertThat(this.server.requests().get(1).form().get("To")).containsExactly("user@example.com");
	}

	@Test
	void startWithOptionsSendsJsonParameters() {
		this.server.enqueue(Response.fixture(201, "verify/verification.json"));
		this.verify.verifications(SERVICE)
			.create(VerificationCreateRequest.builder()
				.to("user@example.com")
				.channel(VerificationChannel.EMAIL)
				.locale("en")
				.channelConfiguration(Map.of("from", "noreply@example.com"))
				.rateLimits(Map.of("end_user_ip_address", "127.0.0.1"))
				.riskCheck(false)
				.build());
		Map<String, List<String>> form = this.server.takeRequest().form();
		assertThat(form.get("ChannelConfiguration")).containsExactly("{\"from\":\"noreply@example.com\"}");
		assertThat(form.get("RateLimits")).containsExactly("{\"end_user_ip_address\":\"127.0.0.1\"}");
		assertThat(form.get("RiskCheck")).containsExactly("disable");
		assertThat(form.get("Locale")).containsExactly("en");
	}

	// twilio_verify_v2.json CreateVerification: Tags "The object may contain up to 10
	// tags. Keys and values can each be up to 128 characters in length."
	@Test
	void tagsAreRefusedBeyondWhatTwilioTakes() {
		Map<String, String> eleven = new LinkedHashMap<>();
		for (int i = 1; i <= 11; i++) {
			eleven.put("tag" + i, "value");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> VerificationCreateRequest.builder().tags(eleven))
			.withMessage("Tags can hold up to 10 tags, got 11");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VerificationCreateRequest.builder().tags(Map.of("k".repeat(129), "value")))
			.withMessage("The key of tag '" + "k".repeat(32) + "...' has 129 characters; Twilio takes up to 128");
		String emojiKey = "k".repeat(31) + "\uD83D\uDC4D" + "k".repeat(97);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VerificationCreateRequest.builder().tags(Map.of(emojiKey, "value")))
			.withMessage("The key of tag '" + "k".repeat(31) + "\uD83D\uDC4D...' has 129 characters; Twilio takes up "
					+ "to 128");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VerificationCreateRequest.builder().tags(Map.of("campaign", "v".repeat(129))))
			.withMessage("The value of tag 'campaign' has 129 characters; Twilio takes up to 128");
		eleven.remove("tag11");
		eleven.put("k".repeat(128), "v".repeat(128));
		eleven.remove("tag1");
		VerificationCreateRequest request = VerificationCreateRequest.builder()
			.to("+15017122661")
			.channel(VerificationChannel.SMS)
			.tags(eleven)
			.build();
		assertThat(request.parameters().getFirst("Tags")).contains("\"tag10\":\"value\"");
	}

	@Test
	void localeIsSentAsTwiliosLanguageTag() {
		assertThat(VerificationCreateRequest.builder()
			.to("+15017122661")
			.channel(VerificationChannel.SMS)
			.locale(new Locale.Builder().setLanguage("pt").setRegion("BR").build())
			.build()
			.parameters()
			.get("Locale")).containsExactly("pt-BR");
		assertThat(VerificationCreateRequest.builder()
			.to("+15017122661")
			.channel(VerificationChannel.SMS)
			.locale(Locale.JAPANESE)
			.build()
			.parameters()
			.get("Locale")).containsExactly("ja");
		assertThatIllegalArgumentException().isThrownBy(() -> VerificationCreateRequest.builder()
			.locale(Locale.ROOT)).withMessageContaining("has no language");
	}

	@Test
	void checkReturnsApprovedForRightCode() {
		this.server.enqueue(Response.fixture(201, "verify/verification-check-approved.json"));
		VerificationCheck check = this.verify.check(SERVICE, "+15017122661", "123456");
		assertThat(check.isApproved()).isTrue();
		assertThat(check.status()).isEqualTo(VerificationStatus.APPROVED);
		assertThat(check.valid()).isTrue();
		assertThat(check.sid()).isEqualTo(VERIFICATION);
		assertThat(check.serviceSid()).isEqualTo(SERVICE);
		assertThat(check.to()).isEqualTo("+15017122661");
		assertThat(check.channel()).isEqualTo(VerificationChannel.SMS);
		assertThat(check.snaAttemptsErrorCodes()).isEmpty();
		assertThat(check.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v2/Services/" + SERVICE + "/VerificationCheck");
		assertThat(request.bodyAsString()).isEqualTo("To=%2B15017122661&Code=123456");
		assertThat(this.listener.only().domain()).isEqualTo(TwilioDomain.VERIFY);
	}

	@Test
	void checkReturnsPendingForWrongCode() {
		this.server.enqueue(Response.fixture(200, "verify/verification-check-pending.json"));
		VerificationCheck check = this.verify.check(SERVICE, "+15017122661", "000000");
		assertThat(check.isApproved()).isFalse();
		assertThat(check.status()).isEqualTo(VerificationStatus.PENDING);
		assertThat(check.valid()).isFalse();
	}

	@Test
	void checkOfExpiredOrApprovedVerificationThrowsNotFound() {
		this.server.enqueue(Response.json(404, NOT_FOUND).header("Twilio-Request-Id", "RQ1"));
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(SERVICE, "+15017122661", "123456"))
			.withMessageStartingWith("Twilio found no pending verification to check in Verify service " + SERVICE)
			.withMessageContaining("most likely it expired, was already approved or canceled, or reached its "
					+ "maximum attempts, and a new verification sends a new code")
			.withMessageContaining("A wrong or deleted Verify service SID gets the same answer")
			.withMessageContaining("The requested resource /Services/" + SERVICE + "/VerificationCheck was not found")
			.withMessageContaining("https://www.twilio.com/docs/errors/20404")
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo(20404);
				assertThat(ex.getErrorMessage())
					.isEqualTo("The requested resource /Services/" + SERVICE + "/VerificationCheck was not found");
				assertThat(ex.getRequestId()).isEqualTo("RQ1");
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20404");
				assertThat(ex.getServiceSid()).isEqualTo(SERVICE);
				assertThat(ex).hasCauseInstanceOf(TwilioApiException.class);
			});
	}

	@Test
	void otherCheckErrorsStayTwilioApiExceptions() {
		this.server.enqueue(Response.json(429, "{\"code\":60202,\"message\":\"Max check attempts reached\",\"status\":429}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.check(SERVICE, "+15017122661", "123456"))
			.isNotInstanceOf(VerificationNotFoundException.class)
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60202));
	}

	@Test
	void verifyLimitsAndRefusedParametersHaveNamedCodesAndAreNotRetried() {
		VerifyApi retrying = this.server.clientBuilder().maxRetries(3).sleeper((delay) -> {
		}).build().verify();
		this.server.enqueue(
				Response.json(429, "{\"code\":60203,\"message\":\"Max send attempts reached\",\"status\":429}"),
				Response.json(429, "{\"code\":60202,\"message\":\"Max check attempts reached\",\"status\":429}"),
				Response.json(400, "{\"code\":60200,\"message\":\"Invalid parameter: To\",\"status\":400}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> retrying.start(SERVICE, "+15017122661", VerificationChannel.SMS))
			.satisfies((ex) -> assertThat(ex.hasCode(TwilioErrorCodes.VERIFY_MAX_SEND_ATTEMPTS)).isTrue());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> retrying.check(SERVICE, "+15017122661", "123456"))
			.satisfies((ex) -> assertThat(ex.hasCode(TwilioErrorCodes.VERIFY_MAX_CHECK_ATTEMPTS)).isTrue());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> retrying.start(SERVICE, "5017122661", VerificationChannel.SMS))
			.satisfies((ex) -> assertThat(ex.hasCode(TwilioErrorCodes.VERIFY_INVALID_PARAMETER)).isTrue());
		assertThat(this.server.requestCount()).isEqualTo(3);
	}

	@Test
	void checksByVerificationSid() {
		this.server.enqueue(Response.fixture(201, "verify/verification-check-approved.json"));
		this.verify.verificationChecks(SERVICE)
			.create(VerificationCheckCreateRequest.builder().verificationSid(VERIFICATION).code("123456").build());
		assertThat(this.server.takeRequest().bodyAsString())
			.isEqualTo("VerificationSid=" + VERIFICATION + "&Code=123456");
	}

	@Test
	void fetchesVerification() {
		this.server.enqueue(Response.fixture(200, "verify/verification.json"));
		this.verify.verifications(SERVICE).fetch(VERIFICATION);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v2/Services/" + SERVICE + "/Verifications/" + VERIFICATION);
		assertThat(this.listener.only().pathTemplate()).isEqualTo("/v2/Services/{ServiceSid}/Verifications/{Sid}");
	}

	@Test
	void fetchOfVerificationTwilioDeletedThrowsNotFound() {
		String notFound = "{\"code\":20404,\"message\":\"The requested resource /Services/" + SERVICE
				+ "/Verifications/" + VERIFICATION + " was not found\",\"status\":404}";
		this.server.enqueue(Response.json(404, notFound).header("Twilio-Request-Id", "RQ1"));
		this.server.enqueue(Response.json(404, notFound));
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.verifications(SERVICE).fetch(VERIFICATION))
			.withMessageStartingWith("Twilio found no verification to fetch in Verify service " + SERVICE)
			.withMessageContaining("most likely it was approved, expired or reached its maximum attempts")
			.withMessageContaining("was not found")
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo(20404);
				assertThat(ex.getRequestId()).isEqualTo("RQ1");
				assertThat(ex.getServiceSid()).isEqualTo(SERVICE);
			});
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.verifications(SERVICE).fetchWithResponse(VERIFICATION));
	}

	@Test
	void otherFetchErrorsStayTwilioApiExceptions() {
		this.server.enqueue(Response.json(404, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":404}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.verifications(SERVICE).fetch(VERIFICATION))
			.isNotInstanceOf(VerificationNotFoundException.class)
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20003));
	}

	@Test
	void cancelUpdatesStatusToCanceled() {
		this.server.enqueue(Response.fixture(200, "verify/verification-canceled.json"));
		Verification verification = this.verify.verifications(SERVICE).cancel(VERIFICATION);
		assertThat(verification.status()).isEqualTo(VerificationStatus.CANCELED);
		assertThat(verification.status().isFinal()).isTrue();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v2/Services/" + SERVICE + "/Verifications/" + VERIFICATION);
		assertThat(request.bodyAsString()).isEqualTo("Status=canceled");
	}

	@Test
	void approveUpdatesStatusToApproved() {
		this.server.enqueue(Response.fixture(200, "verify/verification-canceled.json"));
		this.verify.verifications(SERVICE).approve(VERIFICATION);
		assertThat(this.server.takeRequest().bodyAsString()).isEqualTo("Status=approved");
	}

	@Test
	void cancelOrApprovalOfVerificationNoLongerPendingThrowsNotFound() {
		String notFound = "{\"code\":20404,\"message\":\"The requested resource /Services/" + SERVICE
				+ "/Verifications/" + VERIFICATION + " was not found\",\"status\":404}";
		this.server.enqueue(Response.json(404, notFound).header("Twilio-Request-Id", "RQ1"));
		this.server.enqueue(Response.json(404, notFound));
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.verifications(SERVICE).cancel(VERIFICATION))
			.withMessageStartingWith("Twilio found no pending verification to cancel in Verify service " + SERVICE)
			.withMessageContaining("most likely it expired, was already approved or canceled")
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo(20404);
				assertThat(ex.getRequestId()).isEqualTo("RQ1");
				assertThat(ex.getServiceSid()).isEqualTo(SERVICE);
			});
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.verifications(SERVICE).approveWithResponse(VERIFICATION))
			.withMessageStartingWith("Twilio found no pending verification to approve in Verify service " + SERVICE);
	}

	@Test
	void otherCancelErrorsStayTwilioApiExceptions() {
		this.server.enqueue(Response.json(400, "{\"code\":60200,\"message\":\"Invalid parameter\",\"status\":400}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.verifications(SERVICE).cancel(VERIFICATION))
			.isNotInstanceOf(VerificationNotFoundException.class)
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60200));
	}

	@Test
	void mapsUnknownChannelAndStatus() {
		this.server.enqueue(Response.json(200, "{\"sid\":\"VE1\",\"channel\":\"carrier-pigeon\",\"status\":\"paused\"}"));
		Verification verification = this.verify.verifications(SERVICE).fetch("VE1");
		assertThat(verification.channel()).isEqualTo(VerificationChannel.UNKNOWN);
		assertThat(verification.status()).isEqualTo(VerificationStatus.UNKNOWN);
		assertThat(verification.isPending()).isFalse();
	}

	@Test
	void requestsExplainWhatIsMissing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VerificationCreateRequest.builder().to("+15017122661").build())
			.withMessage("A verification needs a recipient and a channel: call to(...) and channel(...)");
		assertThatIllegalArgumentException().isThrownBy(() -> VerificationCheckCreateRequest.builder().code("1").build())
			.withMessageContaining("to(...) or verificationSid(...)");
		assertThatIllegalArgumentException().isThrownBy(() -> this.verify.check(SERVICE, "+15017122661", ""))
			.withMessage("Code must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.verify.verifications(" "))
			.withMessage("Verify service SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

}
