package dev.twiliospring.test.emulator;

import java.time.Duration;

import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;

/**
 * Base class of the tests of what {@link TwilioEmulator} does to an application: a
 * started emulator, its client, and a {@link RecordingApplication} that checks the
 * signature of every request, all closed after each test.
 */
abstract class EmulatorWithApplicationTests {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	final TwilioEmulator emulator;

	final TwilioClient client;

	final RecordingApplication app;

	EmulatorWithApplicationTests() {
		this(Duration.ofMillis(5));
	}

	EmulatorWithApplicationTests(Duration stepDelay) {
		this(TwilioEmulator.builder().stepDelay(stepDelay));
	}

	EmulatorWithApplicationTests(TwilioEmulator.Builder builder) {
		this.emulator = builder.start();
		this.client = this.emulator.client();
		this.app = new RecordingApplication(this.emulator.authToken());
	}

	@AfterEach
	void stop() {
		this.app.close();
		this.emulator.close();
	}

}
