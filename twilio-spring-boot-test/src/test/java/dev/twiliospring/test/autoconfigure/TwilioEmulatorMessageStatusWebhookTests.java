package dev.twiliospring.test.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.webhook.MessageStatusCallback;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for the message status callbacks of the emulator that
 * {@link AutoConfigureTwilioEmulator} starts, with an application whose
 * {@link TwilioWebhook} handler receives them as {@link MessageStatusCallback}, and whose
 * {@link Clock} bean the emulator reads the time from.
 */
@SpringBootTest(classes = TwilioEmulatorMessageStatusWebhookTests.App.class,
		webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator(stepDelay = "5ms")
class TwilioEmulatorMessageStatusWebhookTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Instant NOW = Instant.parse("2025-03-03T08:05:59Z");

	private static final String CUSTOMER = "+14155550100";

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	TwilioClient client;

	@Autowired
	App app;

	@LocalServerPort
	int port;

	@BeforeEach
	void clear() {
		this.app.callbacks.clear();
	}

	@Test
	void deliveredSmsCarriesTheCarriersDeliveryReceiptTime() {
		Message message = send(CUSTOMER, "delivered");
		assertThat(this.app.callbacks).extracting(MessageStatusCallback::messageSid,
				MessageStatusCallback::messageStatus, MessageStatusCallback::rawDlrDoneDate)
			.containsExactly(tuple(message.sid(), Message.Status.SENT, null),
					tuple(message.sid(), Message.Status.DELIVERED, "2503030805"));
	}

	@Test
	void undeliveredSmsCarriesTheCarriersDeliveryReceiptTime() {
		send(TwilioTestNumbers.UNDELIVERABLE, "undelivered");
		assertThat(this.app.callbacks).extracting(MessageStatusCallback::messageStatus,
				MessageStatusCallback::rawDlrDoneDate)
			.containsExactly(tuple(Message.Status.SENT, null), tuple(Message.Status.UNDELIVERED, "2503030805"));
	}

	@Test
	void whatsAppMessageHasNoCarriersDeliveryReceipt() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.contentSid("HX" + "1".repeat(32))
				.statusCallback(statusCallback())
				.build());
		this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		assertThat(this.app.callbacks).extracting(MessageStatusCallback::messageStatus)
			.contains(Message.Status.DELIVERED);
		assertThat(this.app.callbacks).extracting(MessageStatusCallback::rawDlrDoneDate).containsOnlyNulls();
	}

	@Test
	void whatsAppMessageStatusCallbacksNameTheirChannelAndTheReadOneItsEvent() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.contentSid("HX" + "1".repeat(32))
				.statusCallback(statusCallback())
				.build());
		this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		this.emulator.readMessage(message.sid());
		this.emulator.awaitMessageStatus(message.sid(), "read", TIMEOUT);
		assertThat(this.app.callbacks).extracting(MessageStatusCallback::messageStatus,
				(callback) -> callback.params().get("ChannelPrefix"), (callback) -> callback.params().get("EventType"))
			.containsExactly(tuple(Message.Status.QUEUED, "whatsapp", null),
					tuple(Message.Status.SENT, "whatsapp", null), tuple(Message.Status.DELIVERED, "whatsapp", null),
					tuple(Message.Status.READ, "whatsapp", "READ"));
	}

	@Test
	void smsStatusCallbacksNameNoChannel() {
		send(CUSTOMER, "delivered");
		assertThat(this.app.callbacks).hasSize(2)
			.allSatisfy((callback) -> assertThat(callback.params().get("ChannelPrefix")).isNull());
	}

	private Message send(String to, String finalStatus) {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(to)
				.from(TwilioTestNumbers.VALID)
				.body("Your code is 1234")
				.statusCallback(statusCallback())
				.build());
		this.emulator.awaitMessageStatus(message.sid(), finalStatus, TIMEOUT);
		return message;
	}

	private URI statusCallback() {
		return URI.create("http://localhost:" + this.port + "/twilio/message-status");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		final List<MessageStatusCallback> callbacks = new CopyOnWriteArrayList<>();

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@TwilioWebhook
		@PostMapping("/twilio/message-status")
		void messageStatus(MessageStatusCallback callback) {
			this.callbacks.add(callback);
		}

	}

}
