package dev.twiliospring.resilience;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioSignatureValidator.Result;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutation test of {@link TwilioSignatureValidator}: validly signed requests with one
 * thing changed must be rejected. The requests are signed as Twilio documents it, not
 * by the validator under test, so that a validator whose own signing were wrong could
 * not pass by agreeing with itself. Some changes are not changes of the signed data and
 * must be accepted: reordering the values of a repeated parameter (Twilio sorts them
 * before signing), adding or removing the default port and adding any port to a URL that
 * was signed without one (accepted by design, as by Twilio's own libraries: proxies
 * disagree on default ports, and behind one the application sees its own port), and
 * rewriting a form body into another encoding of the same parameters (the signature
 * covers the decoded parameters).
 */
class SignatureMutationTests {

	private static final long SEED = 0x5EED_7A11L;

	private static final int MUTATIONS = 13_000;

	private static final String[] NAMES = { "AccountSid", "ApiVersion", "Body", "From", "FromCity", "FromCountry",
			"FromState", "FromZip", "MessageSid", "MessagingServiceSid", "NumMedia", "NumSegments", "SmsSid",
			"SmsStatus", "To", "ToCity", "ToCountry", "ToState", "ToZip", "MediaUrl0", "MediaContentType0",
			"CallSid", "CallStatus", "Digits", "SpeechResult", "Confidence", "StatusCallbackEvent", "Tag" };

	private static final String[] WORDS = { "hello", "Grüße", "+15558675310", "a b", "x&y=z", "100%", "ümlaut",
			"日本語", "emoji 😀", "", "SM0123456789abcdef0123456789abcdef", "line\nbreak", "tab\tchar", "~*'()",
			"received", "completed", "1234#" };

	private static final String[] HOSTS = { "example.com", "hooks.example.org", "abc123.ngrok.app", "127.0.0.1",
			"api.example.co.uk", "[::1]" };

	@Test
	void rejectsEveryMutationOfASignedRequest() {
		Random random = new Random(SEED);
		Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
		List<String> falseAccepts = new ArrayList<>();
		List<String> falseRejects = new ArrayList<>();
		int rejectionMutations = 0;
		for (int i = 0; i < MUTATIONS; i++) {
			SignedRequest original = SignedRequest.random(random);
			// One validator checks the original and its mutation, as an application's one
			// validator checks request after request: what it kept from the original must
			// not decide the mutation
			TwilioSignatureValidator validator = original.validator();
			assertThat(original.validate(validator)).as("unmutated %s", original).isEqualTo(Result.VALID);
			Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
			Mutation mutation = kind.apply(original, random);
			if (mutation == null) {
				i--;
				continue;
			}
			Result result = mutation.request()
				.validate((mutation.validator() != null) ? mutation.validator() : validator);
			counts.computeIfAbsent(kind, (key) -> new int[2])[mutation.changesSignedData() ? 0 : 1]++;
			if (mutation.changesSignedData()) {
				rejectionMutations++;
				if (result.isValid()) {
					falseAccepts.add(kind + ": " + original + " -> " + mutation.request());
				}
			}
			else if (!result.isValid()) {
				falseRejects.add(kind + ": " + original + " -> " + mutation.request() + " = " + result);
			}
		}
		assertThat(falseAccepts).isEmpty();
		assertThat(falseRejects).isEmpty();
		assertThat(rejectionMutations).isGreaterThanOrEqualTo(10_000);
		assertThat(counts.keySet()).containsExactlyInAnyOrder(Kind.values());
		StringBuilder summary = new StringBuilder();
		counts.forEach((kind, count) -> summary.append(kind)
			.append('=')
			.append(count[0])
			.append(" rejected/")
			.append(count[1])
			.append(" accepted "));
		System.out.println(rejectionMutations + " mutations rejected, 0 false accepts: " + summary);
	}

