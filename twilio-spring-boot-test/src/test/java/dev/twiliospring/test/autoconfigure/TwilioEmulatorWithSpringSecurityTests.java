package dev.twiliospring.test.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.ReadmeSecurityConfiguration;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.test.emulator.WebhookDelivery;
import dev.twiliospring.twiml.Gather;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.InboundCall;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoConfigureTwilioEmulator} with an application secured by the
 * README's Spring Security configuration: the emulator's signed webhooks and status
 * callbacks reach their handlers over a real port.
 */
@SpringBootTest(classes = { TwilioEmulatorWithSpringSecurityTests.App.class, ReadmeSecurityConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "twilio.webhook.status-callback.path=/twilio/status" })
@AutoConfigureTwilioEmulator(stepDelay = "5ms")
class TwilioEmulatorWithSpringSecurityTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String CUSTOMER = "+14155550100";

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	TwilioClient client;

	@LocalServerPort
	int port;

	@BeforeEach
	void number() {
		this.emulator.reset();
		this.emulator.addIncomingNumber(TwilioTestNumbers.VALID, url("/twilio/sms"), url("/twilio/voice"));
	}

	@Test
	void incomingMessageReachesItsHandler() {
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, TwilioTestNumbers.VALID, "HELP");
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.messages()).containsExactly("Echo: HELP");
	}

	@Test
	void incomingCallAndGatherActionReachTheirHandlers() {
		TwimlReply reply = this.emulator.receiveCall(CUSTOMER, TwilioTestNumbers.VALID);
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.gather()).isPresent();
		TwimlReply menu = this.emulator.sendDigits(reply, "2");
		assertThat(menu.statusCode()).isEqualTo(200);
		assertThat(menu.says()).containsExactly("You pressed 2");
	}

	@Test
	void statusCallbacksOfAMessageTheApplicationSendsReachTheEndpoint() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.body("Your order shipped")
				.statusCallback(url("/twilio/status"))
				.build());
		this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		assertThat(this.emulator.callbacks(message.sid())).extracting(WebhookDelivery::statusCode)
			.isNotEmpty()
			.allSatisfy((status) -> assertThat(status).isBetween(200, 299));
	}

	@Test
	void otherPathsStayProtected() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/account"))).build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

		@TwilioWebhook
		@PostMapping("/twilio/voice")
		VoiceResponse voice(InboundCall call) {
			return VoiceResponse.builder()
				.gather(Gather.builder().numDigits(1).action("/twilio/voice/menu").say("Press a key"))
				.build();
		}

		@TwilioWebhook
		@PostMapping("/twilio/voice/menu")
		VoiceResponse menu(@RequestParam("Digits") String digits) {
			return VoiceResponse.builder().say("You pressed " + digits).build();
		}
	}

}
