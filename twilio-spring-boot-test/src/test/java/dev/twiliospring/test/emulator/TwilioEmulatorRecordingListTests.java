package dev.twiliospring.test.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.api.RecordingListRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.EmulatedCall;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulated Recordings API: list filters and absolute media URLs, as Twilio's.
 */
class TwilioEmulatorRecordingListTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	private String recordedCall() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Record action=\"http://127.0.0.1:1/recorded\"/></Response>")
				.build());
		EmulatedCall running = this.emulator.awaitCallStatus(call.sid(), "in-progress", TIMEOUT);
		this.emulator.finishRecording(running.lastReply());
		return call.sid();
	}

	@Test
	void recordingListIsFilteredByCallSid() {
		String first = recordedCall();
		String second = recordedCall();
		Page<Recording> page = this.client.recordings().list(RecordingListRequest.builder().callSid(first).build());
		// Twilio returns only the recordings of the call
		assertThat(page.items()).extracting(Recording::callSid).containsOnly(first).doesNotContain(second);
	}

	@Test
	void recordingMediaUrlIsAbsoluteAsTwilioReportsIt() {
		recordedCall();
		List<Recording> recordings = this.client.recordings().list().items();
		assertThat(recordings).hasSize(1);
		// Twilio: "media_url": "https://api.twilio.com/2010-04-01/Accounts/AC.../Recordings/RE..."
		assertThat(URI.create(recordings.get(0).mediaUrl()).isAbsolute()).isTrue();
	}

}
