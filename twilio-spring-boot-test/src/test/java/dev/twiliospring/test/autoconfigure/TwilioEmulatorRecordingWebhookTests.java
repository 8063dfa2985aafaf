package dev.twiliospring.test.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.webhook.RecordingStatusCallback;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the recording status callbacks of a call made with {@code Record=true} on the
 * emulator that {@link AutoConfigureTwilioEmulator} starts, with an application whose
 * {@link TwilioWebhook} handler receives them as {@link RecordingStatusCallback}.
 */
@SpringBootTest(classes = TwilioEmulatorRecordingWebhookTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator(stepDelay = "5ms")
class TwilioEmulatorRecordingWebhookTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String CUSTOMER = "+14155550100";

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	TwilioClient client;

	@Autowired
	App app;

	@LocalServerPort
	int port;

	@BeforeEach
	void clear() {
		this.app.callbacks.clear();
	}

	@Test
	void recordingStatusCallbacksNameTheRecordedTrackBothUnlessTheCallAskedForAnother() {
		String call = recordedCall(CallCreateRequest.builder());
		assertThat(this.app.callbacks).extracting(RecordingStatusCallback::recordingStatus)
			.containsExactly(Recording.Status.IN_PROGRESS, Recording.Status.COMPLETED);
		assertThat(this.app.callbacks).allSatisfy((callback) -> {
			assertThat(callback.callSid()).isEqualTo(call);
			assertThat(callback.recordingSource()).isEqualTo(Recording.Source.OUTBOUND_API);
			assertThat(callback.params().get("RecordingTrack")).isEqualTo("both");
		});
	}

	@Test
	void recordingStatusCallbacksNameTheTrackTheCallAskedFor() {
		recordedCall(CallCreateRequest.builder().recordingTrack(CallCreateRequest.RecordingTrack.INBOUND));
		assertThat(this.app.callbacks).hasSize(2)
			.allSatisfy((callback) -> assertThat(callback.params().get("RecordingTrack")).isEqualTo("inbound"));
	}

	@Test
	void callWithAnUnknownRecordingTrackIsRefused() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.calls()
				.create(CallCreateRequest.builder()
					.to(CUSTOMER)
					.from(TwilioTestNumbers.VALID)
					.twiml("<Response><Pause length=\"1\"/></Response>")
					.record(true)
					.param("RecordingTrack", "left")
					.build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.withMessageContaining("RecordingTrack must be one of inbound, outbound, both, not 'left'");
	}

	private String recordedCall(CallCreateRequest.Builder builder) {
		Call call = this.client.calls()
			.create(builder.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Pause length=\"1\"/></Response>")
				.record(true)
				.recordingStatusCallback(URI.create("http://localhost:" + this.port + "/twilio/recording"))
				.recordingStatusCallbackEvent(CallCreateRequest.RecordingEvent.IN_PROGRESS,
						CallCreateRequest.RecordingEvent.COMPLETED)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		return call.sid();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		final List<RecordingStatusCallback> callbacks = new CopyOnWriteArrayList<>();

		@TwilioWebhook
		@PostMapping("/twilio/recording")
		void recording(RecordingStatusCallback callback) {
			this.callbacks.add(callback);
		}

	}

}
