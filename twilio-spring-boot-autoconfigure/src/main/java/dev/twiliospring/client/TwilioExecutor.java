package dev.twiliospring.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.log.LogMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import dev.twiliospring.client.TwilioRequestContext.Outcome;

/**
 * Sends {@link TwilioRequest}s: URI expansion, headers, form body, retries, listener and
 * logging. Shared by a client and its {@link TwilioClient#forAccount subaccount views};
 * a client {@link TwilioClient#withAuthToken derived with other credentials} has a
 * {@link #withAuthorization copy} that shares everything else.
 * <p>
 * Retries are a small loop rather than Spring Framework's {@code RetryTemplate} because
 * its {@code BackOff} never sees the failure (so no per-response {@code Retry-After}) and
 * it calls {@code Thread.sleep} itself (so waiting cannot be replaced in tests).
 * <p>
 * The transport follows no redirect: it would carry the credentials along. A reader that
 * {@link BodyReader#followsRedirects() downloads a file} has the redirect that answers
 * its {@code GET} followed here instead, as Twilio's media and recording URLs need, to a
 * short-lived signed link on another host: through the same transport, so that proxies,
 * TLS settings and timeouts apply, but without the credentials or any other header of
 * Twilio's, and not observed, since Spring's observation would record the link, and its
 * signature, as the {@code http.url}.
 */
final class TwilioExecutor {

	static final String IDEMPOTENCY_TOKEN_HEADER = "I-Twilio-Idempotency-Token";

	private static final String[] OWN_HEADERS = { HttpHeaders.AUTHORIZATION, HttpHeaders.USER_AGENT,
			HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, IDEMPOTENCY_TOKEN_HEADER };

	private static final Log logger = LogFactory.getLog(TwilioClient.class);

	private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED;

	/**
	 * The request attribute in which {@link RestClient} keeps the URI template for the
	 * {@code uri} tag of its observations.
	 */
	static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	/**
	 * The request this thread is sending, for {@link #writeHeaders}.
	 */
	private static final ThreadLocal<@Nullable PreparedRequest> SENDING = new ThreadLocal<>();

	private static final String FILE_LINK_ATTRIBUTE = TwilioExecutor.class.getName() + ".FILE_LINK";

	/** The headers of a download, in lower case: nothing of Twilio's. */
	private static final Set<String> DOWNLOAD_HEADERS = Set.of("user-agent", "accept");

	private static final long MAX_PRESIZED_BODY = 16 * 1024 * 1024;

	/**
	 * The most redirects a download follows: Twilio's lead to the file at once.
	 */
	static final int MAX_REDIRECTS = 3;

	private static final DateTimeFormatter ASCTIME_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("MMM d HH:mm:ss uuuu")
		.toFormatter(Locale.US);

	private final RestClient restClient;

	/**
	 * Fetches the file a download was redirected to.
	 */
	private final RestClient downloadClient;

	private final TwilioHosts hosts;

	private final String authorization;

	private final String userAgent;

	private final RetrySettings retry;

	private final TwilioClientListener listener;

	private final Sleeper sleeper;

	/**
	 * The source of the backoff's and the Retry-After jitter's randomness, or
	 * {@code null} for the calling thread's {@link ThreadLocalRandom}.
	 */
	private final @Nullable RandomGenerator random;

	private final Clock clock;

	/**
	 * What a failure to trust the certificate that the client was shown has added to its
	 * message, which names what was not trusted only as "requested target".
	 */
	private static final String UNTRUSTED_CERTIFICATE = "; the certificate that the host, or a proxy that "
			+ "inspects TLS, presented is issued by no CA that the client trusts: trust that CA with an SSL bundle "
			+ "named in twilio.ssl.bundle under Spring Boot, with TwilioClient.Builder.sslContext(...), or in the "
			+ "JVM's trust store (javax.net.ssl.trustStore)";

	private final TwilioErrors errors;

	private final long maxResponseSize;

	private volatile @Nullable ParsedUrl lastUrl;

	private volatile @Nullable Target lastTarget;

	private List<AutoCloseable> owned = List.of();

	/**
	 * The calls under way, which keep the owned resources open until they end.
	 */
	private final AtomicInteger calls = new AtomicInteger();

	/**
	 * Released by {@link #close()}: whether the client is closed, and what the waits
	 * between retries wait on.
	 */
	private final CountDownLatch closing = new CountDownLatch(1);

	/**
	 * The executor that owns the transport and counts the calls under way: this one, or
	 * the one that a copy with other credentials was made from.
	 */
	private final TwilioExecutor root;

	TwilioExecutor(RestClient restClient, TwilioHosts hosts, String authorization, String userAgent,
			RetrySettings retry, TwilioClientListener listener, Sleeper sleeper, @Nullable RandomGenerator random,
			Clock clock, TwilioErrors errors, long maxResponseSize) {
		// A shared builder's default headers would go out beside the client's own: another
		// API's Authorization among them
		this.restClient = restClient.mutate()
			.defaultHeaders(TwilioExecutor::removeOwnHeaders)
			.requestInitializer(this::writeHeaders)
			.build();
		// Nothing of a shared builder's defaults goes to the host of a signed link: no
		// interceptor or initializer sees the link (which is the credential to the file)
		// or adds a header, no observation records it, and the last interceptor sends
		// exactly the link with the download's own headers, whatever a default request
		// or an API version inserter did to them
		this.downloadClient = restClient.mutate()
			.defaultHeaders(HttpHeaders::clear)
			.defaultCookies(MultiValueMap::clear)
			.requestInitializers(List::clear)
			.requestInterceptors((interceptors) -> {
				interceptors.clear();
				interceptors.add(TwilioExecutor::sendAsDownload);
			})
			.observationRegistry(ObservationRegistry.NOOP)
			.build();
		this.hosts = hosts;
		this.authorization = authorization;
		this.userAgent = userAgent;
		this.retry = retry;
		this.listener = listener;
		this.sleeper = sleeper;
		this.random = random;
		this.clock = clock;
		this.errors = errors;
		this.maxResponseSize = maxResponseSize;
		this.root = this;
	}

	private TwilioExecutor(TwilioExecutor source, String authorization) {
		this.restClient = source.restClient;
		this.downloadClient = source.downloadClient;
		this.hosts = source.hosts;
		this.authorization = authorization;
		this.userAgent = source.userAgent;
		this.retry = source.retry;
		this.listener = source.listener;
		this.sleeper = source.sleeper;
		this.random = source.random;
		this.clock = source.clock;
		this.errors = source.errors.withAuthorization(authorization);
		this.maxResponseSize = source.maxResponseSize;
		this.root = source.root;
	}

	/**
	 * Return an executor that signs with other credentials and shares everything else
	 * with this one: its calls keep the transport open as this one's do, and it is never
	 * closed itself.
	 * @param authorization the {@code Authorization} header to send
	 * @return the executor
	 */
	TwilioExecutor withAuthorization(String authorization) {
		return new TwilioExecutor(this, authorization);
	}

	/**
	 * Whether this executor signs with an API key: the user name of its basic
	 * credentials is then the key's SID, {@code SK...}, where an auth token's is the
	 * account's, {@code AC...}.
	 */
	boolean signsWithApiKey() {
		String credentials = this.authorization.substring("Basic ".length());
		byte[] decoded = Base64.getDecoder().decode(credentials);
		return new String(decoded, StandardCharsets.UTF_8).startsWith("SK");
	}

	TwilioHosts hosts() {
		return this.hosts;
	}

	/**
	 * Take the resources to close when the client is closed.
	 */
	void closeWith(List<AutoCloseable> resources) {
		this.owned = List.copyOf(resources);
	}

	/**
	 * Close the resources the client owns once no call is under way, without waiting for
	 * one: a transport such as Apache HttpClient would otherwise end the calls that other
	 * threads still make as the application context closes. Further calls close nothing.
	 */
	void close() {
		this.closing.countDown();
		if (this.calls.get() == 0) {
			closeOwned();
		}
	}

	private void closeOwned() {
		List<AutoCloseable> resources;
		synchronized (this) {
			resources = this.owned;
			this.owned = List.of();
		}
		for (AutoCloseable resource : resources) {
			try {
				resource.close();
			}
			catch (Exception ex) {
				// As Spring logs a bean that fails to be destroyed: a transport left open can
				// keep connections and threads, with the stack trace only at DEBUG
				if (logger.isDebugEnabled()) {
					logger.warn("Could not close the transport of a Twilio client", ex);
				}
				else {
					logger.warn("Could not close the transport of a Twilio client: " + ex);
				}
			}
		}
	}

