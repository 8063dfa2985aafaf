package dev.twiliospring.test.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.webhook.CallStatusCallback;
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

/**
 * Tests for the call status callbacks of the emulator that
 * {@link AutoConfigureTwilioEmulator} starts, with an application whose
 * {@link TwilioWebhook} handler receives them as {@link CallStatusCallback}, and whose
 * {@link Clock} bean the emulator dates them by.
 */
@SpringBootTest(classes = TwilioEmulatorCallStatusWebhookTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator(stepDelay = "5ms")
class TwilioEmulatorCallStatusWebhookTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");

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
	void callStatusCallbacksBindWithTheirTimestampSequenceNumberAndCallbackSource() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Pause length=\"1\"/></Response>")
				.statusCallback(url("/twilio/call-status"))
				.statusCallbackEvent(CallCreateRequest.Event.INITIATED, CallCreateRequest.Event.RINGING,
						CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		assertThat(this.app.callbacks).extracting(CallStatusCallback::callStatus)
			.containsExactly(Call.Status.INITIATED, Call.Status.RINGING, Call.Status.IN_PROGRESS,
					Call.Status.COMPLETED);
		// Numbered from 0, one higher with each callback of the call, as Twilio numbers them
		assertThat(this.app.callbacks).extracting(CallStatusCallback::sequenceNumber).containsExactly(0, 1, 2, 3);
		assertThat(this.app.callbacks).allSatisfy((callback) -> {
			assertThat(callback.callSid()).isEqualTo(call.sid());
			assertThat(callback.timestamp()).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
			assertThat(callback.callbackSource()).isEqualTo("call-progress-events");
		});
	}

	@Test
	void eachCallNumbersItsCallbacksFromZero() {
		String first = callWithStatusCallback();
		String second = callWithStatusCallback();
		assertThat(this.app.callbacks).filteredOn((callback) -> callback.callSid().equals(first))
			.extracting(CallStatusCallback::sequenceNumber)
			.containsExactly(0, 1);
		assertThat(this.app.callbacks).filteredOn((callback) -> callback.callSid().equals(second))
			.extracting(CallStatusCallback::sequenceNumber)
			.containsExactly(0, 1);
	}

	private String callWithStatusCallback() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Hangup/></Response>")
				.statusCallback(url("/twilio/call-status"))
				.statusCallbackEvent(CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		return call.sid();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		final List<CallStatusCallback> callbacks = new CopyOnWriteArrayList<>();

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@TwilioWebhook
		@PostMapping("/twilio/call-status")
		void callStatus(CallStatusCallback callback) {
			this.callbacks.add(callback);
		}

	}

}
