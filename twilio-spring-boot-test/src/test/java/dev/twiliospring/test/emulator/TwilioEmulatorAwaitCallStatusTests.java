package dev.twiliospring.test.emulator;

import java.net.URI;
import java.time.Duration;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TwilioEmulator#awaitCallStatus} waits for a status the call reached, passed or
 * not, and for its status callback to be answered.
 */
class TwilioEmulatorAwaitCallStatusTests extends EmulatorWithApplicationTests {

	TwilioEmulatorAwaitCallStatusTests() {
		super(Duration.ofMillis(20));
		// An application that takes a moment to handle a callback
		this.app.delay = Duration.ofMillis(500);
	}

	@Test
	void awaitedStatusCallbackHasBeenAnswered() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Pause length=\"1\"/></Response>")
				.statusCallback(URI.create(this.app.url("/status")))
				.statusCallbackEvent(CallCreateRequest.Event.INITIATED, CallCreateRequest.Event.RINGING,
						CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "ringing", TIMEOUT);
		// javadoc: "Wait until a call has reached a status and the status callback for it, if
		// one is requested, has been answered by the application"
		assertThat(this.emulator.callbacks(call.sid())).extracting((delivery) -> delivery.param("CallStatus"))
			.contains("ringing");
	}

	@Test
	void statusThatWasReachedAndLeftIsSeen() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Say>Your order has shipped</Say></Response>")
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		// The call was answered (it ran its TwiML), so it has reached in-progress
		this.emulator.awaitCallStatus(call.sid(), "in-progress", Duration.ofMillis(500));
	}

}
