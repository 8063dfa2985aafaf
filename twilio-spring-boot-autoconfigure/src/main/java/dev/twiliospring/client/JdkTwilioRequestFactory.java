package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;
import org.springframework.util.FastByteArrayOutputStream;

/**
 * The transport of {@link TwilioClient} for routes through a proxy, which
 * {@link Http1TwilioRequestFactory} hands over: a {@link ClientHttpRequestFactory} over
 * the JDK {@link HttpClient}, which speaks to proxies, that buffers each request body and
 * sends it synchronously.
 * <p>
 * Spring's {@code JdkClientHttpRequestFactory} streams every body through a publisher on
 * another thread and waits asynchronously, which costs several thread hops per call, and
 * with a read timeout it creates exceptions whenever a response is closed. Twilio request
 * bodies are small forms that are complete before a request is sent, and its answers
 * are JSON documents that are read in full anyway, so here a request is sent as one
 * byte array and the response is received as one: the calling thread waits once.
 * <p>
 * The read timeout bounds the wait for the status line and headers of a response, as the
 * JDK client's request timeout does, and then every wait for more of the body: a body that
 * stalls fails the call rather than holding its thread. The body is handed on as it
 * arrives, so that the client's limit on the size of a response applies here too. Plain
 * {@code http} URLs (emulators, tests) are sent as HTTP/1.1, sparing the
 * {@code Upgrade: h2c} attempt the JDK client would make; {@code https} keeps the
 * client's version, HTTP/2 where the server offers it.
 */
