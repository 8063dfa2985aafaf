package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.verify.VerifyServiceCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the simulated failures of {@link TwilioEmulator}, through the real
 * {@link TwilioClient} and its retries.
 */
class TwilioEmulatorFaultTests {

	private static final String CUSTOMER = "+14155550100";

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private final List<TwilioRetryReason> retries = new CopyOnWriteArrayList<>();

	private final TwilioClient client = TwilioClient.builder()
		.accountSid(this.emulator.accountSid())
		.authToken(this.emulator.authToken())
		.baseUrl(this.emulator.baseUrl())
		.maxRetries(3)
		.sleeper(this.sleeps::add)
		.listener(new TwilioClientListener() {

			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				TwilioEmulatorFaultTests.this.retries.add(reason);
			}

		})
		.build();

	@AfterEach
	void stop() {
		this.client.close();
		this.emulator.close();
	}

	@Test
	void clientRetriesServiceUnavailableAndSucceeds() {
		this.emulator.failNext(2, Fault.serviceUnavailable());
		Message message = this.client.messages().create(sms());
		assertThat(message.status()).isEqualTo(Message.Status.QUEUED);
		assertThat(this.retries).containsExactly(TwilioRetryReason.SERVER_ERROR, TwilioRetryReason.SERVER_ERROR);
		assertThat(this.emulator.pendingFaults()).isZero();
		assertThat(this.emulator.messages()).hasSize(1);
	}

	@Test
	void clientHonoursRetryAfterOfTooManyRequests() {
		this.emulator.failNext(Fault.tooManyRequests().retryAfter(Duration.ofSeconds(2)));
		this.client.messages().create(sms());
		assertThat(this.retries).containsExactly(TwilioRetryReason.RATE_LIMITED);
		// Never less than asked, with the client's jitter of up to a tenth on top
		assertThat(this.sleeps).singleElement()
			.satisfies((delay) -> assertThat(delay).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2200)));
	}

	@Test
	void retryAfterLongerThanClientAcceptsEndsTheRetries() {
		this.emulator.failNext(Fault.tooManyRequests().retryAfter(Duration.ofSeconds(120)));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.messages().create(sms()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(429))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20429))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(120)));
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void retryAfterIsSentInWholeSecondsRoundedUp() {
		this.emulator.failNext(Fault.tooManyRequests().retryAfter(Duration.ofMillis(1500)));
		this.client.messages().create(sms());
		assertThat(this.sleeps).singleElement()
			.satisfies((delay) -> assertThat(delay).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2200)));
	}

	@Test
	void errorOfLastAttemptSurfacesWhenRetriesRunOut() {
		this.emulator.failNext(5, Fault.internalServerError());
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.messages().create(sms()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20500));
		assertThat(this.retries).hasSize(3);
		assertThat(this.emulator.pendingFaults()).isEqualTo(1);
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void nonRetryableErrorSurfacesWithItsCodeAtOnce() {
		this.emulator.failNext(Fault.error(400, 21211, "Invalid 'To' Phone Number"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.messages().create(sms()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21211))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("Invalid 'To' Phone Number"))
			.satisfies((ex) -> assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21211"))
			.satisfies((ex) -> assertThat(ex.getRequestId()).startsWith("RQ"));
		assertThat(this.retries).isEmpty();
		assertThat(this.client.messages().create(sms()).sid()).startsWith("SM");
	}

	@Test
	void faultForMethodAndPathLeavesOtherRequestsAlone() {
		this.emulator.failNext(Fault.tooManyRequests().on("POST", "/v2/Services"));
		assertThat(this.client.verify().services().list().items()).isEmpty();
		this.client.messages().create(sms());
		assertThat(this.emulator.pendingFaults()).isEqualTo(1);
		this.client.verify().services().create(VerifyServiceCreateRequest.builder().friendlyName("App").build());
		assertThat(this.retries).containsExactly(TwilioRetryReason.RATE_LIMITED);
		assertThat(this.emulator.pendingFaults()).isZero();
	}

	@Test
	void faultsApplyInTheOrderAdded() {
		this.emulator.failNext(Fault.serviceUnavailable());
		this.emulator.failNext(Fault.error(400, 21211, "Invalid 'To' Phone Number"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.messages().create(sms()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21211));
		assertThat(this.retries).containsExactly(TwilioRetryReason.SERVER_ERROR);
	}

	@Test
	void faultIsAnsweredBeforeAuthentication() {
		this.emulator.failNext(Fault.serviceUnavailable());
		try (TwilioClient stranger = TwilioClient.builder()
			.accountSid(this.emulator.accountSid())
			.authToken("wrong")
			.baseUrl(this.emulator.baseUrl())
			.build()) {
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> stranger.messages().create(sms()))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20503));
		}
	}

	@Test
	void resetForgetsFaults() {
		this.emulator.failNext(3, Fault.serviceUnavailable());
		this.emulator.reset();
		assertThat(this.emulator.pendingFaults()).isZero();
		this.client.messages().create(sms());
		assertThat(this.retries).isEmpty();
	}

	@Test
	void rejectsFaultWithoutErrorStatusOrCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.error(302, 20001, "Found"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fault.tooManyRequests().retryAfter(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.failNext(0, Fault.serviceUnavailable()));
	}

	private static MessageCreateRequest sms() {
		return MessageCreateRequest.builder().to(CUSTOMER).from("+15005550006").body("Hi").build();
	}

}
