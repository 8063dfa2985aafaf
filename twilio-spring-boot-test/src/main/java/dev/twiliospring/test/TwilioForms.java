package dev.twiliospring.test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Form encoding ({@code application/x-www-form-urlencoded}) as Twilio writes webhook and
 * API request bodies: every value of a parameter as its own {@code name=value} pair, in
 * order.
 *
 * @since 1.0.0
 */
public final class TwilioForms {

	private TwilioForms() {
	}

	/**
	 * Encode parameters as a form body, in UTF-8.
	 * @param parameters the parameters, each with its values in order
	 * @return the form encoded text
	 */
	public static String encode(Map<String, ? extends List<String>> parameters) {
		return parameters.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((value) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Encode parameters as a form body whose escapes are bytes of the given charset, as
	 * a body that declares that charset needs them.
	 * @param parameters the parameters, each with its values in order
	 * @param charset the charset of the percent-encoded bytes
	 * @return the form encoded text
	 * @throws IllegalArgumentException if the charset cannot encode a name or value; the
	 * message names the parameter
	 */
	public static String encode(Map<String, ? extends List<String>> parameters, Charset charset) {
		CharsetEncoder encoder = charset.newEncoder();
		return parameters.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((value) -> pair(entry.getKey(), value, encoder)))
			.collect(Collectors.joining("&"));
	}

	private static String pair(String name, String value, CharsetEncoder encoder) {
		// The JDK would write a character that the charset lacks as '?' without a word
		if (!encoder.canEncode(name) || !encoder.canEncode(value)) {
			throw new IllegalArgumentException("Form parameter '" + name + "' has characters that "
					+ encoder.charset().name() + " cannot encode: '" + value + "'");
		}
		return URLEncoder.encode(name, encoder.charset()) + "=" + URLEncoder.encode(value, encoder.charset());
	}

	/**
	 * Decode a form body or query string.
	 * @param form the form encoded text, may be {@code null} or empty
	 * @param charset the charset of the percent-encoded bytes
	 * @return the parameters in order of first appearance, each with its values in order
	 * @throws IllegalArgumentException if a pair is not valid percent-encoding; the
	 * message names the pair
	 */
	public static Map<String, List<String>> decode(@Nullable String form, Charset charset) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (form == null || form.isEmpty()) {
			return parameters;
		}
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			try {
				String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair, charset);
				String value = (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), charset) : "";
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Malformed form parameter '" + pair + "'", ex);
			}
		}
		return parameters;
	}

}
