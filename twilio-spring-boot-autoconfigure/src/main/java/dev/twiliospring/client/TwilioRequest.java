package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Immutable description of one call to any Twilio REST endpoint: product domain, HTTP
 * method, path template with its variables, form parameters and query parameters.
 * <p>
 * The path template keeps Twilio's own variable names, such as
 * {@code /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json}. {@code {AccountSid}} is
 * filled with the client's account SID unless a value is given. Metrics and logs show the
 * template, never the expanded path, so SIDs and phone numbers stay out of them:
 * <pre class="code">
 * TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
 *     .param("To", "+15558675310")
 *     .param("From", "+15017122661")
 *     .param("Body", "Hello")
 *     .build();
 * Message message = client.execute(request, Message.class);
 * </pre>
 *
 * @since 1.0.0
 * @see TwilioClient#execute(TwilioRequest, Class)
 */
public final class TwilioRequest {

	/**
	 * The name of the attribute that holds the {@code TwilioRequest} on every HTTP
	 * attempt the client makes for it: a {@code RestClient} request attribute, which
	 * Spring also sets on the {@code ClientHttpRequest} that interceptors and
	 * observations see. It tells Twilio's requests from the application's others, as
	 * {@code TwilioHttpUrlObservationFilter} does.
	 */
	public static final String ATTRIBUTE = TwilioRequest.class.getName();

	/** Name of the path variable that the client fills with its account SID. */
	public static final String ACCOUNT_SID_VARIABLE = "AccountSid";

	private static final HttpHeaders NO_HEADERS = HttpHeaders.readOnlyHttpHeaders(new HttpHeaders());

