package dev.twiliospring.test.emulator;

import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
