package dev.twiliospring.test.emulator;

import dev.twiliospring.client.api.IncomingPhoneNumberUpdateRequest;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks the emulator sends with GET are recorded with their parameters.
 */
class TwilioEmulatorGetWebhookTests extends EmulatorWithApplicationTests {

	TwilioEmulatorGetWebhookTests() {
		this.app.twiml("/sms", "<Response/>");
	}

	@Test
	void callbacksOfAMessageIncludeAGetWebhook() {
		EmulatedPhoneNumber number = this.emulator.addIncomingNumber("+14155550199",
				this.app.url("/sms"), null);
		this.client.incomingPhoneNumbers()
			.update(number.sid(), IncomingPhoneNumberUpdateRequest.builder().smsMethod(HttpMethod.GET).build());
		this.emulator.receiveMessage(TwilioWebhookPayloads.inboundSms().from("+14155550100").to("+14155550199"));
		assertThat(this.emulator.callbacks()).hasSize(1);
		String messageSid = this.emulator.messages().get(0).sid();
		assertThat(this.emulator.callbacks().get(0).url()).contains("MessageSid=" + messageSid);
		// javadoc: "the requests that carried the SID as MessageSid, CallSid or RecordingSid"
		assertThat(this.emulator.callbacks(messageSid)).hasSize(1);
		assertThat(this.emulator.callbacks().get(0).param("MessageSid")).isEqualTo(messageSid);
	}

}
