package dev.twiliospring.autoconfigure;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for Twilio.
 * <p>
 * Unset credentials, region and edge fall back to the conventional environment
 * variables {@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN}, {@code TWILIO_API_KEY},
 * {@code TWILIO_API_SECRET}, {@code TWILIO_REGION} and {@code TWILIO_EDGE}.
 *
 * @since 1.0.0
 */
@ConfigurationProperties("twilio")
public class TwilioProperties {

	/**
	 * Account SID ("AC" followed by 32 hex characters). Falls back to the
	 * TWILIO_ACCOUNT_SID environment variable.
	 */
	private @Nullable String accountSid;

	/**
	 * Auth token of the account. Authenticates REST calls unless an API key is set, and
	 * always signs webhooks. Falls back to the TWILIO_AUTH_TOKEN environment variable.
	 */
	private @Nullable String authToken;

	/**
	 * Twilio region for REST calls, such as "us1", "ie1" or "au1". Falls back to the
	 * TWILIO_REGION environment variable; without either, calls go to Twilio's default
	 * hosts, such as api.twilio.com, or to us1 when an edge is set.
	 */
	private @Nullable String region;

	/**
	 * Twilio edge location for REST calls, such as "ashburn", "dublin" or "sydney".
	 * Falls back to the TWILIO_EDGE environment variable, then to the default edge of
	 * the region, such as "dublin" for "ie1".
	 */
	private @Nullable String edge;

	/**
	 * Base URL that replaces every Twilio product host, for emulators and tests. Scheme,
	 * host and port only, such as "http://localhost:8080". Region and edge are ignored
	 * when set.
	 */
	private @Nullable URI baseUrl;

	/**
	 * Maximum number of retries of a failed call (408, 429, 5xx, connection error
	 * or timeout). Zero disables retries.
	 */
	private int maxRetries = 0;

	/**
	 * Timeout for establishing a connection to Twilio. Zero for none. A number without a
	 * unit suffix is milliseconds.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Timeout for reading a response from Twilio. Zero for none. A number without a unit
	 * suffix is milliseconds.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	/**
	 * Largest response body that the client reads, a list page included. A larger answer
	 * fails the call instead of filling the heap; raise it to download large recordings
	 * or media as a byte[] through the generic request API. A number without a unit
	 * suffix is bytes.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(64);

	/**
	 * HTTP transport of the client. 'auto' uses the client's built-in HTTP/1.1 transport
	 * unless Spring Boot's HTTP client support is configured (a factory set with
	 * 'spring.http.clients.imperative.factory', an SSL bundle, an address filter, or an
	 * HTTP client library other than the JDK's on the class path); 'built-in' and
	 * 'spring-boot' choose one of them always. With twilio.proxy.* set, which only the
	 * built-in transport applies, 'auto' disregards the HTTP client library, has the
	 * built-in transport apply an SSL bundle set for Spring Boot's HTTP clients, and
	 * startup fails where Spring Boot's transport is chosen or configured otherwise.
	 */
	private Transport transport = Transport.AUTO;

	/**
	 * Whether requests to Twilio carry the trace context and baggage headers that a
	 * tracer writes, such as for an egress proxy that traces. These are the headers that
	 * it writes into the requests of every observed RestClient (W3C's, B3's, and those
	 * that the application's Micrometer Tracing propagators name). Twilio ignores them,
	 * while they would hand it the ids of the application's traces and whatever the
	 * baggage carries.
	 */
	private boolean propagateTraceContext;

	private final ApiKey apiKey = new ApiKey();

	private final Proxy proxy = new Proxy();

	private final Ssl ssl = new Ssl();

	private final Retry retry = new Retry();

	private final Webhook webhook = new Webhook();

	private final Health health = new Health();

	public @Nullable String getAccountSid() {
		return this.accountSid;
	}

	public void setAccountSid(@Nullable String accountSid) {
		this.accountSid = accountSid;
	}

	public @Nullable String getAuthToken() {
		return this.authToken;
	}

