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
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for Twilio's Messages endpoint on 127.0.0.1 that fails a share of the
 * requests transiently: 429 with {@code Retry-After}, 500, 503, a reset connection (RST)
 * before the request is read or after it without a response, a response that comes too
 * late for the client's read timeout, a response cut short after its head and half its
 * body by a reset or by a closed connection, or a response written a few bytes at a time
 * (which is no failure: it must be read whole). Like Twilio, it creates at most one
 * message per {@code I-Twilio-Idempotency-Token}: a repeated token gets the first result
 * back. A 5xx, a reset or a late response may come after the message was created, as when
 * a server fails after committing; a response cut short always does.
 * <p>
 * A raw socket server rather than the JDK's {@code HttpServer}, which cannot reset a
 * connection or cut a response short.
 */
final class FaultyTwilioServer implements AutoCloseable {

	static final String IDEMPOTENCY_TOKEN = "I-Twilio-Idempotency-Token";

	/**
	 * How many bytes of a slow response are written at a time, with a pause between.
	 */
	private static final int SLOW_PIECE = 4;

	private final ServerSocket serverSocket;

	private final ExecutorService connections = Executors.newCachedThreadPool();

	/** Draws the faults, or {@code null} if only first attempts fail. */
	private final RandomFaults randomFaults;

	/** What goes wrong with the first attempt of every create, if the faults are not drawn. */
	private final Injected firstAttempts;

	private final long lateResponseMillis;

	/** Messages by idempotency token. */
	final Map<String, StoredMessage> messagesByToken = new ConcurrentHashMap<>();

	/** Attempts by idempotency token. */
	final Map<String, AtomicInteger> attemptsByToken = new ConcurrentHashMap<>();

	/** When each attempt arrived, and how it was answered, by idempotency token. */
	final Map<String, List<Arrival>> arrivalsByToken = new ConcurrentHashMap<>();

	/** Retry-After seconds sent, by Twilio-Request-Id. */
	final Map<String, Integer> retryAfterByRequestId = new ConcurrentHashMap<>();

	/** Requests that arrived without an idempotency token. */
	final List<String> requestsWithoutToken = new CopyOnWriteArrayList<>();

	/** How often each fault was injected. */
	final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();

	private final AtomicInteger messageCounter = new AtomicInteger();

	private final AtomicInteger requestCounter = new AtomicInteger();

	private volatile boolean running = true;

	/**
	 * Fail the given share of requests with faults of every kind, chosen at random.
	 */
	FaultyTwilioServer(long seed, double faultRate, long lateResponseMillis) throws IOException {
		this(seed, faultRate, lateResponseMillis, EnumSet.allOf(Fault.class));
	}

	/**
	 * Fail the given share of requests with faults of the given kinds, chosen at random.
	 */
	FaultyTwilioServer(long seed, double faultRate, long lateResponseMillis, Set<Fault> kinds) throws IOException {
		this(new RandomFaults(seed, faultRate, kinds), null, lateResponseMillis);
	}

	private FaultyTwilioServer(RandomFaults randomFaults, Injected firstAttempts, long lateResponseMillis)
			throws IOException {
		this.randomFaults = randomFaults;
		this.firstAttempts = firstAttempts;
		this.lateResponseMillis = lateResponseMillis;
		this.serverSocket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "faulty-twilio-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Answer the first attempt of every create with the given fault, and every later one
	 * as a working server would.
	 * @param fault the fault of first attempts
	 * @param retryAfter the {@code Retry-After} value to send with it, from the time of
	 * the attempt in milliseconds since the epoch, or {@code null} for none
	 */
	static FaultyTwilioServer failingFirstAttempts(Fault fault, Function<Long, String> retryAfter)
			throws IOException {
		return new FaultyTwilioServer(null, new Injected(fault, false, retryAfter), 0);
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
				String requestLine = Request.readLine(in);
				if (requestLine == null || requestLine.isEmpty()) {
					return;
				}
				Injected drawn = (this.randomFaults != null) ? this.randomFaults.draw() : null;
				if (drawn != null && drawn.fault() == Fault.RESET_BEFORE_READ) {
					// The request's headers and body are never read
					count(Fault.RESET_BEFORE_READ);
					reset(socket);
					return;
				}
				if (!respond(socket, out, Request.read(requestLine, in), drawn)) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// The client went away, for example after its read timeout
		}
	}

