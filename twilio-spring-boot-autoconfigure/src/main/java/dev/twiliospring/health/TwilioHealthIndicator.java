package dev.twiliospring.health;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.Balance;
import dev.twiliospring.client.api.IncomingPhoneNumberListRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.util.Assert;

/**
 * {@link HealthIndicator} for Twilio: it fetches the account of a {@link TwilioClient},
 * which checks reachability and credentials in one call, and optionally its balance.
 * <ul>
 * <li>{@code UP} when the account is active (and its balance is not below the minimum),
 * with the masked account SID, the account {@code status} and {@code type} (Trial or
 * Full), the host, region and edge and the latency of the call.</li>
 * <li>{@code DOWN} when Twilio rejects the credentials (HTTP 401, Twilio error 20003,
 * which Twilio also answers to the credentials of a suspended or closed account) or
 * answers with another error, with its {@code httpStatus} and {@code errorCode}; when
 * Twilio cannot be reached or does not answer within the timeout; and when the balance
 * is below the minimum.</li>
 * <li>{@code UNKNOWN} when Twilio answers a call of the check with HTTP 429 (Twilio
 * error 20429), with the same details: Twilio is reachable, but the account's rate limit
 * is spent, usually by other traffic. {@code UNKNOWN} ranks below {@code UP} in Spring
 * Boot's default status order and maps to HTTP 200, so it neither fails
 * {@code /actuator/health} nor outweighs the other indicators.</li>
 * <li>{@code OUT_OF_SERVICE} when Twilio reports the account as suspended or closed, as
 * it does to a parent account's credentials for a subaccount.</li>
 * </ul>
 * Standard API keys may call every resource but the account itself. When the account is
 * refused with 401 or 403 to a client that may authenticate with an API key, the
 * indicator therefore lists one incoming phone number with the same credentials: if that
 * works, it reports {@code UP} with {@code status} {@code unknown}; if not, {@code DOWN}
 * as above. An indicator told that its client authenticates with the account's auth
 * token, which may fetch the account, takes the refusal as final and makes no second
 * call, so that wrong credentials count as one rejected call per check in the client's
 * metrics, not two. Unless told so, the indicator assumes that the client may use an API
 * key; {@link TwilioClient#authenticatesWithApiKey()} says which it does. Account SIDs
 * quoted in Twilio's error messages are masked like the {@code account} detail.
 * <p>
 * Results are cached, so that probes every few seconds do not spend the account's rate
 * limit: Twilio is asked again only once the cache time to live has passed. A result
 * other than {@code UP} can have a time to live of its own, so that an instance recovers
 * sooner from a failed check. Concurrent probes share one call. No detail ever holds a
 * credential.
 * <p>
 * The check waits at most the given timeout for Twilio, and a check that gave up waiting
 * is not cached. The call itself is left to finish within the client's own timeouts (and
 * retries) in the background; while it runs, later checks wait for it instead of
 * starting another, each for at most the timeout, and its result is cached when it
 * comes.
 * <p>
 * The indicator is not part of the liveness or readiness groups, since an outage at
 * Twilio is no reason to restart or stop routing to an application that serves more
 * than Twilio. To make readiness depend on Twilio, add it to the group:
 * <pre class="code">
 * management.endpoint.health.group.readiness.include=readinessState,twilio
 * </pre>
 *
 * @since 1.0.0
 */
public class TwilioHealthIndicator implements HealthIndicator {

	/** Default longest wait for Twilio. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

	/** Default time a result is reused. */
	public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(60);

	private static final Log logger = LogFactory.getLog(TwilioHealthIndicator.class);

	private final TwilioClient client;

	private final Duration timeout;

	private final Duration cacheTtl;

	private final Duration failureCacheTtl;

	private final @Nullable BigDecimal minBalance;

	private final Clock clock;

	private final boolean apiKey;

	private final Executor executor;

	private final Object monitor = new Object();

	private @Nullable CachedHealth cached;

