package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link TwilioEmulator} ends a call that is updated with {@code Status}:
 * {@code canceled} ends a call that is queued or ringing and leaves one in progress
 * alone, {@code completed} ends a call in any state, and a call that ends before it is
 * answered never fetches its {@code Url}.
 */
class TwilioEmulatorCallUpdateTests extends EmulatorWithApplicationTests {

	@Test
	void cancelEndsARingingCallBeforeItsUrlIsFetched() throws Exception {
		String sid = ringingCall();
		Call canceled = this.client.calls().cancel(sid);
		this.app.delay = Duration.ZERO;
		assertThat(canceled.status()).isEqualTo(Call.Status.CANCELED);
		this.emulator.awaitCallStatus(sid, "canceled", TIMEOUT);
		assertThat(this.app.paths()).containsExactly("/call-status", "/call-status");
		assertThat(this.app.requests).extracting((request) -> request.params().get("CallStatus"))
			.containsExactly("ringing", "canceled");
		assertThat(this.emulator.call(sid).orElseThrow().status()).isEqualTo("canceled");
	}

	@Test
	void hangingUpARingingCallCancelsItBeforeItsUrlIsFetched() throws Exception {
		String sid = ringingCall();
		Call ended = this.client.calls().hangUp(sid);
		this.app.delay = Duration.ZERO;
		assertThat(ended.status()).isEqualTo(Call.Status.CANCELED);
		this.emulator.awaitCallStatus(sid, "canceled", TIMEOUT);
		assertThat(this.app.paths()).doesNotContain("/answer");
	}

	@Test
	void cancelLeavesACallInProgressAlone() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Gather/></Response>")
				.build());
		this.emulator.awaitCallStatus(call.sid(), "in-progress", TIMEOUT);
		assertThat(this.client.calls().cancel(call.sid()).status()).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(this.emulator.call(call.sid()).orElseThrow().status()).isEqualTo("in-progress");
		assertThat(this.client.calls().hangUp(call.sid()).status()).isEqualTo(Call.Status.COMPLETED);
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
	}

	/**
	 * Create a call and return its SID once it rings: the application holds the
	 * {@code ringing} status callback for a second, which keeps the call ringing until the
	 * test has ended it.
	 */
	private String ringingCall() throws InterruptedException {
		this.app.twiml("/answer", "<Response><Say>Hello</Say></Response>");
		this.app.delay = Duration.ofSeconds(1);
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.url(this.app.url("/answer"))
				.statusCallback(this.app.url("/call-status"))
				.statusCallbackEvent(CallCreateRequest.Event.RINGING, CallCreateRequest.Event.COMPLETED)
				.build());
		assertThat(this.app.firstRequest.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		assertThat(this.app.requests.get(0).params()).containsEntry("CallStatus", "ringing");
		return call.sid();
	}

}
