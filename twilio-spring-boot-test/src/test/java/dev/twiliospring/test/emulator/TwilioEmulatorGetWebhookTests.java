package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.IncomingPhoneNumberUpdateRequest;
import dev.twiliospring.test.emulator.EmulatedPhoneNumber;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks the emulator sends with GET are recorded with their parameters.
 */
class TwilioEmulatorGetWebhookTests {

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	private final HttpServer app;

	TwilioEmulatorGetWebhookTests() throws IOException {
		this.app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.app.createContext("/sms", (exchange) -> {
			byte[] twiml = "<Response/>".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, twiml.length);
			exchange.getResponseBody().write(twiml);
			exchange.close();
		});
		this.app.start();
	}

	@AfterEach
	void stop() {
		this.app.stop(0);
		this.emulator.close();
	}

	@Test
	void callbacksOfAMessageIncludeAGetWebhook() {
		EmulatedPhoneNumber number = this.emulator.addIncomingNumber("+14155550199",
				"http://127.0.0.1:" + this.app.getAddress().getPort() + "/sms", null);
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
