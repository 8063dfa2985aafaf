package dev.twiliospring.resilience;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Twilio's Messages endpoint on 127.0.0.1 that fails a share of the
 * requests transiently: 429 with {@code Retry-After}, 500, 503, a reset connection (RST,
 * no response) or a response that comes too late for the client's read timeout. Like
 * Twilio, it creates at most one message per {@code I-Twilio-Idempotency-Token}: a
 * repeated token gets the first result back. A 5xx, a reset or a late response may come
 * after the message was created, as when a server fails after committing.
 * <p>
 * A raw socket server rather than the JDK's {@code HttpServer}, which cannot reset a
 * connection.
 */
final class FaultyTwilioServer implements AutoCloseable {

	static final String IDEMPOTENCY_TOKEN = "I-Twilio-Idempotency-Token";

	private final ServerSocket serverSocket;

	private final ExecutorService connections = Executors.newCachedThreadPool();

	private final SplittableRandom random;

	private final double faultRate;

	private final long lateResponseMillis;

	/** Messages by idempotency token. */
	final Map<String, StoredMessage> messagesByToken = new ConcurrentHashMap<>();

	/** Attempts by idempotency token. */
	final Map<String, AtomicInteger> attemptsByToken = new ConcurrentHashMap<>();

	/** Retry-After seconds sent, by Twilio-Request-Id. */
	final Map<String, Integer> retryAfterByRequestId = new ConcurrentHashMap<>();

	/** Requests that arrived without an idempotency token. */
	final List<String> requestsWithoutToken = new CopyOnWriteArrayList<>();

	/** How often each fault was injected. */
	final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();

	private final AtomicInteger messageCounter = new AtomicInteger();

	private final AtomicInteger requestCounter = new AtomicInteger();

	private volatile boolean running = true;

	FaultyTwilioServer(long seed, double faultRate, long lateResponseMillis) throws IOException {
		this.random = new SplittableRandom(seed);
		this.faultRate = faultRate;
		this.lateResponseMillis = lateResponseMillis;
		this.serverSocket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "faulty-twilio-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort());
	}

	private void accept() {
		while (this.running) {
			try {
				Socket socket = this.serverSocket.accept();
				this.connections.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				// Closed by close()
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			socket.setTcpNoDelay(true);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			while (this.running) {
				Request request = Request.read(in);
				if (request == null) {
					return;
				}
				if (!respond(socket, out, request)) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// The client went away, for example after its read timeout
		}
	}

	/**
	 * Answer a request; return whether the connection stays open.
	 */
	private boolean respond(Socket socket, OutputStream out, Request request) throws IOException {
		String requestId = "RQ" + String.format(Locale.ROOT, "%032x", this.requestCounter.incrementAndGet());
		String token = request.header(IDEMPOTENCY_TOKEN.toLowerCase(Locale.ROOT));
		if (token == null) {
			this.requestsWithoutToken.add(request.line);
			write(out, 400, requestId, Map.of(), error(400, 21000, "Missing idempotency token"));
			return true;
		}
		this.attemptsByToken.computeIfAbsent(token, (key) -> new AtomicInteger()).incrementAndGet();
		Fault fault;
		boolean commitFirst;
		int retryAfter;
		synchronized (this.random) {
			fault = (this.random.nextDouble() < this.faultRate)
					? Fault.values()[this.random.nextInt(Fault.values().length)] : null;
			commitFirst = this.random.nextBoolean();
			retryAfter = 1 + this.random.nextInt(3);
		}
		if (fault != null) {
			this.faults.computeIfAbsent(fault, (key) -> new AtomicInteger()).incrementAndGet();
		}
		if (fault == Fault.RATE_LIMITED) {
			// Rate limiting happens before any processing
			this.retryAfterByRequestId.put(requestId, retryAfter);
			write(out, 429, requestId, Map.of("Retry-After", Integer.toString(retryAfter)),
					error(429, 20429, "Too Many Requests"));
			return true;
		}
		StoredMessage message = null;
		if (fault == null || commitFirst) {
			message = this.messagesByToken.computeIfAbsent(token,
					(key) -> new StoredMessage("SM" + String.format(Locale.ROOT, "%032x",
							this.messageCounter.incrementAndGet()), request.formParameter("Body")));
		}
		if (fault == Fault.SERVER_ERROR) {
			write(out, 500, requestId, Map.of(), error(500, 20500, "Internal Server Error"));
			return true;
		}
		if (fault == Fault.UNAVAILABLE) {
			write(out, 503, requestId, Map.of(), error(503, 20503, "Service Unavailable"));
			return true;
		}
		if (fault == Fault.CONNECTION_RESET) {
			socket.setSoLinger(true, 0);
			return false;
		}
		if (fault == Fault.LATE_RESPONSE) {
			try {
				Thread.sleep(this.lateResponseMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			// A slow server may commit only after the client has given up
			message = this.messagesByToken.computeIfAbsent(token,
					(key) -> new StoredMessage("SM" + String.format(Locale.ROOT, "%032x",
							this.messageCounter.incrementAndGet()), request.formParameter("Body")));
		}
		write(out, 201, requestId, Map.of(), message.json());
		return fault == null;
	}

	private static void write(OutputStream out, int status, String requestId, Map<String, String> headers,
			String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status));
		head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(bytes.length);
		head.append("\r\nTwilio-Request-Id: ").append(requestId);
		headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
		head.append("\r\n\r\n");
		out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	private static String reason(int status) {
		return switch (status) {
			case 201 -> "Created";
			case 400 -> "Bad Request";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			default -> "Service Unavailable";
		};
	}

	private static String error(int status, int code, String message) {
		return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
				+ code + "\",\"status\":" + status + "}";
	}

	@Override
	public void close() throws IOException {
		this.running = false;
		this.serverSocket.close();
		this.connections.shutdownNow();
	}

	/**
	 * A transient failure.
	 */
	enum Fault {

		RATE_LIMITED, SERVER_ERROR, UNAVAILABLE, CONNECTION_RESET, LATE_RESPONSE

	}

	/**
	 * A created message.
	 */
	record StoredMessage(String sid, String body) {

		String json() {
			return "{\"sid\":\"" + this.sid + "\",\"account_sid\":\"AC0123456789abcdef0123456789abcdef\","
					+ "\"body\":\"" + this.body + "\",\"status\":\"queued\",\"direction\":\"outbound-api\"}";
		}

	}

	/**
	 * The parts of a request that the server needs.
	 */
	private record Request(String line, Map<String, String> headers, byte[] body) {

		static Request read(InputStream in) throws IOException {
			String line = readLine(in);
			if (line == null || line.isEmpty()) {
				return null;
			}
			Map<String, String> headers = new ConcurrentHashMap<>();
			for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
				int colon = header.indexOf(':');
				headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						header.substring(colon + 1).trim());
			}
			if (headers.containsKey("transfer-encoding")) {
				throw new IOException("Chunked request bodies are not supported by this test server");
			}
			int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
			return new Request(line, headers, in.readNBytes(length));
		}

		private static String readLine(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					String text = line.toString(StandardCharsets.US_ASCII);
					return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
				}
				line.write(b);
			}
			return (line.size() > 0) ? line.toString(StandardCharsets.US_ASCII) : null;
		}

		String header(String name) {
			return this.headers.get(name);
		}

		String formParameter(String name) {
			List<String> values = new ArrayList<>();
			for (String pair : new String(this.body, StandardCharsets.US_ASCII).split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
					values.add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
			return values.isEmpty() ? "" : values.get(0);
		}

	}

}
