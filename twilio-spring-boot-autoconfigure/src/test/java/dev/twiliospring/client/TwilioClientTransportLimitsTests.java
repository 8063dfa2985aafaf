package dev.twiliospring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpDestination;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClient} on HTTP clients whose own limits refuse a request before
 * it is sent, as a job that sends in bulk meets them: Jetty's queue of requests per host
 * and Apache HttpClient's connections per host.
 */
class TwilioClientTransportLimitsTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ExecutorService callers = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
		this.server.close();
	}

	@Test
	void requestThatJettyRefusesToQueueFailsWithAConnectionExceptionThatNamesTheLimit() throws Exception {
		HttpClient jetty = jetty();
		try {
			TwilioClient client = this.server.clientBuilder()
				.requestFactory(new JettyClientHttpRequestFactory(jetty))
				.build();
			List<Throwable> failures = sendWhileTheOnlyConnectionIsBusy(client, 3);
			assertThat(failures).isNotEmpty().allSatisfy((failure) -> {
				assertThat(failure).isInstanceOf(TwilioConnectionException.class)
					.hasMessageContaining("POST /2010-04-01/Accounts/{AccountSid}/Messages.json")
					.hasMessageContaining("refused the request, so it was not sent (Max requests queued per destination")
					.hasMessageContaining("maxRequestsQueuedPerDestination")
					.hasMessageNotContaining("HttpDestination");
				assertThat(((TwilioConnectionException) failure).isTimeout()).isFalse();
			});
		}
		finally {
			jetty.stop();
		}
	}

	@Test
	void requestThatJettyRefusesToQueueIsRetried() throws Exception {
		HttpClient jetty = jetty();
		try {
			List<Future<Message>> busy = new ArrayList<>();
			AtomicInteger retries = new AtomicInteger();
			// A retry waits until the connection is free again, and a little for the
			// queued request to take it
			TwilioClient client = this.server.clientBuilder()
				.requestFactory(new JettyClientHttpRequestFactory(jetty))
				.maxRetries(3)
				.sleeper((delay) -> {
					retries.incrementAndGet();
					awaitQuietly(busy.get(0));
					Thread.sleep(100);
				})
				.build();
			this.server.dispatcher((request) -> Response.fixture(201, "message-queued.json"));
			this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)));
			busy.add(this.callers.submit(() -> send(client)));
			awaitRequests(1);
			List<Future<Message>> calls = new ArrayList<>();
			// One waits in Jetty's queue, the other is refused and retried
			for (int i = 0; i < 2; i++) {
				calls.add(this.callers.submit(() -> send(client)));
			}
			for (Future<Message> call : calls) {
				assertThat(call.get(10, TimeUnit.SECONDS).status()).isEqualTo(Message.Status.QUEUED);
			}
			assertThat(retries).hasPositiveValue();
			assertThat(this.server.requestCount()).isEqualTo(3);
		}
		finally {
			jetty.stop();
		}
	}

	/**
	 * A delete answered 404 after an attempt that got no answer counts as done, as that
	 * attempt may have deleted the resource; one that Jetty refused to send did not.
	 */
	@Test
	void deleteOfAMissingMessageRetriedAfterJettyRefusedItStillFails() throws Exception {
		HttpClient jetty = jetty();
		try {
			List<Future<Message>> busy = new ArrayList<>();
			TwilioClient client = this.server.clientBuilder()
				.requestFactory(new JettyClientHttpRequestFactory(jetty))
				.maxRetries(3)
				.sleeper((delay) -> {
					awaitQuietly(busy.get(0));
					Thread.sleep(100);
				})
				.build();
			this.server.dispatcher((request) -> request.method().equals("DELETE")
					? Response.json(404, "{\"code\": 20404, \"message\": \"Not found\", \"status\": 404}")
					: Response.fixture(201, "message-queued.json"));
			this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)));
			busy.add(this.callers.submit(() -> send(client)));
			awaitRequests(1);
			// Takes the one place in Jetty's queue, so that the delete is refused
			Future<Message> queued = this.callers.submit(() -> send(client));
			awaitQueued(jetty);
			assertThatExceptionOfType(TwilioApiException.class)
				.isThrownBy(() -> client.messages().delete("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
				.satisfies((ex) -> assertThat(ex.getSuppressed()).singleElement()
					.isInstanceOf(TwilioConnectionException.class));
			assertThat(queued.get(10, TimeUnit.SECONDS).status()).isEqualTo(Message.Status.QUEUED);
		}
		finally {
			jetty.stop();
		}
	}

	@Test
	void waitForAConnectionOfApachesPoolThatEndsFailsWithAMessageThatNamesThePool() throws Exception {
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnPerRoute(1).build())
			.build());
		factory.setConnectionRequestTimeout(Duration.ofMillis(200));
		try {
			TwilioClient client = this.server.clientBuilder().requestFactory(factory).build();
			List<Throwable> failures = sendWhileTheOnlyConnectionIsBusy(client, 1);
			assertThat(failures).singleElement(InstanceOfAssertFactories.THROWABLE)
				.isInstanceOf(TwilioConnectionException.class)
				.hasMessageContaining("POST /2010-04-01/Accounts/{AccountSid}/Messages.json")
				.hasMessageContaining("no connection of the HTTP client's pool came free, so the request was not sent")
				.hasMessageContaining("setMaxConnPerRoute")
				// No connect or read timeout, after which Twilio may have acted on it
				.satisfies((failure) -> assertThat(((TwilioConnectionException) failure).isTimeout()).isFalse());
		}
		finally {
			factory.destroy();
		}
	}

	private static HttpClient jetty() throws Exception {
		HttpClient jetty = new HttpClient();
		jetty.setMaxConnectionsPerDestination(1);
		jetty.setMaxRequestsQueuedPerDestination(1);
		jetty.start();
		return jetty;
	}

	/**
	 * Send while a first request holds the transport's only connection, and return how
	 * the others failed.
	 */
	private List<Throwable> sendWhileTheOnlyConnectionIsBusy(TwilioClient client, int others) throws Exception {
		this.server.enqueue(Response.fixture(201, "message-queued.json").delay(Duration.ofSeconds(2)));
		this.server.dispatcher((request) -> Response.fixture(201, "message-queued.json"));
		Future<Message> busy = this.callers.submit(() -> send(client));
		awaitRequests(1);
		List<Future<Message>> calls = new ArrayList<>();
		for (int i = 0; i < others; i++) {
			calls.add(this.callers.submit(() -> send(client)));
		}
		List<Throwable> failures = new ArrayList<>();
		for (Future<Message> call : calls) {
			try {
				call.get(10, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				failures.add(ex.getCause());
			}
		}
		assertThat(busy.get(10, TimeUnit.SECONDS).status()).isEqualTo(Message.Status.QUEUED);
		return failures;
	}

	private void awaitRequests(int count) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.server.requestCount() < count && System.nanoTime() < end) {
			Thread.sleep(10);
		}
		assertThat(this.server.requestCount()).isGreaterThanOrEqualTo(count);
	}

	private static void awaitQueued(HttpClient jetty) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (queued(jetty) < 1 && System.nanoTime() < end) {
			Thread.sleep(10);
		}
		assertThat(queued(jetty)).isOne();
	}

	private static int queued(HttpClient jetty) {
		return jetty.getDestinations()
			.stream()
			.mapToInt((destination) -> ((HttpDestination) destination).getQueuedRequestCount())
			.sum();
	}

	private static void awaitQuietly(Future<?> call) {
		try {
			call.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// The retry then finds out for itself
		}
	}

	private static Message send(TwilioClient client) {
		return client.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("bulk").build());
	}

}
