package dev.twiliospring.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy on a loopback port that demands Basic {@code Proxy-Authorization} and
 * forwards whatever it lets through to one server, whichever host a request names:
 * requests in absolute form one per connection, and {@code CONNECT} tunnels.
 */
public final class AuthenticatingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final String expected;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<String> requestLines = new CopyOnWriteArrayList<>();

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private volatile boolean echoing;

	private volatile boolean refusing;

	/**
	 * Start a proxy.
	 * @param target the server every request goes to
	 * @param username the user name it demands
	 * @param password the password it demands
	 * @throws IOException if no port can be bound
	 */
	public AuthenticatingProxy(InetSocketAddress target, String username, String password) throws IOException {
		this.target = target;
		this.expected = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.threads.execute(this::accept);
	}

	/**
	 * Return the port the proxy listens on, on the loopback address.
	 * @return the port
	 */
	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Make the proxy's refusals repeat the {@code Proxy-Authorization} they refuse, as
	 * some proxies' error pages show the request they got.
	 * @return this proxy
	 */
	public AuthenticatingProxy echoingCredentials() {
		this.echoing = true;
		return this;
	}

	/**
	 * Make the proxy refuse every request, with the credentials it demands too, or
	 * accept them again.
	 * @param refusing whether every request is refused
	 * @return this proxy
	 */
	public AuthenticatingProxy refusing(boolean refusing) {
		this.refusing = refusing;
		return this;
	}

	/**
	 * Return the request lines the proxy received, {@code CONNECT} ones included.
	 * @return the request lines
	 */
	public List<String> requestLines() {
		return this.requestLines;
	}

	/**
	 * Return the {@code Proxy-Authorization} of each request, {@code none} where it had
	 * none.
	 * @return the values
	 */
	public List<String> authorizations() {
		return this.authorizations;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.threads.execute(() -> handle(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void handle(Socket client) {
		try (client) {
			InputStream in = new BufferedInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			String requestLine = readLine(in);
			List<String> headers = new ArrayList<>();
			for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
				headers.add(line);
			}
			this.requestLines.add(requestLine);
			String authorization = header(headers, "Proxy-Authorization");
			this.authorizations.add((authorization != null) ? authorization : "none");
			if (this.refusing || !this.expected.equals(authorization)) {
				String echo = (this.echoing) ? " (Proxy-Authorization: " + authorization + ")" : "";
				byte[] body = ("<html><body>Proxy login required" + echo + "</body></html>")
					.getBytes(StandardCharsets.ISO_8859_1);
				out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
						+ "Proxy-Authenticate: Basic realm=\"corporate\"\r\nContent-Type: text/html\r\n"
						+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				return;
			}
			try (Socket upstream = new Socket(this.target.getAddress(), this.target.getPort())) {
				if (requestLine.startsWith("CONNECT ")) {
					out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
					this.threads.execute(() -> pipe(in, upstream));
				}
				else {
					forward(requestLine, headers, in, upstream.getOutputStream());
				}
				upstream.getInputStream().transferTo(out);
				out.flush();
			}
		}
		catch (IOException ex) {
			// The client or the server went away
		}
	}

	/**
	 * Send a request in absolute form on in origin form, without the headers meant for
	 * the proxy, and on a connection that the server closes after its answer.
	 */
	private static void forward(String requestLine, List<String> headers, InputStream in, OutputStream upstream)
			throws IOException {
		String[] parts = requestLine.split(" ");
		URI uri = URI.create(parts[1]);
		String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		StringBuilder head = new StringBuilder(parts[0] + " " + path + " " + parts[2] + "\r\n");
		int length = 0;
		for (String header : headers) {
			String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
			if (name.equals("content-length")) {
				length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
			}
			if (!name.equals("proxy-authorization") && !name.equals("connection")) {
				head.append(header).append("\r\n");
			}
		}
		head.append("Connection: close\r\n\r\n");
		upstream.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		upstream.write(in.readNBytes(length));
		upstream.flush();
	}

	private static void pipe(InputStream in, Socket upstream) {
		try {
			in.transferTo(upstream.getOutputStream());
		}
		catch (IOException ex) {
			// Either side closed the tunnel
		}
	}

	private static String header(List<String> headers, String name) {
		for (String header : headers) {
			int colon = header.indexOf(':');
			if (header.substring(0, colon).trim().equalsIgnoreCase(name)) {
				return header.substring(colon + 1).trim();
			}
		}
		return null;
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		if (b == -1 && line.size() == 0) {
			throw new IOException("Closed");
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.threads.shutdownNow();
	}

}
