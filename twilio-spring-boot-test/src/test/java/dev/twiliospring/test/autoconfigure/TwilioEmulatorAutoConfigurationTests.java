package dev.twiliospring.test.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.api.Balance;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioEmulatorAutoConfiguration}.
 */
class TwilioEmulatorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		// TWILIO_* variables of the machine, which the live tests need, would configure a client
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(TwilioEmulatorAutoConfiguration.class, TwilioAutoConfiguration.class));

	@Test
	void doesNothingUnlessEnabled() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(TwilioEmulator.class);
			assertThat(context).doesNotHaveBean(TwilioClient.class);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "on", "yes", "1", "TRUE" })
	void startsForEveryValueThePropertiesBindAsTrue(String value) {
		this.contextRunner
			.withPropertyValues("twilio.emulator.enabled=" + value, "twilio.account-sid=AC" + "0".repeat(32),
					"twilio.auth-token=real-token")
			.run((context) -> {
				TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.balance().fetch().accountSid()).isEqualTo(emulator.accountSid());
			});
	}

	@Test
	void readsTheTimeFromTheApplicationsClock() {
		Instant start = Instant.parse("2025-03-03T08:00:00Z");
		this.contextRunner.withBean(Clock.class, () -> Clock.fixed(start, ZoneOffset.UTC))
			.withPropertyValues("twilio.emulator.enabled=true")
			.run((context) -> assertThat(sendSms(context.getBean(TwilioClient.class)).dateCreated())
				.isEqualTo(OffsetDateTime.ofInstant(start, ZoneOffset.UTC)));
	}

	@Test
	void readsTheSystemClockWhenTheApplicationHasSeveralClocks() {
		Instant start = Instant.parse("2025-03-03T08:00:00Z");
		this.contextRunner.withBean("first", Clock.class, () -> Clock.fixed(start, ZoneOffset.UTC))
			.withBean("second", Clock.class, () -> Clock.fixed(start, ZoneOffset.UTC))
			.withPropertyValues("twilio.emulator.enabled=true")
			.run((context) -> assertThat(sendSms(context.getBean(TwilioClient.class)).dateCreated())
				.isNotEqualTo(OffsetDateTime.ofInstant(start, ZoneOffset.UTC)));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void namesThePrimaryClockAmongSeveralWhenItGivesNoInstant(CapturedOutput output) {
		Instant start = Instant.parse("2025-03-03T08:00:00Z");
		this.contextRunner.withBean("first", Clock.class, () -> Clock.fixed(start, ZoneOffset.UTC))
			.withBean("testClock", Clock.class, NoInstantClock::new, (definition) -> definition.setPrimary(true))
			.withPropertyValues("twilio.emulator.enabled=true")
			.run((context) -> {
				assertThat(sendSms(context.getBean(TwilioClient.class)).dateCreated()).isNotNull()
					.isNotEqualTo(OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
				assertThat(output).contains("the application's Clock bean 'testClock', gave no instant");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "off", "no", "0", "false" })
	void staysOffForEveryValueThePropertiesBindAsFalse(String value) {
		this.contextRunner.withPropertyValues("twilio.emulator.enabled=" + value).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(TwilioEmulator.class);
		});
	}

	/**
	 * The conditions evaluation report ({@code --debug}, the {@code conditions}
	 * endpoint) says whether the emulator's switch is set and what it binds to.
	 */
	@Test
	void conditionsReportSaysWhetherTheSwitchIsSetAndWhatItBindsTo() {
		this.contextRunner.run((context) -> assertThat(conditionMessages(context))
			.containsExactly("Twilio emulator property twilio.emulator.enabled is not set, and defaults to false"));
		this.contextRunner.withPropertyValues("twilio.emulator.enabled=off")
			.run((context) -> assertThat(conditionMessages(context))
				.containsExactly("Twilio emulator property twilio.emulator.enabled binds to false"));
	}

	private static List<String> conditionMessages(AssertableApplicationContext context) {
		List<String> messages = new ArrayList<>();
		ConditionEvaluationReport.get(context.getBeanFactory())
			.getConditionAndOutcomesBySource()
			.get(TwilioEmulatorAutoConfiguration.class.getName())
			.forEach((conditionAndOutcome) -> messages.add(conditionAndOutcome.getOutcome().getMessage()));
		return messages;
	}

	@Test
	void failsStartupForAValueThatIsNoBooleanInsteadOfReachingTwilio() {
		this.contextRunner
			.withPropertyValues("twilio.emulator.enabled=ture", "twilio.account-sid=AC" + "0".repeat(32),
					"twilio.auth-token=real-token")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("ture");
				assertThat(context.getStartupFailure()).hasMessageContaining("twilio.emulator");
			});
	}

	@Test
	void connectsTheClientToTheEmulator() {
		this.contextRunner.withPropertyValues("twilio.emulator.enabled=true").run((context) -> {
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			assertThat(context).getBean(TwilioConnectionDetails.class)
				.isInstanceOf(TwilioEmulatorConnectionDetails.class);
			TwilioClient client = context.getBean(TwilioClient.class);
			assertThat(client.accountSid()).isEqualTo(emulator.accountSid());
			Balance balance = client.balance().fetch();
			assertThat(balance.accountSid()).isEqualTo(emulator.accountSid());
		});
	}

	@Test
	void replacesConfiguredCredentials() {
		this.contextRunner
			.withPropertyValues("twilio.emulator.enabled=true", "twilio.account-sid=AC" + "0".repeat(32),
					"twilio.auth-token=real-token")
			.run((context) -> {
				TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
				TwilioConnectionDetails details = context.getBean(TwilioConnectionDetails.class);
				assertThat(details.getAccountSid()).isEqualTo(emulator.accountSid());
				assertThat(details.getAuthToken()).isEqualTo(emulator.authToken());
				assertThat(details.getBaseUrl()).isEqualTo(emulator.baseUrl());
			});
	}

	@Test
	void appliesEmulatorProperties() {
		this.contextRunner
			.withPropertyValues("twilio.emulator.enabled=true", "twilio.emulator.account-sid=AC" + "a".repeat(32),
					"twilio.emulator.auth-token=emulated-token", "twilio.emulator.step-delay=5ms")
			.run((context) -> {
				TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
				assertThat(emulator.accountSid()).isEqualTo("AC" + "a".repeat(32));
				assertThat(emulator.authToken()).isEqualTo("emulated-token");
				assertThat(emulator.stepDelay()).isEqualTo(Duration.ofMillis(5));
			});
	}

	@Test
	void stopsTheEmulatorWithTheContext() {
		TwilioEmulator[] emulator = new TwilioEmulator[1];
		this.contextRunner.withPropertyValues("twilio.emulator.enabled=true")
			.run((context) -> emulator[0] = context.getBean(TwilioEmulator.class));
		TwilioClient client = TwilioClient.builder()
			.accountSid(emulator[0].accountSid())
			.authToken(emulator[0].authToken())
			.baseUrl(emulator[0].baseUrl())
			.connectTimeout(Duration.ofSeconds(1))
			.build();
		// Nothing listens on its port any more
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.balance().fetch());
	}

	@Test
	void backsOffWhenUserDefinesAnEmulator() {
		this.contextRunner.withPropertyValues("twilio.emulator.enabled=true")
			.withUserConfiguration(UserEmulatorConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioEmulator.class);
				assertThat(context.getBean(TwilioEmulator.class).authToken()).isEqualTo("user-token");
			});
	}

	private static Message sendSms(TwilioClient client) {
		return client.messages()
			.create(MessageCreateRequest.builder().to("+14155550100").from(TwilioTestNumbers.VALID).body("Hi").build());
	}

	@Configuration(proxyBeanMethods = false)
	static class UserEmulatorConfiguration {

		@Bean(destroyMethod = "close")
		TwilioEmulator userEmulator() {
			return TwilioEmulator.builder().authToken("user-token").start();
		}

	}

	/**
	 * A clock that gives no instant, as a Mockito mock of {@link Clock} that is not
	 * stubbed.
	 */
	static final class NoInstantClock extends Clock {

		@Override
		public Instant instant() {
			return null;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
