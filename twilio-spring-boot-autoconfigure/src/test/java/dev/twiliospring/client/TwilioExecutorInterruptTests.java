package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interrupt during I/O on the built-in and the JDK (proxy) transports ends the call at
 * once, without a retry.
 */
class TwilioExecutorInterruptTests {

	private final ServerSocket serverSocket;

	/**
	 * A connection's client port when its first request arrives.
	 */
	private final BlockingQueue<Integer> requestsSeen = new LinkedBlockingQueue<>();

	TwilioExecutorInterruptTests() throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					Thread serve = new Thread(() -> {
						try (socket) {
							InputStream in = socket.getInputStream();
							if (in.read() >= 0) {
								this.requestsSeen.add(socket.getPort());
							}
							while (in.read() >= 0) {
								// never answer
							}
						}
						catch (IOException ex) {
							// done
						}
					});
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

	@AfterEach
	void close() throws IOException {
		this.serverSocket.close();
	}

	/**
	 * An interrupt while the JDK transport waits ends the call at once. It is not
	 * reported to listeners and metrics as a retry: none follows.
	 */
	@Test
	void interruptDuringIoOnTheJdkTransportEndsTheCallWithoutARetry() throws Exception {
		assertInterruptEndsTheCall(
				builder(3).requestFactory(new JdkTwilioRequestFactory(HttpClient.newHttpClient(), Duration.ofMinutes(5))));
	}

	/**
	 * The built-in transport ends its wait for an answer on an interrupt too, rather
	 * than at its read timeout.
	 */
	@Test
	void interruptDuringIoOnTheBuiltInTransportEndsTheCallWithoutARetry() throws Exception {
		assertInterruptEndsTheCall(builder(3).readTimeout(Duration.ofMinutes(5)));
	}

	/**
	 * Without retries, the interrupted call says it was interrupted, not that the
	 * connection failed.
	 */
	@Test
	void interruptDuringIoWithoutRetriesSaysTheCallWasInterrupted() throws Exception {
		assertInterruptEndsTheCall(builder(0).readTimeout(Duration.ofMinutes(5)));
	}

	private TwilioClient.Builder builder(int maxRetries) {
		return TwilioClient.builder()
			.accountSid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort()))
			.maxRetries(maxRetries);
	}

	private void assertInterruptEndsTheCall(TwilioClient.Builder builder) throws Exception {
		List<TwilioRetryReason> retries = new CopyOnWriteArrayList<>();
		TwilioClient client = builder.listener(new TwilioClientListener() {
			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				retries.add(reason);
			}
		}).build();
		// Far less than the read timeout: only the interrupt ends the wait
		InterruptedCall call = InterruptedCall.run(
				() -> client.execute(TwilioRequest.get(TwilioDomain.API, "/x.json").build(), String.class),
				() -> assertThat(this.requestsSeen.poll(10, TimeUnit.SECONDS)).as("the request on the server")
					.isNotNull());
		assertThat(call.failure()).isExactlyInstanceOf(TwilioException.class)
			.hasMessage("Interrupted during GET /x.json");
		assertThat(call.interruptKept()).as("the caller's interrupt status after the call").isTrue();
		assertThat(retries).as("retries reported for an interrupted call").isEmpty();
		// A request sent again before the call ended arrives within moments
		assertThat(this.requestsSeen.poll(300, TimeUnit.MILLISECONDS)).as("a request sent again").isNull();
	}

}
