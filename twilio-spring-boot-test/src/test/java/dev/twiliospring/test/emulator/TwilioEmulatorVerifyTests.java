package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.util.Map;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.verify.Verification;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationCheck;
import dev.twiliospring.client.verify.VerificationCheckCreateRequest;
import dev.twiliospring.client.verify.VerificationCreateRequest;
import dev.twiliospring.client.verify.VerificationNotFoundException;
import dev.twiliospring.client.verify.VerificationStatus;
import dev.twiliospring.client.verify.VerifyApi;
import dev.twiliospring.client.verify.VerifyService;
import dev.twiliospring.client.verify.VerifyServiceCreateRequest;
import dev.twiliospring.client.verify.VerifyServiceUpdateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import org.junit.jupiter.api.AfterEach;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the Verify API of {@link TwilioEmulator}, through the real
 * {@link TwilioClient}.
 */
class TwilioEmulatorVerifyTests {

	private static final String CUSTOMER = "+14155550100";

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	private final VerifyApi verify = this.client.verify();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void createsServiceWithTwilioDefaults() {
		VerifyService service = createService("My App");
		assertThat(service.sid()).matches("VA[0-9a-f]{32}");
		assertThat(service.accountSid()).isEqualTo(this.emulator.accountSid());
		assertThat(service.friendlyName()).isEqualTo("My App");
		assertThat(service.codeLength()).isEqualTo(6);
		assertThat(service.customCodeEnabled()).isFalse();
		assertThat(service.dtmfInputRequired()).isTrue();
		assertThat(service.dateCreated()).isNotNull();
		assertThat(service.url()).isEqualTo(this.emulator.baseUrl() + "/v2/Services/" + service.sid());
		assertThat(service.links()).containsEntry("verifications", service.url() + "/Verifications")
			.containsEntry("verification_checks", service.url() + "/VerificationCheck");
	}

	@Test
	void fetchesListsUpdatesAndDeletesServices() {
		VerifyService first = createService("First");
		VerifyService second = this.verify.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("Second").codeLength(8).build());
		assertThat(this.verify.services().fetch(second.sid()).codeLength()).isEqualTo(8);
		Page<VerifyService> page = this.verify.services().list(1);
		assertThat(page.items()).extracting(VerifyService::sid).containsExactly(first.sid());
		assertThat(page.hasNext()).isTrue();
		assertThat(this.verify.services().stream(1).map(VerifyService::friendlyName).toList())
			.containsExactly("First", "Second");
		VerifyService updated = this.verify.services()
			.update(first.sid(), VerifyServiceUpdateRequest.builder().friendlyName("Renamed").codeLength(4).build());
		assertThat(updated.friendlyName()).isEqualTo("Renamed");
		assertThat(updated.codeLength()).isEqualTo(4);
		this.verify.services().delete(first.sid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.services().fetch(first.sid()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void rejectsServiceWithCodeLengthOver10() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.services()
				.create(VerifyServiceCreateRequest.builder().friendlyName("App").param("CodeLength", 11).build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60200));
	}

