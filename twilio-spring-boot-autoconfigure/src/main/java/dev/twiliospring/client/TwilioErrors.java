package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

/**
 * Turns Twilio error responses into {@link TwilioApiException}s.
 */
final class TwilioErrors {

	private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code");

	private static final int MAX_SNIPPET = 200;

	/**
	 * The longest error message of Twilio's that an exception message repeats; Twilio's
	 * own are one or two sentences, and the whole one stays available.
	 */
	private static final int MAX_ERROR_MESSAGE = 1000;

	/**
	 * The shortest secret that is looked for in an answer: shorter ones would hide
	 * ordinary words, and Twilio's are 32 characters.
	 */
	private static final int MIN_HIDDEN = 8;

	private final JsonMapper jsonMapper;

	/**
	 * The credentials as the {@code Authorization} and {@code Proxy-Authorization}
	 * headers carry them, and the secrets in them, which a server or proxy that echoes
	 * the request can repeat in its error.
	 */
	private final List<String> secrets;

	/**
	 * Create an instance.
	 * @param jsonMapper reads error bodies
	 * @param authorization the {@code Authorization} header the client sends, whose
	 * credentials never appear in an exception message
	 */
	TwilioErrors(JsonMapper jsonMapper, String authorization) {
		this(jsonMapper, authorization, List.of());
	}

	/**
	 * Create an instance that also hides the credentials of a proxy.
	 * @param jsonMapper reads error bodies
	 * @param authorization the {@code Authorization} header the client sends, whose
	 * credentials never appear in an exception message
	 * @param proxyAuthorization the {@code Proxy-Authorization} header the transport
	 * sends to its proxy, whose credentials never appear in an exception message either,
	 * or {@code null} for none
	 */
	TwilioErrors(JsonMapper jsonMapper, String authorization, @Nullable String proxyAuthorization) {
		this(jsonMapper, authorization,
				(proxyAuthorization != null) ? credentials(proxyAuthorization).toList() : List.of());
	}

	private TwilioErrors(JsonMapper jsonMapper, String authorization, List<String> alsoHidden) {
		this.jsonMapper = jsonMapper;
		this.secrets = Stream.concat(credentials(authorization), alsoHidden.stream())
			.filter((secret) -> secret.length() >= MIN_HIDDEN)
			.toList();
	}

	/**
	 * Return the Base64 credentials of a Basic authorization header, and the password in
	 * them.
	 */
	private static Stream<String> credentials(String authorization) {
		String encoded = authorization.substring(authorization.indexOf(' ') + 1);
		String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		return Stream.of(encoded, decoded.substring(decoded.indexOf(':') + 1));
	}

	/**
	 * Return the errors of a client derived from this one with other credentials: they
	 * hide its credentials, and still this client's.
	 * @param authorization the {@code Authorization} header the derived client sends
	 * @return the errors of the derived client
	 */
	TwilioErrors withAuthorization(String authorization) {
		return new TwilioErrors(this.jsonMapper, authorization, this.secrets);
	}

	/**
	 * Replace the client's credentials in a text from the answer.
	 */
	private String hide(String text) {
		String hidden = text;
		for (String secret : this.secrets) {
			hidden = hidden.replace(secret, "[hidden]");
		}
		return hidden;
	}

	/**
	 * Return whether a 429 answer is one of Verify's limits on the attempts at one
	 * verification, challenge or factor (errors 60202, 60203, 60308 and 60310), which
	 * waiting within a call cannot lift: they last until the verification expires, and a
	 * retry would only hide them behind the next answer.
	 * @param response the answer
	 * @return whether it is such a limit
	 */
	boolean isAttemptLimit(RawResponse response) {
		JsonNode json = readObject(response.body());
		Integer code = (json != null) ? code(json.get("code")) : null;
		return code != null && (code == TwilioErrorCodes.VERIFY_MAX_CHECK_ATTEMPTS
				|| code == TwilioErrorCodes.VERIFY_MAX_SEND_ATTEMPTS || code == 60308 || code == 60310);
	}

