package dev.twiliospring.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.twilio.http.TwilioRestClient;
import com.twilio.type.PhoneNumber;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;

/**
 * Client overhead: create a message against a loopback server that answers a fixed 201,
 * with this library's {@link TwilioClient} (on its default transport, its own HTTP/1.1
 * client, on Apache HttpClient 5, and as Spring Boot's auto-configuration builds it) and
 * twilio-java's
 * {@link TwilioRestClient} (Apache HttpClient 5), one client of each shared by all
 * benchmark threads. {@code floor} sends the same
 * bytes with a bare JDK {@link HttpClient}: the cost of the round trip and of the
 * server, which every contender pays.
 * <p>
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the allocation per call of
 * the whole process, the server's share included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class ClientBenchmark {

	static final String TO = "+15558675310";

	static final String FROM = "+15017122661";

	static final String BODY = "Your order #4711 has shipped and will arrive on Tuesday.";

	private LoopbackTwilioServer server;

	private URI baseUrl;

	private TwilioClient ours;

	private TwilioClient oursOnApache;

	private @Nullable ConfigurableApplicationContext context;

	private TwilioClient oursAutoConfigured;

	private TwilioRestClient twilioJava;

	private HttpClient jdk;

	private HttpRequest rawRequest;

	/**
	 * Start the server and the clients, and check that each contender, the bare round
	 * trip included, creates the same message.
	 * @throws IOException if the server cannot start
	 */
	@Setup
	public void setUp() throws IOException {
		this.server = LoopbackTwilioServer.start(0);
		URI baseUrl = this.server.baseUrl();
		this.baseUrl = baseUrl;
		this.ours = TwilioClient.builder()
			.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
			.authToken(LoopbackTwilioServer.AUTH_TOKEN)
			.baseUrl(baseUrl)
			.build();
		this.oursOnApache = TwilioClient.builder()
			.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
			.authToken(LoopbackTwilioServer.AUTH_TOKEN)
			.baseUrl(baseUrl)
			.requestFactory(new HttpComponentsClientHttpRequestFactory(apacheClientLikeTwilioJava()))
			.build();
		this.context = AutoConfiguredTwilioClient.start(baseUrl);
		this.oursAutoConfigured = this.context.getBean(TwilioClient.class);
		this.twilioJava = TwilioJavaLoopback.client(baseUrl);
		this.jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String credentials = LoopbackTwilioServer.ACCOUNT_SID + ":" + LoopbackTwilioServer.AUTH_TOKEN;
		this.rawRequest = HttpRequest
			.newBuilder(baseUrl.resolve("/2010-04-01/Accounts/" + LoopbackTwilioServer.ACCOUNT_SID + "/Messages.json"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("To=%2B15558675310&From=%2B15017122661&Body="
					+ URLEncoder.encode(BODY, StandardCharsets.UTF_8)))
			.build();
		long before = this.server.creates();
		this.server.recordCreates(true);
		String oursSid;
		String theirSid;
		String oursOnApacheSid;
		String oursAutoConfiguredSid;
		int floorStatus;
		RawConnection connection = new RawConnection();
		try {
			oursSid = ours().sid();
			theirSid = twilioJava().getSid();
			oursOnApacheSid = oursOnApache().sid();
			oursAutoConfiguredSid = oursAutoConfigured().sid();
			floorStatus = floor();
			roundTrip(connection);
		}
		finally {
			connection.close();
			this.server.recordCreates(false);
		}
		if (oursSid == null || !oursSid.equals(theirSid) || !oursSid.equals(oursOnApacheSid)
				|| !oursSid.equals(oursAutoConfiguredSid) || floorStatus != 201 || this.server.creates() != before + 6) {
			throw new IllegalStateException("A contender did not create the message on the loopback server");
		}
		requireSameCreate(this.server.recordedCreates(), 6);
		requireObserved(this.context.getBean(MeterRegistry.class));
	}

	/**
	 * Check that the auto-configured contender's create was observed as in a Spring Boot
	 * application, by the Twilio listener and by Spring's observation of its HTTP
	 * request, each timed once: otherwise it would measure a bare client.
	 * @param meterRegistry the meter registry of its application context
	 * @throws IllegalStateException if an observation is missing
	 */
	static void requireObserved(MeterRegistry meterRegistry) {
		for (String name : List.of("twilio.client.requests", "http.client.requests")) {
			Timer timer = meterRegistry.find(name).timer();
			if (timer == null || timer.count() != 1) {
				throw new IllegalStateException("The auto-configured client's create was not observed as in a "
						+ "Spring Boot application: expected one " + name + " timing, found "
						+ ((timer != null) ? timer.count() : 0));
			}
		}
	}

	/**
	 * Return the base URL of the loopback server, once set up.
	 * @return the base URL
	 */
	URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Check that every contender sent the same create: the same path, credentials and
	 * form parameters, so that each does the same work.
	 * @param creates the creates the server recorded, one per contender
	 * @param contenders how many contenders sent one
	 * @throws IllegalStateException if a create differs
	 */
	static void requireSameCreate(List<LoopbackTwilioServer.Create> creates, int contenders) {
		String credentials = LoopbackTwilioServer.ACCOUNT_SID + ":" + LoopbackTwilioServer.AUTH_TOKEN;
		LoopbackTwilioServer.Create expected = new LoopbackTwilioServer.Create(
				"/2010-04-01/Accounts/" + LoopbackTwilioServer.ACCOUNT_SID + "/Messages.json",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
				Map.of("Body", List.of(BODY), "From", List.of(FROM), "To", List.of(TO)));
		if (creates.size() != contenders) {
			throw new IllegalStateException("Expected " + contenders + " creates, the server received " + creates);
		}
		for (LoopbackTwilioServer.Create create : creates) {
			String difference = null;
			if (!create.target().equals(expected.target())) {
				difference = "target " + create.target() + " instead of " + expected.target();
			}
			else if (!Objects.equals(create.authorization(), expected.authorization())) {
				difference = "other credentials";
			}
			else if (!create.parameters().equals(expected.parameters())) {
				difference = "parameters " + create.parameters() + " instead of " + expected.parameters();
			}
			if (difference != null) {
				throw new IllegalStateException(
						"A contender sent another create, the benchmark would compare different work: " + difference);
			}
		}
	}

	/**
	 * Apache HttpClient 5 with the connection pool that twilio-java configures (20 per
	 * route, 100 in all) rather than the library default (5 per route), so that both
	 * contenders on this transport can use as many connections.
	 */
	private static CloseableHttpClient apacheClientLikeTwilioJava() {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnPerRoute(20)
				.setMaxConnTotal(100)
				.build())
			.build();
	}

	@TearDown
	public void tearDown() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@Benchmark
	public Message ours() {
		return this.ours.messages().create(MessageCreateRequest.builder().to(TO).from(FROM).body(BODY).build());
	}

	/**
	 * This library on the transport that twilio-java uses, Apache HttpClient 5, which a
	 * Spring Boot application picks automatically when it is on the class path.
	 * @return the created message
	 */
	@Benchmark
	public Message oursOnApache() {
		return this.oursOnApache.messages()
			.create(MessageCreateRequest.builder().to(TO).from(FROM).body(BODY).build());
	}

	/**
	 * This library's client as the auto-configuration builds it in a Spring Boot
	 * application with Boot's {@code RestClient.Builder} and Micrometer: on the same
	 * transport as {@link #ours()}, with each call observed by the Twilio listener and
	 * each attempt by Spring's HTTP client observation, both timed by a meter registry.
	 * @return the created message
	 */
	@Benchmark
	public Message oursAutoConfigured() {
		return this.oursAutoConfigured.messages()
			.create(MessageCreateRequest.builder().to(TO).from(FROM).body(BODY).build());
	}

	@Benchmark
	public com.twilio.rest.api.v2010.account.Message twilioJava() {
		return com.twilio.rest.api.v2010.account.Message.creator(new PhoneNumber(TO), new PhoneNumber(FROM), BODY)
			.create(this.twilioJava);
	}

	@Benchmark
	public int floor() {
		try {
			return this.jdk.send(this.rawRequest, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The bare round trip: the same request bytes written to a socket of the calling
	 * thread and the answer read back, with nothing around them. Every contender pays
	 * this; what it adds on top is its own cost.
	 * @param connection the calling thread's connection
	 * @return the number of bytes of the answer
	 * @throws IOException if the loopback server goes away
	 */
	@Benchmark
	public int roundTrip(RawConnection connection) throws IOException {
		return connection.exchange(this.baseUrl);
	}

	/**
	 * A keep-alive connection per benchmark thread, with the request prepared in advance.
	 */
	@State(Scope.Thread)
	public static class RawConnection {

		private @Nullable Socket socket;

		private byte @Nullable [] request;

		private final byte[] buffer = new byte[8192];

		/**
		 * Connect on first use: the server belongs to the benchmark's state, which JMH
		 * does not hand to a thread state of an abstract benchmark class.
		 */
		private void open(URI baseUrl) throws IOException {
			this.socket = new Socket(baseUrl.getHost(), baseUrl.getPort());
			this.socket.setTcpNoDelay(true);
			String body = "To=%2B15558675310&From=%2B15017122661&Body=" + URLEncoder.encode(BODY, StandardCharsets.UTF_8);
			String credentials = LoopbackTwilioServer.ACCOUNT_SID + ":" + LoopbackTwilioServer.AUTH_TOKEN;
			this.request = ("POST /2010-04-01/Accounts/" + LoopbackTwilioServer.ACCOUNT_SID + "/Messages.json HTTP/1.1\r\n"
					+ "Host: " + baseUrl.getHost() + ":" + baseUrl.getPort() + "\r\n" + "Authorization: Basic "
					+ Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n" + body)
				.getBytes(StandardCharsets.ISO_8859_1);
		}

		/**
		 * Send the request and read the answer, whose head the loopback server writes
		 * with a {@code Content-Length}.
		 */
		@SuppressWarnings("NullAway") // open() sets the socket and the request on first use
		int exchange(URI baseUrl) throws IOException {
			if (this.socket == null) {
				open(baseUrl);
			}
			OutputStream out = this.socket.getOutputStream();
			out.write(this.request);
			out.flush();
			InputStream in = this.socket.getInputStream();
			int length = 0;
			int expected = -1;
			while (expected < 0 || length < expected) {
				int read = in.read(this.buffer, length, this.buffer.length - length);
				if (read < 0) {
					throw new IOException("The loopback server closed the connection");
				}
				length += read;
				if (expected < 0) {
					expected = expectedLength(length);
				}
			}
			return length;
		}

		private int expectedLength(int available) {
			String head = new String(this.buffer, 0, available, StandardCharsets.ISO_8859_1);
			int end = head.indexOf("\r\n\r\n");
			if (end < 0) {
				return -1;
			}
			int at = head.indexOf("Content-Length: ");
			int lineEnd = head.indexOf('\r', at);
			return end + 4 + Integer.parseInt(head.substring(at + 16, lineEnd));
		}

		@TearDown
		public void close() throws IOException {
			if (this.socket != null) {
				this.socket.close();
			}
		}

	}

	/**
	 * One caller at a time.
	 */
	@Threads(1)
	public static class OneThread extends ClientBenchmark {

		/**
		 * The arithmetic that {@link #roundTripThenWork} does after each round trip:
		 * about 5 µs on the machine of docs/performance.md, what this library's client
		 * adds to the bare round trip there on one CPU.
		 */
		static final long WORK_TOKENS = Long.getLong("work.tokens", 2900);

		/**
		 * The bare round trip, then a fixed amount of arithmetic on the calling thread: a
		 * client whose whole cost is that much CPU work, without anything else a real
		 * client does. On one CPU it takes the round trip plus the work; on two CPUs it also
		 * pays whatever the machine charges for time spent between round trips, which the
		 * bare round trip, turning around at once, does not.
		 * @param connection the calling thread's connection
		 * @return the number of bytes of the answer
		 * @throws IOException if the loopback server goes away
		 */
		@Benchmark
		public int roundTripThenWork(RawConnection connection) throws IOException {
			int length = connection.exchange(baseUrl());
			Blackhole.consumeCPU(WORK_TOKENS);
			return length;
		}

	}

	/**
	 * Thirty-two concurrent callers sharing each client.
	 */
	@Threads(32)
	public static class ThirtyTwoThreads extends ClientBenchmark {

	}

}