	/**
	 * Close a request factory that a client created, as Spring would close it as a bean.
	 */
	static void closeRequestFactory(ClientHttpRequestFactory requestFactory) throws Exception {
		if (requestFactory instanceof DisposableBean disposable) {
			disposable.destroy();
		}
		else if (requestFactory instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	/**
	 * Execute one logical call, retrying as configured, inside the listener.
	 * @param <T> the body type
	 * @param request the request
	 * @param accountSid the account SID for {@code {AccountSid}}
	 * @param reader maps a successful response
	 * @return the mapped response
	 */
	<T extends @Nullable Object> TwilioResponse<T> execute(TwilioRequest request, String accountSid,
			BodyReader<T> reader) {
		return execute(request, accountSid, reader, false);
	}

	/**
	 * Execute one logical call, retrying as configured, inside the listener.
	 * @param <T> the body type
	 * @param request the request
	 * @param accountSid the account SID for {@code {AccountSid}}
	 * @param reader maps the response
	 * @param errorsAsResponses whether an error status that is not retried (any more) is
	 * returned, read by the reader, instead of thrown
	 * @return the mapped response
	 */
	<T extends @Nullable Object> TwilioResponse<T> execute(TwilioRequest request, String accountSid,
			BodyReader<T> reader, boolean errorsAsResponses) {
		TwilioRequestContext context = new TwilioRequestContext(request, accountSid);
		TwilioExecutor root = this.root;
		root.calls.incrementAndGet();
		try {
			return ListenerInvocations.aroundRequest(this.listener, context,
					new ListenerInvocations.Execution<TwilioResponse<T>>() {

						@Override
						TwilioResponse<T> run() {
							return executeWithRetries(context, reader, errorsAsResponses);
						}

					});
		}
		finally {
			if (root.calls.decrementAndGet() == 0 && root.isClosed()) {
				root.closeOwned();
			}
		}
	}

	private <T extends @Nullable Object> TwilioResponse<T> executeWithRetries(TwilioRequestContext context,
			BodyReader<T> reader, boolean errorsAsResponses) {
		PreparedRequest prepared = prepare(context.request(), context.accountSid());
		Instant deadline = plus(this.clock.instant(), this.retry.deadline());
		List<TwilioException> failures = new ArrayList<>();
		boolean mayHaveBeenProcessed = false;
		@Nullable PendingRetry retrying = null;
		while (true) {
			if (Thread.currentThread().isInterrupted()) {
				if (retrying != null) {
					failures.add(retrying.failure());
					ListenerInvocations.onRetryAbandoned(this.listener, context, retrying.reason());
				}
				// Such as a job's worker after shutdownNow(): nothing goes out, so only what
				// an earlier attempt did decides whether the call may have been carried out
				TwilioException interrupted = interrupted(context,
						"Interrupted before sending " + prepared.description() + "; it was not sent",
						new InterruptedException(), failures);
				interrupted.setMayHaveBeenProcessed(mayHaveBeenProcessed);
				throw interrupted;
			}
			AttemptDeadline attemptDeadline = attemptDeadline(deadline);
			if (retrying != null) {
				if (this.root.isClosed()) {
					// Closed after the wait was over: the retry is not sent, as it would not
					// have been a moment earlier, nor counted
					ListenerInvocations.onRetryAbandoned(this.listener, context, retrying.reason());
					throw closedBeforeRetry(context, prepared, retrying.failure(), failures);
				}
				if (!this.retry.deadline().isZero() && !this.clock.instant().isBefore(deadline)) {
					// The wait ran past the deadline (a sleeper of the application's, a paused
					// process): nothing is sent after it, whatever the transport
					ListenerInvocations.onRetryAbandoned(this.listener, context, retrying.reason());
					throw deadlineBeforeRetry(context, prepared, retrying.failure(), failures);
				}
				failures.add(retrying.failure());
			}
			context.recordAttempt();
			if (retrying != null) {
				ListenerInvocations.onRetrySent(this.listener, context, retrying.reason());
			}
			RawResponse response;
			try {
				response = send(prepared, context.attempts(), attemptDeadline, context.request(), reader);
				if (reader.followsRedirects() && prepared.method() == HttpMethod.GET
						&& isFollowed(response.statusCode())) {
					// Part of the attempt: a link lost with its answer is asked of Twilio again,
					// as a signed link may have expired by the time of a retry
					response = download(prepared, response, context.attempts(), attemptDeadline);
				}
			}
			catch (TwilioConnectionException ex) {
				context.recordResult(ex.isTimeout() ? Outcome.TIMEOUT : Outcome.CONNECTION_ERROR, null, null, null, ex);
				// A request that was never sent cannot have deleted or created anything
				mayHaveBeenProcessed |= !isNeverSent(prepared.method(), ex.getCause());
				ex.setMayHaveBeenProcessed(mayHaveBeenProcessed);
				if (Thread.currentThread().isInterrupted()) {
					// The interrupt itself ended the transport's wait: nothing was lost that a
					// retry should make up for
					throw interrupted(context, "Interrupted during " + prepared.description(), ex, failures);
				}
				// Twilio may have acted on a request whose answer was lost (a reset or a read
				// timeout alike); a POST is sent again with the same idempotency token, which
				// the caller learns of through mayHaveBeenProcessed() if the call fails.
				TwilioRetryReason reason = ex.isTimeout() ? TwilioRetryReason.TIMEOUT
						: TwilioRetryReason.CONNECTION_ERROR;
				Duration delay = (ex.getCause() instanceof AttemptDeadline.Exceeded) ? null
						: retryDecision(prepared, context.attempts(), null, deadline).delay();
				retrying = awaitRetryOrThrow(context, prepared, ex, reason, delay, failures);
				continue;
			}
			catch (UnreadableAnswerException ex) {
				context.recordResult(Outcome.UNKNOWN, ex.statusCode, null, ex.requestId, ex);
				ex.setMayHaveBeenProcessed(mayHaveBeenProcessed || ex.statusCode < 400 || ex.statusCode >= 500);
				failures.forEach(ex::addSuppressed);
				throw ex;
			}
			catch (RuntimeException ex) {
				RuntimeException failure = (ex instanceof IllegalStateException && this.root.isClosed())
						? closedTransport(prepared, ex) : ex;
				context.recordResult(Outcome.UNKNOWN, null, null, null, failure);
				if (failure instanceof TwilioException twilioFailure) {
					twilioFailure.setMayHaveBeenProcessed(mayHaveBeenProcessed);
				}
				failures.forEach(failure::addSuppressed);
				throw failure;
			}
			if (response.isSuccess(prepared.method(), reader.readsRedirects())) {
				context.recordResult(Outcome.SUCCESS, response.statusCode(), null, response.requestId(), null);
				return read(context, response, reader, true);
			}
			if (mayHaveBeenProcessed && response.statusCode() == 404 && prepared.method() == HttpMethod.DELETE) {
				// An earlier attempt that got no answer, or a 5xx, deleted the resource already
				context.recordResult(Outcome.SUCCESS, response.statusCode(), null, response.requestId(), null);
				return read(context, new RawResponse(response.statusCode(), response.headers(), new byte[0]), reader,
						true);
			}
			Duration retryAfter = retryAfter(response.headers());
			TwilioRetryReason reason = retryReason(response);
			RetryDecision decision = (reason != null)
					? retryDecision(prepared, context.attempts(), retryAfter, deadline) : RetryDecision.NOT_RETRYABLE;
			TwilioApiException ex = this.errors.toException(response, context.request(), retryAfter,
					decision.notRetried());
			context.recordResult(outcome(response.statusCode()), response.statusCode(), ex.getCode(),
					response.requestId(), ex);
			mayHaveBeenProcessed |= response.statusCode() >= 500;
			ex.setMayHaveBeenProcessed(mayHaveBeenProcessed);
			Duration delay = decision.delay();
			if (delay == null && errorsAsResponses) {
				return read(context, response, reader, mayHaveBeenProcessed);
			}
			retrying = awaitRetryOrThrow(context, prepared, ex, reason, delay, failures);
		}
	}

	/**
	 * Return the deadline that the client's own transports hold an attempt to, so that an
	 * attempt started shortly before the retry deadline does not run on for a whole read
	 * timeout past it, and so that a call without retries ends by the deadline too: the
	 * read timeout bounds each wait for data, not an answer that trickles in. A zero
	 * budget bounds nothing.
	 */
	private @Nullable AttemptDeadline attemptDeadline(Instant deadline) {
		if (this.retry.deadline().isZero()) {
			return null;
		}
		long leftNanos;
		try {
			leftNanos = Duration.between(this.clock.instant(), deadline).toNanos();
		}
		catch (ArithmeticException ex) {
			// Centuries away: no attempt's wait comes near it
			return null;
		}
		return new AttemptDeadline(System.nanoTime() + Math.max(0, leftNanos), this.retry.deadline());
	}

	/**
	 * Wait before the next attempt, or throw the failure if the call must not be retried.
	 * @return the retry to send, which the listener is told of once it is sent
	 */
	private PendingRetry awaitRetryOrThrow(TwilioRequestContext context, PreparedRequest prepared,
			TwilioException failure, @Nullable TwilioRetryReason reason, @Nullable Duration delay,
			List<TwilioException> failures) {
		if (reason == null || delay == null) {
			failures.forEach(failure::addSuppressed);
			throw failure;
		}
		if (Thread.currentThread().isInterrupted()) {
			throw interruptedRetry(context, prepared, failure, failures);
		}
		if (this.root.isClosed()) {
			throw closedBeforeRetry(context, prepared, failure, failures);
		}
		ListenerInvocations.onRetry(this.listener, context, reason, delay);
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + prepared.description() + " after " + delay.toMillis() + " ms (" + reason + ")");
		}
		boolean closed;
		try {
			closed = awaitRetry(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			ListenerInvocations.onRetryAbandoned(this.listener, context, reason);
			failures.add(failure);
			TwilioException interrupted = interruptedRetry(context, prepared, ex, failures);
			interrupted.setMayHaveBeenProcessed(failure.mayHaveBeenProcessed());
			throw interrupted;
		}
		catch (Exception ex) {
			// A sleeper of the application's that fails ends the call, and the retry that
			// the listener was told of is not sent: a checked exception too, which one
			// written in Kotlin may throw. The caller learns from the failure it would
			// have been retried for whether Twilio may have carried out the call.
			ListenerInvocations.onRetryAbandoned(this.listener, context, reason);
			throw sleeperFailed(context, prepared, failure, ex, failures);
		}
		catch (Error ex) {
			ListenerInvocations.onRetryAbandoned(this.listener, context, reason);
			throw ex;
		}
		if (closed) {
			// The failure is the cause, as when the client was closed before the wait
			ListenerInvocations.onRetryAbandoned(this.listener, context, reason);
			throw closedBeforeRetry(context, prepared, failure, failures);
		}
		return new PendingRetry(failure, reason);
	}

	/**
	 * Wait before a retry, unless the client is closed meanwhile: a call that waits out a
	 * long {@code Retry-After} would otherwise send again, long after its application
	 * shut down, or keep a graceful shutdown waiting for it. The default sleeper waits on
	 * the close itself, as a lock that does not pin a virtual thread; another one is
	 * asked to sleep, and the close it slept through is noticed afterwards.
	 * @return whether the client was closed before the wait was over
	 */
	private boolean awaitRetry(Duration delay) throws InterruptedException {
		if (this.sleeper == Sleeper.THREAD) {
			return this.root.closing.await(millis(delay), TimeUnit.MILLISECONDS);
		}
		this.sleeper.sleep(delay);
		return this.root.isClosed();
	}

	private boolean isClosed() {
		return this.closing.getCount() == 0;
	}

	/**
	 * Return the failure of a call that was to be retried when its client was closed: it
	 * is not sent again, and the failure that it would have been retried for is its
	 * cause, which decides whether Twilio may have carried it out.
	 */
	private static TwilioException closedBeforeRetry(TwilioRequestContext context, PreparedRequest prepared,
			TwilioException failure, List<TwilioException> failures) {
		TwilioException closed = interrupted(context, "Could not retry " + prepared.description()
				+ ": the client is closed, and the call was not sent again", failure,
				failures);
		closed.setMayHaveBeenProcessed(failure.mayHaveBeenProcessed());
		return closed;
	}

	private TwilioException deadlineBeforeRetry(TwilioRequestContext context, PreparedRequest prepared,
			TwilioException failure, List<TwilioException> failures) {
		TwilioException passed = interrupted(context, "Could not retry " + prepared.description()
				+ ": the retry deadline of " + describe(this.retry.deadline())
				+ " passed during the wait, and the call was not sent again", failure, failures);
		passed.setMayHaveBeenProcessed(failure.mayHaveBeenProcessed());
		return passed;
	}

	/**
	 * Return the failure of a call whose retry was not sent as the sleeper threw: the
	 * failure that it would have been retried for is its cause, as when the client was
	 * closed during the wait, and what the sleeper threw is suppressed.
	 */
	private static TwilioException sleeperFailed(TwilioRequestContext context, PreparedRequest prepared,
			TwilioException failure, Exception sleeperFailure, List<TwilioException> failures) {
		TwilioException failed = interrupted(context,
				"Could not wait before retrying " + prepared.description() + ": the sleeper threw "
						+ sleeperFailure.getClass().getName() + ", and the call was not sent again",
				failure, failures);
		failed.addSuppressed(sleeperFailure);
		failed.setMayHaveBeenProcessed(failure.mayHaveBeenProcessed());
		return failed;
	}

	private static TwilioException interruptedRetry(TwilioRequestContext context, PreparedRequest prepared,
			Exception cause, List<TwilioException> failures) {
		return interrupted(context, "Interrupted while waiting to retry " + prepared.description(), cause, failures);
	}

	/**
	 * Return the failure of a call made once the client was closed on a transport that
	 * refuses to send after its close, as Apache HttpClient's shut down pool does with an
	 * {@link IllegalStateException}, as the {@link TwilioException} that callers catch.
	 */
	private static TwilioException closedTransport(PreparedRequest prepared, RuntimeException ex) {
		return new TwilioException("Could not send " + prepared.description()
				+ ": the client was closed, and its transport refuses to send (" + ex.getMessage() + ")", ex);
	}

	private static TwilioException interrupted(TwilioRequestContext context, String message, Exception cause,
			List<TwilioException> failures) {
		TwilioException interrupted = new TwilioException(message, cause);
		failures.forEach(interrupted::addSuppressed);
		context.recordResult(context.outcome(), context.statusCode(), context.errorCode(), context.requestId(),
				interrupted);
		return interrupted;
	}

	@SuppressWarnings({ "unchecked", "NullAway" }) // a mapped body is what the reader returned, a T
	private <T extends @Nullable Object> TwilioResponse<T> read(TwilioRequestContext context, RawResponse response,
			BodyReader<T> reader, boolean processed) {
		try {
			RawResponse.Mapped mapped = response.mapped();
			return response.toResponse((mapped != null) ? (T) mapped.get() : reader.read(response, context.request()));
		}
		catch (RuntimeException ex) {
			context.recordResult(context.outcome(), response.statusCode(), context.errorCode(), response.requestId(),
					ex);
			if (ex instanceof TwilioException twilioFailure) {
				twilioFailure.setMayHaveBeenProcessed(processed);
			}
			throw ex;
		}
	}

	private static Outcome outcome(int statusCode) {
		return (statusCode >= 500) ? Outcome.SERVER_ERROR : (statusCode >= 400) ? Outcome.CLIENT_ERROR : Outcome.UNKNOWN;
	}

	private @Nullable TwilioRetryReason retryReason(RawResponse response) {
		int statusCode = response.statusCode();
		if (statusCode == 429) {
			return this.errors.isAttemptLimit(response) ? null : TwilioRetryReason.RATE_LIMITED;
		}
		if (statusCode == 408) {
			// The server, or a proxy in front of it, stopped waiting for the request
			return TwilioRetryReason.TIMEOUT;
		}
		return (statusCode >= 500) ? TwilioRetryReason.SERVER_ERROR : null;
	}

	/**
	 * Decide whether a failed attempt is retried, and after how long.
	 * @param prepared the request
	 * @param attempts the attempts made so far
	 * @param retryAfter the wait the answer asked for, if any
	 * @param deadline when the call's retry budget ends
	 * @return the delay before the next attempt, or why there is none
	 */
	private RetryDecision retryDecision(PreparedRequest prepared, int attempts, @Nullable Duration retryAfter,
			Instant deadline) {
		int allowed = this.retry.maxRetries();
		if (attempts > allowed) {
			return notRetried(prepared, (allowed == 0) ? "retries are off"
					: (allowed == 1) ? "the one retry allowed was made" : "all " + allowed + " retries allowed were made");
		}
		Duration delay;
		if (retryAfter != null) {
			if (retryAfter.compareTo(this.retry.maxRetryAfter()) > 0) {
				return notRetried(prepared, "Retry-After is longer than the " + describe(this.retry.maxRetryAfter())
						+ " the client waits at most");
			}
			delay = retryAfter;
		}
		else {
			delay = backoff(attempts - 1);
		}
		// A zero deadline bounds nothing, as a zero timeout does. A wait that ends at the
		// deadline is not begun either: the retry after it is not sent, for want of time
		Instant now = this.clock.instant();
		Instant retryAt = plus(now, delay);
		if (!this.retry.deadline().isZero() && !retryAt.isBefore(deadline)) {
			return notRetried(prepared, "waiting " + describe(delay) + " would "
					+ (retryAt.equals(deadline) ? "reach" : "pass") + " the retry deadline of "
					+ describe(this.retry.deadline()));
		}
		if (retryAfter != null) {
			// The jitter decides no retry: one that Retry-After alone leaves time for is
			// made, and keeps at least half the time it had before the deadline
			Duration room = this.retry.deadline().isZero() ? retryAfter
					: Duration.between(retryAt, deadline).dividedBy(2);
			delay = delay.plus(retryAfterJitter(retryAfter, room));
		}
		return new RetryDecision(delay, null);
	}

	/**
	 * Return the random time waited on top of a {@code Retry-After}: up to a tenth of it,
	 * and no more than half the time left before the retry deadline, so that the retry
	 * still has time to get its answer. Every instance that a rate limit answered at
	 * the same moment is told to come back at the same moment, and would, all at once, to
	 * be limited again; a spread that grows with the wait keeps them apart whether
	 * Twilio asks for one second or a minute, and never waits less than Twilio asked for.
	 * @param retryAfter the wait the answer asked for
	 * @param room how long the wait may grow at most
	 * @return the time to wait on top, zero or more
	 */
	private Duration retryAfterJitter(Duration retryAfter, Duration room) {
		long bound = Math.min(millis(retryAfter) / 10, room.isNegative() ? 0 : millis(room));
		return (bound > 0) ? Duration.ofMillis(random().nextLong(bound + 1)) : Duration.ZERO;
	}

	private RandomGenerator random() {
		// The calling thread's, asked for each time: ThreadLocalRandom.current() kept in a
		// field draws, on a thread that never called current() itself, from a seed that
		// was never set, so every such thread would wait the same times
		return (this.random != null) ? this.random : ThreadLocalRandom.current();
	}

	private static RetryDecision notRetried(PreparedRequest prepared, String why) {
		logger.debug(LogMessage.format("Not retrying %s: %s", prepared.description(), why));
		return new RetryDecision(null, why);
	}

	/**
	 * Describe a duration for an exception message: in seconds if it is whole ones, as
	 * {@code Retry-After} values are, otherwise in milliseconds.
	 */
	static String describe(Duration duration) {
		return (duration.getNano() == 0) ? duration.getSeconds() + " s" : AttemptDeadline.describe(duration);
	}

	/**
	 * Add a duration, saturating at {@link Instant#MAX} rather than overflowing.
	 */
	private static Instant plus(Instant instant, Duration duration) {
		try {
			return instant.plus(duration);
		}
		catch (ArithmeticException | DateTimeException ex) {
			return Instant.MAX;
		}
	}

	/**
	 * Exponential backoff with full jitter: a random delay between zero and
	 * {@code min(maxBackoff, initialBackoff * 2^retry)}.
	 * @param retry the zero-based number of the retry
	 * @return the delay
	 */
	Duration backoff(int retry) {
		long initial = millis(this.retry.initialBackoff());
		long max = millis(this.retry.maxBackoff());
		int shift = Math.min(retry, 30);
		// Saturating: an overflow would otherwise turn a very long backoff into none at all
		long grown = (initial > (Long.MAX_VALUE >> shift)) ? Long.MAX_VALUE : initial << shift;
		long ceiling = Math.min(max, grown);
		if (ceiling <= 0) {
			return Duration.ZERO;
		}
		return Duration.ofMillis(random().nextLong((ceiling < Long.MAX_VALUE) ? ceiling + 1 : ceiling));
	}

	/**
	 * Return a duration in milliseconds, saturating at {@link Long#MAX_VALUE}.
	 */
	static long millis(Duration duration) {
		try {
			return duration.toMillis();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	private @Nullable Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			if (trimmed.chars().allMatch(Character::isDigit)) {
				return Duration.ofSeconds(seconds(trimmed));
			}
			Instant now = this.clock.instant();
			Duration delay = Duration.between(now, httpDate(trimmed, now));
			if (delay.isNegative()) {
				return Duration.ZERO;
			}
			// In whole seconds, as an HTTP date gives it: rounded up, so that the wait
			// still reaches the date
			return (delay.getNano() == 0) ? delay : Duration.ofSeconds(delay.getSeconds() + 1);
		}
		catch (NumberFormatException | DateTimeException ex) {
			logger.debug(LogMessage.format("Ignoring unreadable Retry-After header '%s'", trimmed));
			return null;
		}
	}

	/**
	 * Parse an HTTP-date in any of the three formats that RFC 9110 requires recipients
	 * to accept: the IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), and the obsolete
	 * RFC 850 ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and asctime
	 * ({@code Sun Nov  6 08:49:37 1994}) ones.
	 */
	private static Instant httpDate(String value, Instant now) {
		boolean comma = value.indexOf(',') >= 0;
		if (comma) {
			try {
				return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				// Perhaps the RFC 850 format
			}
		}
		// The day name is left out: it repeats the date, and a two-digit year cannot
		// check it before the century is chosen
		int space = value.indexOf(' ');
		String date = (space > 0) ? value.substring(space + 1).trim().replaceAll(" +", " ") : value;
		if (comma) {
			// A two-digit year that would be more than 50 years ahead is in the past
			int base = now.atZone(ZoneOffset.UTC).getYear() - 49;
			DateTimeFormatter rfc850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern("dd-MMM-")
				.appendValueReduced(ChronoField.YEAR, 2, 2, base)
				.appendPattern(" HH:mm:ss 'GMT'")
				.toFormatter(Locale.US);
			return LocalDateTime.parse(date, rfc850).toInstant(ZoneOffset.UTC);
		}
		return LocalDateTime.parse(date, ASCTIME_DATE).toInstant(ZoneOffset.UTC);
	}

	/**
	 * Return a number of seconds; one too large for a {@code long} is longer than any
	 * maximum, not unreadable.
	 */
	private static long seconds(String digits) {
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			return Long.MAX_VALUE;
		}
	}

