package dev.twiliospring.test.emulator;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the way {@link TwilioEmulator} turns off Nagle's algorithm for the JDK's HTTP
 * server, which held each answer some 40 ms for the client's delayed acknowledgement.
 */
class TwilioEmulatorNoDelayTests {

	@Test
	void startedEmulatorLeavesNoDelayOnUnlessTheJvmSaidOtherwise() {
		String before = System.getProperty(TwilioEmulator.NO_DELAY_PROPERTY);
		try (TwilioEmulator emulator = TwilioEmulator.start()) {
			emulator.client().accounts().fetch();
		}
		// Unset, unless the JVM was started with it or an earlier emulator set it
		String expected = (before != null) ? before : "true";
		assertThat(System.getProperty(TwilioEmulator.NO_DELAY_PROPERTY)).isEqualTo(expected);
	}

	@Test
	void preferNoDelaySetsThePropertyWhenItIsUnset() {
		Properties properties = new Properties();
		TwilioEmulator.preferNoDelay(properties);
		assertThat(properties).containsEntry(TwilioEmulator.NO_DELAY_PROPERTY, "true");
	}

	@Test
	void preferNoDelayKeepsAValueThatIsSet() {
		Properties properties = new Properties();
		properties.setProperty(TwilioEmulator.NO_DELAY_PROPERTY, "false");
		TwilioEmulator.preferNoDelay(properties);
		assertThat(properties).containsEntry(TwilioEmulator.NO_DELAY_PROPERTY, "false");
	}

}
