package dev.twiliospring.webhook;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link FormDecoder}.
 */
class FormDecoderTests {

	@Test
	void decodesPercentEncodingAndPlus() {
		assertThat(decode("From=%2B15551234567&Body=Hello+w%C3%B6rld%21")).containsExactly(
				Map.entry("From", List.of("+15551234567")), Map.entry("Body", List.of("Hello wörld!")));
	}

	@Test
	void keepsRepeatedParametersInOrder() {
		assertThat(decode("a=2&b=x&a=1")).containsExactly(Map.entry("a", List.of("2", "1")),
				Map.entry("b", List.of("x")));
	}

	@Test
	void acceptsEmptyValuesAndSkipsEmptyPairs() {
		assertThat(decode("a=&&b&c=1&")).containsExactly(Map.entry("a", List.of("")), Map.entry("b", List.of("")),
				Map.entry("c", List.of("1")));
		assertThat(decode("")).isEmpty();
	}

	@Test
	void keepsEqualsSignsInValues() {
		assertThat(decode("a=b=c")).containsExactly(Map.entry("a", List.of("b=c")));
	}

	@Test
	void rejectsBadPercentEncoding() {
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class).isThrownBy(() -> decode("a=%zz"))
			.withMessageContaining("percent-encoding");
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class).isThrownBy(() -> decode("a=%2"));
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class).isThrownBy(() -> decode("a=1%"));
	}

	@Test
	void rejectsInvalidUtf8() {
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class).isThrownBy(() -> decode("a=%FF%FE"))
			.withMessageContaining("UTF-8");
		byte[] rawInvalid = { 'a', '=', (byte) 0xC3 };
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class)
			.isThrownBy(() -> FormDecoder.decode(rawInvalid, StandardCharsets.UTF_8));
	}

	@Test
	void rejectsParameterWithoutName() {
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class).isThrownBy(() -> decode("=value"));
	}

	@Test
	void decodesOtherCharsets() {
		assertThat(FormDecoder.decode("a=%E9".getBytes(StandardCharsets.US_ASCII), StandardCharsets.ISO_8859_1))
			.containsEntry("a", List.of("é"));
	}

	@Test
	void decodesUnescapedNonAsciiBytesInTheCharset() {
		assertThat(FormDecoder.decode("Body=héllo ✓&To=%2B1".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.containsEntry("Body", List.of("héllo ✓"))
			.containsEntry("To", List.of("+1"));
		assertThat(FormDecoder.decode(new byte[] { 'a', '=', (byte) 0xE9 }, StandardCharsets.ISO_8859_1))
			.containsEntry("a", List.of("é"));
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class)
			.isThrownBy(() -> FormDecoder.decode(new byte[] { 'a', '=', (byte) 0xE9 }, StandardCharsets.US_ASCII))
			.withMessageContaining("US-ASCII");
	}

	@Test
	void decodesCharsetsInWhichAsciiBytesMeanOtherCharacters() {
		Charset utf16 = StandardCharsets.UTF_16BE;
		// "é" in UTF-16BE is the bytes 00 E9, and "A" is 00 41: a byte below 0x80 alone is no character
		assertThat(FormDecoder.decode("%00a=%00%E9%00A".getBytes(StandardCharsets.US_ASCII), utf16))
			.containsEntry("a", List.of("éA"));
		assertThatExceptionOfType(FormDecoder.MalformedFormException.class)
			.isThrownBy(() -> FormDecoder.decode("a=%00a".getBytes(StandardCharsets.US_ASCII), utf16));
	}

	private static Map<String, List<String>> decode(String form) {
		return FormDecoder.decode(form.getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8);
	}

}