	private PreparedRequest prepare(TwilioRequest request, String accountSid) {
		boolean fixed = request.pageUrl() == null && request.pathVariables().isEmpty()
				&& request.queryParameters().isEmpty();
		Target target = target(request.domain(), request.pathTemplate(), accountSid, fixed);
		String baseUrl = target.baseUrl();
		String uriTemplate = target.uriTemplate();
		URI fixedUri = target.uri();
		URI uri = (request.pageUrl() != null) ? pageUri(request, baseUrl, request.pageUrl())
				: (fixed && fixedUri != null) ? fixedUri
						: parse(TwilioUrlEncoding.expand(baseUrl, request.pathTemplate(), request.pathVariables(),
								accountSid, request.queryParameters()));
		byte[] body = null;
		MediaType contentType = null;
		TwilioRequest.Body rawBody = request.body();
		if (rawBody != null) {
			body = rawBody.bytes();
			contentType = rawBody.contentType();
		}
		else if (TwilioRequest.hasBody(request.method())) {
			body = TwilioUrlEncoding.formBody(request.parameters());
			contentType = FORM;
		}
		// Most requests have no headers of their own, and looking one up lower-cases its name
		String idempotencyToken = request.headers().isEmpty() ? null
				: request.headers().getFirst(IDEMPOTENCY_TOKEN_HEADER);
		if (idempotencyToken != null && idempotencyToken.isBlank()) {
			// A blank token identifies nothing: every attempt would look new to Twilio
			idempotencyToken = null;
		}
		if (idempotencyToken == null && request.method() == HttpMethod.POST) {
			idempotencyToken = randomToken();
		}
		return new PreparedRequest(request.method(), uriTemplate, uri, request.headers(), body, contentType,
				idempotencyToken, request.pathTemplate(), TwilioPages.describe(request.pageUrl()), this.authorization);
	}