	private @Nullable CompletableFuture<Health> inFlight;

	/**
	 * The call whose result {@link #cached} holds.
	 */
	private @Nullable CompletableFuture<Health> stored;

	/**
	 * The last call that a check gave up waiting for, which has been warned of.
	 */
	private @Nullable CompletableFuture<Health> warnedOfTimeout;

	/**
	 * Whether the credentials were refused the Account resource but accepted elsewhere,
	 * as a Standard API key's are: later checks then skip a call that is bound to fail
	 * and would count as a rejected call in the client's metrics each time, until the
	 * credentials are refused elsewhere too.
	 */
	private volatile boolean accountResourceDenied;

	/**
	 * Create an indicator with a timeout of 3 seconds, a cache time to live of 60
	 * seconds and no balance check.
	 * @param client the client to check
	 */
	public TwilioHealthIndicator(TwilioClient client) {
		this(client, DEFAULT_TIMEOUT, DEFAULT_CACHE_TTL, null);
	}

	/**
	 * Create an indicator.
	 * @param client the client to check
	 * @param timeout the longest wait for Twilio; zero or negative to wait as long as
	 * the client's own timeouts allow
	 * @param cacheTtl how long a result is reused; zero or negative to ask Twilio on
	 * every check
	 * @param minBalance the balance below which the indicator reports {@code DOWN}, or
	 * {@code null} to not check the balance
	 */
	public TwilioHealthIndicator(TwilioClient client, Duration timeout, Duration cacheTtl,
			@Nullable BigDecimal minBalance) {
		this(client, timeout, cacheTtl, minBalance, Clock.systemUTC());
	}

	/**
	 * Create an indicator that measures the cache time to live with the given clock.
	 * @param client the client to check
	 * @param timeout the longest wait for Twilio; zero or negative to wait as long as
	 * the client's own timeouts allow
	 * @param cacheTtl how long a result is reused; zero or negative to ask Twilio on
	 * every check
	 * @param minBalance the balance below which the indicator reports {@code DOWN}, or
	 * {@code null} to not check the balance
	 * @param clock the clock
	 */
	public TwilioHealthIndicator(TwilioClient client, Duration timeout, Duration cacheTtl,
			@Nullable BigDecimal minBalance, Clock clock) {
		this(client, timeout, cacheTtl, cacheTtl, minBalance, clock);
	}

	/**
	 * Create an indicator that reuses a result other than {@code UP} for a time of its
	 * own, and measures both times to live with the given clock. It assumes that the
	 * client may authenticate with an API key.
	 * @param client the client to check
	 * @param timeout the longest wait for Twilio; zero or negative to wait as long as
	 * the client's own timeouts allow
	 * @param cacheTtl how long an {@code UP} result is reused; zero or negative to ask
	 * Twilio on every check
	 * @param failureCacheTtl how long any other result is reused, such as {@code DOWN}
	 * for rejected credentials; zero or negative to ask Twilio on every check
	 * @param minBalance the balance below which the indicator reports {@code DOWN}, or
	 * {@code null} to not check the balance
	 * @param clock the clock
	 */
	public TwilioHealthIndicator(TwilioClient client, Duration timeout, Duration cacheTtl, Duration failureCacheTtl,
			@Nullable BigDecimal minBalance, Clock clock) {
		this(client, timeout, cacheTtl, failureCacheTtl, minBalance, clock, true);
	}

