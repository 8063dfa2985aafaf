package dev.twiliospring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.api.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connections a client keeps for reuse end with it: when its context is closed, when
 * it is closed itself, and when they have been idle for longer than the server keeps
 * them, even if no request takes them.
 */
class TwilioClientConnectionLifecycleTests {

	static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	static final String ACCOUNT_JSON = "{\"sid\":\"" + ACCOUNT_SID
			+ "\",\"status\":\"active\",\"type\":\"Full\",\"friendly_name\":\"lifecycle\"}";

	private KeepAliveServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new KeepAliveServer();
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
			.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=lifecycle-token",
					"twilio.base-url=" + this.server.baseUrl());
	}

	/**
	 * Closing the context (shutdown, DevTools restart, {@code @DirtiesContext}) closes the
	 * connections the client bean pooled.
	 */
	@Test
	void closingTheContextClosesThePooledConnections() throws Exception {
		contextRunner().run((context) -> context.getBean(TwilioClient.class).accounts().fetch());
		assertThat(this.server.accepted()).isEqualTo(1);
		assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3)))
			.as("connections still open on the server 3 s after the context was closed")
			.isZero();
	}

	/**
	 * Ten refresh/close cycles, as DevTools restarts or test contexts with
	 * {@code @DirtiesContext} do.
	 */
	@Test
	void contextCyclesDoNotAccumulateOpenConnections() throws Exception {
		for (int i = 0; i < 10; i++) {
			contextRunner().run((context) -> context.getBean(TwilioClient.class).accounts().fetch());
		}
		assertThat(this.server.accepted()).isEqualTo(10);
		assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3)))
			.as("connections left open by 10 closed contexts")
			.isZero();
	}

	/**
	 * With Boot's transport and Apache HttpClient (on this class path), the request
	 * factory the client builds is closed with it.
	 */
	@Test
	void bootApacheTransportContextCyclesDoNotAccumulateOpenConnections() throws Exception {
		for (int i = 0; i < 5; i++) {
			bootTransportCycle("twilio.transport=spring-boot");
		}
		assertThat(this.server.accepted()).isEqualTo(5);
		assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3)))
			.as("connections left open by 5 closed contexts (Apache HttpClient transport)")
			.isZero();
	}

	/**
	 * With Boot's transport and Jetty's client, whose request factory stops only a Jetty
	 * {@code HttpClient} it created itself, each closed context left the client that Boot
	 * built running, with its connections and its threads.
	 */
	@Test
	void bootJettyTransportContextCyclesDoNotAccumulateClientsOrConnections() throws Exception {
		Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
		for (int i = 0; i < 3; i++) {
			bootTransportCycle("twilio.transport=spring-boot", "spring.http.clients.imperative.factory=jetty");
		}
		assertThat(this.server.accepted()).isEqualTo(3);
		assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3)))
			.as("connections left open by 3 closed contexts (Jetty transport)")
			.isZero();
		List<String> jettyThreads = Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> !before.contains(thread) && thread.getName().startsWith("HttpClient@"))
			.map(Thread::getName)
			.toList();
		assertThat(jettyThreads).as("threads of Jetty clients left by 3 closed contexts").isEmpty();
	}

	/**
	 * A call under way as the context closes ends normally with the Jetty transport, which
	 * is stopped once the call is done.
	 */
	@Test
	void callUnderWayWhenTheContextClosesEndsNormallyOnBootJettyTransport() throws Exception {
		assertCallUnderWayWhenTheContextClosesEndsNormally(UnaryOperator.identity(), "twilio.transport=spring-boot",
				"spring.http.clients.imperative.factory=jetty");
	}

	private void bootTransportCycle(String... properties) {
		bootTransportContextRunner(properties).run((context) -> context.getBean(TwilioClient.class).accounts().fetch());
	}

	private ApplicationContextRunner bootTransportContextRunner(String... properties) {
		return contextRunner()
			.withConfiguration(AutoConfigurations.of(
					org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration.class,
					org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration.class,
					org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration.class))
			.withPropertyValues(properties);
	}

	/**
	 * A call that another thread still makes as the context closes, such as a task of an
	 * executor that awaits its tasks at shutdown, ends normally with Boot's Apache
	 * HttpClient transport too, whose close ends the connections it has lent: the client
	 * closes its transport once the call is done, and closing does not wait for it.
	 */
	@Test
	void callUnderWayWhenTheContextClosesEndsNormallyOnBootApacheTransport() throws Exception {
		assertCallUnderWayWhenTheContextClosesEndsNormally(UnaryOperator.identity());
	}

	/**
	 * The same for a call of a client derived with other credentials, which shares the
	 * transport without owning it.
	 */
	@Test
	void derivedClientsCallUnderWayWhenTheContextClosesEndsNormallyOnBootApacheTransport() throws Exception {
		assertCallUnderWayWhenTheContextClosesEndsNormally(
				(client) -> client.withAuthToken(ACCOUNT_SID, "tenant-token"));
	}

	private void assertCallUnderWayWhenTheContextClosesEndsNormally(UnaryOperator<TwilioClient> caller,
			String... properties) throws Exception {
		this.server.delay = Duration.ofSeconds(2);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			List<Future<Account>> call = new ArrayList<>();
			bootTransportContextRunner((properties.length > 0) ? properties
					: new String[] { "twilio.transport=spring-boot" }).run((context) -> {
				TwilioClient client = caller.apply(context.getBean(TwilioClient.class));
				call.add(executor.submit(() -> client.accounts().fetch()));
				assertThat(this.server.awaitRequests(1, Duration.ofSeconds(5))).isEqualTo(1);
			});
			assertThat(call.get(0)).as("the context's close waited for the call").isNotDone();
			assertThat(call.get(0).get(10, TimeUnit.SECONDS).sid()).isEqualTo(ACCOUNT_SID);
			assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3)))
				.as("connections left open once the call was done")
				.isZero();
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * A call made once the context closed, such as by a task that an executor still runs
	 * as the application shuts down, fails with the {@link TwilioException} that callers
	 * catch, not with the {@link IllegalStateException} of Apache HttpClient's shut down
	 * pool.
	 */
	@Test
	void callAfterTheContextClosedFailsWithATwilioExceptionOnBootApacheTransport() {
		List<TwilioClient> closed = new ArrayList<>();
		bootTransportContextRunner("twilio.transport=spring-boot")
			.run((context) -> closed.add(context.getBean(TwilioClient.class)));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> closed.get(0).accounts().fetch())
			.withMessageContaining("GET /2010-04-01/Accounts/{Sid}.json")
			.withMessageContaining("client was closed")
			.withCauseInstanceOf(IllegalStateException.class);
	}

	/**
	 * Boot's Apache HttpClient lends at most 5 connections per host, so a sixth caller
	 * waits for one; the README's customizer raises the limit.
	 */
	@Test
	void bootApacheTransportLendsFiveConnectionsToTwilioUnlessACustomizerRaisesTheLimit() throws Exception {
		assertThat(concurrentRequests(bootTransportContextRunner("twilio.transport=spring-boot"))).isEqualTo(5);
		this.server.closeAll();
		assertThat(concurrentRequests(bootTransportContextRunner("twilio.transport=spring-boot")
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> apacheConnectionPool())))
			.isEqualTo(8);
	}

	/**
	 * The README's example.
	 */
	private static ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> apacheConnectionPool() {
		return (builder) -> builder.withConnectionManagerCustomizer(
				(connections) -> connections.setMaxConnPerRoute(50).setMaxConnTotal(200));
	}

	/**
	 * Return how many of eight callers' requests reach the server while the first ones
	 * are still being answered.
	 */
	private int concurrentRequests(ApplicationContextRunner runner) {
		this.server.delay = Duration.ofSeconds(1);
		AtomicInteger reached = new AtomicInteger();
		int before = this.server.requests();
		runner.run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			ExecutorService callers = Executors.newFixedThreadPool(8);
			try {
				List<Future<Account>> calls = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					calls.add(callers.submit(() -> client.accounts().fetch()));
				}
				reached.set(this.server.awaitRequests(before + 8, Duration.ofMillis(700)) - before);
				for (Future<Account> call : calls) {
					assertThat(call.get(10, TimeUnit.SECONDS).sid()).isEqualTo(ACCOUNT_SID);
				}
			}
			finally {
				callers.shutdownNow();
			}
		});
		return reached.get();
	}

	/**
	 * A client per tenant, built, used and closed.
	 */
	@Test
	void clientsBuiltPerTenantReleaseTheirConnectionsWhenClosed() throws Exception {
		for (int i = 0; i < 20; i++) {
			try (TwilioClient client = TwilioClient.builder()
				.accountSid(ACCOUNT_SID)
				.authToken("tenant-token-" + i)
				.baseUrl(this.server.baseUrl())
				.build()) {
				client.accounts().fetch();
			}
		}
		assertThat(this.server.accepted()).isEqualTo(20);
		assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3))).isZero();
	}

	@Test
	void closedClientStillWorksWithoutKeepingConnections() throws Exception {
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(this.server.baseUrl())
			.build();
		client.close();
		assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
		assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
		assertThat(this.server.accepted()).isEqualTo(2);
		assertThat(this.server.awaitOpenConnections(0, Duration.ofSeconds(3))).isZero();
	}

	@Test
	void closingAViewOfAnotherAccountLeavesTheClientOpen() throws Exception {
		try (TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(this.server.baseUrl())
			.build()) {
			client.accounts().fetch();
			client.forAccount("AC" + "f".repeat(32)).close();
			client.accounts().fetch();
			assertThat(this.server.accepted()).as("the pooled connection was reused").isEqualTo(1);
		}
	}

	/**
	 * After a burst, sequential traffic takes only the most recently used connection: the
	 * others wait at the tail of the pool and are closed there once they have been idle
	 * for longer than the server keeps them (here {@code Keep-Alive: timeout=2}, so one
	 * second), rather than being left half closed.
	 */
	@Test
	void connectionsLeftIdleAfterABurstAreClosedWhenTheServerDropsThem() throws Exception {
		this.server.keepAliveTimeout = 2;
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(this.server.baseUrl())
			.build();
		this.server.delay = Duration.ofMillis(500);
		ExecutorService burst = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(burst.submit(() -> client.accounts().fetch()));
			}
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			burst.shutdown();
		}
		this.server.delay = Duration.ZERO;
		Http1TwilioRequestFactory factory = transport(client);
		assertThat(factory.idleConnections()).isEqualTo(8);
		sequentialTraffic(client, Duration.ofMillis(2000));
		assertThat(factory.idleConnections()).as("pooled connections").isEqualTo(1);
		assertThat(this.server.awaitOpenConnections(1, Duration.ofSeconds(3))).isEqualTo(1);
		client.close();
	}

	private static void sequentialTraffic(TwilioClient client, Duration duration) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			client.accounts().fetch();
			Thread.sleep(100);
		}
	}

	static Http1TwilioRequestFactory transport(TwilioClient client) throws Exception {
		Object executor = field(client, "executor");
		Object restClient = field(executor, "restClient");
		Object factory = field(restClient, "clientRequestFactory");
		while (!(factory instanceof Http1TwilioRequestFactory)) {
			// Interceptors or initializers wrap the factory
			factory = field(factory, "requestFactory");
		}
		return (Http1TwilioRequestFactory) factory;
	}

	static Object field(Object target, String name) throws Exception {
		Class<?> type = target.getClass();
		while (type != null) {
			try {
				java.lang.reflect.Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(target);
			}
			catch (NoSuchFieldException ex) {
				type = type.getSuperclass();
			}
		}
		throw new NoSuchFieldException(name);
	}

	/**
	 * A keep-alive HTTP/1.1 server that answers every request with an account and knows
	 * how many of its connections the clients still hold open.
	 */
	static final class KeepAliveServer implements AutoCloseable {

		private final ServerSocket serverSocket;

		private final Set<Socket> open = ConcurrentHashMap.newKeySet();

		private final AtomicInteger accepted = new AtomicInteger();

		private final AtomicInteger requests = new AtomicInteger();

		volatile Duration delay = Duration.ZERO;

		volatile int keepAliveTimeout;

		KeepAliveServer() throws IOException {
			this.serverSocket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
			Thread acceptor = new Thread(this::accept, "keepalive-acceptor");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		URI baseUrl() {
			return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort());
		}

		int accepted() {
			return this.accepted.get();
		}

		int awaitOpenConnections(int expected, Duration timeout) throws InterruptedException {
			long end = System.nanoTime() + timeout.toNanos();
			while (this.open.size() != expected && System.nanoTime() < end) {
				Thread.sleep(20);
			}
			return this.open.size();
		}

		int requests() {
			return this.requests.get();
		}

		int awaitRequests(int expected, Duration timeout) throws InterruptedException {
			long end = System.nanoTime() + timeout.toNanos();
			while (this.requests.get() < expected && System.nanoTime() < end) {
				Thread.sleep(20);
			}
			return this.requests.get();
		}

		void closeAll() {
			for (Socket socket : this.open) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closed
				}
			}
		}

		private void accept() {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					this.accepted.incrementAndGet();
					this.open.add(socket);
					Thread connection = new Thread(() -> serve(socket), "keepalive-connection");
					connection.setDaemon(true);
					connection.start();
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		private void serve(Socket socket) {
			try (socket) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
				OutputStream out = socket.getOutputStream();
				while (true) {
					String requestLine = in.readLine();
					if (requestLine == null) {
						return;
					}
					int contentLength = 0;
					String line;
					while ((line = in.readLine()) != null && !line.isEmpty()) {
						if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
							contentLength = Integer.parseInt(line.substring(15).trim());
						}
					}
					for (int i = 0; i < contentLength; i++) {
						in.read();
					}
					this.requests.incrementAndGet();
					if (!this.delay.isZero()) {
						Thread.sleep(this.delay.toMillis());
					}
					byte[] body = ACCOUNT_JSON.getBytes(StandardCharsets.UTF_8);
					out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
							+ ((this.keepAliveTimeout > 0) ? "\r\nKeep-Alive: timeout=" + this.keepAliveTimeout : "")
							+ "\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
					out.write(body);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// The connection ends
			}
			finally {
				this.open.remove(socket);
			}
		}

		@Override
		public void close() throws IOException {
			this.serverSocket.close();
			closeAll();
		}

	}

}