	private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "user-agent", "host", "content-type",
			"content-length", "transfer-encoding");

	private final TwilioDomain domain;

	private final HttpMethod method;

	private final String pathTemplate;

	private final Map<String, String> pathVariables;

	private final TwilioParameters parameters;

	private final TwilioParameters queryParameters;

	private final HttpHeaders headers;

	private final @Nullable Body body;

	private final @Nullable String pageUrl;

	private TwilioRequest(TwilioDomain domain, HttpMethod method, String pathTemplate, Map<String, String> pathVariables,
			TwilioParameters parameters, TwilioParameters queryParameters, HttpHeaders headers, @Nullable Body body,
			@Nullable String pageUrl) {
		this.domain = domain;
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.pathVariables = pathVariables;
		this.parameters = parameters;
		this.queryParameters = queryParameters;
		this.headers = headers;
		this.body = body;
		this.pageUrl = pageUrl;
	}

	/**
	 * Start a {@code GET} request.
	 * @param domain the product domain
	 * @param pathTemplate the path template, such as
	 * {@code /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json}
	 * @return a builder
	 */
	public static Builder get(TwilioDomain domain, String pathTemplate) {
		return new Builder(domain, HttpMethod.GET, pathTemplate);
	}

	/**
	 * Start a {@code POST} request, which Twilio uses for both create and update.
	 * @param domain the product domain
	 * @param pathTemplate the path template
	 * @return a builder
	 */
	public static Builder post(TwilioDomain domain, String pathTemplate) {
		return new Builder(domain, HttpMethod.POST, pathTemplate);
	}

	/**
	 * Start a {@code PUT} request.
	 * @param domain the product domain
	 * @param pathTemplate the path template
	 * @return a builder
	 */
	public static Builder put(TwilioDomain domain, String pathTemplate) {
		return new Builder(domain, HttpMethod.PUT, pathTemplate);
	}

	/**
	 * Start a {@code DELETE} request.
	 * @param domain the product domain
	 * @param pathTemplate the path template
	 * @return a builder
	 */
	public static Builder delete(TwilioDomain domain, String pathTemplate) {
		return new Builder(domain, HttpMethod.DELETE, pathTemplate);
	}

	/**
	 * Start a request with any HTTP method.
	 * @param method the HTTP method
	 * @param domain the product domain
	 * @param pathTemplate the path template
	 * @return a builder
	 */
	public static Builder method(HttpMethod method, TwilioDomain domain, String pathTemplate) {
		return new Builder(domain, method, pathTemplate);
	}

	/**
	 * Return the product domain.
	 * @return the domain
	 */
	public TwilioDomain domain() {
		return this.domain;
	}

	/**
	 * Return the HTTP method.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Return the path template, which is what logs and metrics show.
	 * @return the path template
	 */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * Return the values of the path template's variables.
	 * @return the path variables, without {@code AccountSid} unless it was given
	 */
	public Map<String, String> pathVariables() {
		return this.pathVariables;
	}

	/**
	 * Return the form parameters sent as an {@code application/x-www-form-urlencoded} body.
	 * @return the form parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	/**
	 * Return the query parameters.
	 * @return the query parameters
	 */
	public TwilioParameters queryParameters() {
		return this.queryParameters;
	}

	/**
	 * Return the extra request headers, such as {@code X-Twilio-Webhook-Enabled}.
	 * @return the read-only headers, empty unless some were added
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * Return the body sent instead of form parameters, for the few Twilio APIs that take
	 * JSON.
	 * @return the body, or {@code null} for a form-encoded (or empty) request
	 */
	public @Nullable Body body() {
		return this.body;
	}

	/**
	 * Return the URL of a specific page that this request fetches instead of expanding its
	 * template.
	 * @return the page URL, or {@code null} for a request that expands its template
	 * @see #forPage(String)
	 */
	public @Nullable String pageUrl() {
		return this.pageUrl;
	}

	/**
	 * Return a {@code GET} request for a page URL that Twilio returned, such as
	 * {@link Page#nextPageUrl()}. Only the URL's path and query are used; the host is the
	 * client's host for this request's domain, so region, edge and base URL settings
	 * still apply. The path template and the headers are kept.
	 * @param pageUrl the absolute or host-relative page URL
	 * @return the request for that page
	 */
	public TwilioRequest forPage(String pageUrl) {
		Assert.hasText(pageUrl, "Page URL must not be empty");
		return new TwilioRequest(this.domain, HttpMethod.GET, this.pathTemplate, this.pathVariables,
				TwilioParameters.empty(), TwilioParameters.empty(), this.headers, null, pageUrl);
	}

	/**
	 * Return a builder that starts with the values of this request.
	 * @return the builder
	 */
	public Builder mutate() {
		Builder builder = new Builder(this.domain, this.method, this.pathTemplate);
		if (!this.pathVariables.isEmpty()) {
			builder.pathVariables = new LinkedHashMap<>(this.pathVariables);
		}
		builder.parameters.addAll(this.parameters);
		builder.queryParameters.addAll(this.queryParameters);
		if (!this.headers.isEmpty()) {
			builder.headers = HttpHeaders.copyOf(this.headers);
		}
		builder.body = this.body;
		return builder;
	}

	/**
	 * Return whether requests of a method carry a body: form parameters or a raw body.
	 * Twilio takes {@code POST} and {@code PUT} bodies, and {@code PATCH} bodies for the
	 * few resources that update that way.
	 * @param method the method
	 * @return whether the method carries a body
	 */
	static boolean hasBody(HttpMethod method) {
		return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
	}

	/**
	 * Return the first variable of a path template that has no value: neither
	 * {@code AccountSid}, which the client fills in, nor one of the given names. Nothing
	 * is allocated when every variable has a value, as for every request the client's
	 * own resources build.
	 * @param pathTemplate the path template
	 * @param values the values by variable name
	 * @return the name of the first variable without a value, or {@code null}
	 */
	static @Nullable String unboundVariable(String pathTemplate, Map<String, ?> values) {
		int from = 0;
		int open;
		while ((open = pathTemplate.indexOf('{', from)) >= 0) {
			int end = variableEnd(pathTemplate, open);
			if (end < 0) {
				from = open + 1;
				continue;
			}
			if (!isNamed(pathTemplate, open + 1, end, ACCOUNT_SID_VARIABLE)
					&& !hasValue(pathTemplate, open + 1, end, values)) {
				return pathTemplate.substring(open + 1, end);
			}
			from = end + 1;
		}
		return null;
	}

	private static boolean hasValue(String pathTemplate, int start, int end, Map<String, ?> values) {
		for (String name : values.keySet()) {
			if (isNamed(pathTemplate, start, end, name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNamed(String pathTemplate, int start, int end, String name) {
		return name.length() == end - start && pathTemplate.startsWith(name, start);
	}

	/**
	 * Return where the variable that a brace opens ends: a variable is a non-empty name
	 * without braces or slashes, in braces.
	 * @param pathTemplate the path template
	 * @param open the index of a <code>&#123;</code>
	 * @return the index of the closing <code>&#125;</code>, or -1 if the brace opens no
	 * variable
	 */
	static int variableEnd(String pathTemplate, int open) {
		int end = open + 1;
		while (end < pathTemplate.length()) {
			char c = pathTemplate.charAt(end);
			if (c == '{' || c == '}' || c == '/') {
				break;
			}
			end++;
		}
		return (end < pathTemplate.length() && pathTemplate.charAt(end) == '}' && end > open + 1) ? end : -1;
	}


	@Override
	public String toString() {
		return this.method + " " + this.domain + " " + this.pathTemplate + ((this.pageUrl != null) ? " (page)" : "");
	}

	/**
	 * Builder for {@link TwilioRequest}.
	 */
	public static final class Builder {

		private final TwilioDomain domain;

		private final HttpMethod method;

		private final String pathTemplate;

		/**
		 * The path variables, once one is set: most requests have none of their own.
		 */
		private @Nullable Map<String, String> pathVariables;

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private final TwilioParameters.Builder queryParameters = TwilioParameters.builder();

		private @Nullable HttpHeaders headers;

		private @Nullable Body body;

		private Builder(TwilioDomain domain, HttpMethod method, String pathTemplate) {
			Assert.notNull(domain, "Domain must not be null");
			Assert.notNull(method, "HTTP method must not be null");
			Assert.isTrue(StringUtils.hasText(pathTemplate) && pathTemplate.startsWith("/"),
					() -> "Path template must start with '/', got '" + pathTemplate + "'");
			Assert.isTrue(!pathTemplate.contains("?"),
					() -> "Path template must not contain a query; use queryParam(...) instead: " + pathTemplate);
			for (int open = pathTemplate.indexOf('{'); open >= 0; open = pathTemplate.indexOf('{', open + 1)) {
				Assert.isTrue(variableEnd(pathTemplate, open) >= 0, () -> "Path template has a '{' that opens no "
						+ "variable (a name without '/' or '{', closed by '}'): " + pathTemplate);
			}
			this.domain = domain;
			this.method = method;
			this.pathTemplate = pathTemplate;
		}

		/**
		 * Set the value of a path variable. Values are percent-encoded, and {@code .} and
		 * {@code ..}, which a server or proxy would read as the current or the parent
		 * segment, are refused, so a value can never change the shape of the path.
		 * @param name the variable name as written in the template, such as {@code Sid}
		 * @param value the value
		 * @return this builder
		 * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}
		 */
		public Builder pathVariable(String name, Object value) {
			Assert.hasText(name, "Path variable name must not be empty");
			Assert.notNull(value, () -> "Path variable '" + name + "' must not be null");
			String formatted = TwilioParameters.format(value);
			Assert.hasText(formatted, () -> "Path variable '" + name + "' must not be empty");
			Assert.isTrue(!formatted.equals(".") && !formatted.equals(".."),
					() -> "Path variable '" + name + "' must not be '" + formatted + "', a relative path segment");
			Map<String, String> pathVariables = this.pathVariables;
			if (pathVariables == null) {
				pathVariables = new LinkedHashMap<>();
				this.pathVariables = pathVariables;
			}
			pathVariables.put(name, formatted);
			return this;
		}

		/**
		 * Set the values of several path variables.
		 * @param pathVariables the values by variable name
		 * @return this builder
		 */
		public Builder pathVariables(Map<String, ?> pathVariables) {
			pathVariables.forEach(this::pathVariable);
			return this;
		}

		/**
		 * Add a form parameter. Call it again, or pass a collection, for a repeated
		 * parameter such as {@code MediaUrl}.
		 * @param name the parameter name as Twilio spells it, such as {@code StatusCallback}
		 * @param value the value, formatted as described in {@link TwilioParameters};
		 * {@code null} adds nothing
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.add(name, value);
			return this;
		}

		/**
		 * Add form parameters.
		 * @param parameters the parameters to add
		 * @return this builder
		 */
		public Builder params(TwilioParameters parameters) {
			this.parameters.addAll(parameters);
			return this;
		}

		/**
		 * Add form parameters from a map.
		 * @param parameters the parameters to add
		 * @return this builder
		 */
		public Builder params(Map<String, ?> parameters) {
			this.parameters.addAll(parameters);
			return this;
		}

		/**
		 * Add a query parameter.
		 * @param name the parameter name as Twilio spells it, such as {@code DateSent>}
		 * @param value the value; {@code null} adds nothing
		 * @return this builder
		 */
		public Builder queryParam(String name, @Nullable Object value) {
			this.queryParameters.add(name, value);
			return this;
		}

		/**
		 * Add query parameters.
		 * @param parameters the parameters to add
		 * @return this builder
		 */
		public Builder queryParams(TwilioParameters parameters) {
			this.queryParameters.addAll(parameters);
			return this;
		}

		/**
		 * Add a request header, such as {@code X-Twilio-Webhook-Enabled: true} for the
		 * Conversations API. The client sets {@code Authorization}, {@code User-Agent} and
		 * the content headers itself, so those are rejected.
		 * @param name the header name
		 * @param value the header value
		 * @return this builder
		 * @throws IllegalArgumentException if the client sets the header itself, or if the
		 * name or the value has a character that cannot be sent, such as a line break
		 */
		public Builder header(String name, String value) {
			Assert.hasText(name, "Header name must not be empty");
			Assert.notNull(value, () -> "Value of header '" + name + "' must not be null");
			Assert.isTrue(!RESERVED_HEADERS.contains(name.trim().toLowerCase(Locale.ROOT)),
					() -> "Header '" + name + "' is set by the client: configure credentials on the client, "
							+ "userAgentExtension(...) for the User-Agent and body(...) for the content type");
			// Refused here, as the built-in transport would refuse them: Boot's transports
			// would fail the call as an I/O error, or send the value altered, or show it
			Http1TwilioRequestFactory.checkName(name.trim());
			Http1TwilioRequestFactory.checkValue(name.trim(), value);
			if (this.headers == null) {
				this.headers = new HttpHeaders();
			}
			this.headers.add(name.trim(), value);
			return this;
		}

		/**
		 * Send the given content as the body instead of form parameters, for the Twilio
		 * APIs that take JSON.
		 * @param content the body, such as a JSON document
		 * @param contentType the content type, such as {@code application/json}
		 * @return this builder
		 */
		public Builder body(String content, MediaType contentType) {
			Assert.notNull(content, "Body must not be null");
			return body(content.getBytes(StandardCharsets.UTF_8), contentType);
		}

		/**
		 * Send the given bytes as the body instead of form parameters.
		 * @param content the body
		 * @param contentType the content type
		 * @return this builder
		 */
		public Builder body(byte[] content, MediaType contentType) {
			Assert.notNull(content, "Body must not be null");
			Assert.notNull(contentType, "Content type must not be null");
			this.body = new Body(content, contentType);
			return this;
		}

		/**
		 * Build the request, checking that every path variable except
		 * {@code AccountSid} has a value.
		 * @return the request
		 */
		public TwilioRequest build() {
			Map<String, String> pathVariables = (this.pathVariables != null) ? this.pathVariables : Map.of();
			String unbound = unboundVariable(this.pathTemplate, pathVariables);
			Assert.isTrue(unbound == null,
					() -> "Path variable {" + unbound + "} of " + this.pathTemplate + " has no value");
			TwilioParameters parameters = this.parameters.build();
			Assert.isTrue(parameters.isEmpty() || hasBody(this.method),
					() -> this.method + " requests carry no form parameters; use queryParam(...) for "
							+ parameters.asMap().keySet());
			Assert.isTrue(this.body == null || parameters.isEmpty(),
					() -> "A request has either a body or form parameters, not both; got a body and "
							+ parameters.asMap().keySet());
			Assert.isTrue(this.body == null || hasBody(this.method), () -> this.method + " requests carry no body");
			return new TwilioRequest(this.domain, this.method, this.pathTemplate,
					pathVariables.isEmpty() ? Collections.emptyMap()
							: Collections.unmodifiableMap(new LinkedHashMap<>(pathVariables)),
					parameters,
					this.queryParameters.build(),
					(this.headers != null) ? HttpHeaders.readOnlyHttpHeaders(HttpHeaders.copyOf(this.headers)) : NO_HEADERS,
					this.body, null);
		}

	}

	/**
	 * Raw request body with its content type. The bytes are copied in and out, so that a
	 * request stays the same for every attempt, and compared by content.
	 *
	 * @param content the bytes sent
	 * @param contentType the content type sent
	 */
	public record Body(byte[] content, MediaType contentType) {

		/**
		 * Create a body.
		 * @param content the bytes sent
		 * @param contentType the content type sent
		 */
		public Body {
			Assert.notNull(content, "Content must not be null");
			Assert.notNull(contentType, "Content type must not be null");
			content = content.clone();
		}

		/**
		 * Return a copy of the bytes sent.
		 * @return the bytes
		 */
		@Override
		public byte[] content() {
			return this.content.clone();
		}

		/**
		 * Return the bytes sent, without a copy, for the client that sends them.
		 */
		byte[] bytes() {
			return this.content;
		}

		@Override
		public boolean equals(@Nullable Object obj) {
			return (this == obj) || (obj instanceof Body other && Arrays.equals(this.content, other.content)
					&& this.contentType.equals(other.contentType));
		}

		@Override
		public int hashCode() {
			return 31 * Arrays.hashCode(this.content) + this.contentType.hashCode();
		}

		@Override
		public String toString() {
			return "Body[" + this.contentType + ", " + this.content.length + " bytes]";
		}

	}

}
