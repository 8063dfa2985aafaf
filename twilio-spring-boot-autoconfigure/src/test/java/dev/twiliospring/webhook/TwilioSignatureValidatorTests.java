package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.twiliospring.webhook.TwilioSignatureValidator.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioSignatureValidator}.
 */
class TwilioSignatureValidatorTests {

	// Published example of Twilio's webhook security documentation
	private static final String DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

	private static final Map<String, List<String>> DOCS_PARAMS = Map.of("CallSid", List.of("CA1234567890ABCDE"),
			"Caller", List.of("+12349013030"), "Digits", List.of("1234"), "From", List.of("+12349013030"), "To",
			List.of("+18005551212"));

	private static final String DOCS_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

	// Test values published with Twilio's Java helper library
	private static final Map<String, List<String>> SDK_PARAMS = Map.of("CallSid", List.of("CA1234567890ABCDE"),
			"Caller", List.of("+14158675309"), "Digits", List.of("1234"), "From", List.of("+14158675309"), "To",
			List.of("+18005551212"));

	private static final String SDK_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

	private static final String SDK_JSON_BODY = "{\"property\": \"value\", \"boolean\": true}";

	private static final String SDK_JSON_BODY_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

	private final TwilioSignatureValidator validator = TwilioSignatureValidator.of("12345");

	@Test
	void computesTheSignatureOfTheDocumentedExample() {
		assertThat(TwilioSignatureValidator.computeSignature("12345", DOCS_URL, DOCS_PARAMS))
			.isEqualTo(DOCS_SIGNATURE);
	}