	@Test
	void startsPendingVerificationAndTextsTheCode() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		assertThat(verification.sid()).matches("VE[0-9a-f]{32}");
		assertThat(verification.serviceSid()).isEqualTo(service.sid());
		assertThat(verification.accountSid()).isEqualTo(this.emulator.accountSid());
		assertThat(verification.to()).isEqualTo(CUSTOMER);
		assertThat(verification.channel()).isEqualTo(VerificationChannel.SMS);
		assertThat(verification.isPending()).isTrue();
		assertThat(verification.valid()).isFalse();
		assertThat(verification.sendCodeAttempts()).hasSize(1)
			.first()
			.satisfies((attempt) -> assertThat(attempt).containsEntry("channel", "SMS").containsKey("attempt_sid"));
		assertThat(verification.dateCreated()).isNotNull();
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		assertThat(code).matches("[0-9]{6}");
		EmulatedMessage sms = this.emulator.awaitMessageTo(CUSTOMER, Duration.ofSeconds(5));
		assertThat(sms.body()).isEqualTo("Your My App verification code is: " + code);
		assertThat(sms.from()).isEqualTo("+15005550006");
		assertThat(sms.direction()).isEqualTo("outbound-api");
		this.emulator.awaitMessageStatus(sms.sid(), "delivered", Duration.ofSeconds(5));
		// Verify texts from Twilio's own account, so the account's message log does not show it
		assertThat(sms.accountSid()).isNotEqualTo(this.emulator.accountSid());
		assertThat(this.client.messages().list().items()).isEmpty();
	}

	@Test
	void customFriendlyNameReplacesTheServiceNameInTheText() {
		VerifyService service = createService("My App");
		this.verify.verifications(service.sid())
			.create(VerificationCreateRequest.builder()
				.to(CUSTOMER)
				.channel(VerificationChannel.SMS)
				.customFriendlyName("Acme Shop")
				.build());
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		EmulatedMessage sms = this.emulator.awaitMessageTo(CUSTOMER, Duration.ofSeconds(5));
		assertThat(sms.body()).isEqualTo("Your Acme Shop verification code is: " + code);
	}

	@Test
	void codeHasTheServiceCodeLength() {
		VerifyService service = this.verify.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("App").codeLength(4).build());
		this.verify.start(service.sid(), CUSTOMER, VerificationChannel.CALL);
		assertThat(this.emulator.verificationCode(CUSTOMER)).hasValueSatisfying((code) -> assertThat(code).matches("[0-9]{4}"));
	}

	@Test
	void callEmailAndWhatsappSendNoTextMessage() {
		VerifyService service = createService("My App");
		Verification call = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.CALL);
		Verification email = this.verify.start(service.sid(), "user@example.com", VerificationChannel.EMAIL);
		Verification whatsapp = this.verify.start(service.sid(), "+14155550101", VerificationChannel.WHATSAPP);
		assertThat(call.channel()).isEqualTo(VerificationChannel.CALL);
		assertThat(email.channel()).isEqualTo(VerificationChannel.EMAIL);
		assertThat(whatsapp.channel()).isEqualTo(VerificationChannel.WHATSAPP);
		assertThat(this.emulator.verificationCode("user@example.com")).isPresent();
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void rightCodeApprovesTheVerification() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		VerificationCheck check = this.verify.check(service.sid(), CUSTOMER, code);
		assertThat(check.isApproved()).isTrue();
		assertThat(check.valid()).isTrue();
		assertThat(check.sid()).isEqualTo(verification.sid());
		assertThat(check.to()).isEqualTo(CUSTOMER);
		assertThat(check.channel()).isEqualTo(VerificationChannel.SMS);
		assertThat(check.snaAttemptsErrorCodes()).isEmpty();
	}

	@Test
	void approvedVerificationIsDeletedAsWithTwilio() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		assertThat(this.verify.check(service.sid(), CUSTOMER, code).isApproved()).isTrue();
		assertFetchIsNotFound(service, verification);
		// The code stays readable for the test
		assertThat(this.emulator.verificationCode(CUSTOMER)).contains(code);
		Verification approved = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		this.verify.verifications(service.sid()).approve(approved.sid());
		assertFetchIsNotFound(service, approved);
	}

	@Test
	void canceledVerificationCanStillBeFetched() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		this.verify.verifications(service.sid()).cancel(verification.sid());
		assertThat(this.verify.verifications(service.sid()).fetch(verification.sid()).status())
			.isEqualTo(VerificationStatus.CANCELED);
	}

	@Test
	void checkAnswersWithTheRawStatusOfSuccess() {
		VerifyService service = createService("My App");
		this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		assertThat(this.verify.verificationChecks(service.sid())
			.createWithResponse(VerificationCheckCreateRequest.of(CUSTOMER, code))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void checksByVerificationSid() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		VerificationCheck check = this.verify.verificationChecks(service.sid())
			.create(VerificationCheckCreateRequest.builder().verificationSid(verification.sid()).code(code).build());
		assertThat(check.isApproved()).isTrue();
	}

	@Test
	void wrongCodeLeavesTheVerificationPending() {
		VerifyService service = createService("My App");
		this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		VerificationCheck check = this.verify.check(service.sid(), CUSTOMER, wrong(code));
		assertThat(check.status()).isEqualTo(VerificationStatus.PENDING);
		assertThat(check.valid()).isFalse();
		assertThat(this.verify.check(service.sid(), CUSTOMER, code).isApproved()).isTrue();
	}

	@Test
	void checkAfterApprovalIsNotFound() {
		VerifyService service = createService("My App");
		this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		this.verify.check(service.sid(), CUSTOMER, code);
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, code))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void checkOfExpiredVerificationIsNotFound() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		this.emulator.expireVerification(verification.sid());
		assertFetchIsNotFound(service, verification);
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, code));
	}

	@Test
	void verificationExpiresTenMinutesAfterItStarted() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		synchronized (this.emulator.lock()) {
			EmulatorState.VerificationState state = this.emulator.verificationStates().get(verification.sid());
			assertThat(Duration.between(state.dateCreated, state.expiresAt)).isEqualTo(Duration.ofMinutes(10));
			// As if ten minutes had gone by
			state.expiresAt = state.dateCreated;
		}
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, code));
		assertFetchIsNotFound(service, verification);
		synchronized (this.emulator.lock()) {
			assertThat(this.emulator.verificationStates().get(verification.sid()).status).isEqualTo("expired");
		}
	}

	@Test
	void rejectsMissingRequiredParametersWith20001() {
		VerifyService service = createService("My App");
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest
				.post(TwilioDomain.VERIFY, "/v2/Services/" + service.sid() + "/Verifications")
				.param("To", CUSTOMER)
				.build(), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20001))
			.satisfies((ex) -> assertThat(ex.getErrorMessage())
				.isEqualTo("Missing required parameter Channel in the post body"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest.post(TwilioDomain.VERIFY, "/v2/Services")
				.param("CodeLength", 6)
				.build(), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20001));
	}

	@Test
	void checkWithoutVerificationOrInUnknownServiceIsNotFound() {
		VerifyService service = createService("My App");
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, "123456"));
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check("VA0123456789abcdef0123456789abcdef", CUSTOMER, "123456"));
	}

	@Test
	void sixthCheckReachesMaxAttempts() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		for (int i = 0; i < 5; i++) {
			assertThat(this.verify.check(service.sid(), CUSTOMER, wrong(code)).status())
				.isEqualTo(VerificationStatus.PENDING);
		}
		// A client that retries 429s still gets the limit, not the 404 that a retry would get
		try (TwilioClient retrying = TwilioClient.builder()
			.accountSid(this.emulator.accountSid())
			.authToken(this.emulator.authToken())
			.baseUrl(this.emulator.baseUrl())
			.maxRetries(2)
			.sleeper((delay) -> {
			})
			.build()) {
			assertThatExceptionOfType(TwilioApiException.class)
				.isThrownBy(() -> retrying.verify().check(service.sid(), CUSTOMER, code))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(429))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60202));
		}
		assertFetchIsNotFound(service, verification);
		synchronized (this.emulator.lock()) {
			assertThat(this.emulator.verificationStates().get(verification.sid()).status)
				.isEqualTo("max_attempts_reached");
		}
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, code));
	}

	@Test
	void startingAgainResendsTheSameCodeUntilMaxSendAttempts() {
		VerifyService service = createService("My App");
		Verification first = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		Verification again = null;
		for (int i = 0; i < 4; i++) {
			again = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.CALL);
		}
		assertThat(again.sid()).isEqualTo(first.sid());
		assertThat(again.channel()).isEqualTo(VerificationChannel.CALL);
		assertThat(again.sendCodeAttempts()).hasSize(5);
		assertThat(this.emulator.verificationCode(CUSTOMER)).hasValue(code);
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(429))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60203));
	}

	@Test
	void newVerificationAfterApprovalHasNewSid() {
		VerifyService service = createService("My App");
		Verification first = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		this.verify.verifications(service.sid()).approve(first.sid());
		Verification second = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		assertThat(second.sid()).isNotEqualTo(first.sid());
		assertThat(second.isPending()).isTrue();
	}

	@Test
	void cancelsAndApprovesPendingVerifications() {
		VerifyService service = createService("My App");
		Verification canceled = this.verify.verifications(service.sid())
			.cancel(this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS).sid());
		assertThat(canceled.status()).isEqualTo(VerificationStatus.CANCELED);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, code));
		Verification approved = this.verify.verifications(service.sid())
			.approve(this.verify.start(service.sid(), "+14155550101", VerificationChannel.SMS).sid());
		assertThat(approved.status()).isEqualTo(VerificationStatus.APPROVED);
		assertThat(approved.valid()).isTrue();
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.verifications(service.sid()).cancel(approved.sid()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void rejectsInvalidParametersWith60200() {
		VerifyService service = createService("My App");
		assertInvalid(() -> this.verify.start(service.sid(), "4155550100", VerificationChannel.SMS));
		assertInvalid(() -> this.verify.start(service.sid(), "not-an-address", VerificationChannel.EMAIL));
		assertInvalid(() -> this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SNA));
		assertInvalid(() -> this.verify.verifications(service.sid())
			.create(VerificationCreateRequest.builder().to(CUSTOMER).channel(VerificationChannel.SMS)
				.customCode("1234").build()));
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		assertInvalid(() -> this.verify.verificationChecks(service.sid())
			.create(VerificationCheckCreateRequest.builder().to(CUSTOMER).build()));
		assertInvalid(() -> this.client.execute(TwilioRequest
			.post(TwilioDomain.VERIFY, "/v2/Services/" + service.sid() + "/Verifications/" + verification.sid())
			.param("Status", "pending")
			.build(), JsonNode.class));
	}

	@Test
	void customCodeOfFourToTenCharactersIsTheCode() {
		VerifyService service = this.verify.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("My App").customCodeEnabled(true).build());
		assertInvalid(() -> startWithCustomCode(service, CUSTOMER, "123"));
		assertInvalid(() -> startWithCustomCode(service, CUSTOMER, "12345678901"));
		assertThat(this.emulator.verification(CUSTOMER)).isEmpty();
		startWithCustomCode(service, CUSTOMER, "1234");
		startWithCustomCode(service, "+14155550101", "ABCDE12345");
		assertThat(this.emulator.verificationCode(CUSTOMER)).hasValue("1234");
		assertThat(this.verify.check(service.sid(), "+14155550101", "ABCDE12345").isApproved()).isTrue();
	}

	private Verification startWithCustomCode(VerifyService service, String to, String code) {
		return this.verify.verifications(service.sid())
			.create(VerificationCreateRequest.builder().to(to).channel(VerificationChannel.SMS).customCode(code).build());
	}

	@Test
	void getOfVerificationsOrVerificationCheckIsRefusedWith405() {
		VerifyService service = createService("My App");
		for (String path : new String[] { "/v2/Services/{ServiceSid}/Verifications",
				"/v2/Services/{ServiceSid}/VerificationCheck" }) {
			assertThatExceptionOfType(TwilioApiException.class)
				.isThrownBy(() -> this.client.execute(
						TwilioRequest.get(TwilioDomain.VERIFY, path).pathVariable("ServiceSid", service.sid()).build(),
						JsonNode.class))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(405))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20004));
		}
	}

	@Test
	void subaccountDoesNotSeeTheServicesOfItsParent() {
		VerifyService service = createService("My App");
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant").build());
		try (TwilioClient tenant = TwilioClient.builder()
			.accountSid(sub.sid())
			.authToken(sub.authToken())
			.baseUrl(this.emulator.baseUrl())
			.build()) {
			assertThat(tenant.verify().services().list().items()).isEmpty();
			assertThatExceptionOfType(TwilioApiException.class)
				.isThrownBy(() -> tenant.verify().services().fetch(service.sid()))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
			this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
			String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
			assertThatExceptionOfType(VerificationNotFoundException.class)
				.isThrownBy(() -> tenant.verify().check(service.sid(), CUSTOMER, code));
		}
	}

	@Test
	void resetForgetsServicesAndVerifications() {
		VerifyService service = createService("My App");
		this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		this.emulator.reset();
		assertThat(this.emulator.verificationCode(CUSTOMER)).isEmpty();
		assertThat(this.verify.services().list().items()).isEmpty();
	}

	@Test
	void pathNotEmulatedIsRefusedAsNotEmulatedRatherThanAsAnUnknownNumber() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest
				.get(TwilioDomain.LOOKUPS, "/v2/PhoneNumbers/{PhoneNumber}/Overrides/line_type_intelligence")
				.pathVariable("PhoneNumber", CUSTOMER)
				.build(), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getErrorMessage())
				.contains("the Twilio emulator does not emulate GET on this path"));
	}

	@Test
	void refusesSmsToLandlineWhenServiceSkipsLandlines() {
		VerifyService skipping = this.verify
			.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("My App").skipSmsToLandlines(true).build());
		VerifyService sending = this.verify
			.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("My App").build());
		this.emulator.setLineType("+14155550111", "landline");
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify
				.start(skipping.sid(), TwilioTestNumbers.NOT_SMS_CAPABLE, VerificationChannel.SMS))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(403))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(TwilioErrorCodes.VERIFY_SMS_TO_LANDLINE));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.verify.start(skipping.sid(), "+14155550111", VerificationChannel.SMS))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60205));
		assertThat(this.verify.start(skipping.sid(), "+14155550111", VerificationChannel.CALL).sid())
			.startsWith("VE");
		assertThat(this.verify.start(skipping.sid(), CUSTOMER, VerificationChannel.SMS).sid())
			.startsWith("VE");
		assertThat(this.verify.start(sending.sid(), "+14155550111", VerificationChannel.SMS).sid())
			.startsWith("VE");
	}

	@Test
	void serviceAddedWithTheApplicationsSidTakesVerifications() {
		String sid = "VA0123456789abcdef0123456789abcdef";
		this.emulator.addVerifyService(sid, "My App");
		VerifyService service = this.verify.services().fetch(sid);
		assertThat(service.friendlyName()).isEqualTo("My App");
		assertThat(service.accountSid()).isEqualTo(this.emulator.accountSid());
		assertThat(service.codeLength()).isEqualTo(6);
		this.verify.start(sid, CUSTOMER, VerificationChannel.SMS);
		assertThat(this.emulator.awaitMessageTo(CUSTOMER, Duration.ofSeconds(5)).body())
			.startsWith("Your My App verification code is: ");
		// Added again, as a @BeforeEach method does when the emulator is not reset, it keeps its state
		this.verify.services().update(sid, VerifyServiceUpdateRequest.builder().customCodeEnabled(true).build());
		this.emulator.addVerifyService(sid, "Renamed");
		assertThat(this.verify.services().fetch(sid).customCodeEnabled()).isTrue();
		assertThat(this.verify.services().fetch(sid).friendlyName()).isEqualTo("Renamed");
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		assertThat(this.verify.check(sid, CUSTOMER, code).isApproved()).isTrue();
		this.emulator.reset();
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(sid, CUSTOMER, code));
	}

	@Test
	void refusesToAddServiceWithSidThatIsNoVerifyServiceSid() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.emulator.addVerifyService("MG0123456789abcdef0123456789abcdef", "My App"))
			.withMessageContaining("'VA' followed by 32 hexadecimal digits");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.emulator.addVerifyService("VA0123456789abcdef0123456789abcdef", " "))
			.withMessageContaining("friendly name");
	}

	@Test
	void verificationOfRecipientShowsWhatTheApplicationStartedAndLetsItExpire() {
		VerifyService service = createService("My App");
		assertThat(this.emulator.verification(CUSTOMER)).isEmpty();
		this.verify.verifications(service.sid())
			.create(VerificationCreateRequest.builder()
				.to(CUSTOMER)
				.channel(VerificationChannel.WHATSAPP)
				.locale("pt-BR")
				.rateLimits(Map.of("end_user_ip_address", "203.0.113.7"))
				.build());
		EmulatedVerification started = this.emulator.verification(CUSTOMER).orElseThrow();
		assertThat(started.sid()).matches("VE[0-9a-f]{32}");
		assertThat(started.serviceSid()).isEqualTo(service.sid());
		assertThat(started.channel()).isEqualTo("whatsapp");
		assertThat(started.status()).isEqualTo("pending");
		assertThat(started.code()).isEqualTo(this.emulator.verificationCode(CUSTOMER).orElseThrow());
		assertThat(started.parameter("Locale")).isEqualTo("pt-BR");
		assertThat(started.parameter("RateLimits")).isEqualTo("{\"end_user_ip_address\":\"203.0.113.7\"}");
		this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		assertThat(this.verify.check(service.sid(), CUSTOMER, wrong(started.code())).isApproved()).isFalse();
		EmulatedVerification resent = this.emulator.verification(CUSTOMER).orElseThrow();
		assertThat(resent.sid()).isEqualTo(started.sid());
		assertThat(resent.channel()).isEqualTo("sms");
		assertThat(resent.sendAttempts()).isEqualTo(2);
		assertThat(resent.checks()).isEqualTo(1);
		assertThat(resent.parameter("Locale")).isNull();
		// A test that did not start the verification itself lets it expire by the SID found here
		this.emulator.expireVerification(resent.sid());
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.check(service.sid(), CUSTOMER, started.code()));
		assertThat(this.emulator.verification(CUSTOMER).orElseThrow().status()).isEqualTo("expired");
	}

	@Test
	void verificationOfRecipientIsExpiredOnceTenMinutesHavePassed() {
		VerifyService service = createService("My App");
		Verification verification = this.verify.start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		synchronized (this.emulator.lock()) {
			EmulatorState.VerificationState state = this.emulator.verificationStates().get(verification.sid());
			// As if ten minutes had gone by, with no request since that would have noticed
			state.expiresAt = state.dateCreated;
		}
		assertThat(this.emulator.verification(CUSTOMER).orElseThrow().status()).isEqualTo("expired");
	}

	private void assertFetchIsNotFound(VerifyService service, Verification verification) {
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.verify.verifications(service.sid()).fetch(verification.sid()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	private VerifyService createService(String name) {
		return this.verify.services().create(VerifyServiceCreateRequest.builder().friendlyName(name).build());
	}

	private static String wrong(String code) {
		return (code.charAt(0) == '1' ? "2" : "1") + code.substring(1);
	}

	private static void assertInvalid(ThrowingCallable call) {
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(60200));
	}

}
