package dev.twiliospring.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Twilio API on 127.0.0.1, plain HTTP: creating a message answers a
 * fixed 201, and listing messages serves pages in the 2010-04-01 format. It does the
 * same work for every client, so that differences between clients are the clients'.
 */
public final class LoopbackTwilioServer implements AutoCloseable {

	/** Account SID of the stand-in account. */
	public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	/** Auth token of the stand-in account. */
	public static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

	private static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	private final HttpServer server;

	private final ExecutorService executor;

	private final byte[] createdMessage = message(0).getBytes(StandardCharsets.UTF_8);

	private final int totalMessages;

	private final AtomicLong creates = new AtomicLong();

	private LoopbackTwilioServer(int threads, int totalMessages) throws IOException {
		// Without TCP_NODELAY every response waits out the client's delayed ACK (about
		// 40 ms on Linux) between headers and body; must be set before the first server.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.totalMessages = totalMessages;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
		this.executor = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "loopback-twilio");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext(MESSAGES_PATH, this::handle);
		this.server.start();
	}

	/**
	 * Start a server.
	 * @param threads how many threads answer requests
	 * @param totalMessages how many messages a list spans
	 * @return the running server
	 * @throws IOException if the server cannot bind
	 */
	public static LoopbackTwilioServer start(int threads, int totalMessages) throws IOException {
		return new LoopbackTwilioServer(threads, totalMessages);
	}

	/**
	 * Return the base URL, such as {@code http://127.0.0.1:40123}.
	 * @return the base URL
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * Return how many messages were created.
	 * @return the number of creates
	 */
	public long creates() {
		return this.creates.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			drain(exchange.getRequestBody());
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			if ("POST".equals(exchange.getRequestMethod())) {
				this.creates.incrementAndGet();
				send(exchange, 201, this.createdMessage);
			}
			else if ("GET".equals(exchange.getRequestMethod())) {
				send(exchange, 200, page(exchange.getRequestURI()));
			}
			else {
				send(exchange, 405, "{\"code\":20004,\"message\":\"Method not allowed\",\"status\":405}"
					.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void drain(InputStream in) throws IOException {
		byte[] buffer = new byte[4096];
		while (in.read(buffer) != -1) {
			// Reading the whole body lets the connection be reused.
		}
	}

	private byte[] page(URI uri) {
		int pageSize = intParameter(uri, "PageSize", 50);
		int page = intParameter(uri, "Page", 0);
		int start = page * pageSize;
		int end = Math.min(start + pageSize, this.totalMessages);
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

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
