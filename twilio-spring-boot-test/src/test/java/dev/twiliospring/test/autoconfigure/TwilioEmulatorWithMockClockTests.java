package dev.twiliospring.test.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.verify.Verification;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationStatus;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for the auto-configured {@link TwilioEmulator} in an application whose
 * {@link Clock} bean is a {@link MockitoBean @MockitoBean}, whose {@code instant()} gives
 * {@code null} until the test stubs it: the emulator reads the system clock's time until
 * then, and the mock's once it is stubbed.
 */
@SpringBootTest(classes = TwilioEmulatorWithMockClockTests.EmulatorApplication.class)
@AutoConfigureTwilioEmulator
@ExtendWith(OutputCaptureExtension.class)
class TwilioEmulatorWithMockClockTests {

	private static final Instant START = Instant.parse("2025-03-03T08:00:00Z");

	private static final String CUSTOMER = "+14155550100";

	@MockitoBean
	Clock clock;

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	TwilioClient client;

	@Autowired
	ApplicationContext context;

	@Test
	void emulatorReadsTheSystemClockWhileTheMockIsNotStubbed() {
		Instant before = Instant.now().minusSeconds(1);
		Message message = this.client.messages().create(sms());
		assertThat(message.dateCreated()).isNotNull();
		assertThat(message.dateCreated().toInstant()).isAfterOrEqualTo(before);
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("Your appointment is at 10:00")
				.sendAt(Instant.now().plus(Duration.ofHours(1)))
				.build());
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		String service = "VA" + "2".repeat(32);
		this.emulator.addVerifyService(service, "My App");
		Verification verification = this.client.verify().start(service, CUSTOMER, VerificationChannel.SMS);
		assertThat(verification.status()).isEqualTo(VerificationStatus.PENDING);
		assertThat(verification.dateCreated()).isNotNull();
	}

	@Test
	void emulatorReadsTheMockOnceItIsStubbed() {
		given(this.clock.instant()).willReturn(START);
		assertThat(this.client.messages().create(sms()).dateCreated())
			.isEqualTo(OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
	}

	@Test
	void warnsOnceThatTheClockBeanGaveNoInstant(CapturedOutput output) {
		this.client.messages().create(sms());
		given(this.clock.instant()).willReturn(START);
		this.client.messages().create(sms());
		Mockito.reset(this.clock);
		this.client.messages().create(sms());
		// The bean @MockitoBean registers, as no other Clock bean is there to replace
		String bean = this.context.getBeanNamesForType(Clock.class)[0];
		String warning = "clock, the application's Clock bean '" + bean + "', gave no instant";
		assertThat(output.getAll()).contains(warning)
			.contains("stub its instant()")
			.satisfies((all) -> assertThat(all.split(warning, -1)).hasSize(2));
	}

	private static MessageCreateRequest sms() {
		return MessageCreateRequest.builder().to(CUSTOMER).from(TwilioTestNumbers.VALID).body("Hi").build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class EmulatorApplication {

	}

}
