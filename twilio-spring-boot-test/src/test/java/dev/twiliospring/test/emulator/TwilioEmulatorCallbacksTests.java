package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioEmulator#callbacks()} and {@link TwilioEmulator#callbacks(String)}
 * with an application whose webhooks call the API back, as a call centre's do.
 */
class TwilioEmulatorCallbacksTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String CUSTOMER = "+14155550100";

	private static final String SUPPORT = "+14155550199";

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final HttpServer app;

	TwilioEmulatorCallbacksTests() throws IOException {
		this.app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		// Threads of its own, so that a handler can wait for the API while the emulator
		// calls the application back
		this.app.setExecutor(this.executor);
		this.app.createContext("/", this::handle);
		this.app.start();
		this.emulator.addIncomingNumber(SUPPORT, null, url("/voice"));
	}

	@AfterEach
	void stop() {
		this.app.stop(0);
		this.executor.shutdownNow();
		this.emulator.close();
	}

	@Test
	void callbacksOfAConferenceAreFoundByItsSid() {
		this.emulator.receiveCall(CUSTOMER, SUPPORT);
		String conferenceSid = this.client.conferences().list().items().get(0).sid();
		this.client.conferences().end(conferenceSid);
		assertThat(this.emulator.callbacks(conferenceSid).stream()
			.sorted(Comparator.comparing((delivery) -> Integer.valueOf(delivery.param("SequenceNumber"))))
			.map((delivery) -> delivery.param("StatusCallbackEvent"))).containsExactly("participant-join",
					"conference-start", "participant-mute", "participant-leave", "conference-end");
	}

	@Test
	void callbacksAreListedInTheOrderTheyWereSentWhenAHandlerCallsTheApiThatCallsBack() {
		TwimlReply reply = this.emulator.receiveCall(CUSTOMER, SUPPORT);
		this.emulator.awaitParticipantStatus(reply.callSid(), "connected", TIMEOUT);
		List<WebhookDelivery> callbacks = this.emulator.callbacks();
		// The mute's callback is sent while the join's waits for its answer, before the
		// conference-start that the join's is followed by
		assertThat(callbacks).extracting((delivery) -> delivery.param("StatusCallbackEvent"))
			.containsExactly(null, "participant-join", "participant-mute", "conference-start");
		assertThat(callbacks).extracting(WebhookDelivery::time).isSorted();
		// The order in which the events happened is that of their SequenceNumber
		assertThat(callbacks.subList(1, 4)).extracting((delivery) -> delivery.param("SequenceNumber"))
			.containsExactly("1", "3", "2");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.app.getAddress().getPort() + path;
	}

	/**
	 * Answer the call with a conference whose events go to {@code /conference}, and mute
	 * the caller as it joins, which the emulator reports with a callback of its own
	 * before the mute, and so the join's callback, is answered.
	 */
	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> params = new LinkedHashMap<>();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			params.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode((parts.length > 1) ? parts[1] : "", StandardCharsets.UTF_8));
		}
		byte[] response = new byte[0];
		if (exchange.getRequestURI().getPath().equals("/voice")) {
			response = ("<Response><Dial><Conference statusCallback=\"/conference\" "
					+ "statusCallbackEvent=\"start end join leave mute\">room</Conference></Dial></Response>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/xml");
		}
		else if ("participant-join".equals(params.get("StatusCallbackEvent"))) {
			this.client.conferences().participants(params.get("ConferenceSid")).mute(params.get("CallSid"));
		}
		exchange.sendResponseHeaders(200, (response.length > 0) ? response.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(response);
		}
	}

}
