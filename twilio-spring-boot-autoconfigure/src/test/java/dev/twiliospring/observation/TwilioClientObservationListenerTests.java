package dev.twiliospring.observation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClientObservationListener}.
 */
class TwilioClientObservationListenerTests {

	private static final String ACCOUNT_JSON = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\", \"type\": \"Full\"}";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final TestObservationRegistry observationRegistry = TestObservationRegistry.create();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void observesSuccessfulCallWithTemplatedUri() {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON).header("Twilio-Request-Id", "RQ0001"));
		client().accounts().fetch();
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1)
			.hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasContextualNameEqualTo("twilio GET /2010-04-01/Accounts/{Sid}.json")
			.hasLowCardinalityKeyValue("domain", "api")
			.hasLowCardinalityKeyValue("method", "GET")
			.hasLowCardinalityKeyValue("uri", "/2010-04-01/Accounts/{Sid}.json")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("error.code", "none")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasHighCardinalityKeyValue("retries", "0")
			.hasHighCardinalityKeyValue("request.id", "RQ0001")
			.doesNotHaveError()
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void keyValuesNeverHoldTheAccountSid() {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		client().accounts().fetch();
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.satisfies((context) -> assertThat(context.getAllKeyValues().stream().map(KeyValue::getValue))
				.noneMatch((value) -> value.contains(StubTwilioServer.ACCOUNT_SID)));
	}

	@Test
	void observesTwilioErrorCode() {
		this.server.enqueue(Response.json(404, "{\"code\": 20404, \"message\": \"Not found\", \"status\": 404}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client().accounts().fetch());
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("status", "404")
			.hasLowCardinalityKeyValue("error.code", "20404")
			.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
			.hasLowCardinalityKeyValue("exception", "TwilioApiException")
			.hasError()
			.hasBeenStopped();
	}

	@Test
	void observesRetriesAsOneCall() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(429, "{\"code\": 20429, \"message\": \"Too many requests\"}"),
				Response.json(200, ACCOUNT_JSON));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.build();
		client.accounts().fetch();
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1)
			.hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasHighCardinalityKeyValue("retries", "2");
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "RATE_LIMITED").counter().count())
			.isEqualTo(1);
		assertThat(meterRegistry.get("twilio.client.retries")
			.tags("domain", "api", "method", "GET", "uri", "/2010-04-01/Accounts/{Sid}.json")
			.counters()).hasSize(2);
	}

	@Test
	void listenerThatThrowsInEveryEventChangesNeitherTheObservationNorTheRetryCount() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(200, ACCOUNT_JSON));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.listener(new TwilioClientListener() {

				@Override
				public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context,
						Supplier<T> execution) {
					execution.get();
					throw new IllegalStateException("aroundRequest failed");
				}

				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					throw new IllegalStateException("onRetry failed");
				}

				@Override
				public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
					throw new IllegalStateException("onRetrySent failed");
				}

			})
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.build();
		assertThat(client.accounts().fetch().sid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1)
			.hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasHighCardinalityKeyValue("retries", "1")
			.doesNotHaveError();
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
	}

	@Test
	void retryThatTheClientsCloseCancelledIsNotCounted() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(429, "{\"code\": 20429, \"message\": \"Too many requests\"}"));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		AtomicReference<TwilioClient> client = new AtomicReference<>();
		AtomicInteger waits = new AtomicInteger();
		client.set(this.server.clientBuilder()
			.maxRetries(3)
			// The second wait is cut short by the close
			.sleeper((delay) -> {
				if (waits.incrementAndGet() == 2) {
					client.get().close();
				}
			})
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.build());
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.get().accounts().fetch())
			.withMessageContaining("the client is closed, and the call was not sent again");
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasHighCardinalityKeyValue("retries", "1");
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
		assertThat(meterRegistry.find("twilio.client.retries").tag("reason", "RATE_LIMITED").counter()).isNull();
	}

	@Test
	void retryThatAnInterruptCancelledIsNotCounted() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClient client = this.server.clientBuilder().maxRetries(3).sleeper((delay) -> {
			throw new InterruptedException();
		}).listener(new TwilioClientRetryMetricsListener(meterRegistry)).build();
		try {
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch())
				.withMessageStartingWith("Interrupted while waiting to retry");
		}
		finally {
			Thread.interrupted();
		}
		assertThat(this.server.requestCount()).isEqualTo(1);
		assertThat(meterRegistry.find("twilio.client.retries").counters()).isEmpty();
	}

	@Test
	void retrySentBeforeTheCallFailsIsCountedOnce() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch());
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
	}

	@Test
	void retryIsCountedThroughAListenerThatForwardsOnRetrySent() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(200, ACCOUNT_JSON));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClientRetryMetricsListener metricsListener = new TwilioClientRetryMetricsListener(meterRegistry);
		TwilioClient client = this.server.clientBuilder().maxRetries(3).listener(new TwilioClientListener() {

			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				metricsListener.onRetry(context, reason, delay);
			}

			@Override
			public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
				metricsListener.onRetrySent(context, reason);
			}

		}).build();
		client.accounts().fetch();
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
	}

	@Test
	void retryThatTheClientsCloseCancelledAfterItsWaitIsNotCounted() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		AtomicReference<TwilioClient> client = new AtomicReference<>();
		AtomicBoolean waited = new AtomicBoolean();
		AtomicBoolean closed = new AtomicBoolean();
		// As an application context closes the client and Boot's HTTP client: a transport
		// whose pool was shut down refuses to send
		ClientHttpRequestFactory transport = new SimpleClientHttpRequestFactory();
		ClientHttpRequestFactory refusingOnceClosed = (uri, method) -> {
			if (closed.get()) {
				throw new IllegalStateException("Connection pool shut down");
			}
			return transport.createRequest(uri, method);
		};
		// The close comes right after the wait is over, when the client looks at the
		// clock for the retry's deadline
		Clock closingAfterTheWait = new Clock() {

			@Override
			public Instant instant() {
				if (waited.get() && closed.compareAndSet(false, true)) {
					client.get().close();
				}
				return Instant.now();
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				throw new UnsupportedOperationException();
			}

		};
		client.set(this.server.clientBuilder()
			.maxRetries(3)
			.requestFactory(refusingOnceClosed)
			.clock(closingAfterTheWait)
			.sleeper((delay) -> waited.set(true))
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.build());
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.get().accounts().fetch())
			.withMessageContaining("the client is closed, and the call was not sent again");
		assertThat(closed).isTrue();
		assertThat(this.server.requestCount()).isEqualTo(1);
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasHighCardinalityKeyValue("retries", "0");
		assertThat(meterRegistry.find("twilio.client.retries").counters()).isEmpty();
	}

	@Test
	void retryIsCountedOnceByTwoListenersOfOneRegistry() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(200, ACCOUNT_JSON));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.listener(new TwilioClientRetryMetricsListener(meterRegistry))
			.listener(TwilioClientListener.of(List.of(new TwilioClientObservationListener(this.observationRegistry),
					new TwilioClientRetryMetricsListener(meterRegistry))))
			.build();
		client.accounts().fetch();
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1);
	}

	@Test
	void listenersOfTwoRegistriesCountInEach() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(200, ACCOUNT_JSON));
		SimpleMeterRegistry first = new SimpleMeterRegistry();
		SimpleMeterRegistry second = new SimpleMeterRegistry();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.listener(new TwilioClientRetryMetricsListener(first))
			.listener(new TwilioClientRetryMetricsListener(second))
			.build();
		client.accounts().fetch();
		assertThat(first.get("twilio.client.retries").counter().count()).isEqualTo(1);
		assertThat(second.get("twilio.client.retries").counter().count()).isEqualTo(1);
	}

	@Test
	void retryIsCountedOnceByAListenerGivenTwice() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				Response.json(200, ACCOUNT_JSON));
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		TwilioClientRetryMetricsListener metricsListener = new TwilioClientRetryMetricsListener(meterRegistry);
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(3)
			.listener(metricsListener)
			.listener(metricsListener)
			.build();
		client.accounts().fetch();
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(meterRegistry.get("twilio.client.retries").tag("reason", "SERVER_ERROR").counter().count())
			.isEqualTo(1);
	}

	@Test
	void observesConnectionFailure() throws IOException {
		URI closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		TwilioClient client = TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.baseUrl(closedPort)
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.accounts().fetch());
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("status", "NONE")
			.hasLowCardinalityKeyValue("error.code", "none")
			.hasLowCardinalityKeyValue("outcome", "CONNECTION_ERROR")
			.hasLowCardinalityKeyValue("exception", "TwilioConnectionException")
			.doesNotHaveHighCardinalityKeyValueWithKey("request.id")
			.hasError();
	}

	@Test
	void customConventionReplacesTheDefault() {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		TwilioClientObservationConvention convention = new DefaultTwilioClientObservationConvention("acme.twilio") {

			@Override
			public KeyValues getLowCardinalityKeyValues(TwilioClientObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
			}

		};
		this.server.clientBuilder()
			.listener(new TwilioClientObservationListener(this.observationRegistry, convention))
			.build()
			.accounts()
			.fetch();
		assertThat(this.observationRegistry).hasObservationWithNameEqualTo("acme.twilio")
			.that()
			.hasLowCardinalityKeyValue("tenant", "acme")
			.hasLowCardinalityKeyValue("uri", "/2010-04-01/Accounts/{Sid}.json");
	}

	@Test
	void httpClientObservationOfEachAttemptNestsUnderTheTwilioObservation() {
		this.server.enqueue(Response.json(500, "{\"code\": 20500, \"message\": \"Oops\"}"),
				Response.json(200, ACCOUNT_JSON));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(this.observationRegistry))
			.maxRetries(1)
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.build()
			.accounts()
			.fetch();
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
			.forAllObservationsWithNameEqualTo("http.client.requests",
					(observation) -> observation.hasParentObservationContextMatching(
							(parent) -> parent instanceof TwilioClientObservationContext)
						.hasLowCardinalityKeyValue("uri", "/2010-04-01/Accounts/{Sid}.json"));
	}

	private TwilioClient client() {
		return this.server.clientBuilder()
			.listener(new TwilioClientObservationListener(this.observationRegistry))
			.build();
	}

}
