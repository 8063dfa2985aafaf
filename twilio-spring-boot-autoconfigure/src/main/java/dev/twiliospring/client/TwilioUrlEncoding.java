package dev.twiliospring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Builds request URLs and form bodies by percent-encoding straight into a buffer.
 * <p>
 * Every Twilio call needs one URL and, for writes, one form body; building them with
 * the general-purpose URI template and form machinery costs more allocation than
 * reading the answer. The rules are the strict ones: path variables and query names
 * and values keep only unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) and
 * percent-encode the UTF-8 bytes of everything else, so that a {@code +} in a phone
 * number can never be read as a space. Form bodies follow
 * {@code application/x-www-form-urlencoded} as {@link java.net.URLEncoder} writes it.
 */
final class TwilioUrlEncoding {

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The ASCII characters that URLs keep as they are, by code.
	 */
	private static final boolean[] UNRESERVED = asciiTable((c) -> isUnreserved((char) c));

	/**
	 * The ASCII characters that form bodies keep as they are, by code.
	 */
	private static final boolean[] FORM_SAFE = asciiTable((c) -> isFormSafe((char) c));

	private TwilioUrlEncoding() {
	}

	/**
	 * Expand a path template and append query parameters.
	 * @param baseUrl the scheme, host and any base path, used as they are
	 * @param pathTemplate the path with {@code {Name}} variables
	 * @param variables the variable values
	 * @param accountSid the value of {@code {AccountSid}} unless the variables have one
	 * @param query the query parameters
	 * @return the URL, for {@link URI#create(String)}
	 * @throws IllegalArgumentException if a variable has no value
	 */
	static String expand(String baseUrl, String pathTemplate, Map<String, String> variables, String accountSid,
			TwilioParameters query) {
		ByteBuilder url = new ByteBuilder(baseUrl.length() + pathTemplate.length() + 64);
		url.appendLatin1(baseUrl);
		int length = pathTemplate.length();
		int i = 0;
		while (i < length) {
			char c = pathTemplate.charAt(i);
			if (c == '{') {
				int end = TwilioRequest.variableEnd(pathTemplate, i);
				if (end < 0) {
					throw new IllegalArgumentException("Unclosed '{' (or a variable name with '/' or '{') in path "
							+ "template '" + pathTemplate + "'");
				}
				String name = pathTemplate.substring(i + 1, end);
				String value = variables.get(name);
				if (value == null && TwilioRequest.ACCOUNT_SID_VARIABLE.equals(name)) {
					value = accountSid;
				}
				if (value == null) {
					throw new IllegalArgumentException(
							"No value for variable '" + name + "' of path template '" + pathTemplate + "'");
				}
				appendEncoded(url, value, false);
				i = end + 1;
			}
			else {
				int next = nextVariable(pathTemplate, i);
				appendPath(url, pathTemplate, i, next);
				i = next;
			}
		}
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : query.asMap().entrySet()) {
			for (String value : parameter.getValue()) {
				url.append(separator);
				appendEncoded(url, parameter.getKey(), false);
				url.append('=');
				appendEncoded(url, value, false);
				separator = '&';
			}
		}
		return url.toLatin1String();
	}

	private static int nextVariable(String template, int from) {
		int next = template.indexOf('{', from);
		return (next < 0) ? template.length() : next;
	}

	/**
	 * Encode parameters as an {@code application/x-www-form-urlencoded} body.
	 * @param parameters the parameters, multi-valued ones repeated in order
	 * @return the body
	 */
	static byte[] formBody(TwilioParameters parameters) {
		int length = asciiFormLength(parameters);
		// A form of ASCII text, as nearly every one is, is encoded straight into an array
		// of its length, which is then the body itself
		ByteBuilder body = new ByteBuilder((length >= 0) ? length : 256);
		parameters.asMap().forEach((name, values) -> {
			for (String value : values) {
				if (body.length() > 0) {
					body.append('&');
				}
				appendEncoded(body, name, true);
				body.append('=');
				appendEncoded(body, value, true);
			}
		});
		return body.toByteArray();
	}

	/**
	 * Return the length of the form body of parameters whose names and values are ASCII,
	 * or -1 if any has another character.
	 */
	private static int asciiFormLength(TwilioParameters parameters) {
		long length = 0;
		for (Map.Entry<String, List<String>> parameter : parameters.asMap().entrySet()) {
			int name = asciiFormLength(parameter.getKey());
			for (String value : parameter.getValue()) {
				int encoded = asciiFormLength(value);
				if (name < 0 || encoded < 0) {
					return -1;
				}
				// With the '=' and the '&' before the next parameter
				length += name + encoded + 2;
			}
		}
		return (length == 0) ? 0 : (length - 1 <= Integer.MAX_VALUE - 8) ? (int) (length - 1) : -1;
	}

	private static int asciiFormLength(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return -1;
			}
			length += (FORM_SAFE[c] || c == ' ') ? 1 : 3;
		}
		return length;
	}

	/**
	 * Read a URL that Twilio or a user gave, such as a page link or a redirect's
	 * {@code Location}: as a URI in ASCII when it is one, or else with what a URI cannot
	 * hold percent-encoded, as {@link #encodeIllegalCharacters(String)} does.
	 * @param url the URL
	 * @return the URI
	 * @throws IllegalArgumentException if the URL cannot be read even so
	 */
	static URI toUri(String url) {
		try {
			return URI.create(URI.create(url).toASCIIString());
		}
		catch (IllegalArgumentException ex) {
			return URI.create(encodeIllegalCharacters(url));
		}
	}

	/**
	 * Percent-encode what a URI cannot hold, such as a space, as UTF-8, and a {@code %}
	 * that starts no escape, keeping the escapes a URL such as a page link already has:
	 * encoding it whole would turn {@code %2B} into {@code %252B}.
	 * @param url the URL
	 * @return the URL as a URI may hold it
	 */
	static String encodeIllegalCharacters(String url) {
		ByteBuilder out = new ByteBuilder(url.length() + 16);
		int length = url.length();
		for (int i = 0; i < length; i++) {
			char c = url.charAt(i);
			if ((c == '%') ? isEscape(url, i) : isUriCharacter(c)) {
				out.append(c);
			}
			else {
				i = appendNonAscii(out, url, i, length) - 1;
			}
		}
		return out.toLatin1String();
	}

	/**
	 * Whether a URI may hold a character as it is: RFC 3986's unreserved and reserved
	 * characters.
	 */
	private static boolean isUriCharacter(char c) {
		return isPathCharacter(c) || c == '?' || c == '#' || c == '[' || c == ']';
	}

	private static boolean isEscape(String url, int percent) {
		return percent + 2 < url.length() && isHexDigit(url.charAt(percent + 1)) && isHexDigit(url.charAt(percent + 2));
	}

	private static boolean isHexDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

	/**
	 * Whether a template's literal path may keep a character: RFC 3986 {@code pchar}
	 * (less percent signs, which a template cannot have encoded) and the slash.
	 */
	private static boolean isPathCharacter(char c) {
		return isUnreserved(c) || c == '/' || c == ':' || c == '@' || c == '!' || c == '$' || c == '&' || c == '\''
				|| c == '(' || c == ')' || c == '*' || c == '+' || c == ',' || c == ';' || c == '=';
	}

	/**
	 * Whether {@link java.net.URLEncoder} leaves a character as it is.
	 */
	private static boolean isFormSafe(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '*';
	}

	/**
	 * Append the characters of a template's literal path, percent-encoding those a path
	 * cannot have.
	 */
	private static void appendPath(ByteBuilder out, String template, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = template.charAt(i);
			if (isPathCharacter(c)) {
				out.append(c);
			}
			else {
				i = appendNonAscii(out, template, i, to) - 1;
			}
		}
	}

	/**
	 * Append a value percent-encoded: strictly for URLs, as {@link java.net.URLEncoder}
	 * does for forms.
	 */
	private static void appendEncoded(ByteBuilder out, String value, boolean form) {
		boolean[] kept = form ? FORM_SAFE : UNRESERVED;
		int length = value.length();
		int i = 0;
		while (i < length) {
			// Characters kept as they are come in runs, such as a whole phone number
			int end = i;
			char c;
			while (end < length && (c = value.charAt(end)) < 0x80 && kept[c]) {
				end++;
			}
			if (end > i) {
				out.appendLatin1(value, i, end);
				i = end;
			}
			if (i < length) {
				if (form && value.charAt(i) == ' ') {
					out.append('+');
					i++;
				}
				else {
					i = appendNonAscii(out, value, i, length);
				}
			}
		}
	}

	private static boolean[] asciiTable(IntPredicate kept) {
		boolean[] table = new boolean[0x80];
		for (int c = 0; c < table.length; c++) {
			table[c] = kept.test(c);
		}
		return table;
	}

	/**
	 * Percent-encode the UTF-8 bytes of the characters from {@code from} up to the next
	 * one that needs no encoding.
	 * @return the index after the encoded characters
	 */
	private static int appendNonAscii(ByteBuilder out, String value, int from, int to) {
		char first = value.charAt(from);
		if (first < 0x80) {
			appendByte(out, first);
			return from + 1;
		}
		int end = from + 1;
		while (end < to && value.charAt(end) >= 0x80) {
			end++;
		}
		// Unpaired surrogates become '?', as in URLEncoder and String.getBytes
		for (byte b : value.substring(from, end).getBytes(StandardCharsets.UTF_8)) {
			appendByte(out, b);
		}
		return end;
	}

	private static void appendByte(ByteBuilder out, int b) {
		out.append('%').append((char) HEX[(b >> 4) & 0xF]).append((char) HEX[b & 0xF]);
	}

}
