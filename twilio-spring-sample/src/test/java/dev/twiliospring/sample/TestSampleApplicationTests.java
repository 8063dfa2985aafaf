package dev.twiliospring.sample;

import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TestSampleApplication}.
 */
class TestSampleApplicationTests {

	@Test
	void emulatedNumberSendsWebhooksToTheApplicationWhenActuatorHasAPortOfItsOwn() {
		try (ConfigurableApplicationContext context = SpringApplication.from(SampleApplication::main)
			.with(TestSampleApplication.EmulatorConfiguration.class)
			.run("--server.port=0", "--management.server.port=0", "--management.server.address=127.0.0.1")
			.getApplicationContext()) {
			String port = context.getEnvironment().getProperty("local.server.port");
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			SampleProperties properties = context.getBean(SampleProperties.class);
			assertThat(emulator.incomingNumbers()).singleElement()
				.satisfies((number) -> assertThat(number.smsUrl()).isEqualTo("http://localhost:" + port + "/twilio/sms"));
			TwimlReply reply = emulator.receiveSms("+14155550100", properties.getFrom(), "HELP");
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(reply.messages()).isNotEmpty();
		}
	}

}