	/**
	 * Create an indicator that knows whether its client may authenticate with an API key.
	 * @param client the client to check
	 * @param timeout the longest wait for Twilio; zero or negative to wait as long as
	 * the client's own timeouts allow
	 * @param cacheTtl how long an {@code UP} result is reused; zero or negative to ask
	 * Twilio on every check
	 * @param failureCacheTtl how long any other result is reused, such as {@code DOWN}
	 * for rejected credentials; zero or negative to ask Twilio on every check
	 * @param minBalance the balance below which the indicator reports {@code DOWN}, or
	 * {@code null} to not check the balance
	 * @param clock the clock
	 * @param apiKey whether the client may authenticate with an API key, which Twilio can
	 * refuse the account while accepting it elsewhere; {@code false} when it is known to
	 * use the account's auth token, so that a refused account is reported without a
	 * second call
	 */
	public TwilioHealthIndicator(TwilioClient client, Duration timeout, Duration cacheTtl, Duration failureCacheTtl,
			@Nullable BigDecimal minBalance, Clock clock, boolean apiKey) {
		Assert.notNull(client, "Client must not be null");
		Assert.notNull(timeout, "Timeout must not be null");
		Assert.notNull(cacheTtl, "CacheTtl must not be null");
		Assert.notNull(failureCacheTtl, "FailureCacheTtl must not be null");
		Assert.notNull(clock, "Clock must not be null");
		this.client = client;
		this.timeout = timeout;
		this.cacheTtl = cacheTtl;
		this.failureCacheTtl = failureCacheTtl;
		this.minBalance = minBalance;
		this.clock = clock;
		this.apiKey = apiKey;
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("twilio-health-");
		executor.setDaemon(true);
		this.executor = executor;
	}

	@Override
	public Health health() {
		CompletableFuture<Health> call;
		synchronized (this.monitor) {
			CachedHealth cached = this.cached;
			if (cached != null && this.clock.instant().isBefore(cached.expiresAt())) {
				return cached.health();
			}
			call = this.inFlight;
			if (call == null || call.isDone()) {
				call = CompletableFuture.supplyAsync(this::check, this.executor);
				this.inFlight = call;
				CompletableFuture<Health> started = call;
				// A call that outlives the wait is still what the next checks report
				call.whenComplete((health, ex) -> store(started, (health != null) ? health : failed(ex)));
			}
		}
		// Waited for outside the lock: each concurrent check waits at most the timeout
		return await(call);
	}

	private Health await(CompletableFuture<Health> call) {
		try {
			Health health = (this.timeout.isZero() || this.timeout.isNegative()) ? call.get()
					: call.get(nanos(this.timeout), TimeUnit.NANOSECONDS);
			store(call, health);
			return health;
		}
		catch (TimeoutException ex) {
			// Not cached: the call goes on, and its answer is cached once it comes
			String message = "No answer from Twilio within " + ((this.timeout.compareTo(Duration.ofMillis(1)) >= 0
					&& this.timeout.getSeconds() < Long.MAX_VALUE / 1000) ? this.timeout.toMillis() + " ms"
							: this.timeout.toString());
			boolean warned;
			synchronized (this.monitor) {
				warned = this.warnedOfTimeout == call;
				this.warnedOfTimeout = call;
			}
			// Every probe until the call ends waits for it and times out: one warning says it
			if (!warned) {
				logger.warn("Twilio health check failed: " + message);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug("Twilio health check failed: " + message);
			}
			return baseDetails(Health.down()).withDetail("error", message).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return baseDetails(Health.unknown()).withDetail("error", "Interrupted while waiting for Twilio").build();
		}
		catch (ExecutionException ex) {
			Health health = failed(ex);
			store(call, health);
			return health;
		}
	}

	/**
	 * Cache the result of a call, once: both the waiting check and the call's completion
	 * store it, whichever comes first.
	 */
	private void store(CompletableFuture<Health> call, Health health) {
		synchronized (this.monitor) {
			if (this.stored == call) {
				return;
			}
			this.stored = call;
			if (this.inFlight == call) {
				this.inFlight = null;
			}
			Duration ttl = Status.UP.equals(health.getStatus()) ? this.cacheTtl : this.failureCacheTtl;
			this.cached = new CachedHealth(health, plus(this.clock.instant(), ttl));
		}
	}

	private Health failed(@Nullable Throwable failure) {
		Throwable cause = (failure instanceof ExecutionException || failure instanceof CompletionException)
				&& failure.getCause() != null ? failure.getCause() : failure;
		return baseDetails(Health.down())
			.withDetail("error", (cause != null) ? describe(cause) : "The check failed")
			.build();
	}

