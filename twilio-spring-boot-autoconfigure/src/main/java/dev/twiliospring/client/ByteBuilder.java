package dev.twiliospring.client;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that request URLs, form bodies and whole HTTP/1.1 requests are
 * written into, one byte per character where the text is known to be single-byte.
 */
final class ByteBuilder extends OutputStream {

	private byte[] bytes;

	private int length;

	ByteBuilder(int capacity) {
		this.bytes = new byte[capacity];
	}

	/**
	 * Return the array the bytes are in; only the first {@link #length()} count.
	 * @return the array
	 */
	byte[] array() {
		return this.bytes;
	}

	int length() {
		return this.length;
	}

	void reset() {
		this.length = 0;
	}

	/**
	 * Let go of an array that an unusually large content has grown beyond a limit.
	 * @param limit the largest array worth keeping
	 */
	void trim(int limit) {
		if (this.bytes.length > limit) {
			this.bytes = new byte[limit];
			this.length = 0;
		}
	}

	ByteBuilder append(char c) {
		ensure(1);
		this.bytes[this.length++] = (byte) c;
		return this;
	}

	/**
	 * Append a number that is not negative in decimal digits, without making a string
	 * of it.
	 * @param value the number
	 * @return this builder
	 */
	ByteBuilder appendDigits(int value) {
		int count = 1;
		for (int rest = value / 10; rest > 0; rest /= 10) {
			count++;
		}
		ensure(count);
		int rest = value;
		for (int i = this.length + count - 1; i >= this.length; i--) {
			this.bytes[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
		this.length += count;
		return this;
	}

	/**
	 * Append the low byte of each character: for text that is ASCII or ISO-8859-1.
	 * @param value the text
	 * @return this builder
	 */
	ByteBuilder appendLatin1(String value) {
		return appendLatin1(value, 0, value.length());
	}

	/**
	 * Append the low byte of each character from {@code from} to {@code to}: for text
	 * that is ASCII or ISO-8859-1.
	 * @param value the text
	 * @param from the index of the first character
	 * @param to the index after the last character
	 * @return this builder
	 */
	@SuppressWarnings("deprecation")
	ByteBuilder appendLatin1(String value, int from, int to) {
		int count = to - from;
		ensure(count);
		// The one String method that keeps the low byte of each character, as this class
		// wants: for a string held as ISO-8859-1, which ASCII text is, an array copy
		value.getBytes(from, to, this.bytes, this.length);
		this.length += count;
		return this;
	}

	@Override
	public void write(int b) {
		ensure(1);
		this.bytes[this.length++] = (byte) b;
	}

	@Override
	public void write(byte[] source, int offset, int count) {
		ensure(count);
		System.arraycopy(source, offset, this.bytes, this.length, count);
		this.length += count;
	}

	private void ensure(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

	/**
	 * Return the bytes written: the builder's own array when they fill it, for a builder
	 * that is not written to afterwards.
	 */
	byte[] toByteArray() {
		return (this.length == this.bytes.length) ? this.bytes : Arrays.copyOf(this.bytes, this.length);
	}

	String toLatin1String() {
		return new String(this.bytes, 0, this.length, StandardCharsets.ISO_8859_1);
	}

}
