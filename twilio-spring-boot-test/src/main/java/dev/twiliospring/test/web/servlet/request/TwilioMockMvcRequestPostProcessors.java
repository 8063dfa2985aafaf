package dev.twiliospring.test.web.servlet.request;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.twiliospring.test.TwilioForms;
import dev.twiliospring.test.internal.WebhookContentTypes;
import dev.twiliospring.test.internal.WebhookSigningSettings;
import dev.twiliospring.webhook.DefaultWebhookUrlResolver;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.WebhookUrlResolver;
import jakarta.servlet.ServletContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.StringUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.util.UriUtils;

/**
 * MockMvc {@link RequestPostProcessor}s for Twilio webhooks, in the style of Spring
 * Security's {@code SecurityMockMvcRequestPostProcessors}:
 * <pre class="code">
 * mvc.perform(post("/twilio/sms").formFields(inboundSms().body("HELP").params()).with(twilioSignature()));
 * </pre>
 *
 * @since 1.0.0
 */
public final class TwilioMockMvcRequestPostProcessors {

	private TwilioMockMvcRequestPostProcessors() {
	}

	/**
	 * Sign the request with the application's auth token, as Twilio does: the
	 * {@code TwilioConnectionDetails} bean, else the {@code twilio.auth-token} property.
	 * The signed URL is the one the application checks: the request URL as MockMvc
	 * builds it ({@code http://localhost} followed by path and query), or with
	 * {@code twilio.webhook.public-url} in place of scheme, host and port when set.
	 * <p>
	 * Two setups check another signature: with
	 * {@code server.forward-headers-strategy=framework}, the URL is resolved on the
	 * MockMvc request as built, not as {@code ForwardedHeaderFilter} rewrites it from
	 * forwarded headers, so sign for the public URL with
	 * {@link TwilioSignatureRequestPostProcessor#url(String) url(...)}; and a
	 * {@code TwilioSignatureValidator} bean of the application's own, with another
	 * token, is not read, so sign with {@link #twilioSignature(String)}.
	 * <p>
	 * A form body is signed with its parameters. A JSON body gets the
	 * {@code bodySHA256} query parameter, and the URL is signed alone. Parameters that
	 * are in neither the query string nor the body, such as those added with
	 * {@code param(...)}, are moved where Twilio sends them: into the form body of a
	 * {@code POST}, and into the query string of a {@code GET} or of a request with a
	 * JSON body; a value that is in the query string or the body already, however MockMvc
	 * decoded it, is not added again. Apply Spring Security's {@code csrf()} before this
	 * post-processor, so that its token parameter is signed with the body, or use
	 * {@code csrf().asHeader()}, in any order.
	 * @return the post-processor
	 */
	public static TwilioSignatureRequestPostProcessor twilioSignature() {
		return new TwilioSignatureRequestPostProcessor(null);
	}

	/**
	 * Sign the request with the given auth token, for example to check that a request
	 * signed with another account's token is rejected.
	 * @param authToken the auth token to sign with
	 * @return the post-processor
	 * @see #twilioSignature()
	 */
	public static TwilioSignatureRequestPostProcessor twilioSignature(String authToken) {
		if (!StringUtils.hasText(authToken)) {
			throw new IllegalArgumentException("Auth token must not be empty");
		}
		return new TwilioSignatureRequestPostProcessor(authToken);
	}

	/**
	 * Signs a MockMvc request as Twilio signs a webhook.
	 */
	public static final class TwilioSignatureRequestPostProcessor implements RequestPostProcessor {

		private final @Nullable String authToken;

		private @Nullable String url;

		TwilioSignatureRequestPostProcessor(@Nullable String authToken) {
			this.authToken = authToken;
		}

