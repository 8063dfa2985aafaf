package dev.twiliospring.webhook;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * Checks and computes the {@code X-Twilio-Signature} of a Twilio webhook request.
 * <p>
 * The signature is the Base64 encoded HMAC-SHA1, keyed with an auth token, of the full
 * URL that Twilio requested followed by every form parameter of the request body as
 * {@code name + value}, names in {@link String#compareTo(String) code unit order} and the
 * values of a repeated name sorted as well. Query parameters are part of the URL and are
 * not appended again. A JSON body is not signed itself: Twilio adds a {@code bodySHA256}
 * query parameter with the hex encoded SHA-256 of the body and signs the URL alone.
 * <p>
 * Because proxies and frameworks disagree on default ports, a signature is also accepted
 * for the URL with the default port added ({@code :443} for https, {@code :80} for http)
 * or with an explicit port removed. The URL is always used exactly as given otherwise:
 * its query string is never decoded or re-encoded.
 * <p>
 * Several auth tokens can be accepted at once, for example the primary and the secondary
 * token while credentials are rotated. This class needs neither Spring nor the Servlet
 * API and is safe for concurrent use.
 *
 * @since 1.0.0
 */
public final class TwilioSignatureValidator {

	/**
	 * Header that carries the signature.
	 */
	public static final String SIGNATURE_HEADER = "X-Twilio-Signature";

	/**
	 * Query parameter that carries the SHA-256 of a JSON body.
	 */
	public static final String BODY_SHA256_PARAMETER = "bodySHA256";

	private static final HexFormat HEX = HexFormat.of();

	private static final Base64.Encoder BASE64 = Base64.getEncoder();

	private static final int MIN_SLOTS = 8;

	private static final int MAX_SLOTS = 256;

	/**
	 * Slots are 16 references apart, a cache line or more, so that validations on
	 * different cores do not contend for one line.
	 */
	private static final int SLOT_SPACING = 4;

	private final List<byte[]> authTokens;

	/**
	 * Idle signers, keyed working memory: keying HMAC-SHA1 costs more than signing a
	 * typical webhook, and reusing the buffers keeps a validation nearly free of garbage.
	 * A validation takes the signer of its thread's slot, or keys a new one if the slot
	 * is empty, and puts it back afterwards. The
	 * signers belong to the validator, unlike thread-local ones, which would outlive it on
	 * pooled threads (with state derived from the auth tokens and the application's class
	 * loader), and which virtual threads, new for every request, could never reuse.
	 */
	private final AtomicReferenceArray<@Nullable Signer> idleSigners;

	private final int slotMask;

	/**
	 * Create a validator that accepts signatures made with any of the given auth tokens.
	 * Whitespace around a token is not part of it.
	 * @param authTokens the auth tokens, the primary one first
	 * @throws IllegalArgumentException if no auth token is given or one is blank
	 */
	public TwilioSignatureValidator(Collection<String> authTokens) {
		if (authTokens.isEmpty()) {
			throw new IllegalArgumentException("At least one auth token is required");
		}
		List<byte[]> keys = new ArrayList<>(authTokens.size());
		for (String authToken : authTokens) {
			// As the client does: a token read from a file or variable often ends in a line break.
			// Control characters alone trim to nothing, an HMAC key that anyone can sign with
			String trimmed = (authToken != null) ? authToken.trim() : "";
			if (trimmed.isBlank()) {
				throw new IllegalArgumentException("Auth tokens must not be blank");
			}
			keys.add(trimmed.getBytes(StandardCharsets.UTF_8));
		}
		this.authTokens = List.copyOf(keys);
		int wanted = Math.min(MAX_SLOTS, Math.max(MIN_SLOTS, 4 * Runtime.getRuntime().availableProcessors()));
		int slots = Integer.highestOneBit(wanted - 1) << 1;
		this.idleSigners = new AtomicReferenceArray<>(slots << SLOT_SPACING);
		this.slotMask = slots - 1;
	}

	/**
	 * Create a validator that accepts signatures made with the given auth tokens.
	 * @param authToken the primary auth token
	 * @param additionalAuthTokens further accepted auth tokens
	 * @return the validator
	 */
	public static TwilioSignatureValidator of(String authToken, String... additionalAuthTokens) {
		List<String> tokens = new ArrayList<>(1 + additionalAuthTokens.length);
		tokens.add(authToken);
		tokens.addAll(List.of(additionalAuthTokens));
		return new TwilioSignatureValidator(tokens);
	}

	/**
	 * Check the signature of a request whose body is form encoded, or that has no body.
	 * @param url the full URL that Twilio requested, query string included
	 * @param parameters the form parameters of the body (not those of the query string)
	 * @param signature the value of the {@code X-Twilio-Signature} header, if any
	 * @return the outcome
	 */
	public Result validate(String url, Map<String, ? extends Collection<String>> parameters,
			@Nullable String signature) {
		if (signature == null || signature.isEmpty()) {
			return Result.MISSING_SIGNATURE;
		}
		int slot = slot();
		Signer signer = take(slot);
		try {
			return matchesAny(signer, url, parameters, signature) ? Result.VALID : Result.SIGNATURE_MISMATCH;
		}
		finally {
			giveBack(slot, signer);
		}
	}

	/**
	 * Check the signature of a request with a JSON (or other non-form) body: the URL must
	 * be signed and its {@code bodySHA256} query parameter must match the body.
	 * @param url the full URL that Twilio requested, query string included
	 * @param body the raw request body
	 * @param signature the value of the {@code X-Twilio-Signature} header, if any
	 * @return the outcome
	 */
	public Result validateBody(String url, byte[] body, @Nullable String signature) {
		if (signature == null || signature.isEmpty()) {
			return Result.MISSING_SIGNATURE;
		}
		int slot = slot();
		Signer signer = take(slot);
		try {
			if (!matchesAny(signer, url, Map.of(), signature)) {
				return Result.SIGNATURE_MISMATCH;
			}
			String expectedHash = WebhookUrls.rawQueryParameter(url, BODY_SHA256_PARAMETER);
			if (expectedHash == null) {
				return Result.BODY_HASH_MISSING;
			}
			byte[] actualHash = HEX.formatHex(signer.sha256(body)).getBytes(StandardCharsets.US_ASCII);
			boolean matches = MessageDigest.isEqual(actualHash,
					expectedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
			return matches ? Result.VALID : Result.BODY_HASH_MISMATCH;
		}
		finally {
			giveBack(slot, signer);
		}
	}

	@SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
	private int slot() {
		return ((int) Thread.currentThread().getId() & this.slotMask) << SLOT_SPACING;
	}

	private Signer take(int slot) {
		Signer signer = this.idleSigners.getAndSet(slot, null);
		return (signer != null) ? signer : createSigner();
	}

	private void giveBack(int slot, Signer signer) {
		signer.release();
		// Slots hold idle signers only: one that another validation of the same slot put
		// back meanwhile may be replaced
		this.idleSigners.lazySet(slot, signer);
	}

	private static boolean matchesAny(Signer signer, String url, Map<String, ? extends Collection<String>> parameters,
			String signature) {
		signer.prepare(url, parameters);
		// Twilio signs the URL it requested, which usually is the URL as given: the
		// port variants are only computed when that fails
		if (signer.matchesAnyToken(null, signature)) {
			return true;
		}
		List<String> variants = WebhookUrls.portVariants(url);
		for (int i = 1; i < variants.size(); i++) {
			if (signer.matchesAnyToken(variants.get(i).getBytes(StandardCharsets.UTF_8), signature)) {
				return true;
			}
		}
		return false;
	}

	private Signer createSigner() {
		HmacSha1[] keys = new HmacSha1[this.authTokens.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = HmacSha1.create(this.authTokens.get(i));
		}
		return new Signer(keys);
	}

	/**
	 * Compute the signature that Twilio sends for a request.
	 * @param authToken the auth token to sign with, whitespace around it left out
	 * @param url the full URL, query string included
	 * @param parameters the form parameters of the body; empty for a GET request or a
	 * JSON body
	 * @return the Base64 encoded signature
	 */
	public static String computeSignature(String authToken, String url,
			Map<String, ? extends Collection<String>> parameters) {
		Signer signer = new Signer(
				new HmacSha1[] { HmacSha1.create(authToken.trim().getBytes(StandardCharsets.UTF_8)) });
		signer.prepare(url, parameters);
		return BASE64.encodeToString(signer.sign(0, null));
	}

	/**
	 * Compute the signature that Twilio sends for a request without form parameters.
	 * @param authToken the auth token to sign with
	 * @param url the full URL, query string included
	 * @return the Base64 encoded signature
	 */
	public static String computeSignature(String authToken, String url) {
		return computeSignature(authToken, url, Map.of());
	}

	/**
	 * Compute the lowercase hex encoded SHA-256 of a body, as Twilio sends it in the
	 * {@code bodySHA256} query parameter.
	 * @param body the raw body
	 * @return the hex encoded hash
	 */
	public static String sha256Hex(byte[] body) {
		return HEX.formatHex(newSha256().digest(body));
	}

	/**
	 * Add the {@code bodySHA256} query parameter for a body to a URL, as Twilio does
	 * before it signs a request with a JSON body.
	 * @param url the URL, with or without a query string
	 * @param body the raw body
	 * @return the URL with the body hash appended
	 */
	public static String withBodySha256(String url, byte[] body) {
		int fragment = url.indexOf('#');
		String base = (fragment >= 0) ? url.substring(0, fragment) : url;
		String separator = (base.indexOf('?') >= 0) ? "&" : "?";
		return base + separator + BODY_SHA256_PARAMETER + "=" + sha256Hex(body);
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "TwilioSignatureValidator[authTokens=" + this.authTokens.size() + " masked]";
	}

	/**
	 * Outcome of a signature check.
	 */
	public enum Result {

		/**
		 * The signature is valid (and so is the body hash, where one is required).
		 */
		VALID,

		/**
		 * The request carries no signature.
		 */
		MISSING_SIGNATURE,

		/**
		 * The signature was not made for this URL and these parameters with any of the
		 * accepted auth tokens.
		 */
		SIGNATURE_MISMATCH,

		/**
		 * The signed URL of a request with a JSON body has no {@code bodySHA256} query
		 * parameter.
		 */
		BODY_HASH_MISSING,

		/**
		 * The body does not match the signed {@code bodySHA256} query parameter.
		 */
		BODY_HASH_MISMATCH;

		/**
		 * Whether the request is authentic.
		 * @return {@code true} for {@link #VALID}
		 */
		public boolean isValid() {
			return this == VALID;
		}

	}

	/**
	 * Keyed HMACs and the buffers in which the bytes that Twilio signs are assembled;
	 * used by one validation at a time.
	 * <p>
	 * The signed bytes are the URL followed by {@code name + value} of every parameter,
	 * in the order of the names and, for a repeated name, of its values: the order of the
	 * {@code (name, value)} pairs. Sorting them costs more than anything else but the
	 * HMAC itself, and it can mostly be skipped: requests to one endpoint arrive with the
	 * same parameters in the same order, so the order that sorted the previous request is
	 * checked first and only a request that it does not sort is sorted. The text is then
	 * copied into one {@code char[]} that is encoded in a single pass while it is ASCII,
	 * as it nearly always is.
	 */
	private static final class Signer {

		private static final int MINIMUM_CHARS = 256;

		/**
		 * Buffers grown past this many characters for a large request are dropped after
		 * it, so that an idle signer does not hold on to them. Buffers start empty, so
		 * that a signer keyed for one request only allocates no more than the request
		 * needs.
		 */
		private static final int RETAINED_CHARS = 16 * 1024;

		/**
		 * Up to this many pairs an insertion sort is fastest; larger requests are sorted
		 * in O(n log n).
		 */
		private static final int INSERTION_SORT_PAIRS = 64;

		private static final int DIGEST_LENGTH = 20;

		private final HmacSha1[] keys;

		private final CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();

		private final byte[] encodedDigest = new byte[(DIGEST_LENGTH + 2) / 3 * 4];

		private @Nullable MessageDigest sha256;

		/**
		 * Indexes of the pairs of the last sorted request in sorted order; valid for
		 * {@link #sortedCount} pairs.
		 */
		private int[] order = new int[0];

		private int sortedCount = -1;

		private char[] chars = new char[0];

		private byte[] bytes = new byte[0];

		private CharBuffer charBuffer = CharBuffer.wrap(this.chars);

		private ByteBuffer byteBuffer = ByteBuffer.wrap(this.bytes);

		/**
		 * Number of bytes in {@link #bytes} that the URL takes; the parameters follow.
		 */
		private int urlLength;

		private int length;

		Signer(HmacSha1[] keys) {
			this.keys = keys;
		}

		/**
		 * Assemble the bytes that Twilio signs for this URL and these parameters.
		 */
		void prepare(String url, Map<String, ? extends Collection<String>> parameters) {
			Pairs pairs = new Pairs(parameters.size());
			parameters.forEach(pairs);
			ensureCharCapacity(url.length());
			url.getChars(0, url.length(), this.chars, 0);
			int position = (pairs.count == this.sortedCount) ? append(pairs, url.length(), true) : -1;
			if (position < 0) {
				sort(pairs);
				position = append(pairs, url.length(), false);
			}
			encode(url, position);
		}

		/**
		 * Append the pairs to {@link #chars} in the order of {@link #order}, checking, if
		 * asked to, that this is their sorted order.
		 * @return the position after the last character, or -1 if the order is not sorted
		 */
		private int append(Pairs pairs, int position, boolean check) {
			int[] order = this.order;
			String[] texts = pairs.texts;
			for (int i = 0; i < pairs.count; i++) {
				if (check && i > 0 && pairs.compare(order[i - 1], order[i]) > 0) {
					return -1;
				}
				int pair = 2 * order[i];
				position = append(texts[pair], position);
				position = append(texts[pair + 1], position);
			}
			return position;
		}

		/**
		 * Fill {@link #order} with the indexes of the pairs in sorted order.
		 */
		private void sort(Pairs pairs) {
			int count = pairs.count;
			this.sortedCount = -1;
			if (this.order.length < count) {
				this.order = new int[Math.max(count, 16)];
			}
			int[] order = this.order;
			if (count > INSERTION_SORT_PAIRS) {
				Integer[] sorted = new Integer[count];
				for (int i = 0; i < count; i++) {
					sorted[i] = i;
				}
				Arrays.sort(sorted, pairs::compare);
				for (int i = 0; i < count; i++) {
					order[i] = sorted[i];
				}
			}
			else {
				for (int i = 0; i < count; i++) {
					int j = i - 1;
					while (j >= 0 && pairs.compare(order[j], i) > 0) {
						order[j + 1] = order[j];
						j--;
					}
					order[j + 1] = i;
				}
			}
			this.sortedCount = count;
		}

		private int append(String text, int position) {
			int end = position + text.length();
			if (end > this.chars.length) {
				ensureCharCapacity(end);
			}
			text.getChars(0, text.length(), this.chars, position);
			return end;
		}

		/**
		 * Encode the assembled characters as UTF-8, the URL on its own and the parameters
		 * as one string, exactly as Twilio does.
		 */
		private void encode(String url, int charCount) {
			this.charBuffer.clear().limit(charCount);
			this.byteBuffer.clear();
			this.ascii.reset();
			CoderResult result = this.ascii.encode(this.charBuffer, this.byteBuffer, true);
			if (result.isUnderflow() && !this.charBuffer.hasRemaining()) {
				// ASCII is its own UTF-8
				this.urlLength = url.length();
				this.length = charCount;
				return;
			}
			byte[] signedUrl = url.getBytes(StandardCharsets.UTF_8);
			byte[] signedParameters = new String(this.chars, url.length(), charCount - url.length())
				.getBytes(StandardCharsets.UTF_8);
			ensureByteCapacity(signedUrl.length + signedParameters.length);
			System.arraycopy(signedUrl, 0, this.bytes, 0, signedUrl.length);
			System.arraycopy(signedParameters, 0, this.bytes, signedUrl.length, signedParameters.length);
			this.urlLength = signedUrl.length;
			this.length = signedUrl.length + signedParameters.length;
		}

		/**
		 * Grow {@link #chars}, keeping what it holds, and {@link #bytes} with it.
		 */
		private void ensureCharCapacity(int charCount) {
			if (charCount > this.chars.length) {
				int capacity = Math.max(MINIMUM_CHARS, Math.max(charCount, this.chars.length * 2));
				this.chars = Arrays.copyOf(this.chars, capacity);
				this.charBuffer = CharBuffer.wrap(this.chars);
				ensureByteCapacity(capacity);
			}
		}

		private void ensureByteCapacity(int byteCount) {
			if (byteCount > this.bytes.length) {
				this.bytes = new byte[Math.max(MINIMUM_CHARS, Math.max(byteCount, this.bytes.length * 2))];
				this.byteBuffer = ByteBuffer.wrap(this.bytes);
			}
		}

		/**
		 * Whether the prepared bytes, with the URL replaced if one is given, are signed
		 * with one of the tokens.
		 */
		boolean matchesAnyToken(byte @Nullable [] url, String signature) {
			boolean matched = false;
			for (int i = 0; i < this.keys.length; i++) {
				BASE64.encode(sign(i, url), this.encodedDigest);
				// Every token is checked so that the time taken does not reveal which one
				// matched
				matched |= isEqual(signature, this.encodedDigest);
			}
			return matched;
		}

		/**
		 * Whether the signature consists of the expected ASCII characters, in a time that
		 * depends on the length of the expected signature only.
		 */
		private static boolean isEqual(String signature, byte[] expected) {
			int length = signature.length();
			int difference = length ^ expected.length;
			for (int i = 0; i < expected.length; i++) {
				int given = (i < length) ? signature.charAt(i) : 0;
				difference |= given ^ expected[i];
			}
			return difference == 0;
		}

		/**
		 * Sign the prepared bytes, with the URL replaced if one is given, with one of the
		 * tokens.
		 */
		byte[] sign(int token, byte @Nullable [] url) {
			return (url != null) ? this.keys[token].sign(url, this.bytes, this.urlLength, this.length - this.urlLength)
					: this.keys[token].sign(null, this.bytes, 0, this.length);
		}

		byte[] sha256(byte[] body) {
			MessageDigest sha256 = this.sha256;
			if (sha256 == null) {
				sha256 = newSha256();
				this.sha256 = sha256;
			}
			return sha256.digest(body);
		}

		/**
		 * Drop the buffers that a large request made grow.
		 */
		void release() {
			if (this.order.length > INSERTION_SORT_PAIRS) {
				this.order = new int[0];
				this.sortedCount = -1;
			}
			if (this.chars.length > RETAINED_CHARS) {
				this.chars = new char[0];
				this.charBuffer = CharBuffer.wrap(this.chars);
			}
			if (this.bytes.length > RETAINED_CHARS) {
				this.bytes = new byte[0];
				this.byteBuffer = ByteBuffer.wrap(this.bytes);
			}
		}

	}

	/**
	 * The {@code (name, value)} pairs of a request, in the order of the request. New for
	 * every request: filling a young array is cheaper than filling a long-lived one,
	 * whose every reference store the garbage collector has to track.
	 */
	private static final class Pairs implements BiConsumer<String, Collection<String>> {

		/**
		 * Names and values, alternating.
		 */
		String[] texts;

		int count;

		Pairs(int names) {
			this.texts = new String[names * 2];
		}

		@Override
		public void accept(String name, Collection<String> values) {
			if (values.size() == 1) {
				add(name, (values instanceof List<String> list) ? list.get(0) : values.iterator().next());
			}
			else {
				for (String value : values) {
					add(name, value);
				}
			}
		}

		private void add(String name, String value) {
			int index = 2 * this.count;
			if (index == this.texts.length) {
				this.texts = Arrays.copyOf(this.texts, Math.max(8, index * 2));
			}
			this.texts[index] = name;
			this.texts[index + 1] = value;
			this.count++;
		}

		/**
		 * Compare two pairs by name, then by value.
		 */
		int compare(int pair, int otherPair) {
			int order = this.texts[2 * pair].compareTo(this.texts[2 * otherPair]);
			return (order != 0) ? order : this.texts[2 * pair + 1].compareTo(this.texts[2 * otherPair + 1]);
		}

	}

}
