package dev.twiliospring.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClientListenerTests.RetryListener;
import dev.twiliospring.client.TwilioRequestContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for what a {@link TwilioClientListener} that throws does to a call of a
 * {@link TwilioClient}: nothing, but a warning in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioClientListenerFailureTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final String SID = "SMb7c0a2ce80504485a6f653a7110836f5";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void messageThatTwilioCreatedIsReturnedWhenAListenerThrowsAfterTheCall(CapturedOutput output) {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().listener(new ThrowingAfterCall()).build();
		JsonNode message = client.execute(createMessage(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo(SID);
		assertThat(this.server.requestCount()).isEqualTo(1);
		assertThat(output).contains("TwilioClientListener " + ThrowingAfterCall.class.getName()
				+ " threw in aroundRequest; the exception is ignored and changes nothing about the call")
			.contains("Metrics backend down")
			.doesNotContain(StubTwilioServer.AUTH_TOKEN);
	}

	@Test
	void messageThatTwilioCreatedIsReturnedWhenAnInnerListenerThrowsAfterTheCall() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		List<String> events = new ArrayList<>();
		TwilioClient client = this.server.clientBuilder()
			.listener(new RecordingAround("outer", events))
			.listener(new ThrowingAfterCall())
			.listener(new RecordingAround("inner", events))
			.build();
		JsonNode message = client.execute(createMessage(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo(SID);
		assertThat(events).containsExactly("outer:start", "inner:start", "inner:returned", "outer:returned");
	}

	@Test
	void failureOfTheCallIsThrownWhenAListenerThrowsInItsPlace() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(0).listener(new ThrowingAfterCall()).build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> client.execute(createMessage(), JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.mayHaveBeenProcessed()).isTrue();
			});
	}

	@Test
	void failureOfTheCallIsThrownWhenAListenerReturnsOverIt(CapturedOutput output) {
		this.server.enqueue(Response.json(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}"));
		TwilioClient client = this.server.clientBuilder().listener(new SwallowingFailure()).build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> client.execute(createMessage(), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21211));
		assertThat(output).contains("TwilioClientListener " + SwallowingFailure.class.getName()
				+ " returned from aroundRequest over the failure of the call, which is thrown");
	}

	@Test
	void callIsMadeWhenAListenerThrowsBeforeRunningIt() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		RecordingAround inner = new RecordingAround("inner", new ArrayList<>());
		TwilioClient client = this.server.clientBuilder().listener(new ThrowingBeforeCall()).listener(inner).build();
		JsonNode message = client.execute(createMessage(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo(SID);
		assertThat(inner.events).containsExactly("inner:start", "inner:returned");
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void callIsMadeOnceWhenAListenerRunsItTwice() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().listener(new RunningTwice()).build();
		JsonNode message = client.execute(createMessage(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo(SID);
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void retryIsSentAndOtherListenersToldOfItWhenAListenerThrowsInOnRetry(CapturedOutput output) {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.fixture(201, "message-queued.json"));
		RetryListener before = new RetryListener();
		RetryListener after = new RetryListener();
		TwilioClient client = this.server.clientBuilder()
			.maxRetries(1)
			.sleeper((delay) -> {
			})
			.listener(before)
			.listener(new ThrowingOnRetryEvents(true, false, false))
			.listener(after)
			.build();
		JsonNode message = client.execute(createMessage(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo(SID);
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(before.events).containsExactly("retry SERVER_ERROR retries=0", "sent SERVER_ERROR retries=1");
		assertThat(after.events).isEqualTo(before.events);
		assertThat(output).contains("TwilioClientListener " + ThrowingOnRetryEvents.class.getName()
				+ " threw in onRetry; the exception is ignored");
	}

	@Test
	void retryIsSentAndCountedWhenTheOnlyListenerThrowsInOnRetrySent() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.fixture(201, "message-queued.json"));
		ThrowingOnRetryEvents listener = new ThrowingOnRetryEvents(false, true, false);
		TwilioClient client = this.server.clientBuilder().maxRetries(1).sleeper((delay) -> {
		}).listener(listener).build();
		JsonNode message = client.execute(createMessage(), JsonNode.class);
		assertThat(message.get("sid").asString()).isEqualTo(SID);
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(listener.context.get().retries()).isEqualTo(1);
		assertThat(listener.context.get().outcome()).isEqualTo(Outcome.SUCCESS);
	}

	@Test
	void closeIsReportedAndOtherListenersToldOfTheAbandonedRetryWhenAListenerThrowsInOnRetryAbandoned() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"));
		RetryListener after = new RetryListener();
		AtomicReference<TwilioClient> client = new AtomicReference<>();
		client.set(this.server.clientBuilder()
			.maxRetries(1)
			.sleeper((delay) -> client.get().close())
			.listener(new ThrowingOnRetryEvents(false, false, true))
			.listener(after)
			.build());
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.get().execute(createMessage(), JsonNode.class))
			.withMessageContaining("the client is closed")
			.satisfies((ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue())
			.havingCause()
			.isInstanceOf(TwilioApiException.class);
		assertThat(after.events).containsExactly("retry SERVER_ERROR retries=0", "abandoned SERVER_ERROR retries=0");
	}

	@Test
	void checkedExceptionOfAListenerChangesNothingEither() {
		this.server.enqueue(Response.json(429, "{\"code\":20429}"), Response.fixture(201, "message-queued.json"));
		TwilioClient client = this.server.clientBuilder().maxRetries(1).sleeper((delay) -> {
		}).listener(new TwilioClientListener() {

			// As a listener written in Kotlin, which has no checked exceptions, may throw
			@Override
			public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
				TwilioClientListenerFailureTests.<RuntimeException>sneakyThrow(new IOException("Disk full"));
			}

		}).build();
		assertThat(client.execute(createMessage(), JsonNode.class).get("sid").asString()).isEqualTo(SID);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	private static TwilioRequest createMessage() {
		return TwilioRequest.post(TwilioDomain.API, MESSAGES).param("To", "+15558675310").build();
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> void sneakyThrow(Throwable ex) throws E {
		throw (E) ex;
	}

	static class ThrowingAfterCall implements TwilioClientListener {

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			// Such as a Micrometer handler of the application's that fails on stop
			try {
				execution.get();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Metrics backend down", ex);
			}
			throw new IllegalStateException("Metrics backend down");
		}

	}

	static class ThrowingBeforeCall implements TwilioClientListener {

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			throw new IllegalStateException("Tracer not ready");
		}

	}

	static class SwallowingFailure implements TwilioClientListener {

		@Override
		public <T extends @Nullable Object> @Nullable T aroundRequest(TwilioRequestContext context,
				Supplier<T> execution) {
			try {
				return execution.get();
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

	static class RunningTwice implements TwilioClientListener {

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			execution.get();
			return execution.get();
		}

	}

	record RecordingAround(String name, List<String> events) implements TwilioClientListener {

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			this.events.add(this.name + ":start");
			try {
				T result = execution.get();
				this.events.add(this.name + ":returned");
				return result;
			}
			catch (RuntimeException ex) {
				this.events.add(this.name + ":threw " + ex.getClass().getSimpleName());
				throw ex;
			}
		}

	}

	static class ThrowingOnRetryEvents implements TwilioClientListener {

		private final boolean onRetry;

		private final boolean onRetrySent;

		private final boolean onRetryAbandoned;

		final AtomicReference<TwilioRequestContext> context = new AtomicReference<>();

		ThrowingOnRetryEvents(boolean onRetry, boolean onRetrySent, boolean onRetryAbandoned) {
			this.onRetry = onRetry;
			this.onRetrySent = onRetrySent;
			this.onRetryAbandoned = onRetryAbandoned;
		}

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			this.context.set(context);
			return execution.get();
		}

		@Override
		public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
			if (this.onRetry) {
				throw new IllegalStateException("onRetry failed");
			}
		}

		@Override
		public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
			if (this.onRetrySent) {
				throw new IllegalStateException("onRetrySent failed");
			}
		}

		@Override
		public void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
			if (this.onRetryAbandoned) {
				throw new IllegalStateException("onRetryAbandoned failed");
			}
		}

	}

}
