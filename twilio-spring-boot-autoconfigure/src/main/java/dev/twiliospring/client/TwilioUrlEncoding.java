package dev.twiliospring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

	private TwilioUrlEncoding() {
	}

	/**
	 * Expand a path template and append query parameters.
	 * @param baseUrl the scheme, host and any base path, used as they are
	 * @param pathTemplate the path with {@code {Name}} variables
	 * @param variables the variable values
	 * @param accountSid the value of {@code {AccountSid}} unless the variables have one
	 * @param query the query parameters
	 * @return the URL
	 * @throws IllegalArgumentException if a variable has no value
	 */
	static URI expand(String baseUrl, String pathTemplate, Map<String, String> variables, String accountSid,
			TwilioParameters query) {
		Buffer url = new Buffer(baseUrl.length() + pathTemplate.length() + 64);
		url.appendAscii(baseUrl);
		int length = pathTemplate.length();
		int i = 0;
		while (i < length) {
			char c = pathTemplate.charAt(i);
			if (c == '{') {
				int end = pathTemplate.indexOf('}', i);
				if (end < 0) {
					throw new IllegalArgumentException("Unclosed '{' in path template '" + pathTemplate + "'");
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
				url.appendEncoded(value, false);
				i = end + 1;
			}
			else {
				int next = nextVariable(pathTemplate, i);
				url.appendPath(pathTemplate, i, next);
				i = next;
			}
		}
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : query.asMap().entrySet()) {
			for (String value : parameter.getValue()) {
				url.append(separator);
				url.appendEncoded(parameter.getKey(), false);
				url.append('=');
				url.appendEncoded(value, false);
				separator = '&';
			}
		}
		return URI.create(url.toAsciiString());
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
		Buffer body = new Buffer(256);
		parameters.asMap().forEach((name, values) -> {
			for (String value : values) {
				if (body.length > 0) {
					body.append('&');
				}
				body.appendEncoded(name, true);
				body.append('=');
				body.appendEncoded(value, true);
			}
		});
		return body.toByteArray();
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

	private static final class Buffer {

		private byte[] bytes;

		private int length;

		Buffer(int capacity) {
			this.bytes = new byte[capacity];
		}

		void append(char c) {
			ensure(1);
			this.bytes[this.length++] = (byte) c;
		}

		void appendAscii(String value) {
			ensure(value.length());
			for (int i = 0; i < value.length(); i++) {
				this.bytes[this.length++] = (byte) value.charAt(i);
			}
		}

		void appendPath(String template, int from, int to) {
			for (int i = from; i < to; i++) {
				char c = template.charAt(i);
				if (isPathCharacter(c)) {
					append(c);
				}
				else {
					i = appendNonAscii(template, i, to, false) - 1;
				}
			}
		}

		/**
		 * Append a value percent-encoded: strictly for URLs, as
		 * {@link java.net.URLEncoder} does for forms.
		 */
		void appendEncoded(String value, boolean form) {
			int length = value.length();
			ensure(length);
			for (int i = 0; i < length; i++) {
				char c = value.charAt(i);
				if (form ? isFormSafe(c) : isUnreserved(c)) {
					append(c);
				}
				else if (form && c == ' ') {
					append('+');
				}
				else {
					i = appendNonAscii(value, i, length, form) - 1;
				}
			}
		}

		/**
		 * Percent-encode the UTF-8 bytes of the characters from {@code from} up to the
		 * next one that needs no encoding.
		 * @return the index after the encoded characters
		 */
		private int appendNonAscii(String value, int from, int to, boolean form) {
			char first = value.charAt(from);
			if (first < 0x80) {
				appendByte(first);
				return from + 1;
			}
			int end = from + 1;
			while (end < to && value.charAt(end) >= 0x80) {
				end++;
			}
			// Unpaired surrogates become '?', as in URLEncoder and String.getBytes
			for (byte b : value.substring(from, end).getBytes(StandardCharsets.UTF_8)) {
				appendByte(b);
			}
			return end;
		}

		private void appendByte(int b) {
			ensure(3);
			this.bytes[this.length++] = '%';
			this.bytes[this.length++] = HEX[(b >> 4) & 0xF];
			this.bytes[this.length++] = HEX[b & 0xF];
		}

		private void ensure(int more) {
			if (this.length + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
			}
		}

		byte[] toByteArray() {
			return Arrays.copyOf(this.bytes, this.length);
		}

		String toAsciiString() {
			return new String(this.bytes, 0, this.length, StandardCharsets.ISO_8859_1);
		}

	}

}
