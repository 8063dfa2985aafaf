package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.twiliospring.webhook.TwilioSignatureValidator;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Builds webhook requests signed the way Twilio signs them, and the {@link MockMvc}
 * that sends them through the webhook filter.
 */
final class WebhookRequests {

	static final String AUTH_TOKEN = "test-auth-token";

	private WebhookRequests() {
	}

	/**
	 * Return a {@link MockMvc} of the context with the webhook filter that the
	 * auto-configuration registered in front of it.
	 * @param context the context
	 * @return the {@code MockMvc}
	 */
	static MockMvc mockMvc(AssertableWebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(context.getBean(FilterRegistrationBean.class).getFilter())
			.build();
	}

	static Map<String, List<String>> params(String... namesAndValues) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.computeIfAbsent(namesAndValues[i], (key) -> new ArrayList<>()).add(namesAndValues[i + 1]);
		}
		return params;
	}

	static String form(Map<String, List<String>> params) {
		return params.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((value) -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String sign(String url, Map<String, List<String>> params) {
		return TwilioSignatureValidator.computeSignature(AUTH_TOKEN, url, params);
	}

	/**
	 * A form POST to {@code url}, signed for {@code url}.
	 */
	static MockHttpServletRequestBuilder signedPost(String url, String... namesAndValues) {
		return postSignedFor(url, url, namesAndValues);
	}

	/**
	 * A form POST to {@code requestUrl}, signed for {@code signedUrl}.
	 */
	static MockHttpServletRequestBuilder postSignedFor(String requestUrl, String signedUrl,
			String... namesAndValues) {
		Map<String, List<String>> params = params(namesAndValues);
		return MockMvcRequestBuilders.post(URI.create(requestUrl))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form(params))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(signedUrl, params));
	}

}
