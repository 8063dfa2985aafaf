package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.test.autoconfigure.AutoConfigureTwilioEmulator;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
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

/**
 * The README's emulator example (its "The emulator" section) runs as written.
 */
@SpringBootTest(classes = ReadmeEmulatorExampleTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator
class ReadmeEmulatorExampleTests {

	@Autowired
	TwilioEmulator emulator;

	@LocalServerPort
	int port;

	@BeforeEach
	void number() {
		String app = "http://localhost:" + this.port;
		this.emulator.addIncomingNumber("+15005550006", app + "/twilio/sms", app + "/twilio/voice");
	}

	@Test
	void answersIncomingText() {
		TwimlReply reply = this.emulator.receiveSms("+14155550100", "+15005550006", "HELP");
		assertThat(reply.messages()).hasSize(1);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("MENU").build();
		}

	}

}
