package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read timeout of the proxy transport bounds every wait for more of a body, not only
 * the wait for the head.
 */
class JdkTwilioRequestFactoryStalledBodyTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final ServerSocket serverSocket;

	private volatile String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":";

	private volatile long stallMillis = 20_000;

	JdkTwilioRequestFactoryStalledBodyTests() throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					Thread serve = new Thread(() -> serve(socket));
					serve.setDaemon(true);
					serve.start();
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Read the request head and body, send a partial answer, then stall. */
	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			// requests are small: one read is enough for head (and form body) on loopback
			in.read(buffer);
			OutputStream out = socket.getOutputStream();
			out.write(this.head.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			Thread.sleep(this.stallMillis);
		}
		catch (IOException | InterruptedException ex) {
			// done
		}
	}

	@AfterEach
	void close() throws IOException {
		this.serverSocket.close();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort() + path);
	}

	/**
	 * A body that stalls after the head fails within the read timeout.
	 */
	@Test
	void proxyTransportReadTimeoutBoundsAStalledBody() throws Exception {
		HttpClient httpClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		JdkTwilioRequestFactory factory = new JdkTwilioRequestFactory(httpClient, Duration.ofMillis(500));
		CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
			try {
				ClientHttpRequest request = factory.createRequest(uri("/stall"), HttpMethod.GET);
				try (ClientHttpResponse response = request.execute()) {
					return response.getBody().readAllBytes();
				}
			}
			catch (IOException ex) {
				return ex;
			}
		});
		// Only a guard against a hang: a read that ignored the timeout would wait out the
		// 20 s stall, and then fail with an I/O error rather than a timeout
		assertThat(call.handle((value, ex) -> (ex != null) ? ex : value)).succeedsWithin(Duration.ofSeconds(10))
			.isInstanceOf(HttpTimeoutException.class);
	}

}