		/**
		 * Sign for the given URL instead of the one the application reconstructs, for
		 * example to test a request that a proxy rewrote.
		 * @param url the full URL to sign, query string included
		 * @return this post-processor
		 */
		public TwilioSignatureRequestPostProcessor url(String url) {
			this.url = url;
			return this;
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			WebApplicationContext context = findContext(request.getServletContext());
			String authToken = (this.authToken != null) ? this.authToken : authToken(context);
			boolean hasBody = request.getContentLength() > 0;
			MediaType contentType = contentType(request);
			boolean json = hasBody && contentType != null && WebhookContentTypes.isJson(contentType);
			if (isGet(request) || json) {
				moveParametersIntoQuery(request);
			}
			else if (!hasBody || contentType == null || isForm(contentType)) {
				moveParametersIntoBody(request, hasBody);
				hasBody = request.getContentLength() > 0;
			}
			String signature;
			if (json) {
				byte[] body = request.getContentAsByteArray();
				addBodyHash(request, TwilioSignatureValidator.sha256Hex((body != null) ? body : new byte[0]));
				signature = TwilioSignatureValidator.computeSignature(authToken, url(request, context));
			}
			else {
				Map<String, List<String>> params = (hasBody && !isGet(request)) ? decode(request) : Map.of();
				signature = TwilioSignatureValidator.computeSignature(authToken, url(request, context), params);
			}
			request.removeHeader(TwilioSignatureValidator.SIGNATURE_HEADER);
			request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, signature);
			return request;
		}

		private String url(MockHttpServletRequest request, @Nullable WebApplicationContext context) {
			if (this.url != null) {
				return this.url;
			}
			WebhookUrlResolver resolver = (context != null) ? WebhookSigningSettings.urlResolver(context)
					: new DefaultWebhookUrlResolver(null);
			return resolver.resolve(request);
		}

		private static String authToken(@Nullable WebApplicationContext context) {
			if (context == null) {
				throw new IllegalStateException("No application context to read the auth token from: use "
						+ "MockMvc built from a WebApplicationContext, or twilioSignature(authToken)");
			}
			return WebhookSigningSettings.authToken(context, "twilioSignature(authToken)");
		}

		private static @Nullable WebApplicationContext findContext(@Nullable ServletContext servletContext) {
			return (servletContext != null) ? WebApplicationContextUtils.findWebApplicationContext(servletContext)
					: null;
		}

		private static boolean isGet(MockHttpServletRequest request) {
			String method = request.getMethod();
			return HttpMethod.GET.name().equals(method) || HttpMethod.HEAD.name().equals(method);
		}

		private static @Nullable MediaType contentType(MockHttpServletRequest request) {
			String contentType = request.getContentType();
			return StringUtils.hasText(contentType) ? MediaType.parseMediaType(contentType) : null;
		}

		private static boolean isForm(MediaType contentType) {
			return MediaType.APPLICATION_FORM_URLENCODED.includes(contentType);
		}

		/**
		 * Move the parameters that are neither in the query string nor in the body into
		 * the form body: the filter hands the handler, and the filters after it, only the
		 * parameters of the query string and the body. Such parameters come from
		 * {@code param(...)} or from other post-processors, such as Spring Security's
		 * {@code csrf()} applied before this one.
		 */
		private static void moveParametersIntoBody(MockHttpServletRequest request, boolean hasBody) {
			Map<String, List<String>> unsent = unsent(request, hasBody);
			if (unsent.isEmpty()) {
				return;
			}
			if (hasBody) {
				// ASCII text whose escapes are bytes of the charset the body declares
				String form = TwilioForms.encode(unsent, charset(request));
				byte[] body = request.getContentAsByteArray();
				String separator = (body != null && body.length > 0 && body[body.length - 1] != '&') ? "&" : "";
				request.setContent(concat(body, (separator + form).getBytes(StandardCharsets.US_ASCII)));
			}
			else {
				// ASCII text whose escapes are UTF-8, as in the bodies Twilio sends
				String form = TwilioForms.encode(unsent);
				request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
				request.setContent(form.getBytes(StandardCharsets.UTF_8));
			}
		}

		/**
		 * Move the parameters that are not in the query string into it, where Twilio
		 * sends the parameters of a {@code GET} webhook and of one with a JSON body: the
		 * filter hands the handler no others, and the signature of the URL covers them.
		 */
		private static void moveParametersIntoQuery(MockHttpServletRequest request) {
			Map<String, List<String>> unsent = unsent(request, false);
			if (!unsent.isEmpty()) {
				String query = request.getQueryString();
				String form = TwilioForms.encode(unsent);
				request.setQueryString(StringUtils.hasLength(query) ? query + "&" + form : form);
			}
		}

