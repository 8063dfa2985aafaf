package dev.twiliospring.test.webhook;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.twiliospring.test.TwilioForms;
import dev.twiliospring.test.internal.WebhookContentTypes;
import dev.twiliospring.test.internal.WebhookSigningSettings;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.WebhookUrlResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.StringUtils;

/**
 * Signs webhook requests as Twilio does, for tests that send them to an application
 * over HTTP, such as a {@code @SpringBootTest} on a real port, rather than through
 * MockMvc. {@link #signature(String, Map)} returns the {@code X-Twilio-Signature} of a
 * request, and the signer is a {@link ClientHttpRequestInterceptor} that signs every
 * request of a {@code RestTestClient}, {@code RestClient} or {@code RestTemplate}:
 * <pre class="code">
 * RestTestClient client = RestTestClient.bindToServer()
 *     .baseUrl("http://localhost:" + port)
 *     .requestInterceptor(TwilioWebhookSigner.forApplication(context))
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 */
public final class TwilioWebhookSigner implements ClientHttpRequestInterceptor {

	private static final URI MOCK_MVC_ORIGIN = URI.create("http://localhost/");

	private final String authToken;

	private final UnaryOperator<String> urlResolver;

	private final UnaryOperator<String> mockMvcUrlResolver;

	private TwilioWebhookSigner(String authToken, UnaryOperator<String> urlResolver,
			UnaryOperator<String> mockMvcUrlResolver) {
		this.authToken = authToken;
		this.urlResolver = urlResolver;
		this.mockMvcUrlResolver = mockMvcUrlResolver;
	}

	/**
	 * Return a signer that signs as Twilio signs the webhooks of the given application:
	 * with its auth token, from its {@code TwilioConnectionDetails} bean (so the
	 * emulator's token when it runs), else the {@code twilio.auth-token} property; and
	 * for the URL it checks, which is the URL a request is sent to, resolved by its
	 * {@code WebhookUrlResolver} bean, else with {@code twilio.webhook.public-url} in
	 * place of scheme, host and port when that is set. The resolver sees the URL
	 * alone: a request whose forwarded headers the application applies is signed for
	 * the public URL with {@link #signature(String, Map)}.
	 * @param context the application context of the application under test
	 * @return the signer
	 * @throws IllegalStateException if the application has no auth token
	 */
	public static TwilioWebhookSigner forApplication(ApplicationContext context) {
		String authToken = WebhookSigningSettings.authToken(context, "TwilioWebhookSigner.withAuthToken(authToken)");
		WebhookUrlResolver resolver = WebhookSigningSettings.urlResolver(context);
		String contextPath = context.getEnvironment().getProperty("server.servlet.context-path", "");
		// MockMvc applies no server.servlet.context-path: its request path is the handler's
		return new TwilioWebhookSigner(authToken, (url) -> resolver.resolve(request(url, contextPath)),
				(url) -> resolver.resolve(request(url, "")));
	}

	/**
	 * Return a signer that signs with the given auth token, for the URL a request is
	 * sent to, exactly; for example to check that a request signed with another
	 * account's token is rejected.
	 * @param authToken the auth token to sign with
	 * @return the signer
	 */
	public static TwilioWebhookSigner withAuthToken(String authToken) {
		if (!StringUtils.hasText(authToken)) {
			throw new IllegalArgumentException("Auth token must not be empty");
		}
		return new TwilioWebhookSigner(authToken.trim(), UnaryOperator.identity(), UnaryOperator.identity());
	}

	/**
	 * Return the signature of a request without form parameters: a {@code GET}, whose
	 * parameters are in the query string, or a request with a JSON body, whose URL has
	 * the {@code bodySHA256} parameter (see
	 * {@link TwilioSignatureValidator#withBodySha256(String, byte[])}).
	 * @param url the full URL the request is sent to, query string included
	 * @return the value of the {@code X-Twilio-Signature} header
	 */
	public String signature(String url) {
		return signature(url, Map.of());
	}

	/**
	 * Return the signature of a {@code POST} with a form body.
	 * @param url the full URL the request is sent to, query string included
	 * @param parameters the form parameters of the body
	 * @return the value of the {@code X-Twilio-Signature} header
	 */
	public String signature(String url, Map<String, ? extends List<String>> parameters) {
		return TwilioSignatureValidator.computeSignature(this.authToken, this.urlResolver.apply(asSent(url)),
				parameters);
	}