final class JdkTwilioRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	/**
	 * Headers the JDK client sets itself and refuses to take from a request.
	 */
	private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
			"upgrade");

	private final HttpClient httpClient;

	private final @Nullable Duration readTimeout;

	/**
	 * Create a factory.
	 * @param httpClient the client to send with; it should not follow redirects, so that
	 * credentials never go to another host
	 * @param readTimeout how long to wait for a response, {@code null} or zero for ever
	 */
	JdkTwilioRequestFactory(HttpClient httpClient, @Nullable Duration readTimeout) {
		this.httpClient = httpClient;
		this.readTimeout = (readTimeout != null && !readTimeout.isZero()) ? readTimeout : null;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new JdkTwilioRequest(this.httpClient, uri, method, this.readTimeout);
	}

	/**
	 * Shut the JDK client down without waiting for requests under way, where it can be
	 * shut down (Java 21 and later); before, its connections and threads end when it is
	 * garbage collected. Its {@code close()} would wait for every request under way, up to
	 * the read timeout.
	 */
	@Override
	public void close() {
		Method shutdownNow;
		try {
			shutdownNow = HttpClient.class.getMethod("shutdownNow");
		}
		catch (NoSuchMethodException ex) {
			return;
		}
		try {
			shutdownNow.invoke(this.httpClient);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			// Its connections and threads end when it is garbage collected
		}
	}

	/**
	 * Return a timeout in milliseconds for {@link AttemptDeadline}, zero for none.
	 */
	private static int millis(@Nullable Duration timeout) {
		return (timeout != null) ? (int) Math.max(1, Math.min(Integer.MAX_VALUE, TwilioExecutor.millis(timeout))) : 0;
	}

	/**
	 * Buffers its body itself: Spring's buffering base class is public only from
	 * Framework 7.0.7 on, and Spring Boot 4.0.0 to 4.0.5 bring older ones.
	 */
	private static final class JdkTwilioRequest extends AbstractClientHttpRequest {

		private final FastByteArrayOutputStream body = new FastByteArrayOutputStream();

		private final HttpClient httpClient;

		private final URI uri;

		private final HttpMethod method;

		private final @Nullable Duration readTimeout;

		JdkTwilioRequest(HttpClient httpClient, URI uri, HttpMethod method, @Nullable Duration readTimeout) {
			this.httpClient = httpClient;
			this.uri = uri;
			this.method = method;
			this.readTimeout = readTimeout;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected OutputStream getBodyInternal(HttpHeaders headers) {
			return this.body;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers) throws IOException {
			try {
				return executeInternal(headers, this.body.toByteArrayUnsafe());
			}
			catch (IOException ex) {
				TwilioExecutor.failAsSent(this, ex);
				throw ex;
			}
		}

		private ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			AttemptDeadline deadline = AttemptDeadline.of(getAttributes());
			int readTimeout = millis(this.readTimeout);
			// Nothing is sent once the deadline has passed: Twilio could act on it
			int wait = AttemptDeadline.timeoutMillis(deadline, readTimeout);
			HttpRequest request = buildRequest(headers, body,
					(wait != readTimeout) ? Duration.ofMillis(wait) : this.readTimeout);
			try {
				return new JdkTwilioResponse(this.httpClient.send(request, HttpResponse.BodyHandlers.ofPublisher()),
						this.readTimeout, deadline);
			}
			catch (HttpConnectTimeoutException ex) {
				// The client's own connect timeout, which the deadline does not shorten
				throw ex;
			}
			catch (HttpTimeoutException ex) {
				throw AttemptDeadline.timedOut(deadline, wait, readTimeout, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				// Not the path, which may hold a phone number: the client's message names the
				// request by its path template
				throw new IOException("Interrupted while waiting for the response", ex);
			}
			catch (RuntimeException ex) {
				// What the JDK client failed with reading the answer's head, thrown unchecked,
				// such as the NumberFormatException of a Content-Length too large for a long
				throw new IOException("The head of the response could not be read: " + ex.getMessage(), ex);
			}
		}

		private HttpRequest buildRequest(HttpHeaders headers, byte[] body, @Nullable Duration timeout) {
			HttpRequest.BodyPublisher publisher = (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody();
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri).method(this.method.name(), publisher);
			if ("http".equalsIgnoreCase(this.uri.getScheme())) {
				builder.version(HttpClient.Version.HTTP_1_1);
			}
			if (timeout != null) {
				builder.timeout(timeout);
			}
			for (Map.Entry<String, List<String>> header : headers.headerSet()) {
				String name = header.getKey();
				if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : header.getValue()) {
						try {
							builder.header(name, value);
						}
						catch (IllegalArgumentException ex) {
							throw refusedHeader(name, value);
						}
					}
				}
			}
			return builder.build();
		}

		/**
		 * Describe a header the JDK client refuses, naming it but never showing the value,
		 * which may be a credential: the JDK's own message shows it, so its exception is
		 * left out rather than kept as the cause.
		 */
		private static IllegalArgumentException refusedHeader(String name, String value) {
			String shownName = "'" + name.replaceAll("[^!-~]", "?") + "'";
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if ((c < ' ' && c != '\t') || c == 0x7F || c > 0xFF) {
					return new IllegalArgumentException("The value of HTTP header " + shownName
							+ " has a character at index " + i + " that cannot be sent: "
							+ ((c > 0xFF) ? "only ISO-8859-1 is allowed" : "control characters are not allowed"));
				}
			}
			return new IllegalArgumentException("HTTP header " + shownName
					+ " cannot be sent: the JDK HTTP client refuses its name or value");
		}

	}

	private static final class JdkTwilioResponse implements ClientHttpResponse {

		private final HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;

		private final HttpHeaders headers;

		private final BodyInputStream body;

		JdkTwilioResponse(HttpResponse<Flow.Publisher<List<ByteBuffer>>> response, @Nullable Duration readTimeout,
				@Nullable AttemptDeadline deadline) {
			this.response = response;
			this.headers = adaptHeaders(response.headers().map());
			this.body = new BodyInputStream(readTimeout, deadline);
			response.body().subscribe(this.body);
		}

		/**
		 * Wrap the JDK's headers, an unmodifiable case-insensitive map, without copying
		 * them unless there are HTTP/2 pseudo-headers such as {@code :status} to leave out.
		 */
		private static HttpHeaders adaptHeaders(Map<String, List<String>> headers) {
			for (String name : headers.keySet()) {
				if (name.startsWith(":")) {
					HttpHeaders copy = new HttpHeaders();
					headers.forEach((key, values) -> {
						if (!key.startsWith(":")) {
							copy.addAll(key, values);
						}
					});
					return HttpHeaders.readOnlyHttpHeaders(copy);
				}
			}
			return new HttpHeaders(CollectionUtils.toMultiValueMap(headers));
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return this.body;
		}

		@Override
		public void close() {
			this.body.close();
		}

	}

	/**
	 * The body of a response as it arrives from the JDK client, one list of buffers
	 * requested at a time, with the read timeout on every wait.
	 */
	private static final class BodyInputStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

		private static final Object END = new Object();

		private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();

		private final @Nullable Duration readTimeout;

		private final @Nullable AttemptDeadline deadline;

		private volatile Flow.@Nullable Subscription subscription;

		/**
		 * Set by {@link #close()}, which may come before the subscription.
		 */
		private volatile boolean closed;

		private Iterator<ByteBuffer> buffers = Collections.emptyIterator();

		private @Nullable ByteBuffer current;

		private boolean ended;

		BodyInputStream(@Nullable Duration readTimeout, @Nullable AttemptDeadline deadline) {
			this.readTimeout = readTimeout;
			this.deadline = deadline;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (this.closed) {
				subscription.cancel();
			}
			else {
				subscription.request(1);
			}
		}

		@Override
		public void onNext(List<ByteBuffer> item) {
			this.arrived.add(item);
		}

		@Override
		public void onError(Throwable throwable) {
			this.arrived.add(throwable);
		}

		@Override
		public void onComplete() {
			this.arrived.add(END);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			Objects.checkFromIndexSize(offset, length, bytes.length);
			if (length == 0) {
				return 0;
			}
			ByteBuffer buffer = next();
			if (buffer == null) {
				return -1;
			}
			int count = Math.min(length, buffer.remaining());
			buffer.get(bytes, offset, count);
			return count;
		}

		/**
		 * Return a buffer with bytes left, waiting for one if need be, or {@code null} at
		 * the end of the body.
		 */
		private @Nullable ByteBuffer next() throws IOException {
			while (this.current == null || !this.current.hasRemaining()) {
				if (this.buffers.hasNext()) {
					this.current = this.buffers.next();
					continue;
				}
				if (this.ended) {
					return null;
				}
				this.buffers = arrivedBuffers();
			}
			return this.current;
		}

		@SuppressWarnings("unchecked")
		private Iterator<ByteBuffer> arrivedBuffers() throws IOException {
			Object item;
			AttemptDeadline deadline = this.deadline;
			int readTimeout = millis(this.readTimeout);
			int timeout;
			try {
				timeout = AttemptDeadline.timeoutMillis(deadline, readTimeout);
				item = (timeout > 0) ? this.arrived.poll(timeout, TimeUnit.MILLISECONDS) : this.arrived.take();
			}
			catch (SocketTimeoutException ex) {
				close();
				throw ex;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new IOException("Interrupted while reading a response", ex);
			}
			if (item == null) {
				close();
				throw AttemptDeadline.timedOut(deadline, timeout, readTimeout, new HttpTimeoutException(
						"No more of the response arrived within the read timeout of " + readTimeout + " ms"));
			}
			if (item == END) {
				this.ended = true;
				return Collections.emptyIterator();
			}
			if (item instanceof Throwable failure) {
				this.ended = true;
				throw (failure instanceof IOException io) ? io
						: new IOException("The response could not be read: " + failure.getMessage(), failure);
			}
			Flow.Subscription subscription = this.subscription;
			if (subscription != null) {
				subscription.request(1);
			}
			return ((List<ByteBuffer>) item).iterator();
		}

		@Override
		public void close() {
			if (!this.ended) {
				this.ended = true;
				this.closed = true;
				Flow.Subscription subscription = this.subscription;
				if (subscription != null) {
					// Gives up the rest of the body; the JDK client then closes the connection
					subscription.cancel();
				}
			}
		}

	}

}