	private Health check() {
		Health.Builder builder = baseDetails(Health.unknown());
		if (this.accountResourceDenied) {
			RuntimeException elsewhere = failureElsewhere();
			if (elsewhere == null) {
				return upWithoutAccountStatus(builder);
			}
			if (!(elsewhere instanceof TwilioApiException refused && isDeniedAccount(refused))) {
				// Twilio failed the call, not the credentials: the Account resource would
				// refuse them again, one more call while Twilio is down or rate limiting
				failed(builder, elsewhere);
				return builder.build();
			}
			// The credentials are refused here too: the whole check says what changed
			this.accountResourceDenied = false;
		}
		long start = System.nanoTime();
		try {
			Account account = this.client.accounts().fetch();
			builder.withDetail("latency", Duration.ofNanos(System.nanoTime() - start).toMillis() + "ms");
			Account.Status status = account.status();
			builder.withDetail("status", (status != null) ? status.value() : Account.Status.UNKNOWN.value());
			if (account.type() != null) {
				builder.withDetail("type", account.type().value());
			}
			if (status == Account.Status.ACTIVE) {
				builder.up();
				if (this.minBalance != null) {
					checkBalance(builder, this.minBalance);
				}
			}
			else if (status == Account.Status.SUSPENDED || status == Account.Status.CLOSED) {
				builder.outOfService();
				logger.warn("Twilio health check failed: account " + AccountSids.mask(this.client.accountSid()) + " is "
						+ status.value() + ", so Twilio refuses its calls and messages; reactivate it in the Twilio "
						+ "Console or configure another account");
			}
		}
		catch (TwilioApiException ex) {
			RuntimeException failure = ex;
			// The account's auth token may fetch the account: its refusal is final, and a
			// second call would double the rejected calls while the token is wrong
			if (this.apiKey && isDeniedAccount(ex)) {
				RuntimeException elsewhere = failureElsewhere();
				if (elsewhere == null) {
					// Standard API keys may call everything but the Account resource itself
					this.accountResourceDenied = true;
					return upWithoutAccountStatus(builder);
				}
				if (!(elsewhere instanceof TwilioApiException refused && isDeniedAccount(refused))) {
					// Not the credentials: what failed the second call is what is wrong
					failure = elsewhere;
				}
			}
			failed(builder, failure);
		}
		catch (RuntimeException ex) {
			failed(builder, ex);
		}
		return builder.build();
	}

	private Health upWithoutAccountStatus(Health.Builder builder) {
		builder.up().withDetail("status", Account.Status.UNKNOWN.value());
		if (this.minBalance != null) {
			checkBalance(builder, this.minBalance);
		}
		return builder.build();
	}

	private void failed(Health.Builder builder, RuntimeException failure) {
		failed(builder, failure, describe(failure));
		if (failure instanceof TwilioApiException ex) {
			builder.withDetail("httpStatus", ex.getStatusCode());
			if (ex.getCode() != null) {
				builder.withDetail("errorCode", ex.getCode());
			}
			if (ex.getRequestId() != null) {
				builder.withDetail("requestId", ex.getRequestId());
			}
			if (ex.getStatusCode() == 401 || ex.hasCode(TwilioErrorCodes.AUTHENTICATION_FAILED)) {
				builder.withDetail("hint", "Twilio rejected the credentials: check the account SID and the auth "
						+ "token or API key, and whether the account is suspended or closed");
			}
		}
	}

	/**
	 * Report a call of the check that failed: UNKNOWN when Twilio rate limited it, DOWN
	 * otherwise, with the error as a detail and in the log.
	 */
	private static void failed(Health.Builder builder, RuntimeException failure, String error) {
		// A rate limit means Twilio answered, for this account: its limit is spent by other
		// traffic, which says nothing about whether the application can use Twilio
		boolean rateLimited = isRateLimited(failure);
		(rateLimited ? builder.unknown() : builder.down()).withDetail("error", error);
		String outcome = rateLimited ? "rate limited, status unknown" : "failed";
		logger.warn("Twilio health check " + outcome + ": " + error);
	}

