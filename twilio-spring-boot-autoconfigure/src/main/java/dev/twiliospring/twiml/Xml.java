package dev.twiliospring.twiml;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Escapes and UTF-8 encodes text and attribute values in one pass, rejecting characters
 * that XML 1.0 cannot carry.
 */
final class Xml {

	/** Written as is. */
	private static final byte PLAIN = 0;

	/** Not allowed anywhere in an XML 1.0 document. */
	private static final byte INVALID = 1;

	/** Written as an entity or character reference. */
	private static final byte ESCAPE = 2;

	/** How each ASCII character is written in character data. */
	private static final byte[] TEXT = new byte[128];

	/** How each ASCII character is written in a double-quoted attribute value. */
	private static final byte[] ATTRIBUTE = new byte[128];

	static {
		for (int c = 0; c < 0x20; c++) {
			TEXT[c] = INVALID;
			ATTRIBUTE[c] = INVALID;
		}
		for (char c : new char[] { '&', '<', '>', '\r' }) {
			// A raw CR would reach the reader as LF (end-of-line normalization).
			TEXT[c] = ESCAPE;
			ATTRIBUTE[c] = ESCAPE;
		}
		TEXT['\t'] = PLAIN;
		TEXT['\n'] = PLAIN;
		// A raw tab or LF in an attribute value would reach the reader as a space.
		ATTRIBUTE['\t'] = ESCAPE;
		ATTRIBUTE['\n'] = ESCAPE;
		ATTRIBUTE['"'] = ESCAPE;
	}

	private Xml() {
	}

	/**
	 * Escape and encode character data.
	 * @param text the text
	 * @param tag the element that holds the text, for error messages
	 * @return the UTF-8 bytes
	 */
	static byte[] text(String text, Tag tag) {
		return encode(text, TEXT, tag, null);
	}

	/**
	 * Escape and encode an attribute value, to go between double quotes.
	 * @param value the value
	 * @param tag the element that holds the attribute, for error messages
	 * @param attribute the attribute name, for error messages
	 * @return the UTF-8 bytes
	 */
	static byte[] attribute(String value, Tag tag, String attribute) {
		return encode(value, ATTRIBUTE, tag, attribute);
	}

