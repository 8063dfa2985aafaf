package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.webhook.TwilioSignatureValidator;

/**
 * An application for the emulator to call: it answers with fixed TwiML (204 for a status
 * callback, 404 for anything else without TwiML), after an optional delay, and records
 * what it receives and whether its signature is valid.
 */
final class RecordingApplication {

	private final HttpServer server;

	private final TwilioSignatureValidator validator;

	private final Map<String, Reply> replies = new ConcurrentHashMap<>();

	final List<Received> requests = new CopyOnWriteArrayList<>();

	final CountDownLatch firstRequest = new CountDownLatch(1);

	volatile Duration delay = Duration.ZERO;

	private final Map<String, Gate> gates = new ConcurrentHashMap<>();

	RecordingApplication(String authToken) {
		this.validator = TwilioSignatureValidator.of(authToken);
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	void twiml(String path, String xml) {
		reply(path, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
	}

	void reply(String path, String contentType, byte[] body) {
		this.replies.put(path, new Reply(contentType, body));
	}

	/**
	 * Hold the answer to the requests to a path until the gate returned is opened, so
	 * that the thread of the emulator that sent them waits meanwhile.
	 */
	Gate gate(String path) {
		Gate gate = new Gate(new CountDownLatch(1), new CountDownLatch(1));
		this.gates.put(path, gate);
		return gate;
	}

	List<String> paths() {
		return this.requests.stream().map(Received::path).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				params.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						(key) -> new ArrayList<>())
					.add(URLDecoder.decode((parts.length > 1) ? parts[1] : "", StandardCharsets.UTF_8));
			}
		}
		String url = url(exchange.getRequestURI().getRawPath()) + ((exchange.getRequestURI().getRawQuery() != null)
				? "?" + exchange.getRequestURI().getRawQuery() : "");
		boolean valid = this.validator
			.validate(url, params, exchange.getRequestHeaders().getFirst(TwilioSignatureValidator.SIGNATURE_HEADER))
			.isValid();
		Map<String, String> first = new LinkedHashMap<>();
		params.forEach((name, values) -> first.put(name, values.get(0)));
		String path = exchange.getRequestURI().getPath();
		this.requests.add(new Received(path, first, valid));
		this.firstRequest.countDown();
		try {
			Thread.sleep(this.delay.toMillis());
			Gate gate = this.gates.get(path);
			if (gate != null) {
				gate.arrived().countDown();
				gate.open().await(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Reply reply = this.replies.get(path);
		int status = (reply != null) ? 200 : (path.contains("status") ? 204 : 404);
		byte[] response = (reply != null) ? reply.body() : new byte[0];
		if (reply != null) {
			exchange.getResponseHeaders().add("Content-Type", reply.contentType());
		}
		exchange.sendResponseHeaders(status, (response.length > 0) ? response.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(response);
		}
	}

	void close() {
		this.server.stop(0);
	}

	record Received(String path, Map<String, String> params, boolean validSignature) {

	}

	/**
	 * A hold on the answers to a path: {@code arrived} is released by the first request,
	 * whose answer waits until {@code open} is released.
	 */
	record Gate(CountDownLatch arrived, CountDownLatch open) {

	}

	private record Reply(String contentType, byte[] body) {

	}

}