	public void setAuthToken(@Nullable String authToken) {
		this.authToken = authToken;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable String getEdge() {
		return this.edge;
	}

	public void setEdge(@Nullable String edge) {
		this.edge = edge;
	}

	public @Nullable URI getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public int getMaxRetries() {
		return this.maxRetries;
	}

	public void setMaxRetries(int maxRetries) {
		this.maxRetries = maxRetries;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public Transport getTransport() {
		return this.transport;
	}

	public void setTransport(Transport transport) {
		this.transport = transport;
	}

	public boolean isPropagateTraceContext() {
		return this.propagateTraceContext;
	}

	public void setPropagateTraceContext(boolean propagateTraceContext) {
		this.propagateTraceContext = propagateTraceContext;
	}

	public ApiKey getApiKey() {
		return this.apiKey;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Proxy getProxy() {
		return this.proxy;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Webhook getWebhook() {
		return this.webhook;
	}

	public Health getHealth() {
		return this.health;
	}

	@Override
	public String toString() {
		return "TwilioProperties[accountSid=" + this.accountSid + ", authToken=" + mask(this.authToken) + ", apiKey="
				+ this.apiKey + ", region=" + this.region + ", edge=" + this.edge + ", baseUrl=" + mask(this.baseUrl)
				+ ", maxRetries=" + this.maxRetries + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + ", maxResponseSize=" + this.maxResponseSize + ", proxy=" + this.proxy + ", ssl="
				+ this.ssl + ", retry=" + this.retry + ", webhook=" + this.webhook + ", health=" + this.health + "]";
	}

	static String mask(@Nullable String secret) {
		return (secret != null) ? "******" : "null";
	}

	/**
	 * Describe a URL with its user information, which may hold a password, masked.
	 */
	static String mask(@Nullable URI url) {
		String userInfo = rawUserInfo(url);
		if (url == null || userInfo == null) {
			return String.valueOf(url);
		}
		String text = url.toString();
		int start = text.indexOf(userInfo, text.indexOf("//") + 2);
		return text.substring(0, start) + "******" + text.substring(start + userInfo.length());
	}

	/**
	 * Return the user information of a URL, also where {@link URI#getRawUserInfo()} has
	 * none because {@code URI} parses no host beyond ASCII.
	 */
	private static @Nullable String rawUserInfo(@Nullable URI url) {
		String authority = (url != null) ? url.getRawAuthority() : null;
		if (authority == null || authority.indexOf('@') < 0) {
			return null;
		}
		return authority.substring(0, authority.lastIndexOf('@'));
	}

	/**
	 * HTTP proxy of the client's built-in transport, in place of the JVM's proxy settings.
	 */
	public static class Proxy {

		/**
		 * Host name or address of the HTTP proxy that every REST call goes through, https
		 * ones in a CONNECT tunnel. The JVM's proxy settings (https.proxyHost, a
		 * ProxySelector) apply when unset. Applies to the built-in transport only.
		 */
		private @Nullable String host;

		/**
		 * Port of the HTTP proxy. Required with the host, and refused without it.
		 */
		private @Nullable Integer port;

		/**
		 * User name of the Basic credentials that the proxy asks for, whether it is the one
		 * set with the host or the one that the JVM's proxy settings choose.
		 */
		private @Nullable String username;

		/**
		 * Password of the Basic credentials that the proxy asks for. Sent to the proxy
		 * only, never to Twilio.
		 */
		private @Nullable String password;

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		/**
		 * Whether a proxy or proxy credentials are configured, which only the built-in
		 * transport applies.
		 * @return whether any of the proxy settings is set
		 */
		public boolean isConfigured() {
			return StringUtils.hasText(this.host) || StringUtils.hasText(this.username)
					|| StringUtils.hasText(this.password);
		}

		@Override
		public String toString() {
			return "Proxy[host=" + this.host + ", port=" + this.port + ", username=" + this.username + ", password="
					+ mask(this.password) + "]";
		}

	}

	/**
	 * TLS settings of the client's calls to Twilio.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) that the calls to Twilio use in
		 * place of the JVM's trust store. Its trust material, protocols and ciphers apply,
		 * such as those of a bundle that trusts the CA of a proxy that inspects TLS; its
		 * key, if it has one, is the client certificate shown to a server that asks for
		 * one. Applies to the built-in
		 * transport, through twilio.proxy.* too, and to Spring Boot's HTTP client in place
		 * of spring.http.clients.ssl.bundle; host names are verified all the same. Read
		 * at startup: a bundle reloaded on update applies after a restart.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

		@Override
		public String toString() {
			return "Ssl[bundle=" + this.bundle + "]";
		}

	}

	/**
	 * API key credentials, used for REST authentication instead of the auth token.
	 */
	public static class ApiKey {

		/**
		 * API key SID ("SK" followed by 32 hex characters). Requires the account SID.
		 * Falls back to the TWILIO_API_KEY environment variable, unless twilio.auth-token
		 * is configured and no part of the API key is (an auth token only in the
		 * TWILIO_AUTH_TOKEN variable does not count).
		 */
		private @Nullable String sid;

		/**
		 * API key secret. Falls back to the TWILIO_API_SECRET environment variable, unless
		 * twilio.auth-token is configured and no part of the API key is (an auth token only
		 * in the TWILIO_AUTH_TOKEN variable does not count).
		 */
		private @Nullable String secret;

		public @Nullable String getSid() {
			return this.sid;
		}

		public void setSid(@Nullable String sid) {
			this.sid = sid;
		}

		public @Nullable String getSecret() {
			return this.secret;
		}

		public void setSecret(@Nullable String secret) {
			this.secret = secret;
		}

		@Override
		public String toString() {
			return "ApiKey[sid=" + this.sid + ", secret=" + mask(this.secret) + "]";
		}

	}

	/**
	 * Backoff applied between retries.
	 */
	public static class Retry {

		/**
		 * Base delay of the exponential backoff; each retry waits a random time up to
		 * this delay times two to the power of the attempt. A number without a unit
		 * suffix is milliseconds.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Upper bound of a single backoff delay. A number without a unit suffix is
		 * milliseconds.
		 */
		private Duration maxBackoff = Duration.ofSeconds(20);

		/**
		 * Longest Retry-After delay that is honoured; a longer one ends the retries. An
		 * honoured one is waited with up to a tenth more, at random. A number without a
		 * unit suffix is milliseconds.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		/**
		 * Time budget of one call, all attempts and delays included. No retry starts, no
		 * delay waits, and with the built-in transport no attempt waits for its answer
		 * past it, with or without retries. With Spring Boot's HTTP clients an attempt
		 * under way is bounded by the connect and read timeouts only. Zero for none:
		 * attempts are then bounded by their timeouts, and retries by max-retries,
		 * max-backoff and max-retry-after. A number without a unit suffix is
		 * milliseconds.
		 */
		private Duration deadline = Duration.ofMinutes(2);

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		public Duration getDeadline() {
			return this.deadline;
		}

		public void setDeadline(Duration deadline) {
			this.deadline = deadline;
		}

		@Override
		public String toString() {
			return "Retry[initialBackoff=" + this.initialBackoff + ", maxBackoff=" + this.maxBackoff
					+ ", maxRetryAfter=" + this.maxRetryAfter + ", deadline=" + this.deadline + "]";
		}

	}

	/**
	 * Inbound webhook settings.
	 */
	public static class Webhook {

		/**
		 * Whether to auto-configure webhook support (signature filter, payload binding
		 * and TwiML rendering). When off, handlers annotated with @TwilioWebhook, or that
		 * take a webhook payload, answer 403 unless a TwilioWebhookFilter that the
		 * application registers itself has checked the request; payloads are then not
		 * bound.
		 */
		private boolean enabled = true;

		/**
		 * Public base URL that Twilio calls, such as "https://example.ngrok.app". Replaces
		 * the scheme, host and port of the request URL when signatures are checked; a path,
		 * such as "https://example.com/app", replaces the servlet context path.
		 */
		private @Nullable URI publicUrl;

		/**
		 * Path patterns whose requests require a valid signature, in addition to
		 * handlers annotated with @TwilioWebhook.
		 */
		private List<String> paths = new ArrayList<>();

		/**
		 * Further auth tokens accepted for signatures, such as the previous or secondary
		 * token while rotating credentials.
		 */
		private List<String> additionalAuthTokens = new ArrayList<>();

		/**
		 * Largest webhook request body that is read; larger requests are rejected with
		 * 413. Must be greater than zero. A number without a unit suffix is bytes.
		 */
		private DataSize maxBodySize = DataSize.ofKilobytes(64);

		/**
		 * Whether a repeated I-Twilio-Idempotency-Token replays the first response
		 * instead of running the handler again.
		 */
		private boolean deduplicate = false;

		/**
		 * How long a webhook response is kept for replay to a retried request. Must be
		 * greater than zero. A number without a unit suffix is milliseconds.
		 */
		private Duration deduplicationTtl = Duration.ofMinutes(10);

		/**
		 * Maximum number of responses kept by the in-memory deduplication store, which
		 * also keeps no more than 64 MiB of response bodies.
		 */
		private int deduplicationCapacity = 10_000;

		/**
		 * Whether requests that embedded Tomcat or Jetty refuses get an
		 * application/problem+json body instead of the server's HTML error page. These are
		 * requests refused before they reach the application, such as one whose URL is
		 * longer than server.max-http-request-header-size.
		 */
		private boolean containerErrorsAsProblemDetails = true;

		private final Validation validation = new Validation();

		private final StatusCallback statusCallback = new StatusCallback();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable URI getPublicUrl() {
			return this.publicUrl;
		}

		public void setPublicUrl(@Nullable URI publicUrl) {
			this.publicUrl = publicUrl;
		}

		public List<String> getPaths() {
			return this.paths;
		}

		public void setPaths(List<String> paths) {
			this.paths = paths;
		}

		public List<String> getAdditionalAuthTokens() {
			return this.additionalAuthTokens;
		}

		public void setAdditionalAuthTokens(List<String> additionalAuthTokens) {
			this.additionalAuthTokens = additionalAuthTokens;
		}

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

		public boolean isDeduplicate() {
			return this.deduplicate;
		}

		public void setDeduplicate(boolean deduplicate) {
			this.deduplicate = deduplicate;
		}

		public Duration getDeduplicationTtl() {
			return this.deduplicationTtl;
		}

		public void setDeduplicationTtl(Duration deduplicationTtl) {
			this.deduplicationTtl = deduplicationTtl;
		}

		public int getDeduplicationCapacity() {
			return this.deduplicationCapacity;
		}

		public void setDeduplicationCapacity(int deduplicationCapacity) {
			this.deduplicationCapacity = deduplicationCapacity;
		}

		public boolean isContainerErrorsAsProblemDetails() {
			return this.containerErrorsAsProblemDetails;
		}

		public void setContainerErrorsAsProblemDetails(boolean containerErrorsAsProblemDetails) {
			this.containerErrorsAsProblemDetails = containerErrorsAsProblemDetails;
		}

		public Validation getValidation() {
			return this.validation;
		}

		public StatusCallback getStatusCallback() {
			return this.statusCallback;
		}

		@Override
		public String toString() {
			return "Webhook[enabled=" + this.enabled + ", publicUrl=" + mask(this.publicUrl) + ", paths=" + this.paths
					+ ", additionalAuthTokens=" + this.additionalAuthTokens.size() + " masked, maxBodySize="
					+ this.maxBodySize + ", deduplicate=" + this.deduplicate + ", deduplicationTtl="
					+ this.deduplicationTtl + ", deduplicationCapacity=" + this.deduplicationCapacity
					+ ", containerErrorsAsProblemDetails=" + this.containerErrorsAsProblemDetails
					+ ", validation=" + this.validation.enabled + ", statusCallback=" + this.statusCallback.path
					+ "]";
		}

		/**
		 * Signature validation settings.
		 */
		public static class Validation {

			/**
			 * Whether to validate the X-Twilio-Signature of webhook requests. Switching
			 * it off lets anyone forge webhooks and logs a warning at startup.
			 */
			private boolean enabled = true;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

		}

		/**
		 * Built-in status callback endpoint.
		 */
		public static class StatusCallback {

			/**
			 * Path of a built-in endpoint that validates message, call, recording and
			 * conference status callbacks and publishes them as application events. For
			 * example "/twilio/status"; not registered when unset. A literal path of its
			 * own: a pattern, or the path of a controller method, fails startup.
			 */
			private @Nullable String path;

			public @Nullable String getPath() {
				return this.path;
			}

			public void setPath(@Nullable String path) {
				// Spaces that trail a value in a .properties file are not part of the path
				this.path = (path != null) ? path.strip() : null;
			}

		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * How long a health result is reused before Twilio is asked again. Zero to ask at
		 * every check. A number without a unit suffix is milliseconds.
		 */
		private Duration cacheTtl = Duration.ofSeconds(60);

		/**
		 * How long a health result other than UP, such as DOWN after a failed call, is
		 * reused before Twilio is asked again. When unset, cache-ttl applies to every
		 * result. A number without a unit suffix is milliseconds.
		 */
		private @Nullable Duration failureCacheTtl;

		/**
		 * Timeout of the health check's call to Twilio. Zero to wait as long as the
		 * client's own timeouts allow. A number without a unit suffix is milliseconds.
		 */
		private Duration timeout = Duration.ofSeconds(3);

		/**
		 * Account balance, in the account's currency, below which health is reported as
		 * down. The balance is not checked when unset.
		 */
		private @Nullable BigDecimal minBalance;

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public @Nullable Duration getFailureCacheTtl() {
			return this.failureCacheTtl;
		}

		public void setFailureCacheTtl(@Nullable Duration failureCacheTtl) {
			this.failureCacheTtl = failureCacheTtl;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public @Nullable BigDecimal getMinBalance() {
			return this.minBalance;
		}

		public void setMinBalance(@Nullable BigDecimal minBalance) {
			this.minBalance = minBalance;
		}

		@Override
		public String toString() {
			return "Health[cacheTtl=" + this.cacheTtl + ", failureCacheTtl=" + this.failureCacheTtl + ", timeout="
					+ this.timeout + ", minBalance=" + this.minBalance + "]";
		}

	}

	/**
	 * Choice of HTTP transport for the client.
	 */
	public enum Transport {

		/**
		 * The built-in transport, unless Spring Boot's HTTP client support is configured.
		 */
		AUTO,

		/**
		 * The client's built-in HTTP/1.1 transport.
		 */
		BUILT_IN,

		/**
		 * The transport Spring Boot's {@code ClientHttpRequestFactoryBuilder} builds; needs
		 * {@code spring-boot-http-client}, usually through
		 * {@code spring-boot-starter-restclient}.
		 */
		SPRING_BOOT

	}

}