	/**
	 * Return the exception for an error answer.
	 * @param response the answer
	 * @param request the request it answers
	 * @param retryAfter the wait the answer's {@code Retry-After} asks for, if any
	 * @param notRetried why the client does not retry a failure it could retry, if so
	 * @return the exception
	 */
	TwilioApiException toException(RawResponse response, TwilioRequest request, @Nullable Duration retryAfter,
			@Nullable String notRetried) {
		String call = request.method() + " " + request.pathTemplate() + TwilioPages.describe(request.pageUrl());
		JsonNode json = readObject(response.body());
		if (json == null) {
			return new TwilioApiException(
					withRetry(new StringBuilder(nonJsonMessage(response, call)), retryAfter, notRetried),
					response.statusCode(), null, null, null, Collections.emptyMap(), response.requestId(), retryAfter);
		}
		boolean problem = !json.has("message") && (json.has("title") || json.has("detail"));
		Integer code = code(json.get("code"));
		String errorMessage = problem ? firstText(json, "detail", "title") : firstText(json, "message");
		String moreInfo = problem ? problemType(json) : null;
		if (moreInfo == null) {
			moreInfo = firstText(json, "more_info");
		}
		// Twilio's classic errors can explain the message in 'detail', such as which
		// credentials were wrong for 20003 "Authenticate"
		String detail = problem ? null : firstText(json, "detail");
		Map<String, @Nullable Object> details = problem ? problemExtensions(json) : details(json.get("details"));
		StringBuilder message = new StringBuilder();
		message.append((code != null) ? "Twilio error " + code + " (HTTP " + response.statusCode() + ")"
				: "HTTP " + response.statusCode() + " from Twilio");
		message.append(" on ").append(call).append(": ");
		message.append((errorMessage != null) ? printable(abbreviate(errorMessage, MAX_ERROR_MESSAGE))
				: "no error message");
		if (detail != null && !detail.equals(errorMessage)) {
			message.append(" - ").append(printable(abbreviate(detail, MAX_ERROR_MESSAGE)));
		}
		if (moreInfo != null) {
			message.append(" (see ").append(printable(abbreviate(moreInfo, MAX_SNIPPET))).append(")");
		}
		return new TwilioApiException(withRetry(message, retryAfter, notRetried), response.statusCode(), code,
				errorMessage, moreInfo, details, response.requestId(), retryAfter);
	}

	private static String withRetry(StringBuilder message, @Nullable Duration retryAfter,
			@Nullable String notRetried) {
		if (retryAfter != null) {
			message.append("; Twilio asks to try again after ").append(TwilioExecutor.describe(retryAfter));
		}
		if (notRetried != null) {
			message.append("; not retried: ").append(notRetried);
		}
		return message.toString();
	}

	private @Nullable JsonNode readObject(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode node = this.jsonMapper.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private boolean isJson(byte[] body) {
		try {
			return this.jsonMapper.readTree(body) != null;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private String nonJsonMessage(RawResponse response, String call) {
		String text = hide(response.bodyAsString()).replaceAll("\\s+", " ").trim();
		// Twilio never asks for proxy credentials: a proxy on the way does
		String from = (response.statusCode() == 407) ? " (Proxy Authentication Required) from a proxy between the "
				+ "application and Twilio, which wants credentials that were missing or wrong: set "
				+ "twilio.proxy.username and twilio.proxy.password (TwilioClient.Builder.proxyCredentials), on "
				: " from Twilio on ";
		if (text.isEmpty()) {
			return "HTTP " + response.statusCode() + from + call + " with an empty body";
		}
		text = printable(abbreviate(text, MAX_SNIPPET));
		return "HTTP " + response.statusCode() + from + call
				+ (isJson(response.body()) ? " with a JSON body that is no error object: " : " with a non-JSON body: ")
				+ text;
	}

	/**
	 * Cut a text from the answer to a length that an exception message, and every log
	 * line it ends up in, can carry.
	 */
	private static String abbreviate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end) + "...";
	}

	/**
	 * Replace the control characters of a text from the answer, where Twilio quotes a
	 * value of the request such as the {@code To} number it refused: the exception message
	 * ends up in log lines, where a line break or a terminal escape that an application's
	 * user typed would forge or hide lines.
	 */
	private static String printable(String text) {
		StringBuilder result = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// C0 and C1 controls, and the Unicode line and paragraph separators
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
				if (result == null) {
					result = new StringBuilder(text.length()).append(text, 0, i);
				}
				result.append('?');
			}
			else if (result != null) {
				result.append(c);
			}
		}
		return (result != null) ? result.toString() : text;
	}

	private static @Nullable Integer code(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToInt() ? node.intValue() : null;
		}
		if (node.isString()) {
			try {
				return Integer.valueOf(node.asString().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private @Nullable String firstText(JsonNode json, String... names) {
		for (String name : names) {
			JsonNode node = json.get(name);
			if (node != null && !node.isNull() && !node.isContainer()) {
				String text = node.asString();
				if (!text.isBlank()) {
					return hide(text);
				}
			}
		}
		return null;
	}

	private @Nullable String problemType(JsonNode json) {
		String type = firstText(json, "type");
		return (type != null && !"about:blank".equals(type)) ? type : null;
	}

	private Map<String, @Nullable Object> details(@Nullable JsonNode node) {
		if (node == null || !node.isObject()) {
			return Collections.emptyMap();
		}
		return toMap(node);
	}

	private Map<String, @Nullable Object> problemExtensions(JsonNode json) {
		Map<String, @Nullable Object> all = toMap(json);
		Map<String, @Nullable Object> extensions = new LinkedHashMap<>(all);
		extensions.keySet().removeAll(PROBLEM_MEMBERS);
		return extensions;
	}

	/**
	 * Convert error details to a map, with the client's credentials hidden in every text
	 * they hold, as in the message.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> toMap(JsonNode node) {
		return this.jsonMapper.readValue(hide(node.toString()), LinkedHashMap.class);
	}

}