	/**
	 * Return the base URL and URI template of a path, reusing the last ones when the
	 * path is the same: calls to one resource ask for the same again and again. A path
	 * whose only variable is the account SID, as a create's is, also keeps its URL, which
	 * nothing else of a request without path variables or query can change.
	 */
	private Target target(TwilioDomain domain, String pathTemplate, String accountSid, boolean fixed) {
		Target last = this.lastTarget;
		if (last != null && last.pathTemplate().equals(pathTemplate) && last.accountSid().equals(accountSid)
				&& last.domain().equals(domain) && (!fixed || last.uri() != null)) {
			return last;
		}
		String baseUrl = this.hosts.baseUrl(domain);
		URI uri = fixed ? URI.create(TwilioUrlEncoding.expand(baseUrl, pathTemplate, Map.of(), accountSid,
				TwilioParameters.empty())) : null;
		Target target = new Target(domain, pathTemplate, accountSid, baseUrl, baseUrl + pathTemplate, uri);
		this.lastTarget = target;
		return target;
	}

	/**
	 * Parse a URL that {@link TwilioUrlEncoding#expand} built, reusing the last one
	 * parsed when the URL is the same: calls to one resource build the same URL again
	 * and again, and comparing it costs a fraction of parsing it.
	 */
	private URI parse(String url) {
		ParsedUrl last = this.lastUrl;
		if (last != null && last.text().equals(url)) {
			return last.uri();
		}
		URI uri = URI.create(url);
		this.lastUrl = new ParsedUrl(url, uri);
		return uri;
	}