	/**
	 * Answer a request, with the fault drawn for it if there is one; return whether the
	 * connection stays open.
	 */
	private boolean respond(Socket socket, OutputStream out, Request request, Injected drawn) throws IOException {
		long arrivalNanos = System.nanoTime();
		long arrivalMillis = System.currentTimeMillis();
		String requestId = "RQ" + String.format(Locale.ROOT, "%032x", this.requestCounter.incrementAndGet());
		String token = request.header(IDEMPOTENCY_TOKEN.toLowerCase(Locale.ROOT));
		if (token == null) {
			this.requestsWithoutToken.add(request.line);
			write(out, response(400, requestId, Map.of(), error(400, 21000, "Missing idempotency token")));
			return true;
		}
		int attempt = this.attemptsByToken.computeIfAbsent(token, (key) -> new AtomicInteger()).incrementAndGet();
		Injected injected = (this.firstAttempts == null) ? drawn : (attempt == 1) ? this.firstAttempts : null;
		Fault fault = (injected != null) ? injected.fault() : null;
		String retryAfter = (injected != null && injected.retryAfter() != null)
				? injected.retryAfter().apply(arrivalMillis) : null;
		this.arrivalsByToken.computeIfAbsent(token, (key) -> Collections.synchronizedList(new ArrayList<>()))
			.add(new Arrival(arrivalNanos, arrivalMillis, fault, retryAfter));
		if (fault != null) {
			count(fault);
		}
		Map<String, String> headers = (retryAfter != null) ? Map.of("Retry-After", retryAfter) : Map.of();
		if (fault == Fault.RATE_LIMITED) {
			// Rate limiting happens before any processing
			if (retryAfter != null && retryAfter.chars().allMatch(Character::isDigit)) {
				this.retryAfterByRequestId.put(requestId, Integer.parseInt(retryAfter));
			}
			write(out, response(429, requestId, headers, error(429, 20429, "Too Many Requests")));
			return true;
		}
		if (fault == null) {
			write(out, response(201, requestId, Map.of(), store(token, request).json()));
			return true;
		}
		StoredMessage message = null;
		if (injected.commitFirst() || fault.cutsTheAnswerShort() || fault == Fault.SLOW_RESPONSE) {
			message = store(token, request);
		}
		switch (fault) {
			case SERVER_ERROR -> {
				write(out, response(500, requestId, headers, error(500, 20500, "Internal Server Error")));
				return true;
			}
			case UNAVAILABLE -> {
				write(out, response(503, requestId, headers, error(503, 20503, "Service Unavailable")));
				return true;
			}
			case CONNECTION_RESET -> {
				reset(socket);
				return false;
			}
			case LATE_RESPONSE -> {
				if (!pause(this.lateResponseMillis)) {
					return false;
				}
				// A slow server may commit only after the client has given up
				message = store(token, request);
				write(out, response(201, requestId, Map.of(), message.json()));
				return false;
			}
			case CUT_SHORT_BY_RESET, CUT_SHORT_BY_CLOSE -> {
				Response created = response(201, requestId, Map.of(), message.json());
				out.write(created.head());
				out.write(created.body(), 0, created.body().length / 2);
				out.flush();
				// Let the client read the head and start on the body before the end
				pause(5);
				if (fault == Fault.CUT_SHORT_BY_RESET) {
					reset(socket);
				}
				else {
					socket.shutdownOutput();
				}
				return false;
			}
			case SLOW_RESPONSE -> {
				byte[] bytes = response(201, requestId, Map.of(), message.json()).bytes();
				for (int offset = 0; offset < bytes.length; offset += SLOW_PIECE) {
					out.write(bytes, offset, Math.min(SLOW_PIECE, bytes.length - offset));
					out.flush();
					if (!pause(1)) {
						return false;
					}
				}
				return true;
			}
			default -> throw new IllegalStateException("No answer for " + fault);
		}
	}

