package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

	private static final String HMAC_SHA1 = "HmacSHA1";

	private static final HexFormat HEX = HexFormat.of();

	private static final Base64.Encoder BASE64 = Base64.getEncoder();

	private static final byte[] NO_BYTES = {};

	private final List<byte[]> authTokens;

	/**
	 * One initialised {@link Mac} per auth token and thread: getting and keying a Mac
	 * costs more than signing a typical webhook.
	 */
	private final ThreadLocal<Mac[]> macs;

	/**
	 * Create a validator that accepts signatures made with any of the given auth tokens.
	 * @param authTokens the auth tokens, the primary one first
	 * @throws IllegalArgumentException if no auth token is given or one is blank
	 */
	public TwilioSignatureValidator(Collection<String> authTokens) {
		if (authTokens.isEmpty()) {
			throw new IllegalArgumentException("At least one auth token is required");
		}
		List<byte[]> keys = new ArrayList<>(authTokens.size());
		for (String authToken : authTokens) {
			if (authToken == null || authToken.isBlank()) {
				throw new IllegalArgumentException("Auth tokens must not be blank");
			}
			keys.add(authToken.getBytes(StandardCharsets.UTF_8));
		}
		this.authTokens = List.copyOf(keys);
		this.macs = ThreadLocal.withInitial(this::createMacs);
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
		return matchesAny(url, parameters, signature) ? Result.VALID : Result.SIGNATURE_MISMATCH;
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
		if (!matchesAny(url, Map.of(), signature)) {
			return Result.SIGNATURE_MISMATCH;
		}
		String expectedHash = WebhookUrls.rawQueryParameter(url, BODY_SHA256_PARAMETER);
		if (expectedHash == null) {
			return Result.BODY_HASH_MISSING;
		}
		byte[] actualHash = sha256Hex(body).getBytes(StandardCharsets.US_ASCII);
		boolean matches = MessageDigest.isEqual(actualHash,
				expectedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		return matches ? Result.VALID : Result.BODY_HASH_MISMATCH;
	}

	private boolean matchesAny(String url, Map<String, ? extends Collection<String>> parameters, String signature) {
		byte[] given = signature.getBytes(StandardCharsets.UTF_8);
		byte[] signedParameters = signedParameters(parameters);
		Mac[] macs = this.macs.get();
		// Twilio signs the URL it requested, which usually is the URL as given: the port
		// variants are only computed when that fails
		if (matchesAnyToken(macs, url, signedParameters, given)) {
			return true;
		}
		List<String> variants = WebhookUrls.portVariants(url);
		for (int i = 1; i < variants.size(); i++) {
			if (matchesAnyToken(macs, variants.get(i), signedParameters, given)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesAnyToken(Mac[] macs, String url, byte[] signedParameters, byte[] given) {
		byte[] signedUrl = url.getBytes(StandardCharsets.UTF_8);
		boolean matched = false;
		for (Mac mac : macs) {
			mac.update(signedUrl);
			mac.update(signedParameters);
			// Every token is checked so that the time taken does not reveal which one matched
			matched |= MessageDigest.isEqual(given, BASE64.encode(mac.doFinal()));
		}
		return matched;
	}

	private Mac[] createMacs() {
		Mac[] macs = new Mac[this.authTokens.size()];
		for (int i = 0; i < macs.length; i++) {
			macs[i] = mac(this.authTokens.get(i));
		}
		return macs;
	}

	/**
	 * Compute the signature that Twilio sends for a request.
	 * @param authToken the auth token to sign with
	 * @param url the full URL, query string included
	 * @param parameters the form parameters of the body; empty for a GET request or a
	 * JSON body
	 * @return the Base64 encoded signature
	 */
	public static String computeSignature(String authToken, String url,
			Map<String, ? extends Collection<String>> parameters) {
		return sign(authToken.getBytes(StandardCharsets.UTF_8), signedData(url, parameters));
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
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
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

	private static byte[] signedData(String url, Map<String, ? extends Collection<String>> parameters) {
		byte[] signedUrl = url.getBytes(StandardCharsets.UTF_8);
		byte[] signedParameters = signedParameters(parameters);
		byte[] data = Arrays.copyOf(signedUrl, signedUrl.length + signedParameters.length);
		System.arraycopy(signedParameters, 0, data, signedUrl.length, signedParameters.length);
		return data;
	}

	/**
	 * Return what Twilio appends to the URL before signing: every parameter as
	 * {@code name + value}, names in code unit order, the values of a name sorted too.
	 */
	private static byte[] signedParameters(Map<String, ? extends Collection<String>> parameters) {
		if (parameters.isEmpty()) {
			return NO_BYTES;
		}
		String[] names = parameters.keySet().toArray(new String[0]);
		Arrays.sort(names);
		StringBuilder data = new StringBuilder(names.length * 32);
		for (String name : names) {
			Collection<String> values = parameters.get(name);
			if (values.size() == 1) {
				data.append(name).append(values.iterator().next());
			}
			else {
				String[] sorted = values.toArray(new String[0]);
				Arrays.sort(sorted);
				for (String value : sorted) {
					data.append(name).append(value);
				}
			}
		}
		return data.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String sign(byte[] key, byte[] data) {
		return BASE64.encodeToString(mac(key).doFinal(data));
	}

	private static Mac mac(byte[] key) {
		try {
			Mac mac = Mac.getInstance(HMAC_SHA1);
			mac.init(new SecretKeySpec(key, HMAC_SHA1));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
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

}
