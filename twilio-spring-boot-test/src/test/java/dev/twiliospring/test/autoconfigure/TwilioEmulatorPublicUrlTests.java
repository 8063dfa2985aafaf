package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application whose configuration sets {@code twilio.webhook.public-url}, here in the
 * {@code tunnel} profile, accepts the emulator's webhooks in a test that clears it, as
 * docs/testing.md says.
 */
@SpringBootTest(classes = TwilioEmulatorPublicUrlTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "twilio.webhook.public-url=")
@ActiveProfiles("tunnel")
@AutoConfigureTwilioEmulator
class TwilioEmulatorPublicUrlTests {

	@Autowired
	TwilioEmulator emulator;

	@LocalServerPort
	int port;

	@Test
	void clearedPublicUrlLetsTheEmulatorsWebhooksThrough() {
		this.emulator.addIncomingNumber("+15005550006", "http://localhost:" + this.port + "/twilio/sms", null);
		TwimlReply reply = this.emulator.receiveSms("+14155550100", "+15005550006", "HELP");
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.messages()).containsExactly("MENU");
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