	private static boolean isRateLimited(RuntimeException failure) {
		return failure instanceof TwilioApiException ex
				&& (ex.getStatusCode() == 429 || ex.hasCode(TwilioErrorCodes.TOO_MANY_REQUESTS));
	}

	private static boolean isDeniedAccount(TwilioApiException ex) {
		return ex.getStatusCode() == 401 || ex.getStatusCode() == 403
				|| ex.hasCode(TwilioErrorCodes.AUTHENTICATION_FAILED);
	}

	/**
	 * Ask a resource that Standard API keys may read.
	 * @return what failed the call, or {@code null} if the credentials are accepted there
	 */
	private @Nullable RuntimeException failureElsewhere() {
		try {
			this.client.incomingPhoneNumbers().list(IncomingPhoneNumberListRequest.builder().pageSize(1).build());
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private void checkBalance(Health.Builder builder, BigDecimal minBalance) {
		builder.withDetail("minBalance", minBalance);
		Balance balance;
		try {
			balance = this.client.balance().fetch();
		}
		catch (RuntimeException ex) {
			failed(builder, ex, "Could not fetch the balance: " + describe(ex));
			return;
		}
		if (balance.currency() != null) {
			builder.withDetail("currency", balance.currency());
		}
		BigDecimal amount = balance.balance();
		if (amount == null) {
			String message = "Twilio reported no balance";
			builder.down().withDetail("error", message);
			logger.warn("Twilio health check failed: " + message);
			return;
		}
		builder.withDetail("balance", amount);
		if (amount.compareTo(minBalance) < 0) {
			String message = "Balance " + amount.toPlainString() + " is below the minimum of "
					+ minBalance.toPlainString();
			builder.down().withDetail("error", message);
			logger.warn("Twilio health check failed: " + message);
		}
	}

	private Health.Builder baseDetails(Health.Builder builder) {
		builder.withDetail("account", AccountSids.mask(this.client.accountSid()));
		URI baseUrl = this.client.baseUrl(TwilioDomain.API);
		if (baseUrl.getAuthority() != null) {
			builder.withDetail("host", baseUrl.getAuthority());
		}
		if (this.client.region() != null) {
			builder.withDetail("region", this.client.region());
		}
		if (this.client.edge() != null) {
			builder.withDetail("edge", this.client.edge());
		}
		return builder;
	}

	private String describe(Throwable ex) {
		String description;
		if (ex instanceof TwilioApiException || ex instanceof TwilioConnectionException) {
			description = String.valueOf(ex.getMessage());
		}
		else {
			description = (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
					: ex.getClass().getSimpleName();
		}
		// Twilio's messages can quote the request path, and with it the account SID
		String accountSid = this.client.accountSid();
		return description.replace(accountSid, AccountSids.mask(accountSid));
	}

	/**
	 * Return a duration in nanoseconds, or the longest wait a {@code long} holds.
	 */
	private static long nanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	/**
	 * Return the instant a duration after another, or {@link Instant#MAX} beyond it.
	 */
	private static Instant plus(Instant instant, Duration duration) {
		try {
			return instant.plus(duration);
		}
		catch (ArithmeticException | DateTimeException ex) {
			return Instant.MAX;
		}
	}

	@Override
	public String toString() {
		return "TwilioHealthIndicator[account=" + AccountSids.mask(this.client.accountSid()) + ", timeout="
				+ this.timeout + ", cacheTtl=" + this.cacheTtl + ", failureCacheTtl=" + this.failureCacheTtl
				+ ", minBalance=" + this.minBalance + "]";
	}

	private record CachedHealth(Health health, Instant expiresAt) {

	}

}