	@Test
	void acceptsTheDocumentedExample() {
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)).isEqualTo(Result.VALID);
	}

	@Test
	void acceptsTheHelperLibraryExample() {
		assertThat(this.validator.validate(DOCS_URL, SDK_PARAMS, SDK_SIGNATURE)).isEqualTo(Result.VALID);
	}

	@Test
	void rejectsTamperedParameter() {
		Map<String, List<String>> tampered = new LinkedHashMap<>(DOCS_PARAMS);
		tampered.put("Digits", List.of("9999"));
		assertThat(this.validator.validate(DOCS_URL, tampered, DOCS_SIGNATURE)).isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void rejectsAddedParameter() {
		Map<String, List<String>> extended = new LinkedHashMap<>(DOCS_PARAMS);
		extended.put("Extra", List.of(""));
		assertThat(this.validator.validate(DOCS_URL, extended, DOCS_SIGNATURE)).isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void rejectsSignatureForAnotherUrl() {
		assertThat(this.validator.validate("https://mycompany.com/myapp.php?foo=1&bar=3", DOCS_PARAMS, DOCS_SIGNATURE))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
		assertThat(this.validator.validate("http://mycompany.com/myapp.php?foo=1&bar=2", DOCS_PARAMS, DOCS_SIGNATURE))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void rejectsSignatureMadeWithAnotherToken() {
		assertThat(TwilioSignatureValidator.of("54321").validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void rejectsTruncatedAndAlteredSignatures() {
		String truncated = DOCS_SIGNATURE.substring(0, DOCS_SIGNATURE.length() - 1);
		String altered = "1" + DOCS_SIGNATURE.substring(1);
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, truncated)).isEqualTo(Result.SIGNATURE_MISMATCH);
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, altered)).isEqualTo(Result.SIGNATURE_MISMATCH);
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE + "="))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void reportsMissingSignature() {
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, null)).isEqualTo(Result.MISSING_SIGNATURE);
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, "")).isEqualTo(Result.MISSING_SIGNATURE);
		assertThat(this.validator.validateBody(DOCS_URL, new byte[0], null)).isEqualTo(Result.MISSING_SIGNATURE);
	}

	@Test
	void signsUrlAloneWhenThereAreNoParameters() {
		String url = "https://example.com/voice?CallSid=CA1";
		assertThat(TwilioSignatureValidator.computeSignature("12345", url)).isEqualTo(hmac("12345", url));
	}

	@Test
	void sortsParameterNamesByCodeUnit() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("b", List.of("3"));
		params.put("a", List.of("1"));
		params.put("B", List.of("2"));
		String url = "https://example.com/hook";
		String expected = hmac("12345", url + "B2" + "a1" + "b3");
		assertThat(TwilioSignatureValidator.computeSignature("12345", url, params)).isEqualTo(expected);
		assertThat(this.validator.validate(url, params, expected)).isEqualTo(Result.VALID);
	}

	@Test
	void includesEveryValueOfRepeatedParametersInSortedOrder() {
		String url = "https://example.com/sms";
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("MediaUrl", List.of("https://m/b", "https://m/a"));
		params.put("Body", List.of("hi"));
		String expected = hmac("12345", url + "Bodyhi" + "MediaUrlhttps://m/a" + "MediaUrlhttps://m/b");
		assertThat(TwilioSignatureValidator.computeSignature("12345", url, params)).isEqualTo(expected);
		assertThat(this.validator.validate(url, params, expected)).isEqualTo(Result.VALID);
		Map<String, List<String>> reordered = Map.of("Body", List.of("hi"), "MediaUrl",
				List.of("https://m/a", "https://m/b"));
		assertThat(this.validator.validate(url, reordered, expected)).isEqualTo(Result.VALID);
		Map<String, List<String>> missingValue = Map.of("Body", List.of("hi"), "MediaUrl", List.of("https://m/a"));
		assertThat(this.validator.validate(url, missingValue, expected)).isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void doesNotAppendQueryParametersAgain() {
		String url = "https://example.com/sms?tenant=acme";
		Map<String, List<String>> body = Map.of("Body", List.of("hi"));
		assertThat(this.validator.validate(url, body, hmac("12345", url + "Bodyhi"))).isEqualTo(Result.VALID);
		assertThat(this.validator.validate(url, body, hmac("12345", url + "Bodyhi" + "tenantacme")))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void acceptsSignatureForUrlWithDefaultHttpsPortAdded() {
		// Twilio's Java helper library publishes this signature for the URL with :443
		assertThat(this.validator.validate(DOCS_URL, SDK_PARAMS, "kvajT1Ptam85bY51eRf/AJRuM3w="))
			.isEqualTo(Result.VALID);
	}

	@Test
	void acceptsSignatureForUrlWithDefaultHttpPortAdded() {
		// Twilio's Java helper library publishes this signature for the URL with :80
		assertThat(this.validator.validate(DOCS_URL.replace("https", "http"), SDK_PARAMS,
				"0ZXoZLH/DfblKGATFgpif+LLRf4="))
			.isEqualTo(Result.VALID);
	}

	@Test
	void acceptsSignatureForUrlWithExplicitPortRemoved() {
		String withPort = DOCS_URL.replace(".com", ".com:1234");
		assertThat(this.validator.validate(withPort, SDK_PARAMS, SDK_SIGNATURE)).isEqualTo(Result.VALID);
	}

	@Test
	void acceptsSignatureForUrlAsGivenWithExplicitPort() {
		String withPort = "http://mycompany.com:1234/myapp.php?foo=1&bar=2";
		// Twilio's Java helper library publishes this signature for exactly this URL
		assertThat(this.validator.validate(withPort, SDK_PARAMS, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="))
			.isEqualTo(Result.VALID);
	}

	@Test
	void rejectsSignatureForAnotherPort() {
		String signedWithOtherPort = TwilioSignatureValidator.computeSignature("12345",
				"https://example.com:8443/sms", Map.of());
		assertThat(this.validator.validate("https://example.com:9443/sms", Map.of(), signedWithOtherPort))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void neverDecodesTheQueryString() {
		String url = "https://example.com/sms?To=%2B18005551212&Note=a%20b";
		String signature = hmac("12345", url);
		assertThat(this.validator.validate(url, Map.of(), signature)).isEqualTo(Result.VALID);
		assertThat(this.validator.validate("https://example.com/sms?To=+18005551212&Note=a%20b", Map.of(), signature))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
		assertThat(this.validator.validate("https://example.com/sms?To=%2B18005551212&Note=a+b", Map.of(), signature))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void keepsEncodedQueryUnchangedWhenAddingOrRemovingPort() {
		String signedWithPort = hmac("12345", "https://example.com:443/sms?To=%2B1800");
		assertThat(this.validator.validate("https://example.com/sms?To=%2B1800", Map.of(), signedWithPort))
			.isEqualTo(Result.VALID);
		String signedWithoutPort = hmac("12345", "https://example.com/sms?To=%2B1800");
		assertThat(this.validator.validate("https://example.com:8443/sms?To=%2B1800", Map.of(), signedWithoutPort))
			.isEqualTo(Result.VALID);
	}

	@Test
	void computesTheHashOfTheHelperLibraryJsonBody() {
		assertThat(TwilioSignatureValidator.sha256Hex(SDK_JSON_BODY.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(SDK_JSON_BODY_HASH);
	}

	@Test
	void acceptsJsonBodyMatchingSignedHash() {
		String url = DOCS_URL + "&bodySHA256=" + SDK_JSON_BODY_HASH;
		// Twilio's Java helper library publishes this signature for the URL with the body hash
		assertThat(this.validator.validateBody(url, SDK_JSON_BODY.getBytes(StandardCharsets.UTF_8),
				"a9nBmqA0ju/hNViExpshrM61xv4="))
			.isEqualTo(Result.VALID);
		String onlyHash = "https://mycompany.com/myapp.php?bodySHA256=" + SDK_JSON_BODY_HASH;
		assertThat(this.validator.validateBody(onlyHash, SDK_JSON_BODY.getBytes(StandardCharsets.UTF_8),
				"y77kIzt2vzLz71DgmJGsen2scGs="))
			.isEqualTo(Result.VALID);
	}

	@Test
	void rejectsForgedJsonBodyUnderReplayedSignature() {
		String url = DOCS_URL + "&bodySHA256=" + SDK_JSON_BODY_HASH;
		byte[] forged = "{\"property\": \"forged\", \"boolean\": true}".getBytes(StandardCharsets.UTF_8);
		assertThat(this.validator.validateBody(url, forged, "a9nBmqA0ju/hNViExpshrM61xv4="))
			.isEqualTo(Result.BODY_HASH_MISMATCH);
	}

	@Test
	void rejectsJsonBodyWithoutSignedHash() {
		String signature = TwilioSignatureValidator.computeSignature("12345", DOCS_URL);
		assertThat(this.validator.validateBody(DOCS_URL, SDK_JSON_BODY.getBytes(StandardCharsets.UTF_8), signature))
			.isEqualTo(Result.BODY_HASH_MISSING);
	}

	@Test
	void rejectsJsonBodyWhenUrlSignatureIsWrong() {
		String url = DOCS_URL + "&bodySHA256=" + SDK_JSON_BODY_HASH;
		assertThat(this.validator.validateBody(url, SDK_JSON_BODY.getBytes(StandardCharsets.UTF_8), DOCS_SIGNATURE))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void appendsBodyHashToUrl() {
		byte[] body = SDK_JSON_BODY.getBytes(StandardCharsets.UTF_8);
		assertThat(TwilioSignatureValidator.withBodySha256(DOCS_URL, body))
			.isEqualTo(DOCS_URL + "&bodySHA256=" + SDK_JSON_BODY_HASH);
		assertThat(TwilioSignatureValidator.withBodySha256("https://mycompany.com/myapp.php", body))
			.isEqualTo("https://mycompany.com/myapp.php?bodySHA256=" + SDK_JSON_BODY_HASH);
	}

	@Test
	void acceptsSignatureOfAnyConfiguredToken() {
		TwilioSignatureValidator rotating = TwilioSignatureValidator.of("primary-token", "12345");
		assertThat(rotating.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)).isEqualTo(Result.VALID);
		String primarySignature = TwilioSignatureValidator.computeSignature("primary-token", DOCS_URL, DOCS_PARAMS);
		assertThat(rotating.validate(DOCS_URL, DOCS_PARAMS, primarySignature)).isEqualTo(Result.VALID);
		String otherSignature = TwilioSignatureValidator.computeSignature("other-token", DOCS_URL, DOCS_PARAMS);
		assertThat(rotating.validate(DOCS_URL, DOCS_PARAMS, otherSignature)).isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	/**
	 * A custom {@code WebhookSignatureValidatorResolver} typically reads tenants' tokens
	 * from files or a secret store, where they end in a line break. The client trims its
	 * tokens; the validator keyed the HMAC with the line break and rejected every
	 * webhook.
	 */
	@Test
	void leavesWhitespaceAroundATokenOut() {
		TwilioSignatureValidator fromFile = new TwilioSignatureValidator(List.of("primary-token\r\n", " 12345\n"));
		assertThat(fromFile.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)).isEqualTo(Result.VALID);
		String primarySignature = TwilioSignatureValidator.computeSignature("primary-token", DOCS_URL, DOCS_PARAMS);
		assertThat(fromFile.validate(DOCS_URL, DOCS_PARAMS, primarySignature)).isEqualTo(Result.VALID);
		assertThat(TwilioSignatureValidator.computeSignature("12345\n", DOCS_URL, DOCS_PARAMS))
			.isEqualTo(DOCS_SIGNATURE);
	}

	@Test
	void requiresNonBlankTokens() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TwilioSignatureValidator(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioSignatureValidator.of("token", " "));
	}

	/**
	 * Whitespace around a token is left out, and so are control characters, which
	 * {@link String#isBlank()} does not count as blank: a token of those alone would key
	 * the HMAC with nothing, and anyone could sign a webhook.
	 */
	@Test
	void refusesTokenOfControlCharactersAlone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioSignatureValidator.of("token", "\u0000\u0007"))
			.withMessage("Auth tokens must not be blank");
	}

	@Test
	void toStringDoesNotRevealTokens() {
		assertThat(TwilioSignatureValidator.of("secret-primary", "secret-secondary").toString())
			.doesNotContain("secret")
			.contains("2");
	}

	@Test
	void onlyValidIsValid() {
		assertThat(Result.values()).filteredOn(Result::isValid).containsExactly(Result.VALID);
	}

	@Test
	void sortsEveryRequestThatThePreviousOrderDoesNotSort() {
		String url = "https://example.com/hook";
		Map<String, List<String>> sorted = new LinkedHashMap<>();
		sorted.put("Alpha", List.of("1"));
		sorted.put("Beta", List.of("2"));
		assertThat(this.validator.validate(url, sorted, hmac("12345", url + "Alpha1Beta2"))).isEqualTo(Result.VALID);
		Map<String, List<String>> reversed = new LinkedHashMap<>();
		reversed.put("Zulu", List.of("3"));
		reversed.put("Yankee", List.of("4"));
		assertThat(this.validator.validate(url, reversed, hmac("12345", url + "Zulu3Yankee4")))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
		assertThat(this.validator.validate(url, reversed, hmac("12345", url + "Yankee4Zulu3"))).isEqualTo(Result.VALID);
		assertThat(this.validator.validate(url, sorted, hmac("12345", url + "Beta2Alpha1")))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
		assertThat(this.validator.validate(url, sorted, hmac("12345", url + "Alpha1Beta2"))).isEqualTo(Result.VALID);
	}

	@Test
	void sortsRepeatedValuesOfEveryRequestAgain() {
		String url = "https://example.com/mms";
		String signature = hmac("12345", url + "Bodyhi" + "MediaUrlhttps://m/a" + "MediaUrlhttps://m/b");
		for (int i = 0; i < 3; i++) {
			Map<String, List<String>> descending = new LinkedHashMap<>();
			descending.put("MediaUrl", List.of("https://m/b", "https://m/a"));
			descending.put("Body", List.of("hi"));
			assertThat(this.validator.validate(url, descending, signature)).isEqualTo(Result.VALID);
			Map<String, List<String>> ascending = new LinkedHashMap<>();
			ascending.put("MediaUrl", List.of("https://m/a", "https://m/b"));
			ascending.put("Body", List.of("hi"));
			assertThat(this.validator.validate(url, ascending, signature)).isEqualTo(Result.VALID);
		}
		Map<String, List<String>> swapped = new LinkedHashMap<>();
		swapped.put("MediaUrl", List.of("https://m/a", "https://m/c"));
		swapped.put("Body", List.of("hi"));
		assertThat(this.validator.validate(url, swapped, signature)).isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void leavesOutNamesWithoutValues() {
		String url = "https://example.com/hook";
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("Empty", List.of());
		params.put("Body", List.of("hi"));
		String expected = hmac("12345", url + "Bodyhi");
		assertThat(TwilioSignatureValidator.computeSignature("12345", url, params)).isEqualTo(expected);
		assertThat(this.validator.validate(url, params, expected)).isEqualTo(Result.VALID);
	}

	@Test
	void signsNonAsciiTextAsUtf8() {
		String url = "https://example.com/grüße?tag=日本";
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("Body", List.of("Grüße 😀 – ok"));
		params.put("Nämlich", List.of("ü"));
		params.put("From", List.of("+15558675310"));
		String expected = hmac("12345", url + "BodyGrüße 😀 – ok" + "From+15558675310" + "Nämlichü");
		assertThat(TwilioSignatureValidator.computeSignature("12345", url, params)).isEqualTo(expected);
		assertThat(this.validator.validate(url, params, expected)).isEqualTo(Result.VALID);
		assertThat(this.validator.validate(url, Map.of("Body", List.of("Grüsse 😀 – ok"), "Nämlich", List.of("ü"),
				"From", List.of("+15558675310")), expected))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void doesNotSignCharactersBeyondAsciiAsTheirLowByte() {
		String url = "https://example.com/hook";
		// U+0141 and U+0D41 have the low byte of 'A'
		String signedForA = hmac("12345", url + "BodyA");
		for (String value : List.of("\u0141", "\u0d41")) {
			assertThat(this.validator.validate(url, Map.of("Body", List.of(value)), signedForA)).as(value)
				.isEqualTo(Result.SIGNATURE_MISMATCH);
			assertThat(this.validator.validate(url, Map.of("Body", List.of(value)),
					hmac("12345", url + "Body" + value)))
				.as(value)
				.isEqualTo(Result.VALID);
		}
		assertThat(this.validator.validate(url + "\u0141", Map.of("Body", List.of("A")),
				hmac("12345", url + "ABodyA")))
			.isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void acceptsPortVariantOfUrlWithNonAsciiParameters() {
		Map<String, List<String>> params = Map.of("Body", List.of("Grüße"), "To", List.of("+18005551212"));
		String signedWithPort = hmac("12345", "https://example.com:443/sms" + "BodyGrüße" + "To+18005551212");
		assertThat(this.validator.validate("https://example.com/sms", params, signedWithPort)).isEqualTo(Result.VALID);
	}

	@Test
	void encodesSurrogatePairSplitBetweenNameAndValueAsOneCharacter() {
		String url = "https://example.com/hook";
		String emoji = "😀";
		Map<String, List<String>> params = Map.of("A" + emoji.charAt(0), List.of(emoji.charAt(1) + "B"));
		String expected = hmac("12345", url + "A" + emoji + "B");
		assertThat(TwilioSignatureValidator.computeSignature("12345", url, params)).isEqualTo(expected);
		assertThat(this.validator.validate(url, params, expected)).isEqualTo(Result.VALID);
	}

	@Test
	void rejectsSignatureWithCharacterOutsideAscii() {
		char last = DOCS_SIGNATURE.charAt(DOCS_SIGNATURE.length() - 1);
		// Same low byte as the expected character: a comparison of truncated characters
		// would accept it
		String wide = DOCS_SIGNATURE.substring(0, DOCS_SIGNATURE.length() - 1) + (char) (0x100 | last);
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, wide)).isEqualTo(Result.SIGNATURE_MISMATCH);
	}

	@Test
	void validatesLargeRequestsAndSmallOnesAfterThem() {
		String url = "https://example.com/hook";
		Map<String, List<String>> large = new LinkedHashMap<>();
		StringBuilder signed = new StringBuilder(url);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String name = "Param" + ((i * 7919) % 1000);
			large.put(name, List.of("value-" + "x".repeat(i % 97) + "-" + i));
			names.add(name);
		}
		names.stream().sorted().forEach((name) -> signed.append(name).append(large.get(name).get(0)));
		assertThat(signed.length()).isGreaterThan(16 * 1024);
		assertThat(this.validator.validate(url, large, hmac("12345", signed.toString()))).isEqualTo(Result.VALID);
		assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)).isEqualTo(Result.VALID);
		assertThat(this.validator.validate(url, large, hmac("12345", signed.toString()))).isEqualTo(Result.VALID);
	}

	@Test
	void keepsValidatorsWithDifferentTokensApartOnOneThread() {
		TwilioSignatureValidator other = TwilioSignatureValidator.of("54321");
		String otherSignature = TwilioSignatureValidator.computeSignature("54321", DOCS_URL, DOCS_PARAMS);
		for (int i = 0; i < 3; i++) {
			assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)).isEqualTo(Result.VALID);
			assertThat(other.validate(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)).isEqualTo(Result.SIGNATURE_MISMATCH);
			assertThat(other.validate(DOCS_URL, DOCS_PARAMS, otherSignature)).isEqualTo(Result.VALID);
			assertThat(this.validator.validate(DOCS_URL, DOCS_PARAMS, otherSignature))
				.isEqualTo(Result.SIGNATURE_MISMATCH);
		}
	}

	@Test
	void validatesConcurrentlyForSeveralTokensAndShapes() throws Exception {
		List<String> tokens = List.of("first-token", "second-token", "third-token");
		TwilioSignatureValidator shared = new TwilioSignatureValidator(tokens);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int thread = t;
				results.add(threads.submit(() -> {
					start.await();
					int checked = 0;
					for (int i = 0; i < 500; i++) {
						String token = (i % 4 == 3) ? "unknown-token" : tokens.get((thread + i) % tokens.size());
						Map<String, List<String>> params = new LinkedHashMap<>();
						int size = 1 + (thread + i) % 6;
						for (int p = size; p > 0; p--) {
							params.put("N" + ((p * (i + 1)) % 10) + p, List.of(thread + "-" + i + "-" + p));
						}
						String url = "https://example.com/t" + thread;
						StringBuilder signed = new StringBuilder(url);
						new TreeMap<>(params).forEach((name, values) -> signed.append(name).append(values.get(0)));
						String signature = hmac(token, signed.toString());
						Result expected = "unknown-token".equals(token) ? Result.SIGNATURE_MISMATCH : Result.VALID;
						assertThat(shared.validate(url, params, signature)).isEqualTo(expected);
						checked++;
					}
					return checked;
				}));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(500);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String hmac(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
