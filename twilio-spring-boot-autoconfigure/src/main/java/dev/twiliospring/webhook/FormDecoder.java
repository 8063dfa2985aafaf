package dev.twiliospring.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict decoder of {@code application/x-www-form-urlencoded} data. Unlike a servlet
 * container it rejects bad percent-encoding and byte sequences that are invalid in the
 * charset instead of silently dropping or replacing them, because a webhook whose
 * parameters cannot be read exactly cannot be verified either.
 */
final class FormDecoder {

	private FormDecoder() {
	}

	/**
	 * Decode form data into its parameters, in order of appearance.
	 * @throws MalformedFormException if the data is not valid form encoding in the
	 * charset
	 */
	static Map<String, List<String>> decode(byte[] data, Charset charset) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		int start = 0;
		while (start <= data.length) {
			int separator = indexOf(data, (byte) '&', start, data.length);
			int end = (separator >= 0) ? separator : data.length;
			if (end > start) {
				int equals = indexOf(data, (byte) '=', start, end);
				String name = decodeComponent(data, start, (equals >= 0) ? equals : end, charset);
				String value = (equals >= 0) ? decodeComponent(data, equals + 1, end, charset) : "";
				if (name.isEmpty()) {
					throw new MalformedFormException("a parameter has no name");
				}
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(value);
			}
			start = end + 1;
		}
		return parameters;
	}

	private static int indexOf(byte[] data, byte target, int from, int to) {
		for (int i = from; i < to; i++) {
			if (data[i] == target) {
				return i;
			}
		}
		return -1;
	}

	private static String decodeComponent(byte[] data, int from, int to, Charset charset) {
		boolean asciiCompatible = isAsciiCompatible(charset);
		if (asciiCompatible && isPlainAscii(data, from, to)) {
			// Nothing to unescape, and ASCII reads the same in the charset
			return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
		}
		byte[] bytes = new byte[to - from];
		int length = 0;
		boolean ascii = true;
		for (int i = from; i < to; i++) {
			byte b = data[i];
			if (b == '+') {
				b = ' ';
			}
			else if (b == '%') {
				int high = (i + 2 < to) ? Character.digit(data[i + 1], 16) : -1;
				int low = (i + 2 < to) ? Character.digit(data[i + 2], 16) : -1;
				if (high < 0 || low < 0) {
					throw new MalformedFormException("invalid percent-encoding at byte " + i);
				}
				b = (byte) ((high << 4) + low);
				i += 2;
			}
			ascii &= b >= 0;
			bytes[length++] = b;
		}
		if (ascii && asciiCompatible) {
			return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
		}
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new MalformedFormException("a parameter is not valid " + charset.name());
		}
	}

	/**
	 * Return whether bytes below 0x80 are the ASCII characters in the charset, as in
	 * every charset a form is likely to come in; others are decoded byte by byte.
	 */
	private static boolean isAsciiCompatible(Charset charset) {
		return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)
				|| charset.equals(StandardCharsets.US_ASCII);
	}

	private static boolean isPlainAscii(byte[] data, int from, int to) {
		for (int i = from; i < to; i++) {
			byte b = data[i];
			if (b < 0 || b == '%' || b == '+') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Thrown when form data cannot be decoded.
	 */
	static final class MalformedFormException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		MalformedFormException(String message) {
			super(message);
		}

	}

}
