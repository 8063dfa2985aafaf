package dev.twiliospring.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The default transport of {@link TwilioClient}: HTTP/1.1 over pooled keep-alive
 * connections, written and read on the calling thread.
 * <p>
 * Twilio's REST API is a request and an answer of a few kilobytes each, over HTTP/1.1
 * with keep-alive. A general-purpose client pays for what Twilio never needs (an event
 * loop and the thread hops to reach it, HTTP/2 stream management, streaming request
 * bodies); this one does the little Twilio needs directly: it writes the status line,
 * headers and the buffered form body in one write, reads the answer from a buffer it
 * keeps with the connection, and hands the body over as a stream that returns the
 * connection to the pool once it has been read to the end.
 * <ul>
 * <li>{@code https} uses the JVM's default TLS settings (trust store, protocols), or the
 * TLS context, protocols and cipher suites given, always with host name verification and
 * SNI; {@code http} is for emulators and tests.</li>
 * <li>An HTTP proxy given to the factory carries every request, with its Basic
 * credentials when it has them: {@code http} requests in absolute form, {@code https}
 * through a {@code CONNECT} tunnel to the host, with TLS end to end inside it. A proxy that
 * refuses the tunnel answers the request itself, its {@code 407} included. Without one,
 * routes that the JVM's {@link ProxySelector} sends through an HTTP proxy go through that
 * proxy the same way when the factory has proxy credentials, and are otherwise handed to
 * the JDK {@code HttpClient} transport, which speaks to such proxies without credentials; a
 * SOCKS proxy is reached by the sockets of this transport.</li>
 * <li>The connect timeout bounds the TCP connect, the read timeout every wait for data
 * (the TLS handshake, the answer's head, each part of its body). No wait lasts past the
 * retry deadline of the call that a request belongs to, when the client gives one.</li>
 * <li>An interrupt of the calling thread ends any wait on the network at once, as it
 * does on the JDK's own channels: the connection is closed, never pooled again, and the
 * wait ends with a {@link ClosedByInterruptException}. A thread already interrupted sends
 * nothing.</li>
 * <li>Redirects are never followed, so that credentials never go to another host.</li>
 * <li>A pooled connection on which the server has sent anything unasked, such as a
 * 408 before it closes the connection, is never used again. One that the server has
 * closed in the meantime is detected before it is used when it has been idle for two
 * seconds or more. When a request still
 * fails on a reused connection before any answer arrives, a {@code GET}, {@code HEAD} or
 * {@code OPTIONS} is sent again on a new connection; anything else fails, for the
 * client's retries to handle with their count, backoff and idempotency token.</li>
 * </ul>
 */
final class Http1TwilioRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	/**
	 * Idle connections beyond this many per host are closed rather than kept.
	 */
	private static final int MAX_IDLE_PER_ROUTE = 64;

	/**
	 * Connections idle longer than this are closed instead of reused: load balancers
	 * commonly drop idle connections after a minute.
	 */
	private static final long MAX_IDLE_NANOS = Duration.ofSeconds(50).toNanos();

	/**
	 * Connections idle longer than this are checked for a close by the server before
	 * they are reused.
	 */
	private static final long CHECK_AFTER_IDLE_NANOS = Duration.ofSeconds(2).toNanos();

	private static final int MAX_HEAD_BYTES = 64 * 1024;

	/**
	 * The most that is read from an unfinished body to keep its connection.
	 */
	private static final int MAX_DRAIN_BYTES = 64 * 1024;

	/**
	 * The largest request buffer a connection keeps between requests.
	 */
	private static final int MAX_KEPT_BUFFER = 64 * 1024;

	private static final byte[] NO_BYTES = new byte[0];

	private final int connectTimeoutMillis;

	private final int readTimeoutMillis;

	private final Once<SSLSocketFactory> sslSocketFactory;

	private final Once<ClientHttpRequestFactory> proxyTransport;

	private final @Nullable HttpProxy proxy;

	private final String @Nullable [] protocols;

	private final String @Nullable [] cipherSuites;

	private final Map<Route, Pool> pools = new ConcurrentHashMap<>();

	/**
	 * Whether {@link #close()} was called: connections are then closed after use instead
	 * of kept.
	 */
	private volatile boolean closed;

	/**
	 * Create a factory.
	 * @param connectTimeout how long to wait for a connection, zero for the system's
	 * limit
	 * @param readTimeout how long to wait for data, zero for ever
	 * @param sslSocketFactory the TLS sockets to use, asked for on the first
	 * {@code https} connection
	 * @param proxyTransport the transport for routes that go through a proxy, asked for
	 * on the first such route
	 */
	Http1TwilioRequestFactory(Duration connectTimeout, Duration readTimeout, Supplier<SSLSocketFactory> sslSocketFactory,
			Supplier<ClientHttpRequestFactory> proxyTransport) {
		this(connectTimeout, readTimeout, sslSocketFactory, proxyTransport, null);
	}

	/**
	 * Create a factory that sends through an HTTP proxy of its own, or with credentials
	 * for the proxies that the JVM's {@link ProxySelector} chooses.
	 * @param connectTimeout how long to wait for a connection, zero for the system's
	 * limit
	 * @param readTimeout how long to wait for data, zero for ever
	 * @param sslSocketFactory the TLS sockets to use, asked for on the first
	 * {@code https} connection
	 * @param proxyTransport the transport for routes that the JVM's selector sends
	 * through a proxy when there are no proxy credentials, asked for on the first such
	 * route
	 * @param proxy the proxy and its credentials, {@code null} for the JVM's proxy
	 * settings only
	 */
	Http1TwilioRequestFactory(Duration connectTimeout, Duration readTimeout, Supplier<SSLSocketFactory> sslSocketFactory,
			Supplier<ClientHttpRequestFactory> proxyTransport, @Nullable HttpProxy proxy) {
		this(connectTimeout, readTimeout, sslSocketFactory, proxyTransport, proxy, null, null);
	}

	/**
	 * Create a factory that makes its TLS connections with the given protocols and cipher
	 * suites.
	 * @param connectTimeout how long to wait for a connection, zero for the system's
	 * limit
	 * @param readTimeout how long to wait for data, zero for ever
	 * @param sslSocketFactory the TLS sockets to use, asked for on the first
	 * {@code https} connection
	 * @param proxyTransport the transport for routes that the JVM's selector sends
	 * through a proxy when there are no proxy credentials, asked for on the first such
	 * route
	 * @param proxy the proxy and its credentials, {@code null} for the JVM's proxy
	 * settings only
	 * @param protocols the TLS protocols to enable, {@code null} for the socket
	 * factory's defaults
	 * @param cipherSuites the cipher suites to enable, {@code null} for the socket
	 * factory's defaults
	 */
	Http1TwilioRequestFactory(Duration connectTimeout, Duration readTimeout, Supplier<SSLSocketFactory> sslSocketFactory,
			Supplier<ClientHttpRequestFactory> proxyTransport, @Nullable HttpProxy proxy,
			String @Nullable [] protocols, String @Nullable [] cipherSuites) {
		this.protocols = (protocols != null) ? protocols.clone() : null;
		this.cipherSuites = (cipherSuites != null) ? cipherSuites.clone() : null;
		this.connectTimeoutMillis = toMillis(connectTimeout);
		this.readTimeoutMillis = toMillis(readTimeout);
		this.sslSocketFactory = new Once<>(sslSocketFactory);
		this.proxyTransport = new Once<>(proxyTransport);
		this.proxy = proxy;
	}

	private static int toMillis(Duration duration) {
		if (duration.isZero() || duration.isNegative()) {
			return 0;
		}
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TwilioExecutor.millis(duration)));
	}

	/**
	 * Close the idle connections, and the proxy transport if one was created. Requests
	 * made afterwards still work, on connections that are closed after use.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.pools.values().forEach(Pool::closeIdle);
		// A later request through a proxy creates a transport again
		ClientHttpRequestFactory proxyTransport = this.proxyTransport.reset();
		if (proxyTransport != null) {
			try {
				TwilioExecutor.closeRequestFactory(proxyTransport);
			}
			catch (Exception ex) {
				// Its connections are dropped with it
			}
		}
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
		Route route = Route.of(uri);
		Pool pool = this.pools.computeIfAbsent(route, this::createPool);
		if (pool.proxied) {
			return this.proxyTransport.get().createRequest(uri, method);
		}
		return new Http1Request(pool, uri, method);
	}

	private Pool createPool(Route route) {
		HttpProxy proxy = this.proxy;
		InetSocketAddress given = (proxy != null) ? proxy.address() : null;
		if (proxy != null && given != null) {
			return new Pool(route, false, given, proxy.authorization());
		}
		Proxy selected = selectedHttpProxy(route);
		if (selected == null) {
			return new Pool(route, false, null, null);
		}
		if (proxy != null && selected.address() instanceof InetSocketAddress address) {
			// The JDK HttpClient sends Basic credentials through a CONNECT tunnel only when
			// the whole JVM allows it, at startup: this transport sends them itself
			return new Pool(route, false, address, proxy.authorization());
		}
		return new Pool(route, true, null, null);
	}

	private static @Nullable Proxy selectedHttpProxy(Route route) {
		ProxySelector selector = ProxySelector.getDefault();
		if (selector == null) {
			return null;
		}
		List<Proxy> proxies = selector.select(URI.create(route.scheme() + "://" + route.authority()));
		// The JDK HttpClient speaks to HTTP proxies only and would go around a SOCKS one,
		// which this transport's own sockets reach through the same selector
		return (proxies != null && !proxies.isEmpty() && proxies.get(0).type() == Proxy.Type.HTTP) ? proxies.get(0)
				: null;
	}

	/**
	 * Return how many idle connections are pooled, for tests.
	 * @return the number of idle connections to all hosts
	 */
	int idleConnections() {
		return this.pools.values().stream().mapToInt((pool) -> pool.idle.size()).sum();
	}

	/**
	 * A proxy's refusal of a {@code CONNECT}, with its answer, which the request that
	 * needed the tunnel then gets as its own.
	 */
	private static final class TunnelRefusedException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient Http1Response answer;

		TunnelRefusedException(Http1Response answer) {
			super("The proxy refused the tunnel with HTTP " + answer.status);
			this.answer = answer;
		}

	}

	/**
	 * Where a connection goes: scheme, host and port.
	 */
	private record Route(boolean secure, String host, int port) {

		static Route of(URI uri) {
			String scheme = uri.getScheme();
			String host = uri.getHost();
			if (scheme == null || host == null) {
				throw new IllegalArgumentException("Not an absolute http or https URL: " + uri.getPath());
			}
			boolean secure;
			if ("https".equalsIgnoreCase(scheme)) {
				secure = true;
			}
			else if ("http".equalsIgnoreCase(scheme)) {
				secure = false;
			}
			else {
				throw new IllegalArgumentException("Unsupported URL scheme '" + scheme + "': use http or https");
			}
			int port = (uri.getPort() != -1) ? uri.getPort() : (secure ? 443 : 80);
			return new Route(secure, host, port);
		}

		String scheme() {
			return this.secure ? "https" : "http";
		}

		/**
		 * The host and port as the {@code Host} header has them, the port left out when
		 * it is the scheme's.
		 */
		String authority() {
			return (this.port == (this.secure ? 443 : 80)) ? this.host : this.host + ":" + this.port;
		}

		/**
		 * The host to connect to: an IPv6 literal without its brackets.
		 */
		String address() {
			return (this.host.startsWith("[") && this.host.endsWith("]"))
					? this.host.substring(1, this.host.length() - 1) : this.host;
		}

	}

	/**
	 * Refuse a value that would break the message, naming the header but never
	 * showing the value, which may be a credential.
	 */
	static void checkValue(String name, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\r' || c == '\n' || c == 0 || c > 0xFF) {
				throw new IllegalArgumentException("The value of HTTP header '" + name
						+ "' has a character at index " + i + " that cannot be sent: "
						+ ((c > 0xFF) ? "only ISO-8859-1 is allowed" : "line breaks and NUL are not allowed"));
			}
		}
	}

	/**
	 * Refuse a name that is not a token of visible ASCII without a colon.
	 */
	static void checkName(String name) {
		if (name.isEmpty()) {
			throw new IllegalArgumentException("Empty HTTP header name");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c >= 0x7F || c == ':') {
				throw new IllegalArgumentException(
						"HTTP header name '" + name.replaceAll("[^!-~]", "?") + "' has a character at index " + i
								+ " that header names cannot have");
			}
		}
	}

	/**
	 * The idle connections to one route.
	 */
	private final class Pool {

		final Route route;

		/**
		 * Whether the route's requests go to the JDK {@code HttpClient} transport.
		 */
		final boolean proxied;

		/**
		 * The HTTP proxy this pool's connections go to, {@code null} for none.
		 */
		final @Nullable InetSocketAddress proxy;

		/**
		 * The {@code Proxy-Authorization} value for that proxy, {@code null} for none.
		 */
		final @Nullable String proxyAuthorization;

		final byte[] hostHeader;

		/**
		 * What goes before the path in the request line: the scheme and authority of an
		 * {@code http} request to a proxy, which wants the absolute form, else nothing.
		 */
		final byte[] target;

		/**
		 * Header lines sent with every request for the proxy, none through a tunnel.
		 */
		final byte[] proxyHeaders;

		final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

		Pool(Route route, boolean proxied, @Nullable InetSocketAddress proxy, @Nullable String proxyAuthorization) {
			this.route = route;
			this.proxied = proxied;
			this.proxy = proxy;
			this.proxyAuthorization = proxyAuthorization;
			this.hostHeader = ("Host: " + route.authority() + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
			boolean absoluteForm = proxy != null && !route.secure();
			this.target = absoluteForm ? ("http://" + route.authority()).getBytes(StandardCharsets.ISO_8859_1)
					: NO_BYTES;
			this.proxyHeaders = (absoluteForm && proxyAuthorization != null)
					? ("Proxy-Authorization: " + proxyAuthorization + "\r\n").getBytes(StandardCharsets.ISO_8859_1)
					: NO_BYTES;
		}

		/**
		 * Take the most recently used idle connection that is still open, or open one. A
		 * connection idle for longer than the server keeps it is not used, and one idle for
		 * a while is checked first; one with unread bytes never is.
		 */
		Connection acquire(@Nullable AttemptDeadline deadline) throws IOException {
			Connection connection;
			while ((connection = this.idle.pollFirst()) != null) {
				long idleNanos = System.nanoTime() - connection.idleSince;
				if (idleNanos < connection.maxIdleNanos && !connection.hasUnsolicitedBytes()
						&& (idleNanos < CHECK_AFTER_IDLE_NANOS || connection.isOpen())) {
					connection.deadline = deadline;
					return connection;
				}
				connection.close();
			}
			connection = open(deadline);
			connection.deadline = deadline;
			return connection;
		}

		void release(Connection connection) {
			long now = System.nanoTime();
			connection.idleSince = now;
			if (Http1TwilioRequestFactory.this.closed || this.idle.size() >= MAX_IDLE_PER_ROUTE) {
				connection.close();
				return;
			}
			this.idle.offerFirst(connection);
			if (Http1TwilioRequestFactory.this.closed && this.idle.remove(connection)) {
				// Closed meanwhile, after the idle connections were
				connection.close();
				return;
			}
			// Connections that recent requests did not need wait at the tail, where nothing
			// takes them: those idle for longer than a server keeps them are closed here
			Connection oldest;
			while ((oldest = this.idle.peekLast()) != null && now - oldest.idleSince >= oldest.maxIdleNanos
					&& this.idle.removeLastOccurrence(oldest)) {
				oldest.close();
			}
		}

		void closeIdle() {
			Connection connection;
			while ((connection = this.idle.pollFirst()) != null) {
				connection.close();
			}
		}

		private Connection open(@Nullable AttemptDeadline deadline) throws IOException {
			int readTimeout = Http1TwilioRequestFactory.this.readTimeoutMillis;
			int connectTimeout = Http1TwilioRequestFactory.this.connectTimeoutMillis;
			int soTimeout = AttemptDeadline.timeoutMillis(deadline, readTimeout);
			int connectWait = AttemptDeadline.timeoutMillis(deadline, connectTimeout);
			boolean connected = false;
			Socket socket = new Socket();
			InterruptibleIo io = new InterruptibleIo(socket);
			try {
				socket.setTcpNoDelay(true);
				socket.setSoTimeout(soTimeout);
				boolean completed = false;
				InetSocketAddress proxy = this.proxy;
				io.enter();
				try {
					socket.connect((proxy != null) ? resolved(proxy)
							: new InetSocketAddress(this.route.address(), this.route.port()), connectWait);
					connected = true;
					if (this.route.secure() && proxy == null) {
						socket = handshake(socket);
					}
					completed = true;
				}
				finally {
					io.exit(completed);
				}
				if (this.route.secure() && proxy != null) {
					tunnel(socket, io, readTimeout, soTimeout, deadline);
					completed = false;
					io.enter();
					try {
						socket = handshake(socket);
						completed = true;
					}
					finally {
						io.exit(completed);
					}
				}
				return new Connection(this, socket, io, readTimeout, soTimeout);
			}
			catch (TunnelRefusedException ex) {
				// The proxy's answer is read from the socket, which its body closes
				throw ex;
			}
			catch (SocketTimeoutException ex) {
				closeQuietly(socket);
				throw connected ? AttemptDeadline.timedOut(deadline, soTimeout, readTimeout, ex)
						: AttemptDeadline.timedOut(deadline, connectWait, connectTimeout, ex);
			}
			catch (IOException | RuntimeException ex) {
				closeQuietly(socket);
				throw ex;
			}
		}

		/**
		 * An address of a proxy, looked up again if it was given unresolved or its lookup
		 * failed, as the JVM's {@link ProxySelector} gives them.
		 */
		private static InetSocketAddress resolved(InetSocketAddress proxy) {
			return proxy.isUnresolved() ? new InetSocketAddress(proxy.getHostString(), proxy.getPort()) : proxy;
		}

		/**
		 * Ask the proxy for a tunnel to the route's host, with the proxy's credentials.
		 * @throws TunnelRefusedException with the proxy's answer if it refuses
		 */
		private void tunnel(Socket socket, InterruptibleIo io, int readTimeout, int soTimeout,
				@Nullable AttemptDeadline deadline) throws IOException {
			Connection tunnel = new Connection(this, socket, io, readTimeout, soTimeout);
			tunnel.deadline = deadline;
			String authority = this.route.host() + ":" + this.route.port();
			ByteBuilder message = tunnel.message;
			message.appendLatin1("CONNECT ").appendLatin1(authority).appendLatin1(" HTTP/1.1\r\nHost: ")
				.appendLatin1(authority)
				.appendLatin1("\r\n");
			if (this.proxyAuthorization != null) {
				message.appendLatin1("Proxy-Authorization: ").appendLatin1(this.proxyAuthorization).appendLatin1("\r\n");
			}
			message.appendLatin1("\r\n");
			tunnel.write(message.array(), message.length());
			Http1Response answer = new Http1Response(tunnel, false, true);
			if (answer.status < 200 || answer.status >= 300) {
				throw new TunnelRefusedException(answer);
			}
			if (tunnel.position != tunnel.limit) {
				throw new IOException("The proxy sent more than its answer to CONNECT " + authority
						+ " before the TLS handshake");
			}
		}

		private Socket handshake(Socket plain) throws IOException {
			SSLSocket socket = (SSLSocket) Http1TwilioRequestFactory.this.sslSocketFactory.get()
				.createSocket(plain, this.route.address(), this.route.port(), true);
			SSLParameters parameters = socket.getSSLParameters();
			String[] protocols = Http1TwilioRequestFactory.this.protocols;
			if (protocols != null) {
				parameters.setProtocols(protocols);
			}
			String[] cipherSuites = Http1TwilioRequestFactory.this.cipherSuites;
			if (cipherSuites != null) {
				parameters.setCipherSuites(cipherSuites);
			}
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			socket.setSSLParameters(parameters);
			socket.startHandshake();
			return socket;
		}

	}

	/**
	 * One keep-alive connection with its read buffer.
	 */
	private static final class Connection {

		final Pool pool;

		final Socket socket;

		/**
		 * Makes waits on the socket end when the thread waiting is interrupted.
		 */
		final InterruptibleIo io;

		final InputStream in;

		/**
		 * The TCP stream under any TLS, {@link #in} itself without TLS.
		 */
		final InputStream tcpIn;

		final OutputStream out;

		final byte[] buffer = new byte[8192];

		final byte[] one = new byte[1];

		/**
		 * The read timeout of the factory.
		 */
		final int readTimeoutMillis;

		/**
		 * The timeout the socket has now: the read timeout, or less to end at a deadline.
		 */
		int soTimeout;

		/**
		 * The deadline of the attempt the connection serves, if any.
		 */
		@Nullable AttemptDeadline deadline;

		int position;

		int limit;

		long idleSince;

		long maxIdleNanos = MAX_IDLE_NANOS;

		boolean reused;

		/**
		 * Whether any byte of an answer has arrived since the last request was sent.
		 */
		boolean received;

		/**
		 * The request being sent, head and body, reused from one request to the next.
		 */
		final ByteBuilder message = new ByteBuilder(1024);

		Connection(Pool pool, Socket socket, InterruptibleIo io, int readTimeoutMillis, int soTimeout)
				throws IOException {
			this.pool = pool;
			this.socket = socket;
			this.io = io;
			this.readTimeoutMillis = readTimeoutMillis;
			this.soTimeout = soTimeout;
			this.in = socket.getInputStream();
			this.tcpIn = (socket != io.socket) ? io.socket.getInputStream() : this.in;
			this.out = socket.getOutputStream();
		}

		/**
		 * Whether bytes arrived on this idle connection that no request asked for, such
		 * as the 408 that some servers send before closing an idle connection: the next
		 * request would read them as its answer. Under TLS, any record counts, so a
		 * connection is also replaced for a record that held no answer, which costs a
		 * handshake and loses nothing. Bytes left in this connection's own buffer after
		 * the last answer count too.
		 */
		boolean hasUnsolicitedBytes() {
			if (this.position < this.limit) {
				return true;
			}
			try {
				return this.in.available() > 0 || (this.tcpIn != this.in && this.tcpIn.available() > 0);
			}
			catch (IOException ex) {
				return true;
			}
		}

		/**
		 * Whether the server still keeps this idle connection open: a read that times
		 * out at once means there is nothing to read, not even the end of the stream.
		 */
		boolean isOpen() {
			try {
				this.socket.setSoTimeout(1);
				try {
					// The end of the stream, or bytes nobody asked for: either way unusable
					this.in.read();
					return false;
				}
				finally {
					this.socket.setSoTimeout(this.soTimeout);
				}
			}
			catch (SocketTimeoutException ex) {
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

		int fill() throws IOException {
			this.position = 0;
			this.limit = 0;
			int read = read(this.buffer, 0, this.buffer.length);
			if (read > 0) {
				this.limit = read;
				this.received = true;
			}
			return read;
		}

		/**
		 * Read from the socket, waiting no longer than the read timeout and the attempt's
		 * deadline allow.
		 */
		int read(byte[] target, int offset, int length) throws IOException {
			AttemptDeadline deadline = this.deadline;
			int timeout = AttemptDeadline.timeoutMillis(deadline, this.readTimeoutMillis);
			if (timeout != this.soTimeout) {
				this.socket.setSoTimeout(timeout);
				this.soTimeout = timeout;
			}
			boolean completed = false;
			this.io.enter();
			try {
				int read = this.in.read(target, offset, length);
				completed = true;
				return read;
			}
			catch (SocketTimeoutException ex) {
				throw AttemptDeadline.timedOut(deadline, timeout, this.readTimeoutMillis, ex);
			}
			finally {
				this.io.exit(completed);
			}
		}

		/**
		 * Write the whole request to the socket.
		 */
		void write(byte[] source, int length) throws IOException {
			boolean completed = false;
			this.io.enter();
			try {
				this.out.write(source, 0, length);
				this.out.flush();
				completed = true;
			}
			finally {
				this.io.exit(completed);
			}
		}

		int readByte() throws IOException {
			if (this.position == this.limit && fill() <= 0) {
				return -1;
			}
			return this.buffer[this.position++] & 0xFF;
		}

		void close() {
			closeQuietly(this.socket);
		}

	}

	/**
	 * The interruption of one connection's blocking I/O, with the JDK's own machinery for
	 * it: a {@link java.net.Socket} on a platform thread waits out its timeout however
	 * often the thread is interrupted, where a channel is closed by the interrupt. Each
	 * wait on the socket runs between {@link #enter()} and {@link #exit(boolean)}; an
	 * interrupt during it, or before it, closes the TCP socket, which ends the wait, and
	 * {@link #exit(boolean)} then throws {@link ClosedByInterruptException}. The thread
	 * keeps its interrupt status. It closes the TCP socket under any TLS rather than the
	 * TLS socket, whose close would first try to send an alert over the connection.
	 */
	private static final class InterruptibleIo extends AbstractInterruptibleChannel {

		private final Socket socket;

		InterruptibleIo(Socket socket) {
			this.socket = socket;
		}

		void enter() {
			begin();
		}

		void exit(boolean completed) throws AsynchronousCloseException {
			end(completed);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.socket.close();
		}

	}

	private final class Http1Request implements ClientHttpRequest, StreamingHttpOutputMessage {

		private final Pool pool;

		private final URI uri;

		private final HttpMethod method;

		private final Http1Headers headerMap = new Http1Headers(8);

		private final HttpHeaders headers = new HttpHeaders(this.headerMap);

		private @Nullable Map<String, Object> attributes;

		private @Nullable ByteBuilder body;

		/**
		 * The body that {@link #setBody} gave, written when the request is sent.
		 */
		private StreamingHttpOutputMessage.@Nullable Body streamingBody;

		private boolean executed;

		Http1Request(Pool pool, URI uri, HttpMethod method) {
			this.pool = pool;
			this.uri = uri;
			this.method = method;
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
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Map<String, Object> getAttributes() {
			Map<String, Object> attributes = this.attributes;
			if (attributes == null) {
				attributes = new HashMap<>(4);
				this.attributes = attributes;
			}
			return attributes;
		}

		@Override
		public OutputStream getBody() {
			checkNotExecuted();
			ByteBuilder body = this.body;
			if (body == null) {
				body = new ByteBuilder(256);
				this.body = body;
			}
			return body;
		}

		@Override
		public void setBody(StreamingHttpOutputMessage.Body body) {
			checkNotExecuted();
			this.streamingBody = body;
		}

		private void checkNotExecuted() {
			if (this.executed) {
				throw new IllegalStateException("The request has been sent already");
			}
		}

		@Override
		public ClientHttpResponse execute() throws IOException {
			checkNotExecuted();
			byte[] body;
			int bodyLength;
			StreamingHttpOutputMessage.Body streamingBody = this.streamingBody;
			if (this.body == null && streamingBody instanceof TwilioExecutor.FixedBody fixed) {
				// The client's own form or raw body, sent as it is without a copy
				body = fixed.bytes();
				bodyLength = body.length;
			}
			else {
				if (streamingBody != null) {
					streamingBody.writeTo(getBody());
				}
				body = (this.body != null) ? this.body.array() : NO_BYTES;
				bodyLength = (this.body != null) ? this.body.length() : 0;
			}
			this.executed = true;
			try {
				return send(body, bodyLength);
			}
			catch (IOException ex) {
				if (this.attributes != null) {
					TwilioExecutor.failAsSent(this, ex);
				}
				throw ex;
			}
		}

		private ClientHttpResponse send(byte[] body, int bodyLength) throws IOException {
			// Only requests without effects are sent again here: anything else is for
			// TwilioClient's retries, which count every attempt and reuse its token
			boolean resendable = this.method == HttpMethod.GET || this.method == HttpMethod.HEAD
					|| this.method == HttpMethod.OPTIONS;
			AttemptDeadline deadline = AttemptDeadline.of(this.attributes);
			while (true) {
				if (deadline != null) {
					// Nothing is sent once the deadline has passed: Twilio could act on it
					deadline.check();
				}
				Connection connection;
				try {
					connection = this.pool.acquire(deadline);
				}
				catch (TunnelRefusedException ex) {
					// The proxy's refusal, a 407 that asks for credentials say, is the answer
					return ex.answer;
				}
				connection.received = false;
				try {
					ByteBuilder message = connection.message;
					message.reset();
					writeHead(message, bodyLength);
					message.write(body, 0, bodyLength);
					connection.write(message.array(), message.length());
					message.trim(MAX_KEPT_BUFFER);
					return new Http1Response(connection, this.method == HttpMethod.HEAD);
				}
				catch (RuntimeException ex) {
					// A header refused by writeHead: the connection is closed rather than kept
					// with a half-built message
					connection.close();
					throw ex;
				}
				catch (IOException ex) {
					connection.close();
					if (connection.received || !connection.reused || !resendable
							|| ex instanceof SocketTimeoutException || ex instanceof ClosedByInterruptException) {
						throw ex;
					}
					// The server closed the idle connection while this request was on its way:
					// nothing was answered, so send it again on a fresh connection
				}
			}
		}

		/**
		 * Encode the request line and headers. Header names and values must not break the
		 * message: line breaks and characters beyond ISO-8859-1 are refused, naming the
		 * header but never showing its value, which may be a credential.
		 */
		private void writeHead(ByteBuilder out, int contentLength) {
			out.appendLatin1(this.method.name()).append(' ');
			out.write(this.pool.target, 0, this.pool.target.length);
			String path = this.uri.getRawPath();
			String query = this.uri.getRawQuery();
			if (!isAscii(path) || !isAscii(query)) {
				// A URI keeps other characters than ASCII as they are even in its raw form: they
				// go out percent-encoded as UTF-8, never cut to one byte that may be CR or LF
				URI ascii = URI.create(this.uri.toASCIIString());
				path = ascii.getRawPath();
				query = ascii.getRawQuery();
			}
			out.appendLatin1((path == null || path.isEmpty()) ? "/" : path);
			if (query != null) {
				out.append('?').appendLatin1(query);
			}
			out.appendLatin1(" HTTP/1.1\r\n");
			out.write(this.pool.hostHeader, 0, this.pool.hostHeader.length);
			out.write(this.pool.proxyHeaders, 0, this.pool.proxyHeaders.length);
			Http1Headers headers = this.headerMap;
			for (int i = 0; i < headers.size(); i++) {
				String name = headers.nameAt(i);
				if (isManaged(name)) {
					continue;
				}
				checkName(name);
				for (int j = 0; j < headers.valueCount(i); j++) {
					String value = headers.valueAt(i, j);
					checkValue(name, value);
					out.appendLatin1(name).append(':').append(' ').appendLatin1(value).append('\r').append('\n');
				}
			}
			if (contentLength > 0 || this.method == HttpMethod.POST || this.method == HttpMethod.PUT
					|| this.method == HttpMethod.PATCH) {
				out.appendLatin1("Content-Length: ").appendDigits(contentLength).append('\r').append('\n');
			}
			out.append('\r').append('\n');
		}

		private static boolean isAscii(@Nullable String value) {
			if (value != null) {
				for (int i = 0; i < value.length(); i++) {
					if (value.charAt(i) >= 0x80) {
						return false;
					}
				}
			}
			return true;
		}

		private static boolean isManaged(String name) {
			return name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")
					|| name.equalsIgnoreCase("Connection") || name.equalsIgnoreCase("Transfer-Encoding")
					|| name.equalsIgnoreCase("Expect") || name.equalsIgnoreCase("Upgrade");
		}

	}

	/**
	 * An answer whose head has been read; its body is read from the connection.
	 */
	private static final class Http1Response implements ClientHttpResponse {

		private final Connection connection;

		private final int status;

		private final String reason;

		private final Http1Headers headerMap = new Http1Headers(16);

		private final HttpHeaders headers = new HttpHeaders(this.headerMap);

		private final Body body;

		Http1Response(Connection connection, boolean head) throws IOException {
			this(connection, head, false);
		}

		/**
		 * Read an answer's head.
		 * @param connection the connection to read from
		 * @param head whether it answers a {@code HEAD}, which has no body
		 * @param connect whether it answers a {@code CONNECT}: the connection is then never
		 * pooled, and after a 2xx the tunnel's bytes follow instead of a body
		 */
		Http1Response(Connection connection, boolean head, boolean connect) throws IOException {
			this.connection = connection;
			int status;
			String reason;
			int headBytes = 0;
			boolean http10;
			do {
				String statusLine = readLine(connection, true);
				http10 = statusLine.startsWith("HTTP/1.0");
				headBytes += statusLine.length();
				if (headBytes > MAX_HEAD_BYTES) {
					// Interim answers have no end of their own: they count towards the head
					throw new IOException("The answer's head from " + connection.pool.route.authority()
							+ " is longer than " + MAX_HEAD_BYTES + " bytes, interim (1xx) answers included");
				}
				if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
					throw new IOException("Not an HTTP/1.x answer from " + connection.pool.route.authority()
							+ ": the status line starts with '" + printable(statusLine) + "'");
				}
				status = parseStatus(statusLine, connection);
				reason = (statusLine.length() > 13) ? statusLine.substring(13) : "";
				this.headers.clear();
				headBytes = readHeaders(connection, this.headers, headBytes);
			}
			while (status >= 100 && status < 200 && status != 101);
			if (status == 101) {
				// What follows is another protocol, whose end nothing here could find
				throw new IOException("The server at " + connection.pool.route.authority()
						+ " switched protocols (101), which this client never asks for");
			}
			this.status = status;
			this.reason = reason;
			boolean keepAlive = !connect && keepAlive(connection, this.headers, http10);
			if (connect && status >= 200 && status < 300) {
				// Never read: the connection goes on as the tunnel, which its caller takes
				this.body = new FixedLengthBody(connection, -1, false);
			}
			else if (head || status == 204 || status == 304) {
				this.body = new FixedLengthBody(connection, 0, keepAlive);
			}
			else if (this.headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
				// The transfer coding overrides any length; a body whose last coding is not
				// chunked ends with the connection
				this.body = isChunked(this.headers) ? new ChunkedBody(connection, keepAlive)
						: new FixedLengthBody(connection, -1, false);
			}
			else {
				int contentLength = this.headerMap.indexOf(HttpHeaders.CONTENT_LENGTH);
				this.body = (contentLength >= 0 && this.headerMap.valueCount(contentLength) > 0)
						? new FixedLengthBody(connection, parseLength(this.headerMap, contentLength, connection),
								keepAlive)
						: new FixedLengthBody(connection, -1, false);
			}
		}

		private static int parseStatus(String statusLine, Connection connection) throws IOException {
			int status = 0;
			for (int i = 9; i < 12; i++) {
				char c = statusLine.charAt(i);
				if (c < '0' || c > '9') {
					throw new IOException("Malformed status line from " + connection.pool.route.authority() + ": '"
							+ printable(statusLine) + "'");
				}
				status = status * 10 + (c - '0');
			}
			// Three digits, then a space before any reason phrase: not "HTTP/1.1 2000"
			if (status < 100 || (statusLine.length() > 12 && statusLine.charAt(12) != ' ')) {
				throw new IOException("Malformed status line from " + connection.pool.route.authority() + ": '"
						+ printable(statusLine) + "'");
			}
			return status;
		}

		/**
		 * Read the length of the body from every Content-Length line, which must all
		 * agree: lengths that differ leave the end of the body unknown.
		 */
		private static long parseLength(Http1Headers headers, int index, Connection connection) throws IOException {
			long length = -1;
			for (int i = 0; i < headers.valueCount(index); i++) {
				long parsed = parseLength(headers.valueAt(index, i), connection);
				if (length >= 0 && parsed != length) {
					throw new IOException("Conflicting Content-Length values "
							+ printable(String.valueOf(headers.get(HttpHeaders.CONTENT_LENGTH))) + " from "
							+ connection.pool.route.authority());
				}
				length = parsed;
			}
			return length;
		}

		private static long parseLength(String value, Connection connection) throws IOException {
			try {
				long length = Long.parseLong(value.trim());
				if (length >= 0) {
					return length;
				}
			}
			catch (NumberFormatException ex) {
				// Reported below
			}
			throw new IOException("Malformed Content-Length '" + printable(value) + "' from "
					+ connection.pool.route.authority());
		}

		/**
		 * Whether chunked is the last transfer coding, over all Transfer-Encoding lines.
		 */
		private static boolean isChunked(HttpHeaders headers) {
			List<String> values = headers.get(HttpHeaders.TRANSFER_ENCODING);
			if (values == null || values.isEmpty()) {
				return false;
			}
			String last = values.get(values.size() - 1);
			String coding = last.substring(last.lastIndexOf(',') + 1).trim();
			return coding.equalsIgnoreCase("chunked");
		}

		/**
		 * Whether the connection may carry another request after this answer, and for how
		 * long the server says it keeps it.
		 */
		private static boolean keepAlive(Connection connection, HttpHeaders headers, boolean http10) {
			String value = headers.getFirst(HttpHeaders.CONNECTION);
			String lowerCase = (value != null) ? value.toLowerCase(Locale.ROOT) : "";
			// HTTP/1.1 keeps connections unless told otherwise, HTTP/1.0 only when told to
			if (lowerCase.contains("close") || (http10 && !lowerCase.contains("keep-alive"))) {
				return false;
			}
			String keepAlive = headers.getFirst("Keep-Alive");
			if (keepAlive != null) {
				int at = keepAlive.toLowerCase(Locale.ROOT).indexOf("timeout=");
				if (at >= 0) {
					int end = at + 8;
					while (end < keepAlive.length() && Character.isDigit(keepAlive.charAt(end))) {
						end++;
					}
					if (end > at + 8 && end - at - 8 < 10) {
						long seconds = Long.parseLong(keepAlive.substring(at + 8, end));
						// Leave a second for the clocks and the network
						connection.maxIdleNanos = Math.min(MAX_IDLE_NANOS,
								Math.max(0, Duration.ofSeconds(seconds - 1).toNanos()));
					}
				}
			}
			return true;
		}

		private static int readHeaders(Connection connection, HttpHeaders headers, int headBytes) throws IOException {
			int total = headBytes;
			String previous = null;
			while (true) {
				String line = readLine(connection, false);
				if (line.isEmpty()) {
					return total;
				}
				total += line.length();
				if (total > MAX_HEAD_BYTES) {
					throw new IOException("The answer's head from " + connection.pool.route.authority()
							+ " is longer than " + MAX_HEAD_BYTES + " bytes");
				}
				char first = line.charAt(0);
				List<String> continued = (previous != null && (first == ' ' || first == '\t'))
						? headers.get(previous) : null;
				if (continued != null && !continued.isEmpty()) {
					// A folded line (obs-fold) continues the previous value, joined by a space
					int last = continued.size() - 1;
					continued.set(last, (continued.get(last) + " " + line.trim()).trim());
					continue;
				}
				int colon = line.indexOf(':');
				if (colon <= 0) {
					throw new IOException("Malformed header line from " + connection.pool.route.authority() + ": '"
							+ printable(line) + "'");
				}
				previous = line.substring(0, colon);
				// Trimmed as String.trim() would, in one copy rather than two
				int start = colon + 1;
				int end = line.length();
				while (start < end && line.charAt(start) <= ' ') {
					start++;
				}
				while (end > start && line.charAt(end - 1) <= ' ') {
					end--;
				}
				headers.add(previous, line.substring(start, end));
			}
		}

		/**
		 * Read a line of the head, without its line break.
		 * @param first whether it is the status line, where the end of the stream means
		 * the server closed the connection without answering
		 */
		private static String readLine(Connection connection, boolean first) throws IOException {
			// The buffer is mostly empty when a status line is due: it is filled first, so
			// that a line that arrived whole is cut from it below, not copied byte by byte
			if (connection.position == connection.limit && connection.fill() <= 0) {
				throw endOfStream(connection, first);
			}
			byte[] buffer = connection.buffer;
			int start = connection.position;
			for (int i = start; i < connection.limit; i++) {
				if (buffer[i] == '\n') {
					int end = (i > start && buffer[i - 1] == '\r') ? i - 1 : i;
					connection.position = i + 1;
					return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
				}
			}
			// The line continues beyond the buffered bytes
			StringBuilder line = new StringBuilder(128);
			while (true) {
				int b = connection.readByte();
				if (b == -1) {
					throw endOfStream(connection, first && line.length() == 0);
				}
				if (b == '\n') {
					int length = line.length();
					if (length > 0 && line.charAt(length - 1) == '\r') {
						line.setLength(length - 1);
					}
					return line.toString();
				}
				if (line.length() >= MAX_HEAD_BYTES) {
					throw new IOException("A header line from " + connection.pool.route.authority()
							+ " is longer than " + MAX_HEAD_BYTES + " bytes");
				}
				line.append((char) b);
			}
		}

		/**
		 * The failure of a head that the end of the stream cut short.
		 * @param unanswered whether the stream ended where a status line was to begin
		 */
		private static EOFException endOfStream(Connection connection, boolean unanswered) {
			if (unanswered) {
				return new EOFException("The server at " + connection.pool.route.authority()
						+ " closed the connection without answering");
			}
			return new EOFException("The server at " + connection.pool.route.authority()
					+ " closed the connection in the middle of its answer's head");
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.status);
		}

		@Override
		public String getStatusText() {
			return this.reason;
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
	 * A response body read from its connection. Once read to the end (or drained by
	 * {@link #close()}) the connection goes back to its pool, if it may be reused.
	 */
	private abstract static class Body extends InputStream {

		final Connection connection;

		private final boolean keepAlive;

		private boolean done;

		Body(Connection connection, boolean keepAlive) {
			this.connection = connection;
			this.keepAlive = keepAlive;
		}

		/**
		 * Read from the connection's buffer, or from the socket when it is empty.
		 */
		final int readRaw(byte[] target, int offset, int length) throws IOException {
			Connection connection = this.connection;
			if (connection.position == connection.limit) {
				if (length >= connection.buffer.length) {
					return connection.read(target, offset, length);
				}
				if (connection.fill() <= 0) {
					return -1;
				}
			}
			int count = Math.min(length, connection.limit - connection.position);
			System.arraycopy(connection.buffer, connection.position, target, offset, count);
			connection.position += count;
			return count;
		}

		@Override
		public final int read() throws IOException {
			byte[] one = this.connection.one;
			int read = read(one, 0, 1);
			return (read == 1) ? one[0] & 0xFF : -1;
		}

		/**
		 * The body has been read to its end: hand the connection back, unless the server
		 * sent more than the response. Those bytes answer no request, and the next one
		 * would read them as its own answer.
		 */
		final void finished() {
			if (!this.done) {
				this.done = true;
				if (this.keepAlive && this.connection.position == this.connection.limit) {
					this.connection.reused = true;
					this.connection.pool.release(this.connection);
				}
				else {
					this.connection.close();
				}
			}
		}

		final void abandon() {
			if (!this.done) {
				this.done = true;
				this.connection.close();
			}
		}

		final boolean isDone() {
			return this.done;
		}

		@Override
		public final void close() {
			if (this.done) {
				return;
			}
			try {
				byte[] scratch = new byte[1024];
				int drained = 0;
				while (!this.done && drained <= MAX_DRAIN_BYTES) {
					int read = read(scratch, 0, scratch.length);
					if (read < 0) {
						break;
					}
					drained += read;
				}
			}
			catch (IOException ex) {
				// The connection is closed below
			}
			abandon();
		}

	}

	/**
	 * A body of a known length, or up to the end of the stream when the length is -1.
	 */
	private static final class FixedLengthBody extends Body {

		private long remaining;

		FixedLengthBody(Connection connection, long length, boolean keepAlive) {
			super(connection, keepAlive);
			this.remaining = length;
			if (length == 0) {
				finished();
			}
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (isDone() || this.remaining == 0) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			int wanted = (this.remaining < 0) ? length : (int) Math.min(length, this.remaining);
			int read;
			try {
				read = readRaw(target, offset, wanted);
			}
			catch (IOException ex) {
				abandon();
				throw ex;
			}
			if (read < 0) {
				if (this.remaining < 0) {
					finished();
					return -1;
				}
				abandon();
				throw new EOFException("The server at " + this.connection.pool.route.authority()
						+ " closed the connection with " + this.remaining + " bytes of the body still to come");
			}
			if (this.remaining > 0) {
				this.remaining -= read;
				if (this.remaining == 0) {
					finished();
				}
			}
			return read;
		}

		@Override
		public int available() {
			if (isDone() || this.remaining == 0) {
				return 0;
			}
			int buffered = this.connection.limit - this.connection.position;
			return (this.remaining < 0) ? buffered : (int) Math.min(buffered, this.remaining);
		}

	}

	/**
	 * A body in chunked transfer coding.
	 */
	private static final class ChunkedBody extends Body {

		private long chunkRemaining;

		private boolean last;

		ChunkedBody(Connection connection, boolean keepAlive) {
			super(connection, keepAlive);
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (isDone() || this.last) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			try {
				if (this.chunkRemaining == 0) {
					this.chunkRemaining = nextChunkSize();
					if (this.chunkRemaining == 0) {
						this.last = true;
						// Trailers, if any, end with an empty line
						Http1Response.readHeaders(this.connection, new HttpHeaders(), 0);
						finished();
						return -1;
					}
				}
				int read = readRaw(target, offset, (int) Math.min(length, this.chunkRemaining));
				if (read < 0) {
					throw new EOFException("The server at " + this.connection.pool.route.authority()
							+ " closed the connection in the middle of a chunk");
				}
				this.chunkRemaining -= read;
				if (this.chunkRemaining == 0) {
					expectLineEnd();
				}
				return read;
			}
			catch (IOException ex) {
				abandon();
				throw ex;
			}
		}

		/**
		 * Read a chunk-size line ({@code 1a;name=value}), refusing it at the first byte
		 * that cannot belong to one: a body that was never chunked, such as JSON sent
		 * under a wrong {@code Transfer-Encoding}, fails at once rather than after the
		 * read timeout waiting for a line end it never sends.
		 */
		private long nextChunkSize() throws IOException {
			StringBuilder seen = new StringBuilder(16);
			long size = 0;
			int digits = 0;
			boolean sizeEnded = false;
			int extensionBytes = 0;
			while (true) {
				int b = nextBodyByte();
				if (extensionBytes > 0 && b != '\r' && b != '\n') {
					if (++extensionBytes > MAX_HEAD_BYTES) {
						throw new IOException("A chunk extension from " + this.connection.pool.route.authority()
								+ " is longer than " + MAX_HEAD_BYTES + " bytes");
					}
					continue;
				}
				if (seen.length() <= 40) {
					seen.append((char) b);
				}
				int digit = Character.digit(b, 16);
				if (digit >= 0 && !sizeEnded && digits < 15) {
					size = (size << 4) | digit;
					digits++;
				}
				else if (b == ' ' || b == '\t') {
					// Whitespace around the size, as lenient parsers allow
					sizeEnded = digits > 0;
				}
				else if (b == ';' && digits > 0) {
					extensionBytes = 1;
				}
				else if (b == '\n' && digits > 0) {
					return size;
				}
				else if (b == '\r' && digits > 0 && nextBodyByte() == '\n') {
					return size;
				}
				else {
					throw new IOException("Malformed chunk size '" + printable(seen.toString()) + "' from "
							+ this.connection.pool.route.authority()
							+ ": the answer is not in the chunked coding its Transfer-Encoding names");
				}
			}
		}

		private void expectLineEnd() throws IOException {
			int b = nextBodyByte();
			if (b == '\r') {
				b = nextBodyByte();
			}
			if (b != '\n') {
				throw new IOException("A chunk from " + this.connection.pool.route.authority()
						+ " is longer than its declared size");
			}
		}

		private int nextBodyByte() throws IOException {
			int b = this.connection.readByte();
			if (b == -1) {
				throw new EOFException("The server at " + this.connection.pool.route.authority()
						+ " closed the connection in the middle of a chunked body");
			}
			return b;
		}

	}

	private static String printable(String value) {
		String shown = (value.length() > 40) ? value.substring(0, 40) + "..." : value;
		return shown.replaceAll("[^ -~]", "?");
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Nothing more to do for a connection that is given up
		}
	}

	/**
	 * A supplier asked once, on first use.
	 */
	private static final class Once<T> implements Supplier<T> {

		private final Supplier<T> supplier;

		private volatile @Nullable T value;

		Once(Supplier<T> supplier) {
			this.supplier = supplier;
		}

		/**
		 * Forget the value, if one was created, so that the next {@link #get()} creates
		 * another.
		 * @return the value that was created, or {@code null}
		 */
		synchronized @Nullable T reset() {
			T result = this.value;
			this.value = null;
			return result;
		}

		@Override
		public T get() {
			T result = this.value;
			if (result == null) {
				synchronized (this) {
					result = this.value;
					if (result == null) {
						result = this.supplier.get();
						this.value = result;
					}
				}
			}
			return result;
		}

	}

}