	@Test
	void validatesConcurrentlyWithOneValidatorPerApplication() throws Exception {
		TwilioSignatureValidator shared = TwilioSignatureValidator.of("token-one-0123456789abcdef01234567",
				"token-two-0123456789abcdef01234567");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				long seed = SEED + t;
				results.add(threads.submit(() -> {
					Random random = new Random(seed);
					int checked = 0;
					for (int i = 0; i < 2_000; i++) {
						String token = random.nextBoolean() ? "token-one-0123456789abcdef01234567"
								: "token-two-0123456789abcdef01234567";
						SignedRequest request = SignedRequest.random(random).resignedWith(token);
						assertThat(request.validate(shared)).isEqualTo(Result.VALID);
						SignedRequest tampered = request.withSignature(mutateSignature(request.signature(), random));
						assertThat(tampered.validate(shared).isValid()).isFalse();
						checked++;
					}
					return checked;
				}));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(2_000);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String mutateSignature(String signature, Random random) {
		char[] chars = signature.toCharArray();
		int index = random.nextInt(chars.length - 1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		char replacement;
		do {
			replacement = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		while (replacement == chars[index]);
		chars[index] = replacement;
		return new String(chars);
	}

	/**
	 * Change one character of a signature, or cut it short, or make it longer: a
	 * signature that is only a prefix of the right one, or has it as a prefix, is as
	 * wrong as one with a character changed.
	 */
	private static String changeSignature(String signature, Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> signature.substring(0, 1 + random.nextInt(signature.length() - 1));
			case 1 -> signature + signature.charAt(random.nextInt(signature.length()));
			default -> mutateSignature(signature, random);
		};
	}

	/**
	 * Twilio's signature, computed as Twilio documents it rather than by the validator
	 * under test: HMAC-SHA1 with the auth token of the URL followed by every parameter
	 * name and value, sorted by name and then by value, Base64 encoded.
	 */
	private static String twilioSignature(String authToken, String url, Map<String, List<String>> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, values) -> values.stream()
			.sorted()
			.forEach((value) -> data.append(name).append(value)));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The hex SHA-256 of a body, for the {@code bodySHA256} parameter, computed here
	 * rather than by the validator under test.
	 */
	private static String sha256Hex(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomToken(Random random) {
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < 32; i++) {
			token.append(Character.forDigit(random.nextInt(16), 16));
		}
		return token.toString();
	}

	private static String randomWord(Random random) {
		String word = WORDS[random.nextInt(WORDS.length)];
		return random.nextBoolean() ? word : word + random.nextInt(1000);
	}

	/**
	 * What a mutation changes.
	 */
	enum Kind {

		PARAMETER_VALUE, PARAMETER_NAME, PARAMETER_ADDED, PARAMETER_REMOVED, MULTI_VALUE_CHANGED,
		MULTI_VALUE_REORDERED, FORM_BODY_BYTE, JSON_BODY_BYTE, SCHEME, HOST, PORT, DEFAULT_PORT, PATH, QUERY, TOKEN,
		SIGNATURE;

		Mutation apply(SignedRequest request, Random random) {
			return switch (this) {
				case PARAMETER_VALUE -> request.isForm() && !request.parameters().isEmpty()
						? reject(request, request.withParameters(changeValue(request.parameters(), random))) : null;
				case PARAMETER_NAME -> request.isForm() && !request.parameters().isEmpty()
						? reject(request, request.withParameters(rename(request.parameters(), random))) : null;
				case PARAMETER_ADDED -> request.isForm()
						? reject(request, request.withParameters(add(request.parameters(), random))) : null;
				case PARAMETER_REMOVED -> request.isForm() && !request.parameters().isEmpty()
						? reject(request, request.withParameters(remove(request.parameters(), random))) : null;
				case MULTI_VALUE_CHANGED -> multiValued(request) != null ? reject(request,
						request.withParameters(changeOneOf(request.parameters(), multiValued(request), random)))
						: null;
				case MULTI_VALUE_REORDERED -> reorder(request, random);
				case FORM_BODY_BYTE -> formBodyByte(request, random);
				case JSON_BODY_BYTE -> request.isForm() ? null : reject(request, request.withBody(flip(request.body(),
						random)));
				case SCHEME -> reject(request, request.withUrl(request.url().startsWith("https:")
						? "http:" + request.url().substring(6) : "https:" + request.url().substring(5)));
				case HOST -> reject(request, request.withUrl(request.url().replace("://" + request.host(),
						"://" + (request.host().startsWith("[") ? "[::2]" : "x" + request.host()))));
				// A request signed without a port and received with one is accepted by design, as
				// by Twilio's libraries: behind a proxy the application sees its own port
				case PORT -> new Mutation(request.withUrl(request.withPort(otherPort(request, random))),
						null, request.port() != -1);
				case DEFAULT_PORT -> defaultPort(request);
				case PATH -> reject(request, request.withUrl(request.url().replace(request.path(),
						request.path() + (random.nextBoolean() ? "/" : "x"))));
				case QUERY -> query(request, random);
				case TOKEN -> new Mutation(request, TwilioSignatureValidator.of(randomToken(random)), true);
				case SIGNATURE -> reject(request, request.withSignature(changeSignature(request.signature(), random)));
			};
		}

		private static Mutation reject(SignedRequest original, SignedRequest mutated) {
			return new Mutation(mutated, null, true);
		}

		private static Map<String, List<String>> copy(Map<String, List<String>> parameters) {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			parameters.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
			return copy;
		}

		private static String randomName(Map<String, List<String>> parameters, Random random) {
			return new ArrayList<>(parameters.keySet()).get(random.nextInt(parameters.size()));
		}

		private static Map<String, List<String>> changeValue(Map<String, List<String>> parameters, Random random) {
			Map<String, List<String>> copy = copy(parameters);
			List<String> values = copy.get(randomName(copy, random));
			int index = random.nextInt(values.size());
			values.set(index, values.get(index) + (random.nextBoolean() ? "!" : " "));
			return copy;
		}

		private static Map<String, List<String>> rename(Map<String, List<String>> parameters, Random random) {
			String name = randomName(parameters, random);
			String renamed = random.nextBoolean() ? name + "X" : name.toLowerCase(Locale.ROOT) + "_";
			Map<String, List<String>> copy = new LinkedHashMap<>();
			parameters.forEach((key, values) -> copy.put(key.equals(name) ? renamed : key, new ArrayList<>(values)));
			return copy;
		}

		private static Map<String, List<String>> add(Map<String, List<String>> parameters, Random random) {
			Map<String, List<String>> copy = copy(parameters);
			copy.computeIfAbsent("Extra" + random.nextInt(100), (key) -> new ArrayList<>()).add(randomWord(random));
			return copy;
		}

		private static Map<String, List<String>> remove(Map<String, List<String>> parameters, Random random) {
			Map<String, List<String>> copy = copy(parameters);
			String name = randomName(copy, random);
			List<String> values = copy.get(name);
			if (values.size() > 1) {
				values.remove(random.nextInt(values.size()));
			}
			else {
				copy.remove(name);
			}
			return copy;
		}

		private static String multiValued(SignedRequest request) {
			return request.parameters()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().size() > 1 && entry.getValue().stream().distinct().count() > 1)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
		}

		private static Map<String, List<String>> changeOneOf(Map<String, List<String>> parameters, String name,
				Random random) {
			Map<String, List<String>> copy = copy(parameters);
			List<String> values = copy.get(name);
			int index = random.nextInt(values.size());
			values.set(index, values.get(index) + "#");
			return copy;
		}

		private static Mutation reorder(SignedRequest request, Random random) {
			String name = multiValued(request);
			if (name == null) {
				return null;
			}
			Map<String, List<String>> copy = copy(request.parameters());
			List<String> values = copy.get(name);
			List<String> original = List.copyOf(values);
			while (values.equals(original)) {
				Collections.shuffle(values, random);
			}
			// Twilio sorts the values of a repeated name before signing: the order is not signed
			return new Mutation(request.withParameters(copy), null, false);
		}

		private static Mutation formBodyByte(SignedRequest request, Random random) {
			if (!request.isForm() || request.parameters().isEmpty()) {
				return null;
			}
			byte[] body = SignedRequest.encode(request.parameters()).getBytes(StandardCharsets.US_ASCII);
			int index = random.nextInt(body.length);
			byte replacement = (byte) (0x21 + random.nextInt(0x5e));
			if (replacement == body[index]) {
				return null;
			}
			body[index] = replacement;
			Map<String, List<String>> decoded;
			try {
				decoded = SignedRequest.decode(new String(body, StandardCharsets.US_ASCII));
			}
			catch (IllegalArgumentException ex) {
				// Not a form body any more: the webhook filter rejects it before validation
				return null;
			}
			boolean sameParameters = sorted(decoded).equals(sorted(request.parameters()));
			// The body as sent, for tests that send it; the validator sees the parameters
			return new Mutation(request.withParameters(decoded).withBody(body), null, !sameParameters);
		}

		private static Map<String, List<String>> sorted(Map<String, List<String>> parameters) {
			Map<String, List<String>> sorted = new TreeMap<>();
			parameters.forEach((name, values) -> sorted.put(name, values.stream().sorted().toList()));
			return sorted;
		}

		private static byte[] flip(byte[] body, Random random) {
			byte[] copy = body.clone();
			int index = random.nextInt(copy.length);
			copy[index] = (byte) (copy[index] ^ (1 << random.nextInt(8)));
			return copy;
		}

		private static int otherPort(SignedRequest request, Random random) {
			int port;
			do {
				port = 1 + random.nextInt(65535);
			}
			while (port == 80 || port == 443 || port == request.port());
			return port;
		}

		private static Mutation defaultPort(SignedRequest request) {
			if (request.port() != -1 && request.port() != request.defaultPort()) {
				return null;
			}
			// Accepted by design: the default port may be added or removed on the way
			int port = (request.port() == -1) ? request.defaultPort() : -1;
			return new Mutation(request.withUrl(request.withPort(port)), null, false);
		}

		private static Mutation query(SignedRequest request, Random random) {
			String url = request.url();
			int query = url.indexOf('?');
			if (query < 0) {
				return reject(request, request.withUrl(url + "?x=" + random.nextInt(10)));
			}
			String mutated = switch (random.nextInt(3)) {
				case 0 -> url + "&extra=1";
				case 1 -> url.substring(0, query);
				default -> url.substring(0, url.length() - 1) + (url.endsWith("a") ? "b" : "a");
			};
			return reject(request, request.withUrl(mutated));
		}

	}

