package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the WhatsApp messages of {@link TwilioEmulator}, with status callbacks to a
 * real HTTP server that checks every signature.
 */
class TwilioEmulatorWhatsAppTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String NUMBER = "+14155550199";

	private static final String TEMPLATE = "HX" + "1".repeat(32);

	@Test
	void whatsAppMessageOfAMessagingServiceIsSentFromAWhatsAppSender() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.contentSid(TEMPLATE)
				.statusCallback(this.app.url("/status"))
				.build());
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		assertThat(delivered.from()).isEqualTo("whatsapp:" + TwilioTestNumbers.VALID);
		assertThat(this.client.messages().fetch(message.sid()).from()).isEqualTo("whatsapp:" + TwilioTestNumbers.VALID);
		assertThat(this.emulator.callbacks(message.sid())).extracting((callback) -> callback.param("From"))
			.containsExactly("whatsapp:" + TwilioTestNumbers.VALID, "whatsapp:" + TwilioTestNumbers.VALID,
					"whatsapp:" + TwilioTestNumbers.VALID);
	}

	@Test
	void freeFormMessageToAUserWhoHasNotWrittenFailsWith63016() {
		Message message = this.client.messages().create(freeForm("whatsapp:" + NUMBER));
		assertThat(message.status()).isEqualTo(Message.Status.QUEUED);
		EmulatedMessage failed = this.emulator.awaitMessageStatus(message.sid(), "failed", TIMEOUT);
		assertThat(failed.errorCode()).isEqualTo(TwilioErrorCodes.WHATSAPP_OUTSIDE_SESSION_WINDOW);
		Message fetched = this.client.messages().fetch(message.sid());
		assertThat(fetched.status()).isEqualTo(Message.Status.FAILED);
		assertThat(fetched.errorCode()).isEqualTo(63016);
		assertThat(fetched.errorMessage()).contains("outside the allowed window");
		assertThat(this.emulator.callbacks(message.sid())).singleElement().satisfies((callback) -> {
			assertThat(callback.param("MessageStatus")).isEqualTo("failed");
			assertThat(callback.param("ErrorCode")).isEqualTo("63016");
		});
	}

	@Test
	void freeFormMessageAfterTheUserWroteIsDelivered() {
		receiveFromCustomer();
		Message reply = this.client.messages().create(freeForm("whatsapp:" + NUMBER));
		assertThat(this.emulator.awaitMessageStatus(reply.sid(), "delivered", TIMEOUT).errorCode()).isNull();
		Message throughService = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("Anything else?")
				.build());
		this.emulator.awaitMessageStatus(throughService.sid(), "delivered", TIMEOUT);
	}

	@Test
	void scheduledFreeFormMessageOfAMessagingServiceIsDeliveredAfterTheUserWrote() {
		receiveFromCustomer();
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("Your table is ready")
				.sendAt(Instant.now().plus(Duration.ofHours(1)))
				.build());
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		// As with a message the service sends at once, the user's message to any of the
		// account's numbers opens the window, though the sender is picked before sending
		this.emulator.sendScheduled(scheduled.sid());
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT);
		assertThat(delivered.errorCode()).isNull();
		assertThat(delivered.from()).isEqualTo("whatsapp:" + TwilioTestNumbers.VALID);
	}

	// Twilio's error 21603: From takes a messaging service SID too
	@Test
	void messagingServiceSidAsTheSenderSendsThroughThatService() {
		receiveFromCustomer();
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.from("MG" + "1".repeat(32))
				.body("Anything else?")
				.build());
		assertThat(message.status()).isEqualTo(Message.Status.ACCEPTED);
		assertThat(message.messagingServiceSid()).isEqualTo("MG" + "1".repeat(32));
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		assertThat(delivered.from()).isEqualTo("whatsapp:" + TwilioTestNumbers.VALID);
	}

	@Test
	void scheduledMessageWithAMessagingServiceSidAsTheSenderIsSentWithinTheSessionWindow() {
		receiveFromCustomer();
		Message scheduled = this.client.execute(
				TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
					.params(Map.of("To", "whatsapp:" + CUSTOMER, "From", "MG" + "1".repeat(32), "Body",
							"Your table is ready", "ScheduleType", "fixed", "SendAt",
							Instant.now().plus(Duration.ofHours(1)).toString()))
					.build(),
				Message.class);
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		this.emulator.sendScheduled(scheduled.sid());
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT).errorCode()).isNull();
	}

	@Test
	void scheduledMessageWithAnotherMessagingServiceSidAsTheSenderIsSentWithinTheSessionWindow() {
		receiveFromCustomer();
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.from("MG" + "2".repeat(32))
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("Your table is ready")
				.sendAt(Instant.now().plus(Duration.ofHours(1)))
				.build());
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		this.emulator.sendScheduled(scheduled.sid());
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT).errorCode()).isNull();
	}

	@Test
	void freeFormMessageFromAnotherSenderThanTheUserWroteToFails() {
		receiveFromCustomer();
		Message message = this.client.messages().create(freeForm("whatsapp:+14155550198"));
		assertThat(this.emulator.awaitMessageStatus(message.sid(), "failed", TIMEOUT).errorCode()).isEqualTo(63016);
	}

	@Test
	void templateIsDeliveredToAUserWhoHasNotWritten() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.from("whatsapp:" + NUMBER)
				.contentSid(TEMPLATE)
				.contentVariables(Map.of("1", "Ada"))
				.build());
		assertThat(this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT).errorCode()).isNull();
	}

	@Test
	void deliveredMessageIsReadWhenTheTestSaysSo() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.from("whatsapp:" + NUMBER)
				.contentSid(TEMPLATE)
				.statusCallback(this.app.url("/status"))
				.build());
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.readMessage(message.sid()))
			.withMessageContaining("only a delivered message can be read");
		this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		assertThat(this.emulator.readMessage(message.sid()).status()).isEqualTo("read");
		this.emulator.awaitMessageStatus(message.sid(), "read", TIMEOUT);
		assertThat(this.client.messages().fetch(message.sid()).status()).isEqualTo(Message.Status.READ);
		assertThat(this.emulator.callbacks(message.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("sent", "delivered", "read");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.readMessage(message.sid()))
			.withMessageContaining("is read");
	}

	@Test
	void smsHasNoReadReceipt() {
		Message sms = this.client.messages()
			.create(MessageCreateRequest.builder().to(CUSTOMER).from(TwilioTestNumbers.VALID).body("Hi").build());
		this.emulator.awaitMessageStatus(sms.sid(), "delivered", TIMEOUT);
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.readMessage(sms.sid()))
			.withMessageContaining("outgoing WhatsApp messages only");
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.readMessage("SM" + "0".repeat(32)))
			.withMessageContaining("has no message");
	}

	@Test
	void smsOfAMessagingServiceIsStillSentFromAPhoneNumber() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("Hi")
				.build());
		assertThat(this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT).from())
			.isEqualTo(TwilioTestNumbers.VALID);
	}

	private void receiveFromCustomer() {
		this.app.twiml("/whatsapp", "<Response/>");
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/whatsapp"), null);
		this.emulator.receiveMessage(
				TwilioWebhookPayloads.inboundWhatsApp().from(CUSTOMER).to(NUMBER).body("Where is my order?"));
	}

	private MessageCreateRequest freeForm(String from) {
		return MessageCreateRequest.builder()
			.to("whatsapp:" + CUSTOMER)
			.from(from)
			.body("Your order shipped")
			.statusCallback(this.app.url("/status"))
			.build();
	}

}