	/**
	 * Return the signature of a request sent to the given URI. A client bound to
	 * MockMvc, such as the {@code RestTestClient} or {@code WebTestClient} that Spring
	 * Boot binds to it, sends a URI without scheme and host, which MockMvc receives on
	 * {@code http://localhost}; and MockMvc applies no {@code server.servlet.context-path},
	 * so the whole path is the handler's, even where it begins as the context path does.
	 */
	String signature(URI uri, Map<String, ? extends List<String>> parameters) {
		if (uri.isAbsolute() || uri.getHost() != null) {
			return signature(uri.toString(), parameters);
		}
		String url = asSent(MOCK_MVC_ORIGIN.resolve(uri).toString());
		return TwilioSignatureValidator.computeSignature(this.authToken, this.mockMvcUrlResolver.apply(url),
				parameters);
	}

	/**
	 * Sign the request in {@code X-Twilio-Signature}: a form body with its parameters; a
	 * JSON body by adding its {@code bodySHA256} to the URL, which is signed alone; any
	 * other request by its URL alone.
	 */
	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		SignedRequest signed = sign(request.getMethod(), request.getURI(), request.getHeaders().getContentType(), body);
		HttpRequest outgoing = request;
		if (!signed.url().equals(request.getURI())) {
			outgoing = new HttpRequestWrapper(request) {

				@Override
				public URI getURI() {
					return signed.url();
				}

			};
		}
		outgoing.getHeaders().set(TwilioSignatureValidator.SIGNATURE_HEADER, signed.signature());
		return execution.execute(outgoing, body);
	}

	/**
	 * Return how a request with the given body is signed, as Twilio signs it: a JSON body
	 * by adding its {@code bodySHA256} to the URL, which is signed alone; the form body
	 * of a request other than a {@code GET} or {@code HEAD} with its parameters; any other
	 * request by its URL alone. Shared by this interceptor and
	 * {@link TwilioWebhookWebTestClientConfigurers}, so that both clients sign alike.
	 */
	SignedRequest sign(HttpMethod method, URI url, @Nullable MediaType contentType, byte[] body) {
		boolean get = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		if (body.length > 0 && contentType != null && WebhookContentTypes.isJson(contentType)) {
			URI hashed = URI.create(TwilioSignatureValidator.withBodySha256(url.toString(), body));
			return new SignedRequest(hashed, signature(hashed, Map.of()));
		}
		if (body.length > 0 && !get
				&& (contentType == null || MediaType.APPLICATION_FORM_URLENCODED.includes(contentType))) {
			Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
					: StandardCharsets.UTF_8;
			return new SignedRequest(url, signature(url, TwilioForms.decode(new String(body, charset), charset)));
		}
		return new SignedRequest(url, signature(url, Map.of()));
	}

	@Override
	public String toString() {
		// Never the auth token
		return "TwilioWebhookSigner";
	}

	/**
	 * Return the URL as a client sends it: characters beyond ASCII percent-encoded as
	 * UTF-8, as the application reads the path and query.
	 */
	private static String asSent(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Webhook URL '" + url + "' is not a valid URL: " + ex.getMessage(), ex);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new IllegalArgumentException("Webhook URL '" + url
					+ "' must be an absolute http or https URL, such as http://localhost:8080/twilio/sms");
		}
		return uri.toASCIIString();
	}

	/**
	 * Return the request the application receives for a URL, for its
	 * {@link WebhookUrlResolver}.
	 */
	private static MockHttpServletRequest request(String url, String contextPath) {
		URI uri = URI.create(url);
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String path = StringUtils.hasLength(uri.getRawPath()) ? uri.getRawPath() : "/";
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setScheme(scheme);
		request.setSecure(scheme.equals("https"));
		request.setServerName(uri.getHost());
		request.setServerPort((uri.getPort() >= 0) ? uri.getPort() : scheme.equals("https") ? 443 : 80);
		request.setRequestURI(path);
		if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
			request.setContextPath(contextPath);
		}
		request.setQueryString(uri.getRawQuery());
		return request;
	}

	/**
	 * The URL a request is sent to, with {@code bodySHA256} for a JSON body, and its
	 * {@code X-Twilio-Signature}.
	 */
	record SignedRequest(URI url, String signature) {

	}

}
