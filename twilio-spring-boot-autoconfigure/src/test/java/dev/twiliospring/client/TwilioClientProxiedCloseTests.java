package dev.twiliospring.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.client.api.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Closing a client whose calls go through a proxy, where the built-in transport hands
 * them to the JDK {@code HttpClient}: later calls still work, and closing neither waits
 * for a call under way nor ends it. (The JDK client can be shut down from Java 21 on; on
 * Java 17 these hold trivially.)
 */
class TwilioClientProxiedCloseTests {

	static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	static final String ACCOUNT_JSON = "{\"sid\":\"" + ACCOUNT_SID
			+ "\",\"status\":\"active\",\"type\":\"Full\",\"friendly_name\":\"proxied\"}";

	private HttpServer proxy;

	private final AtomicInteger proxied = new AtomicInteger();

	private ProxySelector previous;

	private volatile boolean stallSecondCall;

	private final CountDownLatch stalled = new CountDownLatch(1);

	private final CountDownLatch answerStalled = new CountDownLatch(1);

	@BeforeEach
	void start() throws IOException {
		this.proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.proxy.createContext("/", (exchange) -> {
			if (this.proxied.incrementAndGet() > 1 && this.stallSecondCall) {
				this.stalled.countDown();
				try {
					this.answerStalled.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			exchange.getRequestBody().readAllBytes();
			JsonAnswers.ok(exchange, ACCOUNT_JSON);
		});
		this.proxy.setExecutor(Executors.newCachedThreadPool());
		this.proxy.start();
		this.previous = ProxySelector.getDefault();
		InetSocketAddress address = this.proxy.getAddress();
		ProxySelector.setDefault(ProxySelector.of(address));
	}

	@AfterEach
	void stop() {
		this.answerStalled.countDown();
		ProxySelector.setDefault(this.previous);
		this.proxy.stop(0);
	}

	@Test
	void callsThroughAProxyStillWorkAfterTheClientWasClosed() {
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("proxied-token")
			// Any host: the proxy answers for it
			.baseUrl(URI.create("http://127.0.0.1:9"))
			.readTimeout(Duration.ofSeconds(5))
			.build();
		client.accounts().fetch();
		assertThat(this.proxied).hasValue(1);
		client.close();
		// Documented: "Calls made afterwards still work with the built-in transport"
		client.accounts().fetch();
		assertThat(this.proxied).hasValue(2);
	}

	/**
	 * Closing the client (the application context's shutdown) while a proxied call is
	 * under way must not block until the call ends: HttpClient.close() (Java 21+) waits for
	 * the requests in flight, here up to the 30 s read timeout, as the proxy does not
	 * answer the call until the test lets it.
	 */
	@Test
	void closingTheClientDoesNotWaitForAProxiedCallInFlight() throws Exception {
		this.stallSecondCall = true;
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("proxied-token")
			.baseUrl(URI.create("http://127.0.0.1:9"))
			.readTimeout(Duration.ofSeconds(30))
			.build();
		client.accounts().fetch();
		CompletableFuture<Account> inFlight = new CompletableFuture<>();
		Thread caller = new Thread(() -> {
			try {
				inFlight.complete(client.accounts().fetch());
			}
			catch (Throwable ex) {
				inFlight.completeExceptionally(ex);
			}
		});
		caller.setDaemon(true);
		caller.start();
		assertThat(this.stalled.await(10, TimeUnit.SECONDS)).isTrue();
		// Only a guard against the failure mode, a close() that waits out the 30 s read
		// timeout: it says nothing about how fast close() should be
		assertTimeoutPreemptively(Duration.ofSeconds(10), client::close,
				"close() waited for the proxied call in flight");
		// The client closes the JDK client once the call is done, rather than ending it
		assertThat(inFlight).isNotDone();
		this.answerStalled.countDown();
		assertThat(inFlight.get(10, TimeUnit.SECONDS).sid()).isEqualTo(ACCOUNT_SID);
	}

}
