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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interrupt during I/O on the JDK (proxy) transport ends the call without a retry.
 */
class TwilioExecutorInterruptTests {

	private final ServerSocket serverSocket;

	TwilioExecutorInterruptTests() throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					Thread serve = new Thread(() -> {
						try (socket) {
							InputStream in = socket.getInputStream();
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
	 * An interrupt while the JDK transport waits is not reported to listeners and metrics
	 * as a retry: none follows.
	 */
	@Test
	void interruptDuringIoIsNotReportedAsARetry() throws Exception {
		List<TwilioRetryReason> retries = new CopyOnWriteArrayList<>();
		TwilioClient client = TwilioClient.builder()
			.accountSid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort()))
			.requestFactory(new JdkTwilioRequestFactory(HttpClient.newHttpClient(), Duration.ofSeconds(10)))
			.maxRetries(3)
			.listener(new TwilioClientListener() {
				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					retries.add(reason);
				}
			})
			.build();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread caller = new Thread(() -> {
			try {
				client.execute(TwilioRequest.get(TwilioDomain.API, "/x.json").build(), String.class);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		caller.start();
		Thread.sleep(500);
		caller.interrupt();
		caller.join(10_000);
		assertThat(failure.get()).isInstanceOf(TwilioException.class).hasMessageContaining("Interrupted");
		assertThat(retries).as("retries reported for an interrupted call").isEmpty();
	}

}
