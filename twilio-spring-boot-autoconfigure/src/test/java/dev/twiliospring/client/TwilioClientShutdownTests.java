package dev.twiliospring.client;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for what a call of the auto-configured {@link TwilioClient} does when its
 * application context closes while the call waits to retry.
 */
class TwilioClientShutdownTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl(),
				"twilio.max-retries=3", "twilio.retry.max-retry-after=1h", "twilio.retry.initial-backoff=1h",
				"twilio.retry.max-backoff=1h", "twilio.retry.deadline=0");

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
		this.server.close();
	}

	@Test
	void sendWaitingOutARetryAfterFailsAtOnceWhenTheContextClosesAndIsNotSentAgain() throws Exception {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")
			.header("Retry-After", "3600"));
		TwilioException failure = sendWhileTheContextCloses();
		assertThat(failure).hasMessageContaining("POST /2010-04-01/Accounts/{AccountSid}/Messages.json")
			.hasMessageContaining("client is closed")
			.hasMessageContaining("not sent again")
			.hasCauseInstanceOf(TwilioApiException.class);
		assertThat(failure.mayHaveBeenProcessed()).as("a 429 was not carried out").isFalse();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void sendWaitingOutABackoffAfterA5xxFailsAtOnceWhenTheContextClosesAndMayHaveBeenProcessed() throws Exception {
		this.server.enqueue(Response.json(503, "{\"code\":20503,\"message\":\"Unavailable\",\"status\":503}"));
		TwilioException failure = sendWhileTheContextCloses();
		assertThat(failure).hasMessageContaining("client is closed")
			.hasMessageContaining("not sent again");
		assertThat(failure.mayHaveBeenProcessed()).as("a 5xx may have been carried out").isTrue();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void sendWaitingToRetryOnBootTransportFailsAtOnceWhenTheContextCloses() throws Exception {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")
			.header("Retry-After", "3600"));
		TwilioException failure = sendWhileTheContextCloses(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class),
				"twilio.transport=spring-boot");
		assertThat(failure).hasMessageContaining("client is closed");
		assertThat(failure.mayHaveBeenProcessed()).isFalse();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void callOfAClosedClientDoesNotWaitToRetry() {
		this.server.enqueue(Response.json(503, "{\"code\":20503,\"message\":\"Unavailable\",\"status\":503}"));
		AtomicReference<TwilioClient> closed = new AtomicReference<>();
		this.contextRunner.run((context) -> closed.set(context.getBean(TwilioClient.class)));
		Future<Message> send = this.executor.submit(() -> closed.get().messages().create(message()));
		assertThat(failureOf(send)).hasMessageContaining("client is closed");
		assertThat(this.server.requestCount()).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "forAccount", "withAuthToken", "withApiKey" })
	void sendOfADerivedClientWaitingToRetryFailsAtOnceWhenItsParentsContextCloses(String derivation)
			throws Exception {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")
			.header("Retry-After", "3600"));
		String subaccount = "AC" + "1".repeat(32);
		TwilioException failure = sendWhileTheContextCloses(AutoConfigurations.of(), (client) -> switch (derivation) {
			case "forAccount" -> client.forAccount(subaccount);
			case "withAuthToken" -> client.withAuthToken(subaccount, "subaccount-token");
			default -> client.withApiKey(subaccount, "SK" + "2".repeat(32), "api-key-secret");
		});
		assertThat(failure).hasMessageContaining("client is closed")
			.hasMessageNotContaining("subaccount-token")
			.hasMessageNotContaining("api-key-secret");
		assertThat(failure.mayHaveBeenProcessed()).isFalse();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void sendWhoseSleeperWaitsThroughTheCloseIsNotSentAgainWhenTheWaitIsOver() throws Exception {
		this.server.enqueue(Response.json(503, "{\"code\":20503,\"message\":\"Unavailable\",\"status\":503}"));
		CountDownLatch sleeping = new CountDownLatch(1);
		CountDownLatch woken = new CountDownLatch(1);
		TwilioClient client = this.server.clientBuilder().maxRetries(3).sleeper((duration) -> {
			sleeping.countDown();
			woken.await();
		}).build();
		Future<Message> send = this.executor.submit(() -> client.messages().create(message()));
		assertThat(sleeping.await(30, TimeUnit.SECONDS)).as("the call waits to retry").isTrue();
		client.close();
		woken.countDown();
		TwilioException failure = failureOf(send);
		assertThat(failure).hasMessageContaining("client is closed").hasMessageContaining("not sent again");
		assertThat(failure.mayHaveBeenProcessed()).as("a 5xx may have been carried out").isTrue();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void autoPagingStreamFetchesItsNextPageAfterTheContextClosesOnTheBuiltInTransport() {
		Iterator<Message> messages = streamOpenAcrossTheClose(AutoConfigurations.of());
		assertThat(messages.next().body()).isEqualTo("second page");
		assertThat(messages.hasNext()).isFalse();
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void autoPagingStreamFailsAtItsNextPageAfterTheContextClosesOnBootApacheTransport() {
		Iterator<Message> messages = streamOpenAcrossTheClose(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
						RestClientAutoConfiguration.class),
				"twilio.transport=spring-boot");
		assertThatExceptionOfType(TwilioException.class).isThrownBy(messages::hasNext)
			.withMessageContaining("client was closed")
			.withMessageContaining("refuses to send");
		assertThat(this.server.requestCount()).isOne();
	}

	/**
	 * Return a stream of two pages of one message each, of which the context that closed
	 * since consumed the first page.
	 */
	private Iterator<Message> streamOpenAcrossTheClose(AutoConfigurations configurations, String... properties) {
		String messages = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json";
		this.server.enqueue(Response.json(200, "{\"messages\": [{\"sid\": \"SM" + "1".repeat(32)
				+ "\", \"body\": \"first page\"}], \"page\": 0, \"page_size\": 1, \"next_page_uri\": \""
				+ messages + "?PageSize=1&Page=1&PageToken=PASM1\"}"),
				Response.json(200, "{\"messages\": [{\"sid\": \"SM" + "2".repeat(32)
						+ "\", \"body\": \"second page\"}], \"page\": 1, \"page_size\": 1, \"next_page_uri\": null}"));
		AtomicReference<Iterator<Message>> stream = new AtomicReference<>();
		this.contextRunner.withConfiguration(configurations).withPropertyValues(properties).run((context) -> {
			Iterator<Message> iterator = context.getBean(TwilioClient.class).messages().stream().iterator();
			assertThat(iterator.next().body()).isEqualTo("first page");
			stream.set(iterator);
		});
		return stream.get();
	}

	private TwilioException sendWhileTheContextCloses() {
		return sendWhileTheContextCloses(AutoConfigurations.of());
	}

	private TwilioException sendWhileTheContextCloses(AutoConfigurations configurations, String... properties) {
		return sendWhileTheContextCloses(configurations, (client) -> client, properties);
	}

	private TwilioException sendWhileTheContextCloses(AutoConfigurations configurations,
			UnaryOperator<TwilioClient> derivation, String... properties) {
		AtomicReference<Future<Message>> send = new AtomicReference<>();
		// The context closes once the call is about to wait, rather than as soon as its
		// request arrived, when the client may not have read the answer yet
		CountDownLatch retrying = new CountDownLatch(1);
		TwilioClientListener listener = new TwilioClientListener() {

			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				retrying.countDown();
			}

		};
		this.contextRunner.withConfiguration(configurations)
			.withPropertyValues(properties)
			.withBean(TwilioClientListener.class, () -> listener)
			.run((context) -> {
				TwilioClient client = derivation.apply(context.getBean(TwilioClient.class));
				send.set(this.executor.submit(() -> client.messages().create(message())));
				while (retrying.getCount() > 0 && !send.get().isDone()) {
					retrying.await(10, TimeUnit.MILLISECONDS);
				}
			});
		return failureOf(send.get());
	}

	private static TwilioException failureOf(Future<Message> send) {
		try {
			// A safety net: the retry waits an hour
			send.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			assertThat(ex.getCause()).isInstanceOf(TwilioException.class);
			return (TwilioException) ex.getCause();
		}
		catch (Exception ex) {
			throw new AssertionError("The call did not fail when its client was closed", ex);
		}
		throw new AssertionError("The call did not fail when its client was closed");
	}

	private static MessageCreateRequest message() {
		return MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Closing").build();
	}

}
