package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the deduplication of retried webhooks by {@link TwilioWebhookFilter} when a
 * handler runs longer than the deduplication time to live.
 */
class TwilioWebhookFilterDeduplicationTests {

	private static final String URL = "http://localhost/twilio/sms";

	private static final Duration TTL = Duration.ofMinutes(1);

	private final InMemoryWebhookDeduplicationStoreTests.MutableClock clock = new InMemoryWebhookDeduplicationStoreTests.MutableClock();

	private final InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10, this.clock);

	private final AtomicInteger invocations = new AtomicInteger();

	private final CountDownLatch firstStarted = new CountDownLatch(1);

	private final CountDownLatch firstMayFinish = new CountDownLatch(1);

	private final CountDownLatch othersMayFinish = new CountDownLatch(1);

	@Test
	void retryOfAHandlerThatOutlivesTheTtlDoesNotRunItAgainAndGetsItsResponse() throws Exception {
		TwilioWebhookFilter filter = filter();
		FutureTask<MockHttpServletResponse> first = onAnotherThread(filter, "first", 200);
		assertThat(this.firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
		this.clock.advance(TTL.multipliedBy(2));
		FutureTask<MockHttpServletResponse> second = onAnotherThread(filter, "second", 200);
		// Without a response within the wait, the second is either refused or running
		waitUntilDoneOrRunning(second, 2);
		this.firstMayFinish.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS).getContentAsString()).isEqualTo("first");
		this.othersMayFinish.countDown();
		MockHttpServletResponse secondResponse = second.get(30, TimeUnit.SECONDS);
		MockHttpServletResponse third = new MockHttpServletResponse();
		filter.doFilter(attempt("third"), third, handler(200));
		assertThat(this.invocations).hasValue(1);
		assertThat(third.getContentAsString()).isEqualTo("first");
		assertThat(secondResponse.getStatus()).isEqualTo(409);
		assertThat(secondResponse.getContentAsString()).contains("\"reason\":\"duplicate-in-progress\"");
	}

	@Test
	void failureOfAHandlerThatOutlivesTheTtlLetsOnlyOneLaterRetryRunIt() throws Exception {
		TwilioWebhookFilter filter = filter();
		FutureTask<MockHttpServletResponse> first = onAnotherThread(filter, "first", 503);
		assertThat(this.firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
		this.clock.advance(TTL.multipliedBy(2));
		FutureTask<MockHttpServletResponse> second = onAnotherThread(filter, "second", 200);
		waitUntilDoneOrRunning(second, 2);
		this.firstMayFinish.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(503);
		FutureTask<MockHttpServletResponse> third = onAnotherThread(filter, "third", 200);
		waitUntilDoneOrRunning(third, this.invocations.get() + 1);
		this.othersMayFinish.countDown();
		MockHttpServletResponse secondResponse = second.get(30, TimeUnit.SECONDS);
		MockHttpServletResponse thirdResponse = third.get(30, TimeUnit.SECONDS);
		MockHttpServletResponse fourthResponse = onAnotherThread(filter, "fourth", 200).get(30, TimeUnit.SECONDS);
		// The first failed: exactly one retry runs the handler again, and later ones get its
		// response
		assertThat(this.invocations).hasValue(2);
		assertThat(secondResponse.getStatus()).isEqualTo(409);
		assertThat(thirdResponse.getContentAsString()).isEqualTo("third");
		assertThat(fourthResponse.getContentAsString()).isEqualTo("third");
	}

	@Test
	void retryOfAHandlerThatHangsPastTheHoldLimitRunsItAgainAndKeepsItsResponse() throws Exception {
		TwilioWebhookFilter filter = filter();
		FutureTask<MockHttpServletResponse> first = onAnotherThread(filter, "first", 200);
		assertThat(this.firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
		this.clock.advance(InMemoryWebhookDeduplicationStore.DEFAULT_MAX_CLAIM_HOLD);
		this.othersMayFinish.countDown();
		MockHttpServletResponse second = onAnotherThread(filter, "second", 200).get(30, TimeUnit.SECONDS);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo("second");
		// The hung handler returns at last, and leaves the retry's response alone
		this.firstMayFinish.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS).getContentAsString()).isEqualTo("first");
		MockHttpServletResponse third = new MockHttpServletResponse();
		filter.doFilter(attempt("third"), third, handler(200));
		assertThat(third.getContentAsString()).isEqualTo("second");
		assertThat(this.invocations).hasValue(2);
	}

	@Test
	void requestWhoseClaimASharedStoreLetExpireNeitherFreesNorOverwritesTheRetrysClaim() throws Exception {
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationStore(new ExpiringClaimsStore(this.clock));
		FutureTask<MockHttpServletResponse> first = onAnotherThread(filter, "first", 503);
		assertThat(this.firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
		// A shared store cannot tell a slow holder from a dead one: the retry takes over
		this.clock.advance(TTL.multipliedBy(2));
		FutureTask<MockHttpServletResponse> second = onAnotherThread(filter, "second", 200);
		waitUntilDoneOrRunning(second, 2);
		this.firstMayFinish.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(503);
		FutureTask<MockHttpServletResponse> third = onAnotherThread(filter, "third", 200);
		waitUntilDoneOrRunning(third, 3);
		this.othersMayFinish.countDown();
		MockHttpServletResponse secondResponse = second.get(30, TimeUnit.SECONDS);
		MockHttpServletResponse thirdResponse = third.get(30, TimeUnit.SECONDS);
		assertThat(this.invocations).hasValue(2);
		assertThat(thirdResponse.getStatus()).isEqualTo(409);
		assertThat(secondResponse.getContentAsString()).isEqualTo("second");
		MockHttpServletResponse fourth = new MockHttpServletResponse();
		filter.doFilter(attempt("fourth"), fourth, handler(200));
		assertThat(fourth.getContentAsString()).isEqualTo("second");
	}

	@Test
	void asynchronousRequestThatTimedOutNeitherFreesNorOverwritesTheClaimOfTheRetryThatFollowed() throws Exception {
		TwilioWebhookFilter filter = filter();
		FilterChain startsAsync = (req, res) -> {
			this.invocations.incrementAndGet();
			req.startAsync(req, res);
		};
		MockHttpServletRequest first = asynchronous(attempt("first"));
		filter.doFilter(first, new MockHttpServletResponse(), startsAsync);
		MockAsyncContext firstContext = (MockAsyncContext) first.getAsyncContext();
		for (AsyncListener listener : firstContext.getListeners()) {
			listener.onTimeout(new AsyncEvent(firstContext));
		}
		MockHttpServletRequest second = asynchronous(attempt("second"));
		filter.doFilter(second, new MockHttpServletResponse(), startsAsync);
		// The container ends the first request after its time out, while the second runs
		firstContext.complete();
		MockHttpServletResponse third = new MockHttpServletResponse();
		filter.doFilter(attempt("third"), third, handler(200));
		assertThat(this.invocations).hasValue(2);
		assertThat(third.getStatus()).isEqualTo(409);
		second.getAsyncContext().getResponse().getWriter().write("second");
		second.getAsyncContext().complete();
		MockHttpServletResponse fourth = new MockHttpServletResponse();
		filter.doFilter(attempt("fourth"), fourth, handler(200));
		assertThat(fourth.getContentAsString()).isEqualTo("second");
		assertThat(this.invocations).hasValue(2);
	}

	@Test
	void asynchronousRequestWhoseResponseTheStoreFailedToRecordGivesUpItsClaim() throws Exception {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10, this.clock) {

			@Override
			public void complete(String key, Claim claim, RecordedWebhookResponse response, Duration ttl) {
				throw new IllegalStateException("Store unavailable");
			}

		};
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationStore(store);
		MockHttpServletRequest first = asynchronous(attempt("first"));
		filter.doFilter(first, new MockHttpServletResponse(), (req, res) -> req.startAsync(req, res));
		assertThat(store.size()).isOne();
		MockAsyncContext context = (MockAsyncContext) first.getAsyncContext();
		assertThatIllegalStateException().isThrownBy(context::complete);
		// Kept, the claim would answer every retry with 409 until the application stops
		assertThat(store.size()).isZero();
	}

	@Test
	void storeOfTheApplicationIsCompletedAndReleasedWithTheClaimItGave() throws Exception {
		RecordingStore store = new RecordingStore();
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationStore(store);
		this.firstMayFinish.countDown();
		this.othersMayFinish.countDown();
		MockHttpServletResponse failed = new MockHttpServletResponse();
		filter.doFilter(attempt("first"), failed, handler(503));
		assertThat(store.calls).containsExactly("claim owner-1", "release owner-1");
		MockHttpServletResponse answered = new MockHttpServletResponse();
		filter.doFilter(attempt("second"), answered, handler(200));
		MockHttpServletResponse replayed = new MockHttpServletResponse();
		filter.doFilter(attempt("third"), replayed, handler(200));
		assertThat(store.calls).containsExactly("claim owner-1", "release owner-1", "claim owner-2",
				"complete owner-2", "claim");
		assertThat(replayed.getStatus()).isEqualTo(200);
		assertThat(replayed.getContentAsString()).isEqualTo("second");
		assertThat(this.invocations).hasValue(2);
	}

	private static MockHttpServletRequest asynchronous(MockHttpServletRequest request) {
		request.setAsyncSupported(true);
		return request;
	}

	private void waitUntilDoneOrRunning(FutureTask<?> task, int invocations) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!task.isDone() && this.invocations.get() < invocations && System.nanoTime() - deadline < 0) {
			Thread.sleep(1);
		}
	}

	private FutureTask<MockHttpServletResponse> onAnotherThread(TwilioWebhookFilter filter, String attempt,
			int status) {
		FutureTask<MockHttpServletResponse> task = new FutureTask<>(() -> {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(attempt(attempt), response, handler(status));
			return response;
		});
		Thread thread = new Thread(task, "webhook-" + attempt);
		thread.setDaemon(true);
		thread.start();
		return task;
	}

	/**
	 * The handler: the first attempt holds on until {@link #firstMayFinish}, the others
	 * until {@link #othersMayFinish}, and each answers with the name of its attempt.
	 */
	private FilterChain handler(int status) {
		return (req, res) -> {
			this.invocations.incrementAndGet();
			String attempt = ((HttpServletRequest) req).getHeader("X-Attempt");
			try {
				if ("first".equals(attempt)) {
					this.firstStarted.countDown();
					this.firstMayFinish.await(30, TimeUnit.SECONDS);
				}
				else {
					this.othersMayFinish.await(30, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			HttpServletResponse response = (HttpServletResponse) res;
			response.setStatus(status);
			response.setContentType("text/plain");
			response.getWriter().write(attempt);
		};
	}

	@Test
	void retryIsReplayedWhenTheTtlIsBeyondTheLastInstant() throws Exception {
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationTtl(Duration.ofSeconds(Long.MAX_VALUE));
		this.firstMayFinish.countDown();
		this.othersMayFinish.countDown();
		MockHttpServletResponse first = new MockHttpServletResponse();
		filter.doFilter(attempt("first"), first, handler(200));
		MockHttpServletResponse second = new MockHttpServletResponse();
		filter.doFilter(attempt("second"), second, handler(200));
		assertThat(first.getContentAsString()).isEqualTo("first");
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo("first");
		assertThat(this.invocations).hasValue(1);
	}

	private TwilioWebhookFilter filter() {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(
				new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")), new DefaultWebhookUrlResolver(),
				TwilioSignatureValidator.of("token"));
		filter.setDeduplicationStore(this.store);
		filter.setDeduplicationTtl(TTL);
		filter.setDeduplicationWait(Duration.ZERO);
		return filter;
	}

	/**
	 * A store that behaves as the javadoc of {@link WebhookDeduplicationStore} asks of a
	 * shared one: claims with an owner that expire with their time to live, completed and
	 * released only by their owner.
	 */
	private static final class ExpiringClaimsStore implements WebhookDeduplicationStore {

		private final Clock clock;

		private final Map<String, Claim> claims = new HashMap<>();

		private final Map<String, Instant> claimExpiries = new HashMap<>();

		private final Map<String, RecordedWebhookResponse> responses = new HashMap<>();

		private int lastOwner;

		ExpiringClaimsStore(Clock clock) {
			this.clock = clock;
		}

		@Override
		public synchronized Claim claim(String key, Duration ttl, Duration maxWait) {
			RecordedWebhookResponse response = this.responses.get(key);
			if (response != null) {
				return Claim.completed(response);
			}
			Instant expiry = this.claimExpiries.get(key);
			if (expiry != null && this.clock.instant().isBefore(expiry)) {
				return Claim.inProgress();
			}
			Claim claim = Claim.acquired("owner-" + (++this.lastOwner));
			this.claims.put(key, claim);
			this.claimExpiries.put(key, this.clock.instant().plus(ttl));
			return claim;
		}

		@Override
		public synchronized void complete(String key, Claim claim, RecordedWebhookResponse response, Duration ttl) {
			if (claim.equals(this.claims.get(key))) {
				forget(key);
				this.responses.put(key, response);
			}
		}

		@Override
		public synchronized void release(String key, Claim claim) {
			if (claim.equals(this.claims.get(key))) {
				forget(key);
			}
		}

		private void forget(String key) {
			this.claims.remove(key);
			this.claimExpiries.remove(key);
		}

	}

	/**
	 * A store that records which of its methods the filter calls, and with the owner of
	 * which claim.
	 */
	private static final class RecordingStore implements WebhookDeduplicationStore {

		private final Map<String, RecordedWebhookResponse> responses = new HashMap<>();

		private final List<String> calls = new CopyOnWriteArrayList<>();

		private int lastOwner;

		@Override
		public synchronized Claim claim(String key, Duration ttl, Duration maxWait) {
			RecordedWebhookResponse response = this.responses.get(key);
			if (response != null) {
				this.calls.add("claim");
				return Claim.completed(response);
			}
			Claim claim = Claim.acquired("owner-" + (++this.lastOwner));
			this.calls.add("claim " + claim.owner());
			return claim;
		}

		@Override
		public synchronized void complete(String key, Claim claim, RecordedWebhookResponse response, Duration ttl) {
			this.calls.add("complete " + claim.owner());
			this.responses.put(key, response);
		}

		@Override
		public synchronized void release(String key, Claim claim) {
			this.calls.add("release " + claim.owner());
		}

	}

	private static MockHttpServletRequest attempt(String name) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/sms");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("Body=hi".getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER,
				TwilioSignatureValidator.computeSignature("token", URL, Map.of("Body", List.of("hi"))));
		request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok");
		request.addHeader("X-Attempt", name);
		return request;
	}

}
