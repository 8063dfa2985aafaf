package dev.twiliospring.test.autoconfigure;

import java.time.Duration;

import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for what the documentation promises of {@link AutoConfigureTwilioEmulator}: the
 * {@code twilio.emulator.*} properties and the annotation work together.
 */
class AutoConfigureTwilioEmulatorStepDelayTests {

	@Nested
	@SpringBootTest(classes = EmulatorApplication.class, properties = "twilio.emulator.step-delay=7ms")
	@AutoConfigureTwilioEmulator
	class StepDelayProperty {

		@Autowired
		TwilioEmulator emulator;

		@Test
		void stepDelayPropertyIsHonouredWhenTheAnnotationLeavesItsDefault() {
			assertThat(this.emulator.stepDelay()).isEqualTo(Duration.ofMillis(7));
		}

	}

	@Nested
	@SpringBootTest(classes = EmulatorApplication.class, properties = "twilio.emulator.step-delay=7ms")
	@AutoConfigureTwilioEmulator(stepDelay = "10ms")
	class StepDelayAttribute {

		@Autowired
		TwilioEmulator emulator;

		@Test
		void stepDelayAttributeWinsOverTheProperty() {
			assertThat(this.emulator.stepDelay()).isEqualTo(Duration.ofMillis(10));
		}

	}

	@Nested
	@SpringBootTest(classes = EmulatorApplication.class)
	@AutoConfigureTwilioEmulator
	class DefaultStepDelay {

		@Autowired
		TwilioEmulator emulator;

		@Test
		void stepDelayIsTheDocumentedDefault() {
			assertThat(this.emulator.stepDelay()).isEqualTo(Duration.ofMillis(50));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class EmulatorApplication {

	}

}
