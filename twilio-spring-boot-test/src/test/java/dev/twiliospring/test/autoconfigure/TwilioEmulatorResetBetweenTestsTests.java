package dev.twiliospring.test.autoconfigure;

import java.time.Duration;

import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tests that share a cached application context, and with it its emulator: the second
 * sees none of the messages of the first, as {@link TwilioEmulatorResetTestExecutionListener}
 * resets the emulator in between.
 */
@SpringBootTest(classes = TwilioEmulatorResetBetweenTestsTests.Config.class)
@AutoConfigureTwilioEmulator(stepDelay = "5ms")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwilioEmulatorResetBetweenTestsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String CUSTOMER = "+14155550100";

	@Autowired
	private TwilioEmulator emulator;

	@Test
	@Order(1)
	void firstTestTextsTheCustomer() {
		send("first");
		assertThat(this.emulator.awaitMessageTo(CUSTOMER, TIMEOUT).body()).isEqualTo("first");
	}

	@Test
	@Order(2)
	void secondTestSeesItsOwnMessageOnly() {
		assertThat(this.emulator.messages()).isEmpty();
		send("second");
		assertThat(this.emulator.awaitMessageTo(CUSTOMER, TIMEOUT).body()).isEqualTo("second");
	}

	private void send(String body) {
		this.emulator.client()
			.messages()
			.create(MessageCreateRequest.builder().to(CUSTOMER).from(TwilioTestNumbers.VALID).body(body).build());
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

}