		/**
		 * Return the parameter values that MockMvc holds beyond those of the query string
		 * and, if it is sent, the form body. MockMvc decodes these otherwise than a
		 * server: it keeps the {@code +} of a query value, and decodes a form body twice.
		 * So every value sent takes the MockMvc value it equals as the filter decodes it,
		 * else one it equals in MockMvc's decodings, else any value left of the same
		 * name: a value that is sent is never added again, whatever its decoding.
		 */
		private static Map<String, List<String>> unsent(MockHttpServletRequest request, boolean withBody) {
			Map<String, List<String>> held = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> held.put(name, new ArrayList<>(List.of(values))));
			List<SentValue> sent = new ArrayList<>(sentValues(request.getQueryString(), StandardCharsets.UTF_8, false));
			if (withBody) {
				sent.addAll(sentValues(body(request), charset(request), true));
			}
			List<SentValue> unmatched = take(held, sent, (value) -> List.of(value.decoded()));
			unmatched = take(held, unmatched, SentValue::mockMvcDecodings);
			// Decoded in a way not foreseen: the values left of a name pair up
			take(held, unmatched, (value) -> List.copyOf(held.getOrDefault(value.name(), List.of())));
			held.values().removeIf(List::isEmpty);
			return held;
		}

		/**
		 * Take from the held values, for each value sent, one that is among its
		 * candidates.
		 * @return the values sent that found none
		 */
		private static List<SentValue> take(Map<String, List<String>> held, List<SentValue> sent,
				Function<SentValue, List<String>> candidates) {
			List<SentValue> unmatched = new ArrayList<>();
			for (SentValue value : sent) {
				List<String> values = held.get(value.name());
				boolean taken = false;
				if (values != null) {
					for (String candidate : candidates.apply(value)) {
						if (values.remove(candidate)) {
							taken = true;
							break;
						}
					}
				}
				if (!taken) {
					unmatched.add(value);
				}
			}
			return unmatched;
		}

		private static List<SentValue> sentValues(@Nullable String form, Charset charset, boolean body) {
			List<SentValue> values = new ArrayList<>();
			if (form == null || form.isEmpty()) {
				return values;
			}
			for (String pair : form.split("&")) {
				if (!pair.isEmpty()) {
					int equals = pair.indexOf('=');
					String raw = (equals >= 0) ? pair.substring(equals + 1) : "";
					TwilioForms.decode(pair, charset)
						.forEach((name, decoded) -> values.add(new SentValue(name, raw, decoded.get(0), charset, body)));
				}
			}
			return values;
		}

		private static byte[] concat(byte @Nullable [] first, byte[] second) {
			if (first == null) {
				return second;
			}
			byte[] bytes = Arrays.copyOf(first, first.length + second.length);
			System.arraycopy(second, 0, bytes, first.length, second.length);
			return bytes;
		}

		private static void addBodyHash(MockHttpServletRequest request, String hash) {
			String query = request.getQueryString();
			String parameter = TwilioSignatureValidator.BODY_SHA256_PARAMETER + "=" + hash;
			request.setQueryString(StringUtils.hasLength(query) ? query + "&" + parameter : parameter);
			request.addParameter(TwilioSignatureValidator.BODY_SHA256_PARAMETER, hash);
		}

		private static Map<String, List<String>> decode(MockHttpServletRequest request) {
			return TwilioForms.decode(body(request), charset(request));
		}

		private static @Nullable String body(MockHttpServletRequest request) {
			byte[] content = request.getContentAsByteArray();
			return (content != null) ? new String(content, charset(request)) : null;
		}

		private static Charset charset(MockHttpServletRequest request) {
			return (request.getCharacterEncoding() != null) ? Charset.forName(request.getCharacterEncoding())
					: StandardCharsets.UTF_8;
		}

		/**
		 * A parameter value of the query string or the form body: as written, and as the
		 * webhook filter decodes it.
		 */
		private record SentValue(String name, String raw, String decoded, Charset charset, boolean body) {

			/**
			 * The value as MockMvc may have decoded it: percent-decoded with its
			 * {@code +} kept, as a query value, or decoded a second time, as a form value.
			 */
			List<String> mockMvcDecodings() {
				List<String> decodings = new ArrayList<>(2);
				try {
					decodings.add(UriUtils.decode(this.raw, this.charset));
					if (this.body) {
						decodings.add(UriUtils.decode(this.decoded, this.charset));
					}
				}
				catch (IllegalArgumentException ex) {
					// Not percent-encoding that MockMvc could have decoded that way
				}
				return decodings;
			}

		}

	}

}
