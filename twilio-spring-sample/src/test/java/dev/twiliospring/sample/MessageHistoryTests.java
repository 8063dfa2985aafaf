package dev.twiliospring.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.twiliospring.test.autoconfigure.AutoConfigureTwilioEmulator;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once a message is delivered, {@code GET /api/messages/{sid}} shows each status once,
 * in order, as README.md and docs/sample.md show it, whichever of the create response
 * and the first status callback arrives first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator(stepDelay = "100ms")
class MessageHistoryTests {

	@Autowired
	TwilioEmulator emulator;

	@LocalServerPort
	int port;

	@Test
	void historyIsQueuedSentDelivered() {
		RestClient api = RestClient.create("http://localhost:" + this.port);
		List<Object> histories = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Map<String, Object> sent = api.post()
				.uri("/api/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"to\": \"+14155550100\", \"body\": \"Your order has shipped\"}")
				.retrieve()
				.body(new ParameterizedTypeReference<Map<String, Object>>() {
				});
			String sid = (String) sent.get("sid");
			this.emulator.awaitMessageStatus(sid, "delivered", Duration.ofSeconds(5));
			histories.add(api.get().uri("/api/messages/" + sid).retrieve().body(Map.class).get("history"));
		}
		assertThat(histories).allSatisfy((history) -> assertThat(history).isEqualTo(List.of("queued", "sent", "delivered")));
	}

}