	/**
	 * Encode a value known to be plain ASCII that needs no escaping, such as a number or
	 * an enum's wire value.
	 * @param value the value
	 * @return the bytes
	 */
	static byte[] ascii(String value) {
		return value.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] encode(String value, byte[] table, Tag tag, @Nullable String attribute) {
		int length = value.length();
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x80 || table[c] != PLAIN) {
				return encode(value, i, table, tag, attribute);
			}
		}
		// Pure ASCII with nothing to escape: the common case, and a single array copy.
		return value.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] encode(String value, int start, byte[] table, Tag tag, @Nullable String attribute) {
		byte[] bytes = new byte[encodedLength(value, start, table, tag, attribute)];
		int length = value.length();
		int pos = 0;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				if (table[c] == PLAIN) {
					bytes[pos++] = (byte) c;
				}
				else {
					pos = putReference(c, bytes, pos);
				}
			}
			else if (c < 0x800) {
				bytes[pos++] = (byte) (0xC0 | (c >> 6));
				bytes[pos++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c)) {
				int codePoint = Character.toCodePoint(c, value.charAt(++i));
				bytes[pos++] = (byte) (0xF0 | (codePoint >> 18));
				bytes[pos++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
				bytes[pos++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
				bytes[pos++] = (byte) (0x80 | (codePoint & 0x3F));
			}
			else {
				bytes[pos++] = (byte) (0xE0 | (c >> 12));
				bytes[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				bytes[pos++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		return bytes;
	}

	/**
	 * Measure the encoded value, validating every character on the way, so that the
	 * encoding pass can write into an exactly sized array without checks.
	 */
	private static int encodedLength(String value, int start, byte[] table, Tag tag, @Nullable String attribute) {
		int length = value.length();
		int encoded = start;
		for (int i = start; i < length; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				byte kind = table[c];
				if (kind == PLAIN) {
					encoded++;
				}
				else if (kind == INVALID) {
					throw invalidCharacter(c, i, tag, attribute);
				}
				else {
					encoded += referenceLength(c);
				}
			}
			else if (c < 0x800) {
				encoded += 2;
			}
			else {
				int chars = charsAt(value, i);
				if (chars == 0) {
					throw invalidCharacter(c, i, tag, attribute);
				}
				// A surrogate pair is one character of four bytes
				encoded += (chars == 2) ? 4 : 3;
				i += chars - 1;
			}
		}
		return encoded;
	}

	/**
	 * Return how many chars the character at {@code i}, from U+0080 up, takes: 2 for a
	 * surrogate pair, 1 for any other character that XML 1.0 can carry, 0 for one it
	 * cannot (an unpaired surrogate, U+FFFE or U+FFFF).
	 */
	private static int charsAt(String value, int i) {
		char c = value.charAt(i);
		if (Character.isSurrogate(c)) {
			return (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) ? 2 : 0;
		}
		return (c == '\uFFFE' || c == '\uFFFF') ? 0 : 1;
	}

	/**
	 * Replace each character that XML 1.0 cannot carry with U+FFFD.
	 * @param text the text
	 * @return the text with replacements, or the same instance if it needed none
	 */
	static String replaceInvalid(String text) {
		int length = text.length();
		StringBuilder replaced = null;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int chars = (c < 0x80) ? ((TEXT[c] == INVALID) ? 0 : 1) : charsAt(text, i);
			if (chars == 0 && replaced == null) {
				replaced = new StringBuilder(length).append(text, 0, i);
			}
			if (replaced != null) {
				if (chars == 0) {
					replaced.append('\uFFFD');
				}
				else {
					replaced.append(text, i, i + chars);
				}
			}
			if (chars == 2) {
				i++;
			}
		}
		return (replaced != null) ? replaced.toString() : text;
	}

	private static int referenceLength(char c) {
		return switch (c) {
			case '&' -> 5;
			case '<', '>' -> 4;
			case '"' -> 6;
			case '\t' -> 4;
			default -> 5;
		};
	}

	private static int putReference(char c, byte[] bytes, int pos) {
		String reference = switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\t' -> "&#9;";
			case '\n' -> "&#10;";
			default -> "&#13;";
		};
		for (int i = 0; i < reference.length(); i++) {
			bytes[pos++] = (byte) reference.charAt(i);
		}
		return pos;
	}

	private static TwimlException invalidCharacter(char c, int index, Tag tag, @Nullable String attribute) {
		String where = (attribute != null) ? "Attribute '" + attribute + "' of " + tag : "Text of " + tag;
		String what = Character.isSurrogate(c) ? "an unpaired surrogate " + codePoint(c) : codePoint(c);
		return new TwimlException(where + " contains " + what + " at index " + index
				+ ", which XML 1.0 cannot represent; remove or replace that character (text that a caller or "
				+ "sender chose can go through TwimlText.replaceInvalidCharacters first)");
	}

	private static String codePoint(int c) {
		return String.format("U+%04X", c);
	}

	/**
	 * Whether the given string is an XML 1.0 name (namespace prefixes allowed).
	 * @param name the candidate name
	 * @return {@code true} if it can be used as an element or attribute name
	 */
	static boolean isName(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length();) {
			int c = name.codePointAt(i);
			if (!(isNameStartChar(c) || (i > 0 && isNameChar(c)))) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/**
	 * Whether the given string can name an attribute of a TwiML element whose namespace
	 * nothing declares: an XML name without a colon, or one in the {@code xml} namespace.
	 * A prefix nothing binds makes a namespace-aware parser refuse the document, and
	 * {@code xmlns} would move the element out of TwiML.
	 * @param name the candidate name
	 * @return {@code true} if it can be used as an attribute name
	 */
	static boolean isAttributeName(String name) {
		String local = name.startsWith("xml:") ? name.substring(4) : name;
		return isName(local) && local.indexOf(':') < 0 && !local.equals("xmlns");
	}

	private static boolean isNameStartChar(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
				|| (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
				|| (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
				|| (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
				|| (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
	}

	private static boolean isNameChar(int c) {
		return (c >= '0' && c <= '9') || c == '-' || c == '.' || c == 0xB7 || (c >= 0x300 && c <= 0x36F)
				|| (c >= 0x203F && c <= 0x2040);
	}

}
