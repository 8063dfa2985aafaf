package dev.twiliospring.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.twiliospring.webhook.TwilioSignatureValidator;

/**
 * A raw-socket HTTP/1.1 client for requests that no HTTP client library sends: malformed
 * framing, lying lengths, bytes beyond ASCII in headers.
 */
public final class RawHttp {

	final int port;

	final String authToken;

	public RawHttp(int port, String authToken) {
		this.port = port;
		this.authToken = authToken;
	}

	String sign(String pathAndQuery, Map<String, List<String>> params) {
		return TwilioSignatureValidator.computeSignature(this.authToken, "http://127.0.0.1:" + this.port + pathAndQuery,
				params);
	}

	static Map<String, List<String>> params(String... namesAndValues) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.computeIfAbsent(namesAndValues[i], (key) -> new ArrayList<>()).add(namesAndValues[i + 1]);
		}
		return params;
	}

	static String form(Map<String, List<String>> params) {
		StringBuilder form = new StringBuilder();
		params.forEach((name, values) -> values.forEach((value) -> form.append((form.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return form.toString();
	}

	/** A signed form POST with Content-Length. */
	Response postSigned(String path, Map<String, List<String>> params, String... extraHeaders) throws IOException {
		byte[] body = form(params).getBytes(StandardCharsets.UTF_8);
		List<String> headers = new ArrayList<>(List.of("Content-Type: application/x-www-form-urlencoded",
				"X-Twilio-Signature: " + sign(path, params), "Content-Length: " + body.length));
		headers.addAll(List.of(extraHeaders));
		return exchange(head("POST", path, headers), body, false, 15_000);
	}

	byte[] head(String method, String pathAndQuery, List<String> headers) {
		StringBuilder head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
		head.append("Host: 127.0.0.1:").append(this.port).append("\r\nConnection: close\r\n");
		headers.forEach((header) -> head.append(header).append("\r\n"));
		head.append("\r\n");
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * Send a request's head and body as they are.
	 * @param head the request line and headers, with the blank line that ends them
	 * @param body the body
	 * @param halfClose whether to shut the output down after the body
	 * @param timeoutMillis how long to wait for the answer
	 * @return the answer
	 * @throws IOException if the connection cannot be made
	 */
	public Response exchange(byte[] head, byte[] body, boolean halfClose, int timeoutMillis) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(timeoutMillis);
			OutputStream out = socket.getOutputStream();
			long start = System.nanoTime();
			try {
				out.write(head);
				out.write(body);
				out.flush();
				if (halfClose) {
					socket.shutdownOutput();
				}
			}
			catch (IOException ex) {
				// The server may answer and close before it has read everything
			}
			Response response = Response.read(socket.getInputStream());
			return response.withMillis((System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * An answer read off the socket.
	 *
	 * @param status the status, or -1 for no answer
	 * @param headers the headers, by lower-case name
	 * @param body the body, de-chunked
	 * @param raw the whole answer
	 * @param millis how long the exchange took
	 */
	public record Response(int status, Map<String, String> headers, String body, String raw, long millis) {

		Response withMillis(long millis) {
			return new Response(this.status, this.headers, this.body, this.raw, millis);
		}

		static Response read(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			try {
				in.transferTo(all);
			}
			catch (IOException ex) {
				// A reset after the response was sent, or a timeout
			}
			String text = all.toString(StandardCharsets.UTF_8);
			if (text.isEmpty()) {
				return new Response(-1, Map.of(), "", "", 0);
			}
			int headEnd = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, (headEnd >= 0) ? headEnd : text.length()).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
				}
			}
			String body = (headEnd >= 0) ? text.substring(headEnd + 4) : "";
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body, text, 0);
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int pos = 0;
			while (pos < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", pos);
				if (lineEnd < 0) {
					break;
				}
				int size = Integer.parseInt(chunked.substring(pos, lineEnd).split(";")[0].trim(), 16);
				if (size == 0) {
					break;
				}
				body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
				pos = lineEnd + 2 + size + 2;
			}
			return body.toString();
		}

		public String header(String name) {
			return this.headers.getOrDefault(name, "");
		}

		@Override
		public String toString() {
			return "HTTP " + this.status + " in " + this.millis + " ms: "
					+ (this.raw.length() > 2000 ? this.raw.substring(0, 2000) + "..." : this.raw);
		}

	}

}
