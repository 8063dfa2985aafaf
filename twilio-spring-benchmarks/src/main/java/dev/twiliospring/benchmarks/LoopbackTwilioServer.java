package dev.twiliospring.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the Twilio API on 127.0.0.1, plain HTTP/1.1 with keep-alive: creating
 * a message answers a fixed 201, and listing messages serves pages in the 2010-04-01
 * format. It does the same work for every client, so that differences between clients
 * are the clients'.
 * <p>
 * It is a bare socket server, a thread per connection that reads the request head and
 * {@code Content-Length} body into a buffer it reuses, straight from the socket, and
 * writes a response prepared in advance, so that its share of each round trip (CPU and allocation) is as small as it
 * can be and the clients' differences are not drowned in the server's costs. It
 * understands exactly what the benchmarked clients send, no more: no chunked request
 * bodies, no pipelining.
 */
public final class LoopbackTwilioServer implements AutoCloseable {

	/** Account SID of the stand-in account. */
	public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	/** Auth token of the stand-in account. */
	public static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

	private static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	private static final int MAX_HEAD = 16 * 1024;

	private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.ISO_8859_1);

	private final ServerSocket serverSocket;

	private final byte[] createdResponse;

	private final int totalMessages;

	private final AtomicLong creates = new AtomicLong();

	private final AtomicLong messagesListed = new AtomicLong();

	private final List<Create> recordedCreates = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	private volatile @Nullable Runnable onPageRequest;

	private volatile boolean closed;

	private LoopbackTwilioServer(int totalMessages) throws IOException {
		this.totalMessages = totalMessages;
		this.createdResponse = response(201, message(0).getBytes(StandardCharsets.UTF_8));
		this.serverSocket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "loopback-twilio-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Start a server.
	 * @param totalMessages how many messages a list spans
	 * @return the running server
	 * @throws IOException if the server cannot bind
	 */
	public static LoopbackTwilioServer start(int totalMessages) throws IOException {
		return new LoopbackTwilioServer(totalMessages);
	}

	/**
	 * Run a server in a process of its own, so that what it allocates for its answers is
	 * not part of the heap that {@link PagingFootprint} measures: prints the base URL on
	 * a line of its own, then serves until its standard input ends.
	 * @param args how many messages a list spans
	 * @throws IOException if the server cannot bind
	 */
	public static void main(String[] args) throws IOException {
		try (LoopbackTwilioServer server = start(Integer.parseInt(args[0]))) {
			System.out.println(server.baseUrl());
			System.out.flush();
			System.in.transferTo(OutputStream.nullOutputStream());
		}
	}

	/**
	 * Return the base URL, such as {@code http://127.0.0.1:40123}.
	 * @return the base URL
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort());
	}

	/**
	 * Return how many messages were created.
	 * @return the number of creates
	 */
	public long creates() {
		return this.creates.get();
	}

	/**
	 * Return how many messages the pages served so far held together.
	 * @return the number of messages listed
	 */
	public long messagesListed() {
		return this.messagesListed.get();
	}

	/**
	 * Start or stop recording the creates that arrive, for checking that contenders send
	 * the same request. Recording costs allocation, so benchmarks measure with it off.
	 * @param recording whether to record
	 */
	public void recordCreates(boolean recording) {
		this.recording = recording;
	}

	/**
	 * Return the creates recorded so far, in order of arrival.
	 * @return the recorded creates
	 */
	public List<Create> recordedCreates() {
		return List.copyOf(this.recordedCreates);
	}

	/**
	 * Run an action whenever a page is requested, before it is answered: the requesting
	 * client is then in the middle of fetching it, with whatever it still holds of the
	 * pages before.
	 * @param action the action, or {@code null} for none
	 */
	public void onPageRequest(@Nullable Runnable action) {
		this.onPageRequest = action;
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket socket = this.serverSocket.accept();
				socket.setTcpNoDelay(true);
				Thread connection = new Thread(() -> serve(socket), "loopback-twilio");
				connection.setDaemon(true);
				connection.start();
			}
			catch (IOException ex) {
				if (!this.closed) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	private void serve(Socket socket) {
		Connection connection = new Connection();
		try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
			while (!this.closed) {
				int headLength = connection.readHead(in);
				if (headLength < 0) {
					return;
				}
				int length = headLength + contentLength(connection.buffer, headLength);
				if (this.recording && isPost(connection.buffer)) {
					connection.fill(in, length);
					this.recordedCreates.add(Create.parse(connection.buffer, headLength, length));
				}
				byte[] response = respond(connection.buffer, headLength);
				connection.skip(in, length);
				out.write(response);
				out.flush();
			}
		}
		catch (SocketException | EOFException ex) {
			// The client closed the connection
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The read side of a connection: a buffer filled straight from the socket, as much
	 * as each read brings, and scanned in place. (A {@code BufferedInputStream} read a
	 * byte at a time takes a lock per byte, which cost this server more than the rest
	 * of its work together.)
	 */
	private static final class Connection {

		final byte[] buffer = new byte[MAX_HEAD];

		/**
		 * Bytes in {@link #buffer}, from its start.
		 */
		private int filled;

		/**
		 * Read until the buffer holds a whole request head, up to and including its
		 * empty line.
		 * @return its length, or -1 if the client closed the connection between requests
		 */
		int readHead(InputStream in) throws IOException {
			int scanned = 0;
			while (true) {
				for (int i = Math.max(scanned, 3); i < this.filled; i++) {
					if (this.buffer[i] == '\n' && this.buffer[i - 1] == '\r' && this.buffer[i - 2] == '\n'
							&& this.buffer[i - 3] == '\r') {
						return i + 1;
					}
				}
				scanned = this.filled;
				if (this.filled == this.buffer.length) {
					throw new IOException("Request head longer than " + this.buffer.length + " bytes");
				}
				int read = in.read(this.buffer, this.filled, this.buffer.length - this.filled);
				if (read < 0) {
					if (this.filled == 0) {
						return -1;
					}
					throw new EOFException("Connection closed in a request");
				}
				this.filled += read;
			}
		}

		/**
		 * Read until the buffer holds at least this many bytes.
		 */
		void fill(InputStream in, int length) throws IOException {
			if (length > this.buffer.length) {
				throw new IOException("Request longer than " + this.buffer.length + " bytes");
			}
			while (this.filled < length) {
				int read = in.read(this.buffer, this.filled, this.buffer.length - this.filled);
				if (read < 0) {
					throw new EOFException("Connection closed in a request body");
				}
				this.filled += read;
			}
		}

		/**
		 * Drop a request of this many bytes, head and body, reading what of it has not
		 * arrived yet, and keep what follows it.
		 */
		void skip(InputStream in, int length) throws IOException {
			int remaining = length - this.filled;
			while (remaining > 0) {
				int read = in.read(this.buffer, 0, Math.min(remaining, this.buffer.length));
				if (read < 0) {
					throw new EOFException("Connection closed in a request body");
				}
				remaining -= read;
			}
			int kept = Math.max(0, this.filled - length);
			System.arraycopy(this.buffer, this.filled - kept, this.buffer, 0, kept);
			this.filled = kept;
		}

	}

	/**
	 * Find the {@code Content-Length} in a request head without creating objects.
	 */
	private static int contentLength(byte[] head, int length) {
		for (int line = 0; line < length; line++) {
			if (head[line] == '\n' && regionMatchesIgnoreCase(head, line + 1, length, CONTENT_LENGTH)) {
				int value = 0;
				for (int i = line + 1 + CONTENT_LENGTH.length; i < length && head[i] != '\r'; i++) {
					if (head[i] >= '0' && head[i] <= '9') {
						value = value * 10 + (head[i] - '0');
					}
				}
				return value;
			}
		}
		return 0;
	}

	private static boolean regionMatchesIgnoreCase(byte[] bytes, int offset, int length, byte[] lowerCase) {
		if (offset + lowerCase.length > length) {
			return false;
		}
		for (int i = 0; i < lowerCase.length; i++) {
			if (Character.toLowerCase(bytes[offset + i]) != lowerCase[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPost(byte[] head) {
		return head[0] == 'P' && head[1] == 'O' && head[2] == 'S' && head[3] == 'T' && head[4] == ' ';
	}

	private byte[] respond(byte[] head, int length) {
		if (isPost(head)) {
			this.creates.incrementAndGet();
			return this.createdResponse;
		}
		if (head[0] == 'G' && head[1] == 'E' && head[2] == 'T' && head[3] == ' ') {
			Runnable action = this.onPageRequest;
			if (action != null) {
				action.run();
			}
			String requestLine = new String(head, 0, length, StandardCharsets.ISO_8859_1);
			String target = requestLine.substring(4, requestLine.indexOf(' ', 4));
			return response(200, page(URI.create(target)));
		}
		return response(405, "{\"code\":20004,\"message\":\"Method not allowed\",\"status\":405}"
			.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] response(int status, byte[] body) {
		String reason = switch (status) {
			case 200 -> "OK";
			case 201 -> "Created";
			default -> "Method Not Allowed";
		};
		byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.length + "\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] response = new byte[head.length + body.length];
		System.arraycopy(head, 0, response, 0, head.length);
		System.arraycopy(body, 0, response, head.length, body.length);
		return response;
	}

	private byte[] page(URI uri) {
		int pageSize = intParameter(uri, "PageSize", 50);
		int page = intParameter(uri, "Page", 0);
		int start = page * pageSize;
		int end = Math.min(start + pageSize, this.totalMessages);
		this.messagesListed.addAndGet(Math.max(0, end - start));
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, end - start) * 1024 + 1024);
		StringBuilder json = new StringBuilder(4096);
		json.append("{\"messages\":[");
		for (int i = start; i < end; i++) {
			if (i > start) {
				json.append(',');
			}
			json.append(message(i));
			if (json.length() > 64 * 1024) {
				out.writeBytes(json.toString().getBytes(StandardCharsets.UTF_8));
				json.setLength(0);
			}
		}
		String base = MESSAGES_PATH + "?PageSize=" + pageSize;
		json.append("],\"end\":").append(Math.max(start, end - 1));
		json.append(",\"first_page_uri\":\"").append(base).append("&Page=0\"");
		if (end < this.totalMessages) {
			json.append(",\"next_page_uri\":\"")
				.append(base)
				.append("&Page=")
				.append(page + 1)
				.append("&PageToken=PASM")
				.append(String.format("%032x", end - 1))
				.append('"');
		}
		else {
			json.append(",\"next_page_uri\":null");
		}
		json.append(",\"page\":").append(page).append(",\"page_size\":").append(pageSize);
		json.append(",\"previous_page_uri\":null,\"start\":").append(start);
		json.append(",\"uri\":\"").append(base).append("&Page=").append(page).append("\"}");
		out.writeBytes(json.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static int intParameter(URI uri, String name, int defaultValue) {
		String query = uri.getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith(name + "=")) {
					return Integer.parseInt(pair.substring(name.length() + 1));
				}
			}
		}
		return defaultValue;
	}

	/**
	 * Return a message resource in Twilio's JSON.
	 * @param index the message number, which makes its SID
	 * @return the JSON
	 */
	static String message(int index) {
		String sid = "SM" + String.format("%032x", index);
		String path = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid;
		return "{\"account_sid\":\"" + ACCOUNT_SID + "\",\"api_version\":\"2010-04-01\","
				+ "\"body\":\"Your order #" + index + " has shipped and will arrive on Tuesday.\","
				+ "\"date_created\":\"Fri, 24 May 2019 17:18:27 +0000\","
				+ "\"date_sent\":\"Fri, 24 May 2019 17:18:28 +0000\","
				+ "\"date_updated\":\"Fri, 24 May 2019 17:18:28 +0000\",\"direction\":\"outbound-api\","
				+ "\"error_code\":null,\"error_message\":null,\"from\":\"+15017122661\","
				+ "\"messaging_service_sid\":null,\"num_media\":\"0\",\"num_segments\":\"1\","
				+ "\"price\":\"-0.00750\",\"price_unit\":\"USD\",\"sid\":\"" + sid + "\",\"status\":\"queued\","
				+ "\"subresource_uris\":{\"media\":\"" + path + "/Media.json\",\"feedback\":\"" + path
				+ "/Feedback.json\"},\"to\":\"+15558675310\",\"uri\":\"" + path + ".json\"}";
	}

	/**
	 * A create as it arrived: what a client asked for, independent of header order,
	 * parameter order and percent-encoding choices.
	 *
	 * @param target the request target, path and query
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @param parameters the decoded form parameters, sorted by name
	 */
	public record Create(String target, @Nullable String authorization, Map<String, List<String>> parameters) {

		static Create parse(byte[] buffer, int headLength, int length) {
			String head = new String(buffer, 0, headLength, StandardCharsets.ISO_8859_1);
			String[] lines = head.split("\r\n");
			String target = lines[0].substring(lines[0].indexOf(' ') + 1, lines[0].lastIndexOf(' '));
			String authorization = null;
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("authorization")) {
					authorization = lines[i].substring(colon + 1).trim();
				}
			}
			Map<String, List<String>> parameters = new TreeMap<>();
			String body = new String(buffer, headLength, length - headLength, StandardCharsets.ISO_8859_1);
			for (String pair : body.split("&")) {
				if (!pair.isEmpty()) {
					int equals = pair.indexOf('=');
					String name = (equals < 0) ? pair : pair.substring(0, equals);
					String value = (equals < 0) ? "" : pair.substring(equals + 1);
					parameters
						.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), (key) -> new ArrayList<>())
						.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
				}
			}
			return new Create(target, authorization, parameters);
		}

		/**
		 * Describe the create without its credentials, which name the auth token.
		 */
		@Override
		public String toString() {
			String scheme = (this.authorization != null) ? this.authorization.split(" ", 2)[0] + " (credentials hidden)"
					: "none";
			return "Create[target=" + this.target + ", authorization=" + scheme + ", parameters=" + this.parameters
					+ "]";
		}

	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.serverSocket.close();
		}
		catch (IOException ex) {
			// Closing anyway
		}
	}

}