	/**
	 * A request with one thing changed, the validator to check it with ({@code null} for
	 * the one that checked the original) and whether the change alters the data Twilio
	 * signs.
	 */
	record Mutation(SignedRequest request, @Nullable TwilioSignatureValidator validator, boolean changesSignedData) {

	}

	/**
	 * A webhook request and the signature Twilio sent with it.
	 */
	record SignedRequest(String scheme, String host, int port, String path, String query,
			Map<String, List<String>> parameters, byte[] body, String token, String signature) {

		static SignedRequest random(Random random) {
			String scheme = random.nextBoolean() ? "https" : "http";
			String host = HOSTS[random.nextInt(HOSTS.length)];
			int port = switch (random.nextInt(4)) {
				case 0 -> 8080 + random.nextInt(100);
				case 1 -> "https".equals(scheme) ? 443 : 80;
				default -> -1;
			};
			String path = "/twilio/" + List.of("sms", "voice", "status", "events", "gather").get(random.nextInt(5))
					+ (random.nextBoolean() ? "" : "/" + random.nextInt(1000));
			boolean json = random.nextInt(4) == 0;
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			byte[] body = new byte[0];
			StringBuilder query = new StringBuilder();
			if (random.nextBoolean()) {
				query.append("tenant=").append(URLEncoder.encode(randomWord(random), StandardCharsets.UTF_8));
			}
			if (json) {
				body = ("{\"type\":\"com.twilio.messaging.message." + randomWord(random).replace("\"", "")
						+ "\",\"data\":{\"n\":" + random.nextInt() + "}}")
					.getBytes(StandardCharsets.UTF_8);
				query.append((query.length() > 0) ? "&" : "")
					.append(TwilioSignatureValidator.BODY_SHA256_PARAMETER)
					.append('=')
					.append(sha256Hex(body));
			}
			else {
				int count = 1 + random.nextInt(14);
				for (int i = 0; i < count; i++) {
					String name = NAMES[random.nextInt(NAMES.length)];
					parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(randomWord(random));
				}
			}
			return new SignedRequest(scheme, host, port, path, query.toString(), parameters, body, randomToken(random),
					"").resignedWith(null);
		}

		SignedRequest resignedWith(String newToken) {
			String signingToken = (newToken != null) ? newToken : this.token;
			String signature = twilioSignature(signingToken, url(), this.parameters);
			return new SignedRequest(this.scheme, this.host, this.port, this.path, this.query, this.parameters,
					this.body, signingToken, signature);
		}

		boolean isForm() {
			return this.query.indexOf(TwilioSignatureValidator.BODY_SHA256_PARAMETER) < 0;
		}

		int defaultPort() {
			return "https".equals(this.scheme) ? 443 : 80;
		}

		String url() {
			return this.scheme + "://" + this.host + ((this.port != -1) ? ":" + this.port : "") + this.path
					+ (this.query.isEmpty() ? "" : "?" + this.query);
		}

		String withPort(int newPort) {
			return this.scheme + "://" + this.host + ((newPort != -1) ? ":" + newPort : "") + this.path
					+ (this.query.isEmpty() ? "" : "?" + this.query);
		}

		TwilioSignatureValidator validator() {
			return TwilioSignatureValidator.of(this.token);
		}

		Result validate(TwilioSignatureValidator validator) {
			return isForm() ? validator.validate(url(), this.parameters, this.signature)
					: validator.validateBody(url(), this.body, this.signature);
		}

		SignedRequest withParameters(Map<String, List<String>> newParameters) {
			return new UrlOverride(this, null, newParameters, this.body, this.signature).request();
		}

		SignedRequest withBody(byte[] newBody) {
			return new UrlOverride(this, null, this.parameters, newBody, this.signature).request();
		}

		SignedRequest withUrl(String newUrl) {
			return new UrlOverride(this, newUrl, this.parameters, this.body, this.signature).request();
		}

		SignedRequest withSignature(String newSignature) {
			return new UrlOverride(this, null, this.parameters, this.body, newSignature).request();
		}

		static String encode(Map<String, List<String>> parameters) {
			StringBuilder form = new StringBuilder();
			parameters.forEach((name, values) -> values.forEach((value) -> form.append((form.length() > 0) ? "&" : "")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
			return form.toString();
		}

		static Map<String, List<String>> decode(String form) {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			for (String pair : form.split("&", -1)) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair,
						StandardCharsets.UTF_8);
				String value = (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)
						: "";
				if (name.isEmpty() || name.indexOf('\uFFFD') >= 0 || value.indexOf('\uFFFD') >= 0) {
					throw new IllegalArgumentException("Not a valid form body");
				}
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			return parameters;
		}

		@Override
		public String toString() {
			return url() + " " + (isForm() ? this.parameters : new String(this.body, StandardCharsets.UTF_8));
		}

	}

	/**
	 * A request as received, whose URL may differ from the one that was signed.
	 */
	private record UrlOverride(SignedRequest original, String url, Map<String, List<String>> parameters, byte[] body,
			String signature) {

		SignedRequest request() {
			if (this.url == null) {
				return new SignedRequest(this.original.scheme(), this.original.host(), this.original.port(),
						this.original.path(), this.original.query(), this.parameters, this.body,
						this.original.token(), this.signature);
			}
			URI uri = URI.create(this.url);
			String host = uri.getHost();
			int port = uri.getPort();
			if (host == null) {
				// Not a server name to java.net.URI, such as x127.0.0.1: split the authority
				String authority = uri.getRawAuthority();
				int colon = authority.lastIndexOf(':');
				host = (colon > authority.lastIndexOf(']')) ? authority.substring(0, colon) : authority;
				port = (colon > authority.lastIndexOf(']')) ? Integer.parseInt(authority.substring(colon + 1)) : -1;
			}
			return new SignedRequest(uri.getScheme(), host, port, uri.getRawPath(),
					(uri.getRawQuery() != null) ? uri.getRawQuery() : "", this.parameters, this.body,
					this.original.token(), this.signature);
		}

	}

}
