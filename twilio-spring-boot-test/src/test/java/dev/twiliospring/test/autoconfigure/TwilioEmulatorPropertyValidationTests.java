package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the validation of emulator properties by
 * {@link TwilioEmulatorAutoConfiguration}: a bad value fails startup with a report that
 * names the property, as the starter's own properties do.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioEmulatorPropertyValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		// TWILIO_* variables of the machine, which the live tests need, would configure a client
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(TwilioEmulatorAutoConfiguration.class, TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.emulator.enabled=true");

	@Test
	void malformedAccountSidFailsStartupNamingThePropertyWithoutShowingTheValue() {
		this.contextRunner.withPropertyValues("twilio.emulator.account-sid=AC123").run((context) -> {
			InvalidTwilioConfigurationException failure = failure(context.getStartupFailure());
			assertThat(failure.getProperty()).isEqualTo("twilio.emulator.account-sid");
			assertThat(failure).hasMessageContaining("twilio.emulator.account-sid")
				.hasMessageContaining("32 hex characters")
				.hasMessageContaining("has 5 characters")
				.hasMessageNotContaining("AC123")
				.hasMessageNotContaining("lowercase");
			assertThat(failure.getAction()).startsWith("Set twilio.emulator.account-sid to an account SID");
		});
	}

	@Test
	void negativePortFailsStartupNamingThePropertyAndItsValue() {
		this.contextRunner.withPropertyValues("twilio.emulator.port=-5").run((context) -> {
			InvalidTwilioConfigurationException failure = failure(context.getStartupFailure());
			assertThat(failure.getProperty()).isEqualTo("twilio.emulator.port");
			assertThat(failure).hasMessageContaining("twilio.emulator.port").hasMessageContaining("-5");
			assertThat(failure.getAction()).startsWith("Set twilio.emulator.port to a port from 0 to 65535");
		});
	}

	@Test
	void negativeStepDelayFailsStartupNamingThePropertyAndItsValue() {
		this.contextRunner.withPropertyValues("twilio.emulator.step-delay=-1s").run((context) -> {
			InvalidTwilioConfigurationException failure = failure(context.getStartupFailure());
			assertThat(failure.getProperty()).isEqualTo("twilio.emulator.step-delay");
			assertThat(failure).hasMessageContaining("twilio.emulator.step-delay")
				.hasMessageContaining("must not be negative")
				.hasMessageContaining("PT-1S");
			assertThat(failure.getAction()).startsWith("Set twilio.emulator.step-delay to a duration of zero or more");
		});
	}

	/**
	 * The starter takes {@code twilio.account-sid} in hex of either case, and so does
	 * the emulator.
	 */
	@Test
	void accountSidInUpperCaseHexIsAcceptedAsTheStarterAcceptsIt() {
		String accountSid = "AC" + "0123456789ABCDEF".repeat(2);
		this.contextRunner.withPropertyValues("twilio.emulator.account-sid=" + accountSid).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(TwilioEmulator.class).accountSid()).isEqualTo(accountSid);
			assertThat(context.getBean(TwilioClient.class).balance().fetch().accountSid()).isEqualTo(accountSid);
		});
	}

	@Test
	void startupFailureReportNamesTheProperty(CapturedOutput output) {
		SpringApplication application = new SpringApplication(EmulatorApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException()
			.isThrownBy(() -> application.run("--twilio.emulator.enabled=true", "--twilio.emulator.port=-5"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: twilio.emulator.port")
			.contains("Set twilio.emulator.port to a port from 0 to 65535");
	}

	private static InvalidTwilioConfigurationException failure(Throwable startupFailure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(startupFailure);
		assertThat(cause).isInstanceOf(InvalidTwilioConfigurationException.class);
		return (InvalidTwilioConfigurationException) cause;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(TwilioEmulatorAutoConfiguration.class)
	static class EmulatorApplication {

	}

}
