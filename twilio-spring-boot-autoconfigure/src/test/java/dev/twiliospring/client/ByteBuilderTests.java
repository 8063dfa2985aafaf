package dev.twiliospring.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ByteBuilder}.
 */
class ByteBuilderTests {

	@Test
	void appendsNumbersAsTheirDecimalDigitsGrowingAsNeeded() {
		int[] values = { 0, 7, 9, 10, 99, 100, 1234, 1000000, Integer.MAX_VALUE };
		ByteBuilder builder = new ByteBuilder(1);
		StringBuilder expected = new StringBuilder();
		for (int value : values) {
			builder.append('[').appendDigits(value).append(']');
			expected.append('[').append(value).append(']');
		}
		assertThat(builder.toLatin1String()).isEqualTo(expected.toString());
	}

}