	/**
	 * A random version 4 UUID. The token only has to be unique, not secret (it travels
	 * with the credentials), so it comes from {@link ThreadLocalRandom} rather than
	 * {@link UUID#randomUUID()}, whose {@code SecureRandom} reads the operating system's
	 * source under a lock on every call.
	 */
	static String randomToken() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
		long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant).toString();
	}

	private static URI pageUri(TwilioRequest request, String baseUrl, String pageUrl) {
		URI page;
		try {
			page = TwilioUrlEncoding.toUri(pageUrl.trim());
		}
		catch (IllegalArgumentException ex) {
			// Not shown: its query holds the list's filters, such as phone numbers
			throw new TwilioException("The page URL to fetch for " + request.method() + " " + request.pathTemplate()
					+ " is not a valid URL, so it was not requested");
		}
		String path = (page.getRawPath() != null) ? page.getRawPath() : "";
		if (!path.startsWith("/")) {
			path = "/" + path;
		}
		String query = (page.getRawQuery() != null) ? "?" + page.getRawQuery() : "";
		return URI.create(baseUrl + path + query);
	}

	private RawResponse send(PreparedRequest prepared, int attempt, @Nullable AttemptDeadline deadline,
			TwilioRequest request, BodyReader<?> reader) {
		if (logger.isDebugEnabled()) {
			logger.debug("Sending " + prepared.description() + " (attempt " + attempt + ")");
		}
		RawResponse response;
		try {
			// The template, not the expanded URI, becomes the 'uri' tag of Spring's
			// http.client.requests observation, keeping SIDs and phone numbers out of metrics.
			// RestClient's uri(template, function) would parse the template twice per call
			// to record it; the attribute it records it in is set directly instead.
			RestClient.RequestBodySpec spec = this.restClient.method(prepared.method())
				.uri(prepared.uri())
				.attribute(URI_TEMPLATE_ATTRIBUTE, prepared.uriTemplate())
				.attribute(TwilioRequest.ATTRIBUTE, request);
			if (deadline != null) {
				spec.attribute(AttemptDeadline.ATTRIBUTE, deadline);
			}
			byte[] body = prepared.body();
			if (body != null && prepared.contentType() != null) {
				spec.body(new FixedBody(body));
			}
			SENDING.set(prepared);
			response = spec.exchange((clientRequest, clientResponse) -> {
				try {
					int status = statusCode(clientResponse);
					HttpHeaders headers = HttpHeaders.readOnlyHttpHeaders(clientResponse.getHeaders());
					if (reader instanceof StreamingBodyReader<?> streaming && hasBody(prepared, status)
							&& RawResponse.isSuccess(status, prepared.method(), reader.readsRedirects())) {
						return mapAsItArrives(prepared, status, headers, clientResponse.getBody(), deadline, request,
								streaming);
					}
					return readResponse(prepared, status, headers, clientResponse.getBody());
				}
				catch (IOException ex) {
					throw ioFailure(prepared.description(), ex);
				}
			}, true);
		}
		catch (ResourceAccessException | RejectedExecutionException ex) {
			throw connectionFailure(prepared, prepared.uri(), attempt, ex);
		}
		catch (RestClientException ex) {
			throw new TwilioException("Could not send " + prepared.description() + ": " + ex.getMessage(), ex);
		}
		finally {
			// Cleared rather than removed: the thread's entry stays for its next request,
			// which would otherwise allocate a new one and sweep the thread's map for it
			SENDING.set(null);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Received " + response.statusCode() + " for " + prepared.description() + " (attempt "
					+ attempt + ", request id " + response.requestId() + ")");
		}
		return response;
	}

	/**
	 * Return the status of an answer, failing the attempt as a malformed answer when the
	 * transport has none: {@code HttpURLConnection} gives -1 for a status line it cannot
	 * read, which Spring refuses with an {@link IllegalArgumentException}.
	 */
	private static int statusCode(ClientHttpResponse response) throws IOException {
		try {
			return response.getStatusCode().value();
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("The answer has no valid HTTP status line", ex);
		}
	}

	/**
	 * Return whether a status is a redirect that a download follows to its
	 * {@code Location}.
	 */
	static boolean isFollowed(int statusCode) {
		return statusCode == 301 || statusCode == 302 || statusCode == 303 || statusCode == 307 || statusCode == 308;
	}

	/**
	 * Follow the redirect that answered a download to the file, and return the file's
	 * answer with Twilio's request id. At most {@link #MAX_REDIRECTS} redirects are
	 * followed, to {@code http} or {@code https} only, never from {@code https} to
	 * {@code http}. Nothing but the client's {@code User-Agent} and an {@code Accept} of
	 * any type is sent, and neither logs nor exceptions name more of a link than its host,
	 * since the rest of it is what grants access. An answer other than a 2xx or a redirect
	 * fails the call.
	 * @param prepared the request that Twilio redirected
	 * @param redirect Twilio's redirect
	 * @param attempt the number of the attempt
	 * @param deadline the deadline of the attempt, if there is one
	 * @return the file's answer
	 */
	private RawResponse download(PreparedRequest prepared, RawResponse redirect, int attempt,
			@Nullable AttemptDeadline deadline) {
		URI from = prepared.uri();
		RawResponse answer = redirect;
		int redirects = 0;
		while (isFollowed(answer.statusCode())) {
			if (redirects == MAX_REDIRECTS) {
				throw new UnreadableAnswerException("The download of " + prepared.description()
						+ " was redirected more than " + MAX_REDIRECTS + " times, the last time by " + authority(from)
						+ "; the client follows no more", redirect.statusCode(), redirect.requestId());
			}
			URI to = location(prepared, from, answer, redirect);
			redirects++;
			if (logger.isDebugEnabled()) {
				logger.debug("Following redirect " + redirects + " of " + prepared.description() + " to "
						+ authority(to) + " (attempt " + attempt + ")");
			}
			answer = fetchFile(prepared, to, attempt, deadline);
			from = to;
		}
		if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
			// Nor is the body shown: a storage service's error can repeat the signed request
			throw new UnreadableAnswerException("The download of " + prepared.description() + " was redirected to "
					+ authority(from) + ", which answered HTTP " + answer.statusCode() + " instead of the file",
					redirect.statusCode(), redirect.requestId());
		}
		return new RawResponse(answer.statusCode(), answer.headers(), answer.body(), null, redirect.requestId());
	}

	/**
	 * Return where a redirect of a download leads, refusing a link that the client must
	 * not follow.
	 */
	private static URI location(PreparedRequest prepared, URI from, RawResponse answer, RawResponse redirect) {
		String location = answer.headers().getFirst(HttpHeaders.LOCATION);
		String refused = "The download of " + prepared.description() + " was redirected by " + authority(from)
				+ " (HTTP " + answer.statusCode() + ") ";
		if (location == null || location.isBlank()) {
			throw new UnreadableAnswerException(refused + "without a Location to follow", redirect.statusCode(),
					redirect.requestId());
		}
		URI to;
		try {
			to = from.resolve(TwilioUrlEncoding.toUri(location.trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableAnswerException(refused + "to a Location that is not a valid URL",
					redirect.statusCode(), redirect.requestId());
		}
		String scheme = to.getScheme();
		if (to.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw new UnreadableAnswerException(refused + "to a Location that is not an http or https URL",
					redirect.statusCode(), redirect.requestId());
		}
		if ("https".equalsIgnoreCase(from.getScheme()) && "http".equalsIgnoreCase(scheme)) {
			throw new UnreadableAnswerException(refused + "from https to http at " + authority(to) + ", which the "
					+ "client refuses: the file and its link would travel unencrypted", redirect.statusCode(),
					redirect.requestId());
		}
		return to;
	}


	/**
	 * Return the host and port of a URL, without its user information, for logs and
	 * exceptions.
	 */
	private static String authority(URI uri) {
		String host = uri.getHost();
		if (host == null) {
			return "an unknown host";
		}
		return (uri.getPort() != -1) ? host + ":" + uri.getPort() : host;
	}

	/**
	 * Read an answer whole, within the size limit, taking what a transport's body stream
	 * throws unchecked as the I/O failure it is.
	 */
	private RawResponse readResponse(PreparedRequest prepared, int status, HttpHeaders headers, InputStream body)
			throws IOException {
		try {
			return new RawResponse(status, headers, readBody(prepared, status, headers, body));
		}
		catch (TwilioException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Jetty's client fails a 401 or 407 without its challenge header, which a stub
			// or a proxy in front of Twilio may leave out, once it has read it whole: the
			// answer is the caller's, as on every other transport, not a lost connection
			byte[] challenge = JettyChallenges.body(ex, status);
			if (challenge != null) {
				return new RawResponse(status, headers,
						readBody(prepared, status, headers, new ByteArrayInputStream(challenge)));
			}
			throw (ex instanceof IOException failure) ? failure : transportFailure((RuntimeException) ex);
		}
	}

	/**
	 * Send the request for a file exactly to its link, with the download's own headers
	 * only.
	 */
	private static ClientHttpResponse sendAsDownload(HttpRequest request, byte[] body,
			ClientHttpRequestExecution execution) throws IOException {
		URI link = (URI) request.getAttributes().get(FILE_LINK_ATTRIBUTE);
		Assert.state(link != null, "A download carries its link");
		HttpHeaders headers = request.getHeaders();
		for (String name : List.copyOf(headers.headerNames())) {
			if (!DOWNLOAD_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.remove(name);
			}
		}
		return execution.execute(new HttpRequestWrapper(request) {

			@Override
			public URI getURI() {
				return link;
			}

		}, body);
	}

	/**
	 * Fetch the file that a download was redirected to, reading its answer within the
	 * size limit.
	 */
	private RawResponse fetchFile(PreparedRequest prepared, URI uri, int attempt,
			@Nullable AttemptDeadline deadline) {
		try {
			RestClient.RequestHeadersSpec<?> spec = this.downloadClient.get()
				.uri(uri)
				.header(HttpHeaders.USER_AGENT, this.userAgent)
				.header(HttpHeaders.ACCEPT, MediaType.ALL_VALUE)
				.attribute(FILE_LINK_ATTRIBUTE, uri);
			if (deadline != null) {
				spec.attribute(AttemptDeadline.ATTRIBUTE, deadline);
			}
			return spec.exchange((clientRequest, clientResponse) -> {
				int status = statusCode(clientResponse);
				HttpHeaders headers = HttpHeaders.readOnlyHttpHeaders(clientResponse.getHeaders());
				return readResponse(prepared, status, headers, clientResponse.getBody());
			}, true);
		}
		catch (ResourceAccessException | RejectedExecutionException ex) {
			throw connectionFailure(prepared, uri, attempt, ex);
		}
		catch (RestClientException ex) {
			// Its message may name the link
			throw new TwilioException("Could not download the file that " + prepared.description()
					+ " was redirected to at " + authority(uri) + ": " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * Set the headers of the request being sent on this thread. They go onto the
	 * transport's request directly, as {@link RestClient} creates it, rather than through
	 * the request spec: RestClient would keep them in a map of its own and copy them over,
	 * which costs more than everything else the client does to send a request.
	 */
	private void writeHeaders(ClientHttpRequest request) {
		PreparedRequest prepared = SENDING.get();
		if (prepared == null) {
			return;
		}
		HttpHeaders headers = request.getHeaders();
		HttpHeaders extra = prepared.headers();
		if (!extra.isEmpty()) {
			headers.addAll(extra);
		}
		// From the request, not this executor: a copy with other credentials sends through
		// the REST client of the executor it was made from
		headers.set(HttpHeaders.AUTHORIZATION, prepared.authorization());
		headers.set(HttpHeaders.USER_AGENT, this.userAgent);
		if (extra.isEmpty() || !extra.containsHeader(HttpHeaders.ACCEPT)) {
			headers.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		if (prepared.idempotencyToken() != null) {
			headers.set(IDEMPOTENCY_TOKEN_HEADER, prepared.idempotencyToken());
		}
		byte[] body = prepared.body();
		MediaType contentType = prepared.contentType();
		if (body != null && contentType != null) {
			headers.setContentType(contentType);
			headers.setContentLength(body.length);
		}
	}

	/**
	 * Remove the headers that the client sets itself from a builder's defaults.
	 */
	private static void removeOwnHeaders(HttpHeaders defaults) {
		for (String name : OWN_HEADERS) {
			defaults.remove(name);
		}
	}

	/**
	 * Read a response body into an array of its declared length where there is one, to
	 * spare the buffer growth and the copies of reading an unknown length.
	 */
	private byte[] readBody(PreparedRequest prepared, int status, HttpHeaders headers, InputStream body)
			throws IOException {
		if (!hasBody(prepared, status)) {
			return new byte[0];
		}
		long max = this.maxResponseSize;
		long contentLength = checkDeclaredLength(prepared, status, headers);
		if (contentLength < 0 || contentLength > MAX_PRESIZED_BODY) {
			byte[] bytes = bounded(prepared, status, headers, body.readNBytes((int) max + 1));
			if (bytes.length < contentLength && !isDroppedChallenge(status, headers, bytes.length)) {
				throw cutShort(bytes.length, contentLength);
			}
			return bytes;
		}
		// Read into the array itself: readNBytes(int) would gather chunks and copy them,
		// holding a large list page twice
		byte[] bytes = new byte[(int) contentLength];
		int read = body.readNBytes(bytes, 0, bytes.length);
		if (read < bytes.length) {
			if (isDroppedChallenge(status, headers, read)) {
				return new byte[0];
			}
			throw cutShort(read, contentLength);
		}
		int next = body.read();
		if (next == -1) {
			return bytes;
		}
		// More than declared: keep everything, as reading an unknown length would
		ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.length * 2);
		all.write(bytes);
		all.write(next);
		all.write(body.readNBytes((int) (max - bytes.length)));
		return bounded(prepared, status, headers, all.toByteArray());
	}

	/**
	 * Return whether an answer is an authentication challenge whose body the transport
	 * dropped, not lost: the JDK's {@code HttpURLConnection} hands on no byte of the body
	 * of a 401 (or a proxy's 407) that challenges a streamed {@code POST}, which is how
	 * Twilio answers wrong credentials. The call then fails with that status rather than
	 * as a connection failure retried as a lost answer.
	 */
	private static boolean isDroppedChallenge(int status, HttpHeaders headers, long read) {
		return read == 0 && ((status == 401 && headers.containsHeader(HttpHeaders.WWW_AUTHENTICATE))
				|| (status == 407 && headers.containsHeader(HttpHeaders.PROXY_AUTHENTICATE)));
	}

	/**
	 * Return the failure of a body that ended before the length its answer declared.
	 * Some transports, such as the JDK's {@code HttpURLConnection}, end the body where the
	 * connection closed without an error: the answer was cut short, and fails the attempt
	 * as a lost answer does, rather than being read as if it were whole.
	 */
	private static EOFException cutShort(long read, long contentLength) {
		return new EOFException(
				"The answer ended after " + read + " of the " + contentLength + " bytes its Content-Length declared");
	}

	/**
	 * Return whether an answer has a body: a {@code HEAD}, a 204 or a 304 has none,
	 * whatever {@code Content-Length} says, as it describes the resource.
	 */
	private static boolean hasBody(PreparedRequest prepared, int status) {
		return prepared.method() != HttpMethod.HEAD && status != 204 && status != 304;
	}

	/**
	 * Map a successful answer as it arrives from the connection, so that the mapped
	 * value never exists next to the bytes it was read from. The size limit holds as it
	 * does for a body read into memory. An I/O failure while reading fails the attempt
	 * as a lost answer does, so that it is retried as one; a body that arrived whole but
	 * cannot be mapped is a failure of the call, reported once the answer is recorded. The
	 * time spent mapping between reads does not count against the attempt's deadline.
	 */
	private RawResponse mapAsItArrives(PreparedRequest prepared, int status, HttpHeaders headers, InputStream body,
			@Nullable AttemptDeadline deadline, TwilioRequest request, StreamingBodyReader<?> reader)
			throws IOException {
		long contentLength = checkDeclaredLength(prepared, status, headers);
		WatchedBody watched = new WatchedBody(body, contentLength, this.maxResponseSize, deadline);
		RawResponse.Mapped mapped;
		try {
			mapped = new RawResponse.Mapped(reader.read(watched, status, headers, request), null);
		}
		catch (RuntimeException ex) {
			// Whether the body arrived whole decides between a malformed answer and a
			// lost one, which is retried: the mapper stops at the first byte it cannot
			// read, so the rest is read to find out
			watched.readRest();
			// The mapper wraps what the stream throws in exceptions of its own, so the
			// stream itself says what happened
			if (watched.exceeded) {
				throw overLimit(prepared, status, headers);
			}
			IOException failure = watched.failure;
			if (failure != null) {
				throw failure;
			}
			mapped = new RawResponse.Mapped(null, ex);
		}
		return new RawResponse(status, headers, new byte[0], mapped);
	}

	private byte[] bounded(PreparedRequest prepared, int status, HttpHeaders headers, byte[] body) {
		if (body.length > this.maxResponseSize) {
			throw overLimit(prepared, status, headers);
		}
		return body;
	}

	/**
	 * Refuse an answer whose declared length is over the size limit before reading it.
	 * A length that is no number leaves the end of the body unknown, and fails the
	 * attempt as the transports that check it themselves fail it: the JDK's pass it on.
	 * @return the declared length, or -1 if there is none
	 */
	private long checkDeclaredLength(PreparedRequest prepared, int status, HttpHeaders headers) throws IOException {
		long contentLength;
		try {
			contentLength = headers.getContentLength();
		}
		catch (NumberFormatException ex) {
			String value = String.valueOf(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
			throw new IOException("Malformed Content-Length '"
					+ ((value.length() > 40) ? value.substring(0, 40) + "..." : value) + "'", ex);
		}
		if (contentLength > this.maxResponseSize) {
			throw tooLarge(prepared, status, headers, contentLength + " bytes");
		}
		return contentLength;
	}

	/**
	 * Return the failure of an answer found over the size limit while it was read.
	 */
	private TwilioException overLimit(PreparedRequest prepared, int status, HttpHeaders headers) {
		return tooLarge(prepared, status, headers, "more than " + this.maxResponseSize + " bytes");
	}

	private TwilioException tooLarge(PreparedRequest prepared, int status, HttpHeaders headers, String size) {
		return new UnreadableAnswerException("The answer to " + prepared.description() + " has " + size
				+ ", more than the largest response the client reads (" + this.maxResponseSize
				+ " bytes); raise TwilioClient.Builder.maxResponseSize, or twilio.max-response-size under Spring "
				+ "Boot, to read it", status, headers.getFirst(TwilioResponse.REQUEST_ID_HEADER));
	}

	/**
	 * A URL and the {@link URI} parsed from it.
	 */
	private record ParsedUrl(String text, URI uri) {
	}

	/**
	 * Where the requests for a path go: its base URL and URI template, and its URL if
	 * that depends on nothing but the account SID.
	 */
	private record Target(TwilioDomain domain, String pathTemplate, String accountSid, String baseUrl,
			String uriTemplate, @Nullable URI uri) {
	}

	/**
	 * An answer that arrived but could not be read, with what is known of it.
	 */
	private static final class UnreadableAnswerException extends TwilioException {

		private final int statusCode;

		private final @Nullable String requestId;

		UnreadableAnswerException(String message, int statusCode, @Nullable String requestId) {
			super(message);
			this.statusCode = statusCode;
			this.requestId = requestId;
		}

	}

	/**
	 * Return the failure of an attempt that got no answer from a host.
	 * @param prepared the request
	 * @param uri where the request went: Twilio, or the file that a download was
	 * redirected to
	 * @param attempt the number of the attempt
	 * @param ex what the transport threw: an I/O failure, or its refusal to take the
	 * request, as Jetty's client refuses one beyond the requests it queues per host
	 */
	private TwilioConnectionException connectionFailure(PreparedRequest prepared, URI uri, int attempt,
			RuntimeException ex) {
		// RestClient's own message names the whole URL, which for a signed link holds its
		// signature; the transport's I/O failure, always its cause, names the host at most
		Throwable cause = (ex.getCause() instanceof IOException) ? ex.getCause() : ex;
		// Apache's wait for a pooled connection times out, but before anything was sent
		boolean timeout = isTimeout(cause) && !isUnsent(cause);
		// The host and port, which the transport's own message often leaves out ("Connection
		// refused"); base URLs carry no user information, so nothing secret is named
		String message = (timeout ? "Timed out" : "I/O error") + " on " + prepared.description()
				+ (uri.equals(prepared.uri()) ? "" : " (downloading the file it redirected to)") + " at "
				+ authority(uri) + ": " + reason(cause, timeout, host(uri));
		logger.debug(LogMessage.of(() -> message + " (attempt " + attempt + ")"));
		return new TwilioConnectionException(message, cause, timeout);
	}

	/**
	 * Return the failure of a request whose transport could not send it or read its
	 * answer, as {@link RestClient} reports one, but naming the request by its path
	 * template: RestClient's own names the whole URL, with the SIDs and phone numbers it
	 * holds, and its observation records the failure as it happens, before any
	 * observation filter can change what it shows, for tracing to export. Thrown
	 * unchecked, RestClient records and passes it on as it is. The transport's failure is
	 * the cause, as in RestClient's, which {@link #connectionFailure} reads.
	 * @param request the method and path template of the request
	 * @param ex the transport's failure
	 * @return the failure to throw
	 */
	static ResourceAccessException ioFailure(String request, IOException ex) {
		return new ResourceAccessException("I/O error on " + request + ": " + ex.getMessage(), ex);
	}

	/**
	 * Return the failure of a request whose transport could not send it or read its
	 * answer, as {@link #ioFailure(String, IOException)} does, naming a request that no
	 * {@code TwilioClient} sent, such as a download's, by its method alone.
	 * @param request the request
	 * @param ex the transport's failure
	 * @return the failure to throw
	 */
	static ResourceAccessException ioFailure(HttpRequest request, IOException ex) {
		Object sent = request.getAttributes().get(TwilioRequest.ATTRIBUTE);
		return ioFailure(request.getMethod().name()
				+ ((sent instanceof TwilioRequest twilioRequest) ? " " + twilioRequest.pathTemplate() : " request"), ex);
	}

	/**
	 * Throw the failure of a request that a {@code TwilioClient} sent on the client's own
	 * transport as {@link #ioFailure(HttpRequest, IOException)} returns it; the transport
	 * fails other requests, such as its tests', with its own I/O failure.
	 * @param request the request
	 * @param ex the transport's failure
	 */
	static void failAsSent(HttpRequest request, IOException ex) {
		if (request.getAttributes().get(TwilioRequest.ATTRIBUTE) != null) {
			throw ioFailure(request, ex);
		}
	}

	/**
	 * Return a transport that fails as {@link #ioFailure(HttpRequest, IOException)}
	 * says, for the transports other than the client's own, which fail so themselves.
	 * @param transport the transport
	 * @return the transport that names no URL in its failures
	 */
	static ClientHttpRequestFactory namingTemplates(ClientHttpRequestFactory transport) {
		return (uri, method) -> new TemplateNamingRequest(transport.createRequest(uri, method));
	}

	/**
	 * Return what went wrong, in the transport's words where it has any. Some transports
	 * fail without a message, as Reactor Netty's factory does when no answer comes within
	 * its read timeout: the reason then says which settings decide how long the client
	 * waits. A host name that does not resolve is said to be unknown, with the
	 * transport's own words in parentheses where they say more than the name: they differ
	 * from one transport to the next, and name a proxy when it is the proxy's name.
	 */
	private static String reason(Throwable cause, boolean timeout, String host) {
		if (cause instanceof RejectedExecutionException) {
			String detail = String.valueOf(cause.getMessage());
			// Jetty goes on to describe the whole destination
			int end = detail.indexOf(" for HttpDestination");
			return "the HTTP client refused the request, so it was not sent ("
					+ ((end > 0) ? detail.substring(0, end) : detail) + "); make fewer calls at once, raise the "
					+ "HTTP client's limit (Jetty: maxRequestsQueuedPerDestination), or use twilio.transport=built-in";
		}
		if (isUnsent(cause)) {
			// Apache HttpClient's, the other refusal being Jetty's, above
			return "no connection of the HTTP client's pool came free, so the request was not sent ("
					+ cause.getMessage() + "); Apache HttpClient lends at most 5 connections per host as Spring Boot "
					+ "builds it: make fewer calls at once, raise setMaxConnPerRoute, or use twilio.transport=built-in";
		}
		Throwable unresolved = unresolved(cause);
		if (unresolved != null) {
			String detail = unresolved.getMessage();
			return "unknown host " + host
					+ ((detail != null && !detail.isBlank() && !detail.equals(host)) ? " (" + detail + ")" : "");
		}
		if (cause.getMessage() != null) {
			return isUntrustedCertificate(cause) ? cause.getMessage() + UNTRUSTED_CERTIFICATE : cause.getMessage();
		}
		String reason = cause.getClass().getSimpleName() + " without a message from the HTTP client";
		return timeout ? reason + "; its connect or read timeout passed "
				+ "(twilio.connect-timeout and twilio.read-timeout under Spring Boot)" : reason;
	}

	/**
	 * Return whether a TLS handshake failed because no trusted CA issued the certificate
	 * that the other end presented: commonly that of a proxy that inspects TLS.
	 */
	private static boolean isUntrustedCertificate(Throwable cause) {
		Throwable current = cause;
		// Bounded, as a chain of causes may loop
		for (int depth = 0; current != null && depth < 16; depth++) {
			if (current instanceof CertPathBuilderException) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

	/**
	 * Return whether the transport failed before sending anything: Jetty's client refused
	 * to queue the request, or no connection of Apache HttpClient's pool came free.
	 */
	private static boolean isUnsent(@Nullable Throwable cause) {
		return cause instanceof RejectedExecutionException || (cause != null
				&& cause.getClass().getName().equals("org.apache.hc.core5.http.ConnectionRequestTimeoutException"));
	}

	/**
	 * Return whether no try of an attempt was sent: the transport refused it, or had no
	 * connection to send it on. Apache HttpClient sends a request that it takes as
	 * idempotent, such as a {@code DELETE}, once more by itself after a lost answer, and
	 * reports the second try only: that it found no connection says nothing of the first.
	 */
	private static boolean isNeverSent(HttpMethod method, @Nullable Throwable cause) {
		if (!isUnsent(cause) && !isNotConnected(cause)) {
			return false;
		}
		if (method == HttpMethod.POST || method == HttpMethod.PATCH) {
			return true;
		}
		for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
			if (failure.getClass().getName().startsWith("org.apache.hc.")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Return whether the transport failed before it had a connection to send on: the
	 * connection was refused, or the host name did not resolve.
	 */
	private static boolean isNotConnected(@Nullable Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return true;
			}
		}
		return ex != null && unresolved(ex) != null;
	}

	/**
	 * Return the failure to resolve a host name in a cause chain, if that is the failure:
	 * the JDK's {@link UnknownHostException}, or the JDK {@code HttpClient}'s
	 * {@link UnresolvedAddressException}, which names no host.
	 */
	private static @Nullable Throwable unresolved(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
				return cause;
			}
		}
		return null;
	}

	/**
	 * Return the host of a request's URI, or its authority when {@link URI} does not
	 * parse the host, as for a name with an underscore.
	 */
	private static String host(URI uri) {
		String host = uri.getHost();
		return (host != null) ? host : String.valueOf(uri.getRawAuthority());
	}

	/**
	 * Return what a transport's body stream threw unchecked, as Reactor Netty's does for a
	 * connection lost or stalled halfway, as the I/O failure it is, so that it fails the
	 * attempt as a lost answer rather than as an unreadable one.
	 */
	private static IOException transportFailure(RuntimeException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException failure) {
				return failure;
			}
		}
		return new IOException((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName(), ex);
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InterruptedIOException || cause instanceof TimeoutException
					|| isTimeoutByName(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether a failure is one of Netty's timeouts, which Reactor Netty's transport
	 * throws unchecked, or its connect timeout, a {@code ConnectException} that other
	 * transports report as a {@code SocketTimeoutException}, without a dependency on Netty;
	 * or the JDK {@code HttpClient}'s, by name too: on the module path, or in a runtime made
	 * with jlink, the {@code java.net.http} module may be missing, and a reference to its
	 * class would fail every connection error with a {@code NoClassDefFoundError}.
	 */
	private static boolean isTimeoutByName(Throwable ex) {
		for (Class<?> type = ex.getClass(); type != null; type = type.getSuperclass()) {
			String name = type.getName();
			if (name.equals("io.netty.handler.timeout.TimeoutException")
					|| name.equals("io.netty.channel.ConnectTimeoutException")
					|| name.equals("java.net.http.HttpTimeoutException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Maps the body of a successful response.
	 *
	 * @param <T> the body type
	 */
	@FunctionalInterface
	interface BodyReader<T extends @Nullable Object> {

		T read(RawResponse response, TwilioRequest request);

		/**
		 * Whether a redirect that answers a {@code GET} is a result for this reader, as
		 * the download link of Twilio's Deactivations is; a list page never is.
		 * @return {@code true} unless the reader refuses redirects
		 */
		default boolean readsRedirects() {
			return true;
		}

		/**
		 * Whether this reader downloads a file: a redirect (301, 302, 303, 307 or 308)
		 * that answers its {@code GET} is followed to the file, without the credentials,
		 * and the file's answer is read instead, as Twilio's media and recording URLs
		 * redirect to a signed link on another host.
		 * @return {@code false} unless the reader downloads
		 */
		default boolean followsRedirects() {
			return false;
		}

	}

	/**
	 * Maps the body of a successful response as it arrives from the connection, rather
	 * than once it is read into memory. Any other answer, such as an error, is still read
	 * into memory and mapped by {@link #read(RawResponse, TwilioRequest)}.
	 *
	 * @param <T> the body type
	 */
	interface StreamingBodyReader<T extends @Nullable Object> extends BodyReader<T> {

		/**
		 * Map a body as it arrives. The stream must be read to its end, as it is where
		 * the body is checked to be whole; it need not be closed.
		 * @param body the body
		 * @param statusCode the status of the answer, for error messages
		 * @param headers the headers of the answer, for error messages
		 * @param request the request, for error messages
		 * @return the mapped body
		 */
		T read(InputStream body, int statusCode, HttpHeaders headers, TwilioRequest request);

	}

	/**
	 * A body being read: counts its bytes against the size limit and its declared
	 * length, keeps the I/O failure of the connection, which the mapper reading it would
	 * otherwise report as a malformed body, and leaves the time its reader spends between
	 * reads out of the attempt's deadline, which bounds the waits for Twilio only. Closing
	 * it leaves the connection to the exchange, which closes the response itself.
	 */
	private static final class WatchedBody extends InputStream {

		private final InputStream body;

		private final long declaredLength;

		private final long limit;

		private final @Nullable AttemptDeadline deadline;

		private long count;

		private boolean exceeded;

		private @Nullable IOException failure;

		private boolean returned;

		/**
		 * When the last read returned, for the deadline, if one has.
		 */
		private long returnedNanos;

		WatchedBody(InputStream body, long declaredLength, long limit, @Nullable AttemptDeadline deadline) {
			this.body = body;
			this.declaredLength = declaredLength;
			this.limit = limit;
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			int read;
			beforeRead();
			try {
				read = this.body.read();
			}
			catch (IOException | RuntimeException ex) {
				throw failed(ex);
			}
			finally {
				afterRead();
			}
			return (read < 0) ? ended() : counted(read, 1);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read;
			beforeRead();
			try {
				read = this.body.read(buffer, offset, length);
			}
			catch (IOException | RuntimeException ex) {
				throw failed(ex);
			}
			finally {
				afterRead();
			}
			return (read < 0) ? ended() : counted(read, read);
		}

		@Override
		public int available() throws IOException {
			try {
				return this.body.available();
			}
			catch (IOException | RuntimeException ex) {
				throw failed(ex);
			}
		}

		@Override
		public void close() {
		}

		/**
		 * Read what the mapper left of a body it could not map, within the size limit,
		 * keeping the failure of a body that turns out cut short or lost.
		 */
		void readRest() {
			if (this.exceeded || this.failure != null) {
				return;
			}
			byte[] scratch = new byte[1024];
			try {
				while (read(scratch, 0, scratch.length) >= 0) {
					// Only whether the body ends where it should matters
				}
			}
			catch (IOException ex) {
				// Kept by read() as the failure, or over the limit
			}
		}

		private int ended() throws IOException {
			if (this.declaredLength >= 0 && this.count < this.declaredLength) {
				throw failed(cutShort(this.count, this.declaredLength));
			}
			return -1;
		}

		private int counted(int result, int bytes) throws IOException {
			this.count += bytes;
			if (this.count > this.limit) {
				this.exceeded = true;
				throw new IOException("The body is larger than " + this.limit + " bytes");
			}
			return result;
		}

		private void beforeRead() {
			AttemptDeadline deadline = this.deadline;
			if (deadline != null && this.returned) {
				deadline.exclude(System.nanoTime() - this.returnedNanos);
			}
		}

		private void afterRead() {
			if (this.deadline != null) {
				this.returned = true;
				this.returnedNanos = System.nanoTime();
			}
		}

		/**
		 * Keep the first failure of the transport's stream, as the I/O failure it is even
		 * when the stream threw it unchecked.
		 */
		private IOException failed(Exception ex) {
			IOException failure = (ex instanceof IOException io) ? io : transportFailure((RuntimeException) ex);
			if (this.failure == null) {
				this.failure = failure;
			}
			return failure;
		}

	}

	/**
	 * Retry settings.
	 *
	 * @param maxRetries how many times a call is retried at most
	 * @param initialBackoff the base delay of the exponential backoff
	 * @param maxBackoff the largest backoff delay
	 * @param maxRetryAfter the longest Retry-After that is honoured
	 * @param deadline the time budget of one call, zero for none
	 */
	record RetrySettings(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
			Duration deadline) {

	}

	/**
	 * A retry waited for and not sent yet: the failure it makes up for, which joins the
	 * call's earlier failures once the retry is sent, and why it is made.
	 */
	private record PendingRetry(TwilioException failure, TwilioRetryReason reason) {

	}

	/**
	 * Whether a failed attempt is retried: after {@code delay}, or not at all, for the
	 * reason {@code notRetried} gives to the caller if it has one.
	 */
	private record RetryDecision(@Nullable Duration delay, @Nullable String notRetried) {

		/**
		 * A failure that is never retried, such as a 400: nothing to explain.
		 */
		static final RetryDecision NOT_RETRYABLE = new RetryDecision(null, null);

	}

	private record PreparedRequest(HttpMethod method, String uriTemplate, URI uri, HttpHeaders headers,
			byte @Nullable [] body, @Nullable MediaType contentType, @Nullable String idempotencyToken,
			String pathTemplate, String page, String authorization) {

		/**
		 * Describe the request for logs and exceptions, without SIDs or parameters.
		 */
		String description() {
			return this.method + " " + this.pathTemplate + this.page;
		}

		@Override
		public String toString() {
			// Never the credentials
			return description();
		}

	}

	/**
	 * A transport's request that fails as {@link #ioFailure(HttpRequest, IOException)}
	 * says.
	 */
	private static final class TemplateNamingRequest extends ForwardingClientHttpRequest {

		TemplateNamingRequest(ClientHttpRequest request) {
			super(request);
		}

		@Override
		public ClientHttpResponse execute() {
			ClientHttpResponse response;
			try {
				response = super.execute();
			}
			catch (IOException ex) {
				throw ioFailure(this, ex);
			}
			catch (RuntimeException ex) {
				if (ex instanceof NumberFormatException) {
					// The JDK HttpClient's, for a Content-Length that is no number
					throw ioFailure(this,
							new IOException("The answer is not valid HTTP (" + ex.getMessage() + ")", ex));
				}
				if (isProtocolViolation(ex)) {
					// Its message describes the connection, with the request line and so
					// the SIDs in the URL: only the parser's reason is kept, without the
					// status Jetty would answer a request with, which Twilio did not send
					Throwable reason = ex.getCause();
					String message = (reason != null) ? reason.getMessage() : null;
					String detail = (message != null) ? " (" + message.replaceFirst("^\\d{3}: ", "") + ")" : "";
					throw ioFailure(this, new IOException("The answer is not valid HTTP" + detail, reason));
				}
				throw ex;
			}
			return new QuietlyClosedResponse(response);
		}

		/**
		 * Return whether a failure is Jetty's for an answer it could not parse, such as one
		 * with a malformed status line or Content-Length, which its Spring transport throws
		 * as it is rather than as the I/O failure it is; by name, as Jetty is optional.
		 */
		private static boolean isProtocolViolation(RuntimeException ex) {
			return ex.getClass().getName().equals("org.eclipse.jetty.client.HttpResponseException");
		}

	}

	/**
	 * A transport's answer whose closing throws nothing unchecked. {@link RestClient}
	 * closes the answer after the client read it, where a failure would take the place
	 * of the one the client reported: Reactor Netty's transport reads on to the end of a
	 * body the client stopped reading, such as one over the size limit, and throws the
	 * connection lost there unchecked.
	 */
	private static final class QuietlyClosedResponse implements ClientHttpResponse {

		private final ClientHttpResponse response;

		QuietlyClosedResponse(ClientHttpResponse response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public InputStream getBody() throws IOException {
			return this.response.getBody();
		}

		@Override
		public void close() {
			try {
				this.response.close();
			}
			catch (RuntimeException ex) {
				logger.debug("The HTTP client failed to close an answer", ex);
			}
		}

	}

	/**
	 * Body written without message converters, so that an application's converter setup
	 * cannot change it. Repeatable, so that buffering interceptors work. The built-in
	 * transport sends its bytes as they are, without writing them to a buffer first.
	 */
	record FixedBody(byte[] bytes) implements StreamingHttpOutputMessage.Body {

		@Override
		public void writeTo(OutputStream outputStream) throws IOException {
			outputStream.write(this.bytes);
		}

		@Override
		public boolean repeatable() {
			return true;
		}

	}

}
