package dev.twiliospring.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioRequestContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClientListener}.
 */
class TwilioClientListenerTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final String MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void wrapsAllAttemptsOfACallAndSeesItsResult() {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}"),
				Response.json(503, "{\"status\":503}"),
				Response.fixture(201, "message-queued.json").header("Twilio-Request-Id", "RQok"));
		RecordingListener listener = new RecordingListener();
		TwilioClient client = this.server.clientBuilder().maxRetries(2).listener(listener).build();
		client.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1").build(), JsonNode.class);
		assertThat(listener.events).containsExactly("around:start attempts=0", "retry RATE_LIMITED status=429 code=20429",
				"retry SERVER_ERROR status=503 code=null", "around:end");
		TwilioRequestContext context = listener.contexts.get(0);
		assertThat(context.domain()).isEqualTo(TwilioDomain.API);
		assertThat(context.method()).isEqualTo(HttpMethod.POST);
		assertThat(context.pathTemplate()).isEqualTo(MESSAGES);
		assertThat(context.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(context.attempts()).isEqualTo(3);
		assertThat(context.retries()).isEqualTo(2);
		assertThat(context.statusCode()).isEqualTo(201);
		assertThat(context.errorCode()).isNull();
		assertThat(context.requestId()).isEqualTo("RQok");
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(context.error()).isNull();
	}

	@Test
	void seesFailedCallWithTwilioErrorCode() {
		this.server.enqueue(Response.fixture(400, "error-classic.json"));
		RecordingListener listener = new RecordingListener();
		TwilioClient client = this.server.clientBuilder().listener(listener).build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client
			.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1555").build(), JsonNode.class));
		TwilioRequestContext context = listener.contexts.get(0);
		assertThat(listener.events).containsExactly("around:start attempts=0", "around:error TwilioApiException");
		assertThat(context.statusCode()).isEqualTo(400);
		assertThat(context.errorCode()).isEqualTo(21211);
		assertThat(context.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
		assertThat(context.retries()).isZero();
		assertThat(context.error()).isInstanceOf(TwilioApiException.class);
	}

	@Test
	void seesConnectionErrors() {
		this.server.enqueue(Response.disconnect(), Response.disconnect());
		RecordingListener listener = new RecordingListener();
		TwilioClient client = this.server.clientBuilder().maxRetries(1).listener(listener).build();
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client
			.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1").build(), JsonNode.class));
		assertThat(listener.events).containsExactly("around:start attempts=0",
				"retry CONNECTION_ERROR status=null code=null", "around:error TwilioConnectionException");
		assertThat(listener.contexts.get(0).outcome()).isEqualTo(Outcome.CONNECTION_ERROR);
	}

	@Test
	void seesUnreadableBodyAsErrorOfSuccessfulExchange() {
		this.server.enqueue(Response.json(200, "[1, 2]"));
		RecordingListener listener = new RecordingListener();
		TwilioClient client = this.server.clientBuilder().listener(listener).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client
			.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), Map.class));
		TwilioRequestContext context = listener.contexts.get(0);
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(context.statusCode()).isEqualTo(200);
		assertThat(context.error()).isInstanceOf(TwilioException.class)
			.hasMessageContaining("Could not read the response");
	}

	@Test
	void listenersWrapEachOtherInOrder() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		List<String> events = new ArrayList<>();
		TwilioClient client = this.server.clientBuilder()
			.listener(new NamedListener("outer", events))
			.listener(new NamedListener("inner", events))
			.build();
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class);
		assertThat(events).containsExactly("outer:start", "inner:start", "inner:end", "outer:end");
	}

	@Test
	void httpClientObservationNestsInListenerScopeAndIsTaggedWithTemplate() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		TestObservationRegistry registry = TestObservationRegistry.create();
		TwilioClientListener listener = new TwilioClientListener() {

			@Override
			public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
				return Observation.createNotStarted("twilio.client.requests", registry)
					.lowCardinalityKeyValue("path", context.pathTemplate())
					.observe(execution);
			}

		};
		TwilioClient client = this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.listener(listener)
			.build();
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE)
			.pathVariable("Sid", "SMb7c0a2ce80504485a6f653a7110836f5")
			.build(), JsonNode.class);
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", MESSAGE)
			.hasLowCardinalityKeyValue("status", "200")
			.hasParentObservationContextMatching((parent) -> parent.getName().equals("twilio.client.requests"));
	}

	@Test
	void isToldOfEachRetryOnceItIsSent() {
		this.server.enqueue(Response.json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}"),
				Response.json(503, "{\"status\":503}"), Response.fixture(201, "message-queued.json"));
		RetryListener listener = new RetryListener();
		TwilioClient client = this.server.clientBuilder().maxRetries(2).listener(listener).build();
		client.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1").build(), JsonNode.class);
		assertThat(listener.events).containsExactly("retry RATE_LIMITED retries=0", "sent RATE_LIMITED retries=1",
				"retry SERVER_ERROR retries=1", "sent SERVER_ERROR retries=2");
	}

	@Test
	void isToldOfARetryThatTheClientsCloseAbandoned() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"));
		RetryListener listener = new RetryListener();
		AtomicReference<TwilioClient> client = new AtomicReference<>();
		client.set(this.server.clientBuilder()
			.maxRetries(2)
			.sleeper((delay) -> client.get().close())
			.listener(listener)
			.build());
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.get()
			.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class))
			.withMessageContaining("the client is closed");
		assertThat(listener.events).containsExactly("retry SERVER_ERROR retries=0",
				"abandoned SERVER_ERROR retries=0");
	}

	@Test
	void isToldOfARetryThatAnInterruptAbandoned() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"));
		RetryListener listener = new RetryListener();
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper((delay) -> {
			throw new InterruptedException();
		}).listener(listener).build();
		try {
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.execute(
					TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class))
				.withMessageStartingWith("Interrupted while waiting to retry");
		}
		finally {
			Thread.interrupted();
		}
		assertThat(listener.events).containsExactly("retry SERVER_ERROR retries=0",
				"abandoned SERVER_ERROR retries=0");
	}

	@Test
	void isToldOfARetryThatAFailingSleeperAbandoned() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"));
		RetryListener listener = new RetryListener();
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper((delay) -> {
			throw new IllegalStateException("Scheduler shut down");
		}).listener(listener).build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.execute(
					TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class))
			.withMessageStartingWith("Could not wait before retrying GET")
			.withMessageEndingWith(": the sleeper threw java.lang.IllegalStateException, and the call was not sent again")
			.satisfies((ex) -> {
				assertThat(ex.mayHaveBeenProcessed()).isTrue();
				assertThat(ex.getSuppressed()).singleElement()
					.satisfies((suppressed) -> assertThat(suppressed).hasMessage("Scheduler shut down"));
			})
			.havingCause()
			.isInstanceOfSatisfying(TwilioApiException.class, (cause) -> assertThat(cause.getStatusCode()).isEqualTo(503));
		assertThat(listener.events).containsExactly("retry SERVER_ERROR retries=0",
				"abandoned SERVER_ERROR retries=0");
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void isToldOfARetryThatASleeperThrowingACheckedExceptionAbandoned() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"));
		RetryListener listener = new RetryListener();
		// As a sleeper written in Kotlin, which has no checked exceptions, may throw
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(2)
			.sleeper((delay) -> TwilioClientListenerTests.<RuntimeException>sneakyThrow(new IOException("Timer gone")))
			.listener(listener)
			.build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.execute(
					TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class))
			.withMessageEndingWith(": the sleeper threw java.io.IOException, and the call was not sent again")
			.satisfies((ex) -> assertThat(ex.getSuppressed()).singleElement()
				.satisfies((suppressed) -> assertThat(suppressed).isInstanceOf(IOException.class)
					.hasMessage("Timer gone")))
			.withCauseInstanceOf(TwilioApiException.class);
		assertThat(listener.events).containsExactly("retry SERVER_ERROR retries=0",
				"abandoned SERVER_ERROR retries=0");
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void failingSleeperReportsTheCallNotProcessedWhenTheFailureItWasToBeRetriedForWasNot() {
		this.server.enqueue(Response.json(429, "{\"code\":20429}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(2).sleeper((delay) -> {
			throw new IllegalStateException("Scheduler shut down");
		}).build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.execute(TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+1").build(),
					JsonNode.class))
			.withMessageStartingWith("Could not wait before retrying POST")
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse())
			.withCauseInstanceOf(TwilioApiException.class);
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> void sneakyThrow(Throwable ex) throws E {
		throw (E) ex;
	}

	@Test
	void isToldOfARetryThatTheDeadlinePassedDuringItsWaitAbandoned() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.fixture(200, "message.json"));
		RetryListener listener = new RetryListener();
		TwilioClientRetryTests.MutableClock clock = new TwilioClientRetryTests.MutableClock(
				Instant.parse("2025-05-01T10:00:00Z"));
		// A wait that overruns the deadline, as a paused process's does
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(2)
			.retryDeadline(Duration.ofSeconds(10))
			.clock(clock)
			.sleeper((delay) -> clock.advance(Duration.ofSeconds(11)))
			.listener(listener)
			.build();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.execute(
					TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class))
			.withMessageEndingWith(": the retry deadline of 10 s passed during the wait, and the call was not sent again")
			.withCauseInstanceOf(TwilioApiException.class);
		assertThat(listener.events).containsExactly("retry SERVER_ERROR retries=0",
				"abandoned SERVER_ERROR retries=0");
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void listenerGivenTwiceIsCalledOnce() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.fixture(200, "message.json"));
		List<String> events = new ArrayList<>();
		RetryListener retries = new RetryListener();
		NamedListener named = new NamedListener("named", events);
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.listener(named)
			.listener(retries)
			.listener(TwilioClientListener.of(List.of(retries, named)))
			.listener(named)
			.build();
		client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGE).pathVariable("Sid", "SM1").build(), JsonNode.class);
		assertThat(events).containsExactly("named:start", "named:end");
		assertThat(retries.events).containsExactly("retry SERVER_ERROR retries=0", "sent SERVER_ERROR retries=1");
	}

	@Test
	void compositeOfNoListenersDoesNothing() {
		assertThat(TwilioClientListener.of(List.of())).isSameAs(TwilioClientListener.NONE);
		TwilioClientListener single = new TwilioClientListener() {
		};
		assertThat(TwilioClientListener.of(List.of(single))).isSameAs(single);
	}

	static class RecordingListener implements TwilioClientListener {

		final List<String> events = new ArrayList<>();

		final List<TwilioRequestContext> contexts = new ArrayList<>();

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			this.contexts.add(context);
			this.events.add("around:start attempts=" + context.attempts());
			try {
				T result = execution.get();
				this.events.add("around:end");
				return result;
			}
			catch (RuntimeException ex) {
				this.events.add("around:error " + ex.getClass().getSimpleName());
				throw ex;
			}
		}

		@Override
		public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
			this.events.add("retry " + reason + " status=" + context.statusCode() + " code=" + context.errorCode());
		}

	}

	static class RetryListener implements TwilioClientListener {

		final List<String> events = new ArrayList<>();

		@Override
		public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
			this.events.add("retry " + reason + " retries=" + context.retries());
		}

		@Override
		public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
			this.events.add("sent " + reason + " retries=" + context.retries());
		}

		@Override
		public void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
			this.events.add("abandoned " + reason + " retries=" + context.retries());
		}

	}

	record NamedListener(String name, List<String> events) implements TwilioClientListener {

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			this.events.add(this.name + ":start");
			T result = execution.get();
			this.events.add(this.name + ":end");
			return result;
		}

	}

}