	private StoredMessage store(String token, Request request) {
		return this.messagesByToken.computeIfAbsent(token, (key) -> new StoredMessage(
				"SM" + String.format(Locale.ROOT, "%032x", this.messageCounter.incrementAndGet()),
				request.formParameter("Body")));
	}

	private void count(Fault fault) {
		this.faults.computeIfAbsent(fault, (key) -> new AtomicInteger()).incrementAndGet();
	}

	private static void reset(Socket socket) throws IOException {
		// Closing with a zero linger time sends RST instead of FIN
		socket.setSoLinger(true, 0);
		socket.close();
	}

	private static boolean pause(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Response response(int status, String requestId, Map<String, String> headers, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status));
		head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(bytes.length);
		head.append("\r\nTwilio-Request-Id: ").append(requestId);
		headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
		head.append("\r\n\r\n");
		return new Response(head.toString().getBytes(StandardCharsets.US_ASCII), bytes);
	}

	private static void write(OutputStream out, Response response) throws IOException {
		out.write(response.head());
		out.write(response.body());
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
	 * A transient failure, or a slow answer.
	 */
	enum Fault {

		RATE_LIMITED, SERVER_ERROR, UNAVAILABLE, RESET_BEFORE_READ, CONNECTION_RESET, LATE_RESPONSE,
		CUT_SHORT_BY_RESET, CUT_SHORT_BY_CLOSE, SLOW_RESPONSE;

		boolean cutsTheAnswerShort() {
			return this == CUT_SHORT_BY_RESET || this == CUT_SHORT_BY_CLOSE;
		}

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
	 * An attempt as it arrived.
	 *
	 * @param nanoTime when it arrived, by {@link System#nanoTime()}
	 * @param epochMillis when it arrived, by the wall clock
	 * @param fault the fault it was answered with, or {@code null} for none
	 * @param retryAfter the {@code Retry-After} value it was answered with, or
	 * {@code null} for none
	 */
	record Arrival(long nanoTime, long epochMillis, Fault fault, String retryAfter) {

	}

	/**
	 * What goes wrong with an attempt.
	 *
	 * @param fault the fault
	 * @param commitFirst whether the message is created before the fault
	 * @param retryAfter the {@code Retry-After} value from the time of the attempt, or
	 * {@code null} for none
	 */
	private record Injected(Fault fault, boolean commitFirst, Function<Long, String> retryAfter) {

	}

	/**
	 * Faults of the given kinds for the given share of the requests, from a seeded
	 * random generator.
	 */
	private static final class RandomFaults {

		private final SplittableRandom random;

		private final double faultRate;

		private final List<Fault> kinds;

		RandomFaults(long seed, double faultRate, Set<Fault> kinds) {
			this.random = new SplittableRandom(seed);
			this.faultRate = faultRate;
			this.kinds = List.copyOf(kinds);
		}

		/**
		 * Draw what goes wrong with a request whose first line arrived, or {@code null}
		 * for nothing.
		 */
		synchronized Injected draw() {
			if (this.random.nextDouble() >= this.faultRate) {
				return null;
			}
			Fault fault = this.kinds.get(this.random.nextInt(this.kinds.size()));
			boolean commitFirst = this.random.nextBoolean();
			String retryAfter = Integer.toString(1 + this.random.nextInt(3));
			return new Injected(fault, commitFirst, (fault == Fault.RATE_LIMITED) ? (millis) -> retryAfter : null);
		}

	}

	/**
	 * An answer's head and body.
	 */
	private record Response(byte[] head, byte[] body) {

		byte[] bytes() {
			byte[] bytes = new byte[this.head.length + this.body.length];
			System.arraycopy(this.head, 0, bytes, 0, this.head.length);
			System.arraycopy(this.body, 0, bytes, this.head.length, this.body.length);
			return bytes;
		}

	}

	/**
	 * The parts of a request that the server needs.
	 */
	private record Request(String line, Map<String, String> headers, byte[] body) {

		static Request read(String line, InputStream in) throws IOException {
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

		static String readLine(InputStream in) throws IOException {
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
