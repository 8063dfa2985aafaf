package dev.twiliospring.webhook;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import dev.twiliospring.webhook.TwilioWebhookObservationContext.Outcome;
import dev.twiliospring.webhook.TwilioWebhookObservationContext.Type;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Servlet filter that guards Twilio webhooks: it reads the request body once, within a
 * size limit, checks the {@code X-Twilio-Signature} and passes the request on with its
 * body and parameters available to the handler. Requests that are not webhooks, as
 * decided by a {@link TwilioWebhookRequestMatcher}, pass through untouched.
 * <p>
 * Rejected requests get an {@code application/problem+json} response whose
 * {@code reason} member names the problem: 403 for a missing or invalid signature (or,
 * with a {@link WebhookSignatureValidatorResolver}, an {@code AccountSid} that is no
 * account SID), 503 for a {@code WebhookSignatureValidatorResolver} or a
 * {@link WebhookUrlResolver} that failed, 400 for a malformed request (a path, or an
 * {@code X-Forwarded-Prefix} that Spring's {@code ForwardedHeaderFilter} made the
 * context path, that cannot be decoded), 405 for
 * a method that the webhook's handler does not support or that Twilio never calls a
 * webhook with, anything but {@code GET}, {@code HEAD} and {@code POST} (with an
 * {@code Allow} header), 408 for a body that stops arriving, 413 for a body over the
 * limit, 415 for a body that is neither form encoded nor JSON, or that has a content
 * coding such as {@code gzip}, 409 for a retry that arrives while the first delivery
 * with its idempotency token is still handled (with deduplication), and 500 for a body
 * that a filter of the application read before this one (a configuration error). The
 * response never contains the expected signature or an auth token; a warning with the
 * URL the signature was checked against (its query parameters without their values) is
 * logged, as a wrong URL (typically because of a proxy) is the most common cause. As
 * anyone can send requests to a webhook, at most one rejection a minute is logged as a
 * warning, and the others at {@code DEBUG}.
 * <p>
 * Optionally, responses are recorded in a {@link WebhookDeduplicationStore} and replayed
 * when Twilio retries a request with the same {@code I-Twilio-Idempotency-Token}.
 * <p>
 * With an {@link #setObservationRegistry ObservationRegistry}, every webhook request is
 * observed as {@code twilio.webhook.requests}, tagged with its type and outcome (see
 * {@link TwilioWebhookObservationDocumentation}). The observation ends when the filter
 * chain returns, which for an asynchronous handler is before the response is complete.
 *
 * @since 1.0.0
 */
public class TwilioWebhookFilter extends OncePerRequestFilter {

	/**
	 * Order of the filter: after Spring Boot's {@code ForwardedHeaderFilter} (so that the
	 * request reflects forwarded headers) and ahead of filters that read request
	 * parameters, such as Spring Security's.
	 */
	public static final int DEFAULT_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	/**
	 * Request attribute set on every request the filter passed on: {@code true} if its
	 * signature was verified, {@code false} if validation is switched off.
	 */
	public static final String VERIFIED_ATTRIBUTE = TwilioWebhookFilter.class.getName() + ".VERIFIED";

	/**
	 * Request attribute holding the URL the signature was checked against.
	 */
	public static final String URL_ATTRIBUTE = TwilioWebhookFilter.class.getName() + ".URL";

	/**
	 * Header with which Twilio marks retries of the same request.
	 */
	public static final String IDEMPOTENCY_TOKEN_HEADER = "I-Twilio-Idempotency-Token";

	private static final Log logger = LogFactory.getLog(TwilioWebhookFilter.class);

	private static final String PROXY_HINT = "If Twilio called another URL (through a proxy, load balancer or "
			+ "tunnel), set server.forward-headers-strategy or twilio.webhook.public-url.";

	private static final String BODY_CONSUMED_HINT = "A filter that runs before this one read the body or the "
			+ "request parameters: order it after TwilioWebhookFilter.DEFAULT_ORDER, or let it read them later.";

	private static final String RESOLVER_HINT = "The WebhookSignatureValidatorResolver has no validator for the "
			+ "request's AccountSid, or the request names none (as a JSON webhook does), and no auth token is "
			+ "configured to check it instead: set twilio.auth-token for such requests.";

	private static final String NO_AUTH_TOKEN_HINT = "No auth token is configured: set twilio.auth-token or the "
			+ "TWILIO_AUTH_TOKEN environment variable.";

	private static final String NOT_VERIFIABLE = "signature-not-verifiable";

	private static final String NOT_VERIFIABLE_DETAIL = "The X-Twilio-Signature could not be verified";

	private static final String VALIDATOR_UNAVAILABLE = "signature-validator-unavailable";

	private static final String URL_UNAVAILABLE = "webhook-url-unavailable";

	private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

	private static final int MAX_RECORDED_RESPONSE_BYTES = 1024 * 1024;

	private static final String METHOD_NOT_ALLOWED = "method-not-allowed";

	private static final String MALFORMED_PATH = "malformed-path";

	private static final String UNREADABLE_BODY = "unreadable-body";

	private static final String MALFORMED_FORWARDED_HEADER = "malformed-forwarded-header";

	private static final String FORWARDED_PREFIX_HEADER = "X-Forwarded-Prefix";

	private static final String PROBLEM_ATTRIBUTE = TwilioWebhookFilter.class.getName() + ".PROBLEM";

	/**
	 * The methods Twilio calls webhooks with, as an {@code Allow} header lists them;
	 * {@code HEAD} is answered as {@code GET} is.
	 */
	private static final Set<String> TWILIO_METHODS = Collections
		.unmodifiableSet(new LinkedHashSet<>(List.of("GET", "POST")));

	private static final String UNSUPPORTED_CONTENT_TYPE = "unsupported-content-type";

	private static final String WEBHOOK_CONTENT_TYPES = "Twilio webhooks are application/x-www-form-urlencoded or "
			+ "application/json";

	private static final TwilioWebhookObservationConvention DEFAULT_CONVENTION = new DefaultTwilioWebhookObservationConvention();

	private final TwilioWebhookRequestMatcher requestMatcher;

	private final WebhookUrlResolver urlResolver;

	private final @Nullable TwilioSignatureValidator signatureValidator;

	private @Nullable WebhookSignatureValidatorResolver signatureValidatorResolver;

	private boolean validationEnabled = true;

	private long maxBodySize = 64 * 1024;

	private @Nullable WebhookDeduplicationStore deduplicationStore;

	private Duration deduplicationTtl = Duration.ofMinutes(10);

	private Duration deduplicationWait = Duration.ofSeconds(10);

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable TwilioWebhookObservationConvention observationConvention;

	private final RateLimitedLog rejections = new RateLimitedLog(logger, "rejections");

	/**
	 * Rejections for lack of an auth token, limited apart from {@link #rejections}, so
	 * that another bad request's warning cannot push the line that says why every webhook
	 * fails down to {@code DEBUG}.
	 */
	private final RateLimitedLog missingToken = new RateLimitedLog(logger, "rejections for lack of an auth token");

	/**
	 * Failures of the {@link WebhookSignatureValidatorResolver}, limited apart from
	 * {@link #rejections} so that their stack trace, which says what to fix, is not pushed
	 * down to {@code DEBUG} by bad requests.
	 */
	private final RateLimitedLog resolverFailures = new RateLimitedLog(logger,
			"failures of the WebhookSignatureValidatorResolver");

	/**
	 * Failures of the {@link WebhookUrlResolver}, limited apart from the others for the
	 * same reason as {@link #resolverFailures}.
	 */
	private final RateLimitedLog urlResolverFailures = new RateLimitedLog(logger,
			"failures of the WebhookUrlResolver");

	/**
	 * Create a filter.
	 * @param requestMatcher decides which requests are webhooks
	 * @param urlResolver reconstructs the URL that Twilio signed
	 * @param signatureValidator checks signatures; {@code null} if no auth token is
	 * configured, in which case webhooks are rejected while validation is enabled
	 */
	public TwilioWebhookFilter(TwilioWebhookRequestMatcher requestMatcher, WebhookUrlResolver urlResolver,
			@Nullable TwilioSignatureValidator signatureValidator) {
		this.requestMatcher = requestMatcher;
		this.urlResolver = urlResolver;
		this.signatureValidator = signatureValidator;
	}

	/**
	 * Set whether signatures are checked. Switching this off lets anyone forge webhooks;
	 * bodies are still read within the size limit and parameters still decoded.
	 * @param validationEnabled whether signatures are checked
	 */
	public void setValidationEnabled(boolean validationEnabled) {
		this.validationEnabled = validationEnabled;
	}

	/**
	 * Set the strategy that picks the validator for the account a request names in its
	 * {@code AccountSid} parameter, such as a subaccount, whose webhooks Twilio signs with
	 * the subaccount's own auth token.
	 * @param signatureValidatorResolver the strategy, or {@code null} to check every
	 * request with the validator given to the constructor
	 */
	public void setSignatureValidatorResolver(@Nullable WebhookSignatureValidatorResolver signatureValidatorResolver) {
		this.signatureValidatorResolver = signatureValidatorResolver;
	}

	/**
	 * Set the largest accepted request body.
	 * @param maxBodySize the limit in bytes
	 * @throws IllegalArgumentException if the limit is not greater than zero, which
	 * would refuse every webhook request with a body
	 */
	public void setMaxBodySize(long maxBodySize) {
		Assert.isTrue(maxBodySize > 0, () -> "the size must be greater than zero but was " + maxBodySize + "B");
		this.maxBodySize = maxBodySize;
	}

	/**
	 * Set the store that enables replaying responses to retried requests.
	 * @param deduplicationStore the store, or {@code null} to run the handler for every
	 * request
	 */
	public void setDeduplicationStore(@Nullable WebhookDeduplicationStore deduplicationStore) {
		this.deduplicationStore = deduplicationStore;
	}

	/**
	 * Set how long responses are kept for replay.
	 * @param deduplicationTtl the time to live, greater than zero: a claim that expired
	 * the moment it was made would let every retry run the handler again
	 */
	public void setDeduplicationTtl(Duration deduplicationTtl) {
		Assert.isTrue(deduplicationTtl != null && deduplicationTtl.compareTo(Duration.ZERO) > 0,
				"The deduplication time to live must be greater than zero");
		this.deduplicationTtl = deduplicationTtl;
	}

	/**
	 * Set how long a retried request waits for a first request that is still running
	 * before it is answered with 409 Conflict.
	 * @param deduplicationWait the longest wait
	 */
	public void setDeduplicationWait(Duration deduplicationWait) {
		this.deduplicationWait = deduplicationWait;
	}

	/**
	 * Set the registry in which webhook requests are observed.
	 * @param observationRegistry the registry, {@link ObservationRegistry#NOOP} (the
	 * default) to not observe them
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		Assert.notNull(observationRegistry, "ObservationRegistry must not be null");
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Set the convention that replaces the
	 * {@link DefaultTwilioWebhookObservationConvention}.
	 * @param observationConvention the convention, or {@code null} for the default
	 */
	public void setObservationConvention(@Nullable TwilioWebhookObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	/**
	 * Filter error dispatches too: a container that fails to read a body answers it
	 * itself, as Tomcat does with 400 or 408 and an error dispatch, which would replace
	 * the problem detail that the filter wrote for the request.
	 * @return {@code false}
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			if (request.getAttribute(PROBLEM_ATTRIBUTE) instanceof Problem problem) {
				WebhookProblems.write(response, problem.status(), problem.reason(), problem.detail(),
						problem.instance());
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		boolean webhook;
		Rejection malformed = null;
		try {
			webhook = this.requestMatcher.matches(request);
		}
		catch (IllegalArgumentException ex) {
			// Spring cannot parse the path; other paths are left to whatever serves them
			malformed = malformedWebhookPath(request, ex);
			if (malformed == null) {
				chain.doFilter(request, response);
				return;
			}
			webhook = false;
		}
		boolean known = webhook || malformed != null;
		Set<String> supportedMethods = known ? Set.of() : this.requestMatcher.supportedWebhookMethods(request);
		List<MediaType> supportedContentTypes = (known || !supportedMethods.isEmpty()) ? List.of()
				: this.requestMatcher.supportedWebhookContentTypes(request);
		if (!known && supportedMethods.isEmpty() && supportedContentTypes.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		TwilioWebhookObservationContext context = new TwilioWebhookObservationContext(request);
		Observation observation = TwilioWebhookObservationDocumentation.WEBHOOK_REQUEST
			.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context,
					this.observationRegistry)
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			if (webhook) {
				filterWebhook(request, response, chain, context);
			}
			else if (malformed != null) {
				context.setOutcome(Outcome.REJECTED_BAD_REQUEST);
				context.setReason(malformed.reason);
				refuse(request, response, malformed.status, malformed.reason, malformed.detail);
			}
			else if (!supportedMethods.isEmpty()) {
				// A method that no webhook handler of the path supports
				context.setOutcome(Outcome.REJECTED_BAD_REQUEST);
				context.setReason(METHOD_NOT_ALLOWED);
				rejectMethod(request, response, supportedMethods);
			}
			else {
				// A content type that no webhook handler of the path consumes
				context.setOutcome(Outcome.REJECTED_BAD_REQUEST);
				rejectContentType(request, response, supportedContentTypes, context);
			}
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// The dispatcher servlet wraps what a handler throws; the metric names the cause
			observation.error((ex instanceof ServletException && ex.getCause() != null) ? ex.getCause() : ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Return the rejection of a webhook request whose path Spring cannot parse, or
	 * {@code null} if the request is no webhook.
	 */
	private @Nullable Rejection malformedWebhookPath(HttpServletRequest request, IllegalArgumentException ex) {
		if (this.requestMatcher.matchesWithoutPathParameters(request)) {
			return new Rejection(HttpStatus.BAD_REQUEST, MALFORMED_PATH,
					"The request path is malformed: " + ex.getMessage());
		}
		if (this.requestMatcher.matchesWithoutMalformedContextPath(request)) {
			// A servlet container's own context path is always well formed; Spring's
			// ForwardedHeaderFilter makes a proxy's prefix the context path
			String source = hasHeader(request, FORWARDED_PREFIX_HEADER) ? "The " + FORWARDED_PREFIX_HEADER + " header"
					: "The request's context path";
			return new Rejection(HttpStatus.BAD_REQUEST, MALFORMED_FORWARDED_HEADER,
					source + " is malformed: " + ex.getMessage());
		}
		return null;
	}

	/**
	 * Return whether the request, or one that it wraps, has the header: Spring's
	 * {@code ForwardedHeaderFilter} hides the forwarded headers that it applied.
	 */
	private static boolean hasHeader(ServletRequest request, String name) {
		ServletRequest current = request;
		while (true) {
			if (current instanceof HttpServletRequest httpRequest && httpRequest.getHeader(name) != null) {
				return true;
			}
			if (!(current instanceof ServletRequestWrapper wrapper)) {
				return false;
			}
			current = wrapper.getRequest();
		}
	}

	private void filterWebhook(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			TwilioWebhookObservationContext context) throws ServletException, IOException {
		String method = request.getMethod();
		if (!HttpMethod.POST.matches(method) && !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			// Twilio calls webhooks with GET or POST only. This refuses the rest where a
			// path matched whatever the method (the status callback endpoint) or a handler
			// takes every method, and keeps Spring MVC's FormContentFilter from decoding a
			// PUT's or PATCH's form body again, its own way
			context.setOutcome(Outcome.REJECTED_BAD_REQUEST);
			context.setReason(METHOD_NOT_ALLOWED);
			rejectMethod(request, response, TWILIO_METHODS);
			return;
		}
		String url;
		try {
			url = resolveUrl(request);
		}
		catch (Rejection rejection) {
			// Without the URL that Twilio signed, the signature cannot be checked
			context.setOutcome(Outcome.REJECTED_SIGNATURE);
			context.setReason(rejection.reason);
			if (rejection.failure != null) {
				context.setError(rejection.failure);
			}
			reject(request, response, request.getRequestURI(), rejection);
			return;
		}
		WebhookRequest webhook;
		Map<String, String[]> parameters;
		try {
			webhook = read(request);
			parameters = webhook.parameters();
			context.setType(Type.of(parameters));
			if (this.validationEnabled) {
				verify(request, url, webhook);
			}
		}
		catch (Rejection rejection) {
			boolean signature = rejection.status == HttpStatus.FORBIDDEN || rejection.failure != null;
			context.setOutcome(signature ? Outcome.REJECTED_SIGNATURE : Outcome.REJECTED_BAD_REQUEST);
			context.setReason(rejection.reason);
			if (rejection.failure != null) {
				context.setError(rejection.failure);
			}
			reject(request, response, url, rejection);
			return;
		}
		CachedBodyRequest wrapped = new CachedBodyRequest(request, webhook.body(), webhook.charset(), parameters);
		wrapped.setAttribute(VERIFIED_ATTRIBUTE, this.validationEnabled);
		wrapped.setAttribute(URL_ATTRIBUTE, url);
		String idempotencyToken = request.getHeader(IDEMPOTENCY_TOKEN_HEADER);
		if (this.deduplicationStore != null && idempotencyToken != null && !idempotencyToken.isBlank()) {
			deduplicate(this.deduplicationStore, wrapped, response, chain,
					deduplicationKey(idempotencyToken, request.getMethod(), url, webhook), context);
		}
		else {
			context.setOutcome(Outcome.ACCEPTED);
			chain.doFilter(wrapped, response);
		}
	}

	/**
	 * Ask the application's URL resolver for the URL that Twilio signed. What it throws,
	 * or a {@code null} that it returns, is the server's failure, not the caller's: it is
	 * answered 503, as a failed {@link WebhookSignatureValidatorResolver} is, rather than
	 * escaping as a 500 with the container's error page.
	 */
	private String resolveUrl(HttpServletRequest request) throws Rejection {
		Exception failure;
		try {
			String url = this.urlResolver.resolve(request);
			if (url != null) {
				return url;
			}
			failure = new IllegalStateException(
					"WebhookUrlResolver " + this.urlResolver.getClass().getName() + " returned null");
		}
		catch (Exception ex) {
			failure = applicationFailure(ex);
		}
		throw new Rejection(HttpStatus.SERVICE_UNAVAILABLE, URL_UNAVAILABLE,
				"The URL that the request was signed for could not be resolved; the request can be retried", failure);
	}

	private WebhookRequest read(HttpServletRequest request) throws Rejection {
		Map<String, List<String>> queryParameters = decodeQuery(request.getQueryString());
		String method = request.getMethod();
		long contentLength = request.getContentLengthLong();
		if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)) {
			if (contentLength > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
				throw unexpectedBody(method);
			}
			byte @Nullable [] body = (contentLength < 0) ? readUnannouncedBody(request, method) : null;
			return new WebhookRequest(body, StandardCharsets.UTF_8, Map.of(), false, queryParameters);
		}
		if (contentLength > this.maxBodySize) {
			throw tooLarge();
		}
		checkContentHeaders(request);
		byte[] body = readBody(request, contentLength);
		MediaType contentType = contentType(request, body);
		Charset charset = charset(contentType);
		if (contentType == null || MediaType.APPLICATION_FORM_URLENCODED.includes(contentType)) {
			try {
				return new WebhookRequest(body, charset, FormDecoder.decode(body, charset), false, queryParameters);
			}
			catch (FormDecoder.MalformedFormException ex) {
				throw new Rejection(HttpStatus.BAD_REQUEST, "malformed-body",
						"The form encoded body is malformed: " + ex.getMessage());
			}
		}
		if (isJson(contentType)) {
			return new WebhookRequest(body, charset, Map.of(), true, queryParameters);
		}
		throw new Rejection(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_CONTENT_TYPE,
				"Content type '" + contentType + "' is not supported; " + WEBHOOK_CONTENT_TYPES);
	}

	/**
	 * Refuse a body that could be read two ways, or not as it is: with two
	 * {@code Content-Type} headers, a server and a proxy may each read another, and a
	 * content coding such as {@code gzip}, which Twilio never applies, would leave the
	 * signature checked against bytes that are not the parameters.
	 */
	private static void checkContentHeaders(HttpServletRequest request) throws Rejection {
		Enumeration<String> contentTypes = request.getHeaders(HttpHeaders.CONTENT_TYPE);
		if (contentTypes != null && contentTypes.hasMoreElements()) {
			contentTypes.nextElement();
			if (contentTypes.hasMoreElements()) {
				throw new Rejection(HttpStatus.BAD_REQUEST, "multiple-content-types",
						"The request has more than one Content-Type header; exactly one is expected");
			}
		}
		Enumeration<String> encodings = request.getHeaders(HttpHeaders.CONTENT_ENCODING);
		while (encodings != null && encodings.hasMoreElements()) {
			for (String coding : encodings.nextElement().split(",")) {
				String trimmed = coding.trim();
				if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase("identity")) {
					throw new Rejection(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content-encoding",
							"A Content-Encoding is not supported; Twilio sends webhook bodies without one, so "
									+ "send the body as it is");
				}
			}
		}
	}

	private static Rejection unexpectedBody(String method) {
		// Only the URL of a GET webhook is signed: a body would reach the handler unchecked
		return new Rejection(HttpStatus.BAD_REQUEST, "unexpected-body",
				"A " + method + " webhook request must not have a body; Twilio signs only its URL");
	}

	/**
	 * Refuse a body that a {@code GET} or {@code HEAD} request without
	 * {@code Content-Length} or {@code Transfer-Encoding} has all the same, as an HTTP/2
	 * request has one in its DATA frames, such as one that an ingress forwards over h2c.
	 * An HTTP/1.x request without either header has none (RFC 9112, section 6.3), and its
	 * stream is left untouched.
	 * @param request the request
	 * @param method its method
	 * @return an empty body for the handler to read in place of the stream read to its
	 * end, or {@code null} if the stream was not read
	 */
	private static byte @Nullable [] readUnannouncedBody(HttpServletRequest request, String method)
			throws Rejection {
		if (request.getProtocol().startsWith("HTTP/1.")) {
			return null;
		}
		int first;
		try {
			first = request.getInputStream().read();
		}
		catch (IOException ex) {
			throw unreadable(ex, new Rejection(HttpStatus.BAD_REQUEST, UNREADABLE_BODY,
					"The request body could not be read"));
		}
		catch (IllegalStateException ex) {
			// An earlier filter took the reader, and with it whatever body there was
			return null;
		}
		if (first != -1) {
			throw unexpectedBody(method);
		}
		// Replayed, so that the handler may still take the request's reader
		return new byte[0];
	}

	private static Map<String, List<String>> decodeQuery(@Nullable String query) throws Rejection {
		if (query == null || query.isEmpty()) {
			return Map.of();
		}
		try {
			return FormDecoder.decode(query.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		catch (FormDecoder.MalformedFormException ex) {
			throw new Rejection(HttpStatus.BAD_REQUEST, "malformed-query",
					"The query string is malformed: " + ex.getMessage());
		}
	}

	private byte[] readBody(HttpServletRequest request, long contentLength) throws Rejection {
		if (contentLength < 0 || contentLength > Integer.MAX_VALUE - 8) {
			return readBodyOfUnknownLength(request);
		}
		// The container ends the stream at the announced length, which is within the
		// limit: a typical webhook body is read straight into an array of its size
		byte[] body = new byte[(int) contentLength];
		int read = 0;
		try {
			ServletInputStream in = request.getInputStream();
			boolean readAlready = body.length > 0 && isFinished(in);
			while (read < body.length) {
				int count = in.read(body, read, body.length - read);
				if (count < 0) {
					break;
				}
				read += count;
			}
			if (read < body.length) {
				// A stream that ends without an error before its first byte was read ahead of
				// the filter, as Tomcat and Jetty fail the read of a body the client cut short.
				// Tomcat says so before the read; Jetty, which reads a form's parameters past
				// the stream, only once a read has found its end
				if (read == 0 && (readAlready || isFinished(in))) {
					throw new Rejection(HttpStatus.INTERNAL_SERVER_ERROR, "body-consumed",
							"The request body was read before the signature could be checked");
				}
				// A container that ends the stream of a body cut short without an error must
				// not have it checked and handed on as if it were whole
				throw shortBody(read, contentLength);
			}
			return body;
		}
		catch (IOException ex) {
			throw unreadable(ex, shortBody(read, contentLength));
		}
	}

	private byte[] readBodyOfUnknownLength(HttpServletRequest request) throws Rejection {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			InputStream in = request.getInputStream();
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) != -1) {
				if (body.size() + (long) read > this.maxBodySize) {
					throw tooLarge();
				}
				body.write(buffer, 0, read);
			}
			return body.toByteArray();
		}
		catch (IOException ex) {
			throw unreadable(ex, new Rejection(HttpStatus.BAD_REQUEST, UNREADABLE_BODY,
					"The request body ended before its last chunk"));
		}
	}

	/**
	 * Return whether a body was read to its end before the filter read any of it, as
	 * when an earlier filter read a form's parameters: the application's mistake, not the
	 * client's. Asked again after a read found the end, as Jetty answers {@code false}
	 * until then. A stream that cannot tell is taken to have been read.
	 */
	private static boolean isFinished(ServletInputStream in) {
		try {
			return in.isFinished();
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private static Rejection shortBody(int read, long contentLength) {
		return new Rejection(HttpStatus.BAD_REQUEST, UNREADABLE_BODY, "The request body ended after " + read
				+ " of the " + contentLength + " bytes its Content-Length announced");
	}

	/**
	 * Return the rejection of a body whose reading failed: a timeout, a body that ended
	 * early, or any other failure. Containers wrap what the connection threw, as Tomcat
	 * does in a {@code ClientAbortException}; Jetty's idle timeout is a
	 * {@link TimeoutException} in an {@link IOException}.
	 */
	private static Rejection unreadable(IOException ex, Rejection endedEarly) {
		if (causedBy(ex, SocketTimeoutException.class) || causedBy(ex, TimeoutException.class)) {
			return new Rejection(HttpStatus.REQUEST_TIMEOUT, "body-timeout",
					"The request body did not arrive within the server's timeout");
		}
		if (causedBy(ex, EOFException.class)) {
			return endedEarly;
		}
		return new Rejection(HttpStatus.BAD_REQUEST, UNREADABLE_BODY, "The request body could not be read");
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private Rejection tooLarge() {
		return new Rejection(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
				"The request body is larger than the limit of " + this.maxBodySize + " bytes");
	}

	private static @Nullable MediaType contentType(HttpServletRequest request, byte[] body) throws Rejection {
		String contentType = request.getContentType();
		if (contentType == null || contentType.isBlank()) {
			if (body.length == 0) {
				return null;
			}
			throw new Rejection(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "missing-content-type",
					"The request has a body but no Content-Type; " + WEBHOOK_CONTENT_TYPES);
		}
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			throw new Rejection(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_CONTENT_TYPE,
					"The Content-Type header is invalid: " + ex.getMessage());
		}
	}

	private static Charset charset(@Nullable MediaType contentType) {
		// Parsing the media type already rejected unsupported charsets
		Charset charset = (contentType != null) ? contentType.getCharset() : null;
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

	private static boolean isJson(MediaType contentType) {
		if (contentType.isWildcardType() || contentType.isWildcardSubtype()) {
			// Compatible with JSON, but it names no type to read the body as
			return false;
		}
		return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| (contentType.getSubtypeSuffix() != null && contentType.getSubtypeSuffix().equals("json"));
	}

	private void verify(HttpServletRequest request, String url, WebhookRequest webhook) throws Rejection {
		String signature = signature(request);
		TwilioSignatureValidator validator = this.signatureValidator;
		WebhookSignatureValidatorResolver resolver = this.signatureValidatorResolver;
		if (resolver != null) {
			if (signature == null) {
				// Not worth a look-up of the account, which may reach a database
				throw missingSignature();
			}
			String accountSid = webhook.accountSid();
			// The account's validator alone: another account's token must not sign for it
			TwilioSignatureValidator resolved = (accountSid != null) ? resolve(resolver, accountSid) : null;
			validator = (resolved != null) ? resolved : validator;
		}
		if (validator == null) {
			throw new Rejection(HttpStatus.FORBIDDEN, NOT_VERIFIABLE, NOT_VERIFIABLE_DETAIL);
		}
		// Twilio signs the URL alone where it adds the body's hash to it: such a request is
		// checked against that hash whatever its content type says, so that a captured
		// signature cannot carry another body, or none
		boolean bodyHashed = webhook.json()
				|| webhook.queryParameters().containsKey(TwilioSignatureValidator.BODY_SHA256_PARAMETER);
		TwilioSignatureValidator.Result result = bodyHashed
				? validator.validateBody(url, (webhook.body() != null) ? webhook.body() : new byte[0], signature)
				: validator.validate(url, webhook.formParameters(), signature);
		switch (result) {
			case VALID -> {
			}
			case MISSING_SIGNATURE -> throw missingSignature();
			case SIGNATURE_MISMATCH -> throw new Rejection(HttpStatus.FORBIDDEN, "signature-mismatch",
					"The X-Twilio-Signature does not match the request URL and parameters");
			case BODY_HASH_MISSING -> throw new Rejection(HttpStatus.FORBIDDEN, "body-hash-missing",
					"The signed URL of a JSON webhook has no bodySHA256 parameter");
			case BODY_HASH_MISMATCH -> throw new Rejection(HttpStatus.FORBIDDEN, "body-hash-mismatch",
					"The request body does not match the signed bodySHA256 parameter");
		}
	}

	/**
	 * Ask the resolver for the validator of a well-formed account SID. Anything else is
	 * never handed to the application's look-up, which may reach a database or fail on
	 * it, and no configured token may check a request whose account is unclear. A
	 * failure of the look-up is the server's, not the caller's: it is answered 503, so
	 * that it does not read as a bad signature.
	 */
	private static @Nullable TwilioSignatureValidator resolve(WebhookSignatureValidatorResolver resolver,
			String accountSid) throws Rejection {
		if (!ACCOUNT_SID.matcher(accountSid).matches()) {
			throw new Rejection(HttpStatus.FORBIDDEN, NOT_VERIFIABLE,
					NOT_VERIFIABLE_DETAIL + ": the AccountSid is not an account SID (AC followed by 32 hexadecimal "
							+ "digits)");
		}
		try {
			return resolver.resolve(accountSid);
		}
		catch (Exception ex) {
			throw new Rejection(HttpStatus.SERVICE_UNAVAILABLE, VALIDATOR_UNAVAILABLE,
					"The validator for the request's account is unavailable; the request can be retried",
					applicationFailure(ex));
		}
	}

	/**
	 * Take what an application's resolver threw: not only a RuntimeException, as one
	 * written in Kotlin, or one that rethrows sneakily, can throw a checked exception such
	 * as an IOException; an interrupt is kept for the thread.
	 */
	private static Exception applicationFailure(Exception ex) {
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
		}
		return ex;
	}

	private static Rejection missingSignature() {
		return new Rejection(HttpStatus.FORBIDDEN, "missing-signature", "The request has no X-Twilio-Signature header");
	}

	private static @Nullable String signature(HttpServletRequest request) throws Rejection {
		Enumeration<String> headers = request.getHeaders(TwilioSignatureValidator.SIGNATURE_HEADER);
		List<String> values = (headers != null) ? Collections.list(headers) : List.of();
		if (values.size() > 1) {
			throw new Rejection(HttpStatus.BAD_REQUEST, "multiple-signatures",
					"The request has " + values.size() + " X-Twilio-Signature headers; exactly one is expected");
		}
		return values.isEmpty() ? null : values.get(0).trim();
	}

	private void reject(HttpServletRequest request, HttpServletResponse response, String url, Rejection rejection)
			throws IOException {
		String message = "Rejected Twilio webhook " + describe(request, url) + from(request) + " with "
				+ rejection.status.value() + ": " + WebhookProblems.loggable(rejection.detail);
		if (rejection.failure != null && rejection.reason.equals(URL_UNAVAILABLE)) {
			this.urlResolverFailures.error(message + ". The WebhookUrlResolver failed", rejection.failure);
		}
		else if (rejection.failure != null) {
			this.resolverFailures.error(message + ". The WebhookSignatureValidatorResolver failed",
					rejection.failure);
		}
		else if (rejection.reason.equals(NOT_VERIFIABLE) && rejection.detail.equals(NOT_VERIFIABLE_DETAIL)) {
			// A configuration error rather than a bad request: one line says both
			this.missingToken.error(message + ". "
					+ ((this.signatureValidatorResolver != null) ? RESOLVER_HINT : NO_AUTH_TOKEN_HINT));
		}
		else {
			String hint = switch (rejection.reason) {
				case "signature-mismatch" -> ". " + PROXY_HINT;
				case "body-consumed" -> ". " + BODY_CONSUMED_HINT;
				default -> "";
			};
			this.rejections.warn(message + hint);
		}
		answer(request, response, rejection.status, rejection.reason, rejection.detail);
	}

	private void rejectMethod(HttpServletRequest request, HttpServletResponse response, Set<String> supportedMethods)
			throws IOException {
		String allowed = String.join(", ", supportedMethods);
		String detail = "Method " + request.getMethod() + " is not supported by this Twilio webhook; Twilio calls it "
				+ "with " + String.join(" or ", supportedMethods);
		response.setHeader(HttpHeaders.ALLOW, allowed);
		refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED, detail);
	}

	private void rejectContentType(HttpServletRequest request, HttpServletResponse response,
			List<MediaType> supportedContentTypes, TwilioWebhookObservationContext context) throws IOException {
		String accepted = MediaType.toString(supportedContentTypes);
		String contentType = request.getContentType();
		boolean missing = contentType == null || contentType.isBlank();
		String reason = missing ? "missing-content-type" : UNSUPPORTED_CONTENT_TYPE;
		String detail = (missing ? "The request has no Content-Type" : "Content type '" + contentType + "' is not")
				+ " accepted by this Twilio webhook; it accepts " + accepted;
		context.setReason(reason);
		response.setHeader(HttpHeaders.ACCEPT, accepted);
		refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason, detail);
	}

	/**
	 * Log a request refused before its signature is looked at, and answer it with a
	 * problem detail.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason,
			String detail) throws IOException {
		String refused = WebhookProblems.loggable(request.getMethod() + " " + request.getRequestURI());
		this.rejections.warn("Rejected Twilio webhook " + refused + from(request) + " with " + status.value() + ": "
				+ WebhookProblems.loggable(detail));
		answer(request, response, status, reason, detail);
	}

	/**
	 * Answer a rejected request with a problem detail, kept for the error dispatch that
	 * a container may make instead of sending it.
	 */
	private static void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String reason, String detail) throws IOException {
		Problem problem = new Problem(status, reason, detail, request.getRequestURI());
		request.setAttribute(PROBLEM_ATTRIBUTE, problem);
		WebhookProblems.write(response, status, reason, detail, problem.instance());
	}

	/**
	 * Name the client for a rejection's log line: the address a proxy forwarded for, once
	 * Spring Boot's forward headers strategy has applied it.
	 */
	private static String from(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return (address != null) ? " from " + WebhookProblems.loggable(address) : "";
	}

	private static String describe(HttpServletRequest request, String url) {
		// The query of a GET webhook holds Twilio's parameters: phone numbers, message text
		return WebhookProblems
			.loggable(request.getMethod() + " " + WebhookUrls.withoutQueryValues(WebhookUrls.withoutUserInfo(url)));
	}

	private void deduplicate(WebhookDeduplicationStore store, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain, String key, TwilioWebhookObservationContext context)
			throws IOException, ServletException {
		WebhookDeduplicationStore.Claim claim;
		try {
			claim = store.claim(key, this.deduplicationTtl, this.deduplicationWait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			context.setOutcome(Outcome.DEDUPLICATED);
			context.setReason("interrupted");
			WebhookProblems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "interrupted",
					"The request was interrupted while waiting for an earlier attempt");
			return;
		}
		switch (claim.status()) {
			case COMPLETED -> {
				context.setOutcome(Outcome.DEDUPLICATED);
				context.setReason("replayed");
				replay(response, claim.response());
			}
			case IN_PROGRESS -> {
				context.setOutcome(Outcome.DEDUPLICATED);
				context.setReason("duplicate-in-progress");
				WebhookProblems.write(request, response, HttpStatus.CONFLICT, "duplicate-in-progress",
						"An earlier attempt of this request is still being processed");
			}
			case ACQUIRED -> {
				context.setOutcome(Outcome.ACCEPTED);
				runAndRecord(store, request, response, chain, key, claim);
			}
		}
	}

	private void runAndRecord(WebhookDeduplicationStore store, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain, String key, WebhookDeduplicationStore.Claim claim)
			throws IOException, ServletException {
		RecordingResponse recording = new RecordingResponse(response, MAX_RECORDED_RESPONSE_BYTES);
		boolean handedOver = false;
		try {
			chain.doFilter(request, recording);
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new RecordingAsyncListener(store, key, claim, recording));
				handedOver = true;
			}
			else {
				handedOver = true;
				finish(store, key, claim, recording);
			}
		}
		finally {
			if (!handedOver) {
				store.release(key, claim);
			}
		}
	}

	private void finish(WebhookDeduplicationStore store, String key, WebhookDeduplicationStore.Claim claim,
			RecordingResponse recording) {
		boolean completed = false;
		try {
			recording.flushWriter();
			if (recording.isRecordable()) {
				store.complete(key, claim, recording.toRecorded(), this.deduplicationTtl);
				completed = true;
			}
		}
		finally {
			// A claim left behind would answer every retry with 409 for as long as the store
			// keeps it, which for the in-memory store is until the application stops
			if (!completed) {
				store.release(key, claim);
			}
		}
	}

	private static void replay(HttpServletResponse response, @Nullable RecordedWebhookResponse recorded)
			throws IOException {
		if (recorded == null) {
			return;
		}
		byte[] body = recorded.body();
		response.setStatus(recorded.status());
		recorded.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		if (recorded.contentType() != null) {
			response.setContentType(recorded.contentType());
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static String deduplicationKey(String token, String method, String url, WebhookRequest webhook) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// Binding the key to the whole request means a token copied onto another request
			// can never fetch someone else's recorded response
			digest.update((token + '\n' + method + ' ' + url + '\n').getBytes(StandardCharsets.UTF_8));
			if (webhook.body() != null) {
				digest.update(webhook.body());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "TwilioWebhookFilter[requestMatcher=" + this.requestMatcher + ", urlResolver=" + this.urlResolver
				+ ", validationEnabled=" + this.validationEnabled + ", maxBodySize=" + this.maxBodySize
				+ ", deduplicationStore=" + this.deduplicationStore + "]";
	}

	/**
	 * A webhook request whose body has been read and decoded.
	 */
	private record WebhookRequest(byte @Nullable [] body, Charset charset,
			Map<String, List<String>> formParameters, boolean json, Map<String, List<String>> queryParameters) {

		/**
		 * Return the {@code AccountSid} the request names, or {@code null} if it names
		 * none or several. A JSON webhook names none: its handler reads the account from
		 * the body, not from the query. Another parameter that Spring's data binding
		 * takes for the same property ({@code accountSid}, {@code !accountSid}) makes
		 * the account unclear as several values do, so that a handler cannot bind
		 * another account than the one whose token checked the request.
		 */
		@Nullable String accountSid() {
			if (this.json) {
				return null;
			}
			String accountSid = null;
			for (Map<String, List<String>> source : List.of(this.queryParameters, this.formParameters)) {
				for (Map.Entry<String, List<String>> parameter : source.entrySet()) {
					if (!parameter.getKey().equals("AccountSid")) {
						if (bindsAsAccountSid(parameter.getKey())) {
							return null;
						}
						continue;
					}
					for (String value : parameter.getValue()) {
						if (accountSid != null && !accountSid.equals(value)) {
							return null;
						}
						accountSid = value;
					}
				}
			}
			return accountSid;
		}

		private static boolean bindsAsAccountSid(String name) {
			// WebDataBinder's field default and field marker prefixes
			String property = (name.startsWith("!") || name.startsWith("_")) ? name.substring(1) : name;
			return property.equalsIgnoreCase("AccountSid");
		}

		Map<String, String[]> parameters() {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			merged().forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
			return parameters;
		}

		private Map<String, List<String>> merged() {
			if (this.queryParameters.isEmpty()) {
				return this.formParameters;
			}
			Map<String, List<String>> merged = new LinkedHashMap<>();
			this.queryParameters
				.forEach((name, values) -> merged.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(values));
			this.formParameters
				.forEach((name, values) -> merged.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(values));
			return merged;
		}

	}

	/**
	 * The problem detail a rejected request was answered with.
	 */
	private record Problem(HttpStatus status, String reason, String detail, String instance) {

	}

	/**
	 * Why a request is rejected. Not thrown beyond this class.
	 */
	private static final class Rejection extends Exception {

		private static final long serialVersionUID = 1L;

		private final HttpStatus status;

		private final String reason;

		private final String detail;

		/**
		 * What the application's code threw, for the log; never in the response.
		 */
		private final @Nullable Exception failure;

		Rejection(HttpStatus status, String reason, String detail) {
			this(status, reason, detail, null);
		}

		Rejection(HttpStatus status, String reason, String detail, @Nullable Exception failure) {
			super(detail, null, false, false);
			this.status = status;
			this.reason = reason;
			this.detail = detail;
			this.failure = failure;
		}

	}

	/**
	 * Records the response of a request that went asynchronous once it completes.
	 */
	private final class RecordingAsyncListener implements AsyncListener {

		private final WebhookDeduplicationStore store;

		private final String key;

		private final WebhookDeduplicationStore.Claim claim;

		private final RecordingResponse recording;

		RecordingAsyncListener(WebhookDeduplicationStore store, String key, WebhookDeduplicationStore.Claim claim,
				RecordingResponse recording) {
			this.store = store;
			this.key = key;
			this.claim = claim;
			this.recording = recording;
		}

		@Override
		public void onComplete(AsyncEvent event) {
			finish(this.store, this.key, this.claim, this.recording);
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.store.release(this.key, this.claim);
		}

		@Override
		public void onError(AsyncEvent event) {
			this.store.release(this.key, this.claim);
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
