package dev.twiliospring.webhook;

import java.security.DigestException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA1 (RFC 2104) with one key, for one thread at a time.
 * <p>
 * A {@link Mac} hashes the padded key again for every message, in the inner and in the
 * outer hash: two of the nine SHA-1 blocks of a typical webhook. Here the padded key is
 * hashed once, as RFC 2104 suggests, and every message starts from a copy of those two
 * hash states. Where the SHA-1 implementation cannot be copied, a {@link Mac} is used.
 * <p>
 * The first block of a message is remembered as well, with the inner hash state after
 * it. Twilio's signed data starts with the webhook's URL followed by its first parameter,
 * nearly always {@code AccountSid}, so consecutive requests to one endpoint from one
 * account share their first 64 bytes: such a message starts from a copy of the state
 * after that block and is hashed from its second block on. The comparison takes a
 * fraction of the time that hashing the block would, and the message is still hashed
 * in full: only work whose result is known is skipped.
 */
final class HmacSha1 {

	private static final String SHA1 = "SHA-1";

	private static final String HMAC_SHA1 = "HmacSHA1";

	private static final int BLOCK_LENGTH = 64;

	private static final byte INNER_PAD = 0x36;

	private static final byte OUTER_PAD = 0x5c;

	private static final int DIGEST_LENGTH = 20;

	private final @Nullable MessageDigest inner;

	private final @Nullable MessageDigest outer;

	private final @Nullable Mac mac;

	private final byte[] innerHash = new byte[DIGEST_LENGTH];

	/**
	 * The first block of the last message that had more than one; valid once
	 * {@link #afterFirstBlock} is set.
	 */
	private final byte[] firstBlock = new byte[BLOCK_LENGTH];

	/**
	 * The inner hash state after {@link #firstBlock}.
	 */
	private @Nullable MessageDigest afterFirstBlock;

	private HmacSha1(@Nullable MessageDigest inner, @Nullable MessageDigest outer, @Nullable Mac mac) {
		this.inner = inner;
		this.outer = outer;
		this.mac = mac;
	}

	/**
	 * Key HMAC-SHA1, with hash states of the padded key where SHA-1 can be copied.
	 */
	static HmacSha1 create(byte[] key) {
		byte[] block = Arrays.copyOf((key.length > BLOCK_LENGTH) ? sha1().digest(key) : key, BLOCK_LENGTH);
		MessageDigest inner = padded(block, INNER_PAD);
		MessageDigest outer = padded(block, OUTER_PAD);
		Arrays.fill(block, (byte) 0);
		if (copy(inner) == null || copy(outer) == null) {
			return usingMac(key);
		}
		return new HmacSha1(inner, outer, null);
	}

	/**
	 * Key HMAC-SHA1 through {@link Mac}.
	 */
	static HmacSha1 usingMac(byte[] key) {
		try {
			Mac mac = Mac.getInstance(HMAC_SHA1);
			mac.init(new SecretKeySpec(key, HMAC_SHA1));
			return new HmacSha1(null, null, mac);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	private static MessageDigest padded(byte[] block, byte pad) {
		byte[] padded = new byte[BLOCK_LENGTH];
		for (int i = 0; i < BLOCK_LENGTH; i++) {
			padded[i] = (byte) (block[i] ^ pad);
		}
		MessageDigest sha1 = sha1();
		sha1.update(padded);
		Arrays.fill(padded, (byte) 0);
		return sha1;
	}

	/**
	 * Return the HMAC of a message: the prefix, if any, followed by a range of bytes.
	 */
	byte[] sign(byte @Nullable [] prefix, byte[] data, int offset, int length) {
		Mac mac = this.mac;
		if (mac != null) {
			if (prefix != null) {
				mac.update(prefix);
			}
			mac.update(data, offset, length);
			return mac.doFinal();
		}
		MessageDigest inner;
		if (prefix == null && length > BLOCK_LENGTH) {
			inner = afterFirstBlock(data, offset);
			inner.update(data, offset + BLOCK_LENGTH, length - BLOCK_LENGTH);
		}
		else {
			inner = copied(this.inner);
			if (prefix != null) {
				inner.update(prefix);
			}
			inner.update(data, offset, length);
		}
		MessageDigest outer = copied(this.outer);
		byte[] innerHash = this.innerHash;
		try {
			inner.digest(innerHash, 0, DIGEST_LENGTH);
		}
		catch (DigestException ex) {
			throw new IllegalStateException("SHA-1 digests are " + DIGEST_LENGTH + " bytes long", ex);
		}
		outer.update(innerHash);
		return outer.digest();
	}

	/**
	 * Return the inner hash state after the first block of a message, remembering it for
	 * the next message if it is not the remembered one.
	 */
	private MessageDigest afterFirstBlock(byte[] data, int offset) {
		MessageDigest remembered = this.afterFirstBlock;
		if (remembered != null
				&& Arrays.equals(this.firstBlock, 0, BLOCK_LENGTH, data, offset, offset + BLOCK_LENGTH)) {
			return copied(remembered);
		}
		MessageDigest inner = copied(this.inner);
		inner.update(data, offset, BLOCK_LENGTH);
		System.arraycopy(data, offset, this.firstBlock, 0, BLOCK_LENGTH);
		this.afterFirstBlock = copied(inner);
		return inner;
	}

	private static MessageDigest copied(@Nullable MessageDigest digest) {
		MessageDigest copy = copy(digest);
		if (copy == null) {
			throw new IllegalStateException("SHA-1 could be copied once but not again");
		}
		return copy;
	}

	private static @Nullable MessageDigest copy(@Nullable MessageDigest digest) {
		if (digest == null) {
			return null;
		}
		try {
			return (MessageDigest) digest.clone();
		}
		catch (CloneNotSupportedException ex) {
			return null;
		}
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance(SHA1);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

}
