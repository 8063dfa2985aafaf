package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the auto-configured {@link TwilioClient} called from many virtual threads at
 * once, as with {@code spring.threads.virtual.enabled=true}: every message is created
 * once and answered to its own caller, within the transport's connection limit, and no
 * virtual thread is pinned to its carrier in the client's code.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class TwilioClientVirtualThreadsTests {

	private static final int SENDS = 200;

	private final StubTwilioServer server = StubTwilioServer.start();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl());

	@TempDir
	Path temp;

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void sendsFromVirtualThreadsOnTheBuiltInTransportCreateEveryMessageOnceWithoutPinning() throws Exception {
		this.server.dispatcher(this::created);
		this.contextRunner.run((context) -> {
			List<Message> sent = sendFromVirtualThreads(context.getBean(TwilioClient.class));
			assertEveryMessageCreatedOnceForItsCaller(sent);
		});
		// The built-in transport has no cap: it opens a connection per call under way
		assertThat(this.maxInFlight.get()).isBetween(1, SENDS);
	}

	@Test
	void sendsFromVirtualThreadsOnBootsApacheTransportStayWithinItsPoolAndCreateEveryMessageOnce() throws Exception {
		this.server.dispatcher(this::created);
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withPropertyValues("twilio.transport=spring-boot")
			.run((context) -> {
				List<Message> sent = sendFromVirtualThreads(context.getBean(TwilioClient.class));
				assertEveryMessageCreatedOnceForItsCaller(sent);
			});
		// Apache HttpClient lends at most 5 connections per host (see the README), and a
		// connection carries one request at a time
		assertThat(this.maxInFlight.get()).isBetween(1, 5);
	}

	private Response created(RecordedRequest request) {
		int now = this.inFlight.incrementAndGet();
		this.maxInFlight.accumulateAndGet(now, Math::max);
		try {
			// Long enough for the calls to overlap; no assertion depends on it
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.inFlight.decrementAndGet();
		}
		String body = new String(request.body(), StandardCharsets.UTF_8);
		String index = body.replaceAll(".*Body=message-(-?\\d+).*", "$1").replace("-", "");
		return Response.json(201, "{\"sid\":\"SM" + "0".repeat(32 - index.length()) + index
				+ "\",\"status\":\"queued\",\"body\":\"message-" + index + "\"}");
	}

	private List<Message> sendFromVirtualThreads(TwilioClient client) throws Exception {
		Path recordingFile = this.temp.resolve("pinned.jfr");
		// Classes initialized on first use pin the threads that wait for them, once: the
		// JDK's poller and Jackson's parser as much as the client's own
		ExecutorService warmUp = newVirtualThreadPerTaskExecutor();
		try {
			warmUp.submit(() -> client.messages().create(message(-1))).get(60, TimeUnit.SECONDS);
		}
		finally {
			warmUp.shutdownNow();
		}
		this.server.reset();
		this.server.dispatcher(this::created);
		List<Message> sent = new ArrayList<>();
		try (Recording recording = new Recording()) {
			recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
			recording.start();
			ExecutorService executor = newVirtualThreadPerTaskExecutor();
			try {
				List<Future<Message>> sends = new ArrayList<>();
				for (int i = 0; i < SENDS; i++) {
					MessageCreateRequest message = message(i);
					sends.add(executor.submit(() -> client.messages().create(message)));
				}
				for (Future<Message> send : sends) {
					// A safety net against a deadlock only
					sent.add(send.get(60, TimeUnit.SECONDS));
				}
			}
			finally {
				executor.shutdownNow();
			}
			recording.stop();
			recording.dump(recordingFile);
		}
		assertThat(pinnedInClientCode(recordingFile)).as("virtual threads pinned in the client's code").isEmpty();
		return sent;
	}

	private static MessageCreateRequest message(int index) {
		return MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("message-" + index).build();
	}

	private void assertEveryMessageCreatedOnceForItsCaller(List<Message> sent) {
		for (int i = 0; i < SENDS; i++) {
			assertThat(sent.get(i).body()).isEqualTo("message-" + i);
		}
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(SENDS);
		assertThat(requests.stream().map((request) -> new String(request.body(), StandardCharsets.UTF_8)).distinct())
			.hasSize(SENDS);
		assertThat(requests.stream()
			.map((request) -> request.headers().get(TwilioExecutor.IDEMPOTENCY_TOKEN_HEADER.toLowerCase(Locale.ROOT)))
			.distinct()).hasSize(SENDS);
	}

	private static List<String> pinnedInClientCode(Path recordingFile) throws Exception {
		List<String> pinned = new ArrayList<>();
		if (!Files.exists(recordingFile)) {
			return pinned;
		}
		for (RecordedEvent event : RecordingFile.readAllEvents(recordingFile)) {
			if (event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			boolean inClient = frames.stream()
				.anyMatch((frame) -> frame.getMethod().getType().getName().startsWith("dev.twiliospring."));
			if (inClient) {
				pinned.add((event.hasField("pinnedReason") ? event.getString("pinnedReason") : "Pinned") + ": " + frames.stream()
					.limit(16)
					.map((frame) -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
					.toList()
					.toString());
			}
		}
		return pinned;
	}

	/**
	 * Return {@code Executors.newVirtualThreadPerTaskExecutor()}, which Java 17, that the
	 * tests are compiled for, does not have.
	 */
	private static ExecutorService newVirtualThreadPerTaskExecutor() throws Exception {
		return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
	}

}
