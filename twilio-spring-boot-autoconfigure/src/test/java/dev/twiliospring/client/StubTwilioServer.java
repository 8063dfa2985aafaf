package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for Twilio's REST API on a local JDK {@link HttpServer}: it records every
 * request and answers with queued responses, then with a dispatcher.
 * <p>
 * Reusable by resource tests:
 * <pre class="code">
 * try (StubTwilioServer server = StubTwilioServer.start()) {
 *     server.enqueue(StubTwilioServer.Response.fixture(201, "message.json"));
 *     TwilioClient client = server.client();
 *     ...
 *     RecordedRequest request = server.takeRequest();
 * }
 * </pre>
 */
public final class StubTwilioServer implements AutoCloseable {

	/** Account SID of {@link #client()}. */
	public static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	/** Auth token of {@link #client()}. */
	public static final String AUTH_TOKEN = "stub-auth-token-0123456789abcdef";

	private final HttpServer server;

	private final ExecutorService executor;

	private final Queue<Response> responses = new ConcurrentLinkedQueue<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private volatile @Nullable Function<RecordedRequest, Response> dispatcher;

	private StubTwilioServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Start a server on a free loopback port.
	 * @return the running server
	 */
	public static StubTwilioServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			ExecutorService executor = Executors.newCachedThreadPool((runnable) -> {
				Thread thread = new Thread(runnable, "stub-twilio");
				thread.setDaemon(true);
				return thread;
			});
			StubTwilioServer stub = new StubTwilioServer(server, executor);
			server.createContext("/", stub::handle);
			server.setExecutor(executor);
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Return the base URL of the server, such as {@code http://127.0.0.1:54321}.
	 * @return the base URL
	 */
	public URI baseUrl() {
		InetSocketAddress address = this.server.getAddress();
		return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
	}

	/**
	 * Return a client builder pointed at this server with {@link #ACCOUNT_SID} and
	 * {@link #AUTH_TOKEN}, and a sleeper that does not wait.
	 * @return the builder
	 */
	public TwilioClient.Builder clientBuilder() {
		return TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken(AUTH_TOKEN)
			.baseUrl(baseUrl())
			.sleeper((duration) -> {
			});
	}

	/**
	 * Return a client pointed at this server.
	 * @return the client
	 * @see #clientBuilder()
	 */
	public TwilioClient client() {
		return clientBuilder().build();
	}

	/**
	 * Queue responses; each request takes the next one.
	 * @param responses the responses
	 * @return this server
	 */
	public StubTwilioServer enqueue(Response... responses) {
		this.responses.addAll(List.of(responses));
		return this;
	}

	/**
	 * Answer requests with the given function once the queue is empty.
	 * @param dispatcher the function
	 * @return this server
	 */
	public StubTwilioServer dispatcher(Function<RecordedRequest, Response> dispatcher) {
		this.dispatcher = dispatcher;
		return this;
	}

	/**
	 * Return all recorded requests.
	 * @return the requests in arrival order
	 */
	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Return the number of requests received.
	 * @return the request count
	 */
	public int requestCount() {
		return this.requests.size();
	}

	/**
	 * Return the only request received, failing if there was not exactly one.
	 * @return the request
	 */
	public RecordedRequest takeRequest() {
		if (this.requests.size() != 1) {
			throw new AssertionError("Expected exactly one request but received " + this.requests.size());
		}
		return this.requests.get(0);
	}

	/**
	 * Forget queued responses, dispatcher and recorded requests.
	 */
	public void reset() {
		this.responses.clear();
		this.requests.clear();
		this.dispatcher = null;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			RecordedRequest request = record(exchange);
			this.requests.add(request);
			Response response = this.responses.poll();
			if (response == null) {
				Function<RecordedRequest, Response> dispatcher = this.dispatcher;
				response = (dispatcher != null) ? dispatcher.apply(request) : Response.json(500,
						"{\"code\":20500,\"message\":\"StubTwilioServer has no response for " + request.method() + " "
								+ request.path() + "\",\"status\":500}");
			}
			if (response.delay != null) {
				try {
					Thread.sleep(response.delay.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			if (response.disconnect) {
				// Closing before sending a status line drops the connection: the client sees
				// an I/O error, as after a connection reset.
				return;
			}
			response.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] body = response.body;
			exchange.sendResponseHeaders(response.status, (body.length > 0) ? body.length : -1);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
	}

	private static RecordedRequest record(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		URI uri = exchange.getRequestURI();
		return new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
				Collections.unmodifiableMap(headers), body);
	}

	static Map<String, List<String>> decodeForm(@Nullable String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair, StandardCharsets.UTF_8);
			String value = (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8) : "";
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return values;
	}

	/**
	 * A request as the server received it.
	 *
	 * @param method the HTTP method
	 * @param path the raw (still percent-encoded) path
	 * @param rawQuery the raw query, or {@code null}
	 * @param headers the headers, with lower-case names
	 * @param body the raw body
	 */
	public record RecordedRequest(String method, String path, @Nullable String rawQuery,
			Map<String, List<String>> headers, byte[] body) {

		/**
		 * Return the first value of a header.
		 * @param name the header name, in any case
		 * @return the value, or {@code null}
		 */
		public @Nullable String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

		/**
		 * Return the body as UTF-8 text.
		 * @return the body
		 */
		public String bodyAsString() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/**
		 * Return the decoded form parameters of the body.
		 * @return the parameters in order
		 */
		public Map<String, List<String>> form() {
			return decodeForm(bodyAsString());
		}

		/**
		 * Return the decoded query parameters.
		 * @return the parameters in order
		 */
		public Map<String, List<String>> query() {
			return decodeForm(this.rawQuery);
		}

		/**
		 * Return the user name and password of the Basic {@code Authorization} header.
		 * @return {@code user:password}, or {@code null} without Basic authentication
		 */
		public @Nullable String basicCredentials() {
			String authorization = header("Authorization");
			if (authorization == null || !authorization.startsWith("Basic ")) {
				return null;
			}
			return new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
		}

	}

	/**
	 * A response the server sends.
	 */
	public static final class Response {

		private final int status;

		private final byte[] body;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private boolean disconnect;

		private @Nullable Duration delay;

		private Response(int status, byte[] body) {
			this.status = status;
			this.body = body;
		}

		/**
		 * Return a JSON response.
		 * @param status the HTTP status
		 * @param json the body
		 * @return the response
		 */
		public static Response json(int status, String json) {
			return new Response(status, json.getBytes(StandardCharsets.UTF_8)).header("Content-Type",
					"application/json");
		}

		/**
		 * Return a JSON response read from a test resource next to this class.
		 * @param status the HTTP status
		 * @param name the resource name, such as {@code message.json}
		 * @return the response
		 */
		public static Response fixture(int status, String name) {
			return json(status, fixture(name));
		}

		/**
		 * Read a test resource next to this class.
		 * @param name the resource name
		 * @return the content
		 */
		public static String fixture(String name) {
			try (InputStream in = StubTwilioServer.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalArgumentException("No fixture " + name);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Return a response with a text body.
		 * @param status the HTTP status
		 * @param contentType the content type
		 * @param text the body
		 * @return the response
		 */
		public static Response text(int status, String contentType, String text) {
			return new Response(status, text.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType);
		}

		/**
		 * Return a response with a binary body, such as a media file.
		 * @param status the HTTP status
		 * @param contentType the content type
		 * @param body the body
		 * @return the response
		 */
		public static Response bytes(int status, String contentType, byte[] body) {
			return new Response(status, body.clone()).header("Content-Type", contentType);
		}

		/**
		 * Return a response without body, such as the 204 of a delete.
		 * @param status the HTTP status
		 * @return the response
		 */
		public static Response empty(int status) {
			return new Response(status, new byte[0]);
		}

		/**
		 * Return a "response" that closes the connection without answering.
		 * @return the response
		 */
		public static Response disconnect() {
			Response response = new Response(0, new byte[0]);
			response.disconnect = true;
			return response;
		}

		/**
		 * Add a header.
		 * @param name the header name
		 * @param value the header value
		 * @return this response
		 */
		public Response header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Wait before answering, to provoke read timeouts.
		 * @param delay how long to wait
		 * @return this response
		 */
		public Response delay(Duration delay) {
			this.delay = delay;
			return this;
		}

	}

}
