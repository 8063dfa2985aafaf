package dev.twiliospring.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.twiliospring.resilience.RawHttp.Response;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input for Twilio webhooks, sent over a raw socket to a running application: every
 * request is answered with a 4xx and a problem detail, never a 5xx, and the application
 * keeps answering valid signed requests.
 */
@SpringBootTest(classes = BadInputTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + WebhookBadInputTests.AUTH_TOKEN,
				"twilio.webhook.max-body-size=128KB", "twilio.webhook.status-callback.path=/twilio/status" })
class WebhookBadInputTests {

	static final String AUTH_TOKEN = "bad-input-suite-token-0123456789ab";

	private static final String FORM = "application/x-www-form-urlencoded";

	@LocalServerPort
	private int port;

	@AfterEach
	void stillAnswersValidSignedRequest() throws IOException {
		Map<String, List<String>> params = RawHttp.params("From", "+15558675310", "Body", "still there?");
		Response response = send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", params)), RawHttp.form(params));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("You said: still there?");
	}

	@Test
	void rejectsMalformedPercentEncoding() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "c2ln"), "Body=100%ZZ&From=%2"), 400,
				"malformed-body");
	}

	@Test
	void rejectsMalformedPercentEncodingInTheQuery() throws IOException {
		assertProblem(send("POST", "/twilio/sms?tenant=%G1", headers(FORM, "c2ln"), "Body=hi"), 400,
				"malformed-query");
	}

	@Test
	void rejectsInvalidUtf8InTheQuery() throws IOException {
		assertProblem(send("POST", "/twilio/sms?x=%FF", headers(FORM, "c2ln"), "Body=hi"), 400, "malformed-query");
	}

	@Test
	void rejectsMalformedPercentEncodingInAPathSegment() throws IOException {
		// Tomcat decodes the path, and refuses it, before any application code runs
		assertContainerProblem(send("POST", "/twilio/%ZZ/sms", headers(FORM, "c2ln"), "Body=hi"), 400,
				"The request line, URL or headers are malformed");
	}

	@Test
	void rejectsMalformedPercentEncodingInAPathParameter() throws IOException {
		assertProblem(send("POST", "/twilio/sms;tenant=%ZZ", headers(FORM, "c2ln"), "Body=hi"), 400, "malformed-path");
	}

	@Test
	void rejectsInvalidUtf8() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "c2ln"), "Body=%C3%28%FF"), 400, "malformed-body");
	}

	@Test
	void rejectsInvalidUtf8InAJsonBody() throws IOException {
		// The URL is signed, with the hash of a valid body; the body sent is not UTF-8
		byte[] signedBody = "{\"type\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
		String path = "/twilio/events?" + TwilioSignatureValidator.BODY_SHA256_PARAMETER + "="
				+ TwilioSignatureValidator.sha256Hex(signedBody);
		byte[] body = { '{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
		assertProblem(send("POST", path, headers("application/json", sign(path, Map.of())), body), 403,
				"body-hash-mismatch");
		// Its own hash in the URL, without a valid signature
		String ownHash = "/twilio/events?" + TwilioSignatureValidator.BODY_SHA256_PARAMETER + "="
				+ TwilioSignatureValidator.sha256Hex(body);
		assertProblem(send("POST", ownHash, headers("application/json", "c2ln"), body), 403, "signature-mismatch");
	}

	@Test
	void rejectsRawInvalidUtf8Bytes() throws IOException {
		byte[] body = { 'B', 'o', 'd', 'y', '=', (byte) 0xC3, (byte) 0x28 };
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "c2ln"), body), 400, "malformed-body");
	}

	@Test
	void rejectsBodyOverTheLimit() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "c2ln"), "Body=" + "x".repeat(200 * 1024)), 413,
				"body-too-large");
	}

	@Test
	void rejectsChunkedBodyOverTheLimit() throws IOException {
		// Without a Content-Length the limit can only be enforced while the body is read
		byte[] chunk = "x".repeat(8 * 1024).getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes("5\r\nBody=\r\n".getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < 25; i++) {
			body.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(chunk);
			body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		List<String> headers = headers(FORM, "c2ln");
		headers.add("Transfer-Encoding: chunked");
		RawHttp http = http();
		assertProblem(http.exchange(http.head("POST", "/twilio/sms", headers), body.toByteArray(), false, 10_000), 413,
				"body-too-large");
	}

	@Test
	void rejectsBodyWithoutContentType() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(null, "c2ln"), "Body=hi"), 415, "missing-content-type");
	}

	@Test
	void rejectsBodyOfAnotherContentType() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers("text/plain", "c2ln"), "Body=hi"), 415,
				"unsupported-content-type");
	}

	@Test
	void rejectsInvalidContentType() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers("form;;;===", "c2ln"), "Body=hi"), 415,
				"unsupported-content-type");
	}

	@Test
	void rejectsFormBodyOnJsonWebhookWithProblem() throws IOException {
		Response response = send("POST", "/twilio/events", headers(FORM, "c2ln"), "type=delivered");
		assertProblem(response, 415, "unsupported-content-type");
		assertThat(response.header("accept")).isEqualTo("application/json");
	}

	@Test
	void rejectsJsonWebhookWithoutContentTypeWithProblem() throws IOException {
		assertProblem(send("POST", "/twilio/events", headers(null, "c2ln"), "{}"), 415, "missing-content-type");
	}

	@Test
	void rejectsTenThousandParametersWithoutValidSignature() throws IOException {
		Map<String, List<String>> params = manyParameters(10_000);
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "bm90IHRoZSBzaWduYXR1cmU="), RawHttp.form(params)), 403,
				"signature-mismatch");
	}

	@Test
	void acceptsTenThousandParametersWhenSigned() throws IOException {
		Map<String, List<String>> params = manyParameters(10_000);
		params.put("Body", List.of("many"));
		Response response = send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", params)), RawHttp.form(params));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("You said: many");
	}

	@Test
	void acceptsDuplicatedKeysWhenSigned() throws IOException {
		Map<String, List<String>> params = RawHttp.params("Body", "first", "Body", "second", "MediaUrl0", "a", "MediaUrl0",
				"b");
		Response response = send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", params)), RawHttp.form(params));
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void rejectsDuplicatedKeysWithoutValidSignature() throws IOException {
		Map<String, List<String>> params = RawHttp.params("Body", "first", "Body", "second");
		Map<String, List<String>> signedParams = RawHttp.params("Body", "first");
		assertProblem(send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", signedParams)), RawHttp.form(params)),
				403, "signature-mismatch");
		assertProblem(send("POST", "/twilio/sms", headers(FORM, null), RawHttp.form(params)), 403, "missing-signature");
	}

	@Test
	void rejectsEmptySignatureHeader() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(FORM, ""), "Body=hi"), 403, "missing-signature");
	}

	@Test
	void rejectsSeveralSignatureHeaders() throws IOException {
		Map<String, List<String>> params = RawHttp.params("Body", "hi");
		String signature = sign("/twilio/sms", params);
		List<String> headers = headers(FORM, signature);
		headers.add(TwilioSignatureValidator.SIGNATURE_HEADER + ": " + signature);
		assertProblem(send("POST", "/twilio/sms", headers, RawHttp.form(params)), 400, "multiple-signatures");
	}

	@Test
	void rejectsEmptySignatureHeaderBesideAValidOne() throws IOException {
		Map<String, List<String>> params = RawHttp.params("Body", "hi");
		List<String> headers = headers(FORM, "");
		headers.add(TwilioSignatureValidator.SIGNATURE_HEADER + ": " + sign("/twilio/sms", params));
		assertProblem(send("POST", "/twilio/sms", headers, RawHttp.form(params)), 400, "multiple-signatures");
	}

	@Test
	void rejectsJsonWithWrongBodyHash() throws IOException {
		byte[] signedBody = "{\"type\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
		String path = "/twilio/events?" + TwilioSignatureValidator.BODY_SHA256_PARAMETER + "="
				+ TwilioSignatureValidator.sha256Hex(signedBody);
		Response response = send("POST", path, headers("application/json", sign(path, Map.of())),
				"{\"type\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
		assertProblem(response, 403, "body-hash-mismatch");
	}

	@Test
	void rejectsJsonWithoutBodyHash() throws IOException {
		assertProblem(send("POST", "/twilio/events", headers("application/json", sign("/twilio/events", Map.of())),
				"{}"), 403, "body-hash-missing");
	}

	@Test
	void rejectsGetOnPostWebhook() throws IOException {
		Response response = send("GET", "/twilio/sms?Body=hi", headers(null, null), new byte[0]);
		assertProblem(response, 405, "method-not-allowed");
		assertThat(response.header("allow")).contains("POST");
	}

	@Test
	void rejectsPutOnPostWebhook() throws IOException {
		assertProblem(send("PUT", "/twilio/sms", headers(FORM, "c2ln"), "Body=hi"), 405, "method-not-allowed");
	}

	@Test
	void rejectsHeadOnPostWebhookWithoutBody() throws IOException {
		Response response = send("HEAD", "/twilio/sms", headers(null, null), new byte[0]);
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("content-type")).startsWith("application/problem+json");
		assertThat(response.body()).isEmpty();
	}

	@Test
	void rejectsMethodsTwilioNeverCallsAWebhookPathWith() throws IOException {
		// The status callback endpoint is a webhook by its path, whatever the method
		for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
			Response response = send(method, "/twilio/status", headers(FORM, "c2ln"), "MessageStatus=sent");
			assertProblem(response, 405, "method-not-allowed");
			assertThat(response.header("allow")).isEqualTo("GET, POST");
		}
		assertProblem(send("GET", "/twilio/status?MessageStatus=sent", headers(null, "c2ln"), new byte[0]), 403,
				"signature-mismatch");
	}

	@Test
	void rejectsBodyWithContentCoding() throws IOException {
		Map<String, List<String>> params = RawHttp.params("From", "+15558675310", "Body", "zipped");
		assertProblem(send("POST", "/twilio/sms",
				headers(FORM, sign("/twilio/sms", params), "Content-Encoding: gzip"), RawHttp.form(params)), 415,
				"unsupported-content-encoding");
	}

	@Test
	void acceptsBodyWithIdentityContentCoding() throws IOException {
		Map<String, List<String>> params = RawHttp.params("From", "+15558675310", "Body", "plain");
		Response response = send("POST", "/twilio/sms",
				headers(FORM, sign("/twilio/sms", params), "Content-Encoding: identity"), RawHttp.form(params));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).contains("You said: plain");
	}

	@Test
	void rejectsWildcardContentType() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers("*/*", "c2ln"), "Body=hi"), 415, "unsupported-content-type");
		assertProblem(send("POST", "/twilio/sms", headers("application/*", "c2ln"), "{}"), 415,
				"unsupported-content-type");
	}

	@Test
	void rejectsTwoContentTypeHeaders() throws IOException {
		Map<String, List<String>> params = RawHttp.params("From", "+15558675310", "Body", "which?");
		assertProblem(send("POST", "/twilio/sms",
				headers(FORM, sign("/twilio/sms", params), "Content-Type: application/json"), RawHttp.form(params)),
				400, "multiple-content-types");
	}

	@Test
	void rejectsLongUrlWithProblem() throws IOException {
		String path = "/twilio/sms?padding=" + "x".repeat(6_000);
		assertProblem(send("POST", path, headers(FORM, "c2ln"), "Body=hi"), 403, "signature-mismatch");
	}

	@Test
	void rejectsUrlLongerThanTheServerAcceptsWithClientError() throws IOException {
		Response response = send("POST", "/twilio/sms?padding=" + "x".repeat(100_000), headers(FORM, "c2ln"),
				"Body=hi");
		// The container refuses the request line before any application code runs
		assertThat(response.status()).as(response.toString()).isBetween(400, 499);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + response.status())
			.contains("\"type\":\"about:blank\"")
			.doesNotContain("padding")
			.doesNotContain("Tomcat");
	}

	@Test
	void rejectsUnsupportedTransferCodingWithClientError() throws IOException {
		Response response = send("POST", "/twilio/sms", headers(FORM, "c2ln", "Transfer-Encoding: gzip"), new byte[0]);
		assertContainerProblem(response, 400, "The request's Transfer-Encoding is not supported");
	}

	@Test
	void rejectsUnsupportedHttpVersionWithClientError() throws IOException {
		assertContainerProblem(sendRequestLine("GET /twilio/sms HTTP/9.9"), 400, "use HTTP/1.1");
	}

	@Test
	void rejectsMalformedRequestLineSayingWhatIsWrong() throws IOException {
		assertContainerProblem(sendRequestLine("GET /twilio/sms with spaces HTTP/1.1"), 400,
				"The request line, URL or headers are malformed");
	}

	@Test
	void keepsTheStatusOfAnErrorTheApplicationAnswers() throws IOException {
		// Only the server's own refusals of requests it cannot read become 400
		Response response = send("GET", "/not-implemented", headers(null, null), new byte[0]);
		assertThat(response.status()).as(response.toString()).isEqualTo(501);
		assertThat(response.body()).contains("\"status\":501").doesNotContain("Transfer-Encoding");
	}

	private void assertContainerProblem(Response response, int status, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status)
			.contains(detail)
			.doesNotContain("Tomcat")
			.doesNotContain("Exception");
	}

	private void assertProblem(Response response, int status, String reason) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status);
		if (reason != null) {
			assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
		}
	}

	private static List<String> headers(String contentType, String signature, String... more) {
		List<String> headers = new ArrayList<>();
		if (contentType != null) {
			headers.add("Content-Type: " + contentType);
		}
		if (signature != null) {
			headers.add(TwilioSignatureValidator.SIGNATURE_HEADER + ": " + signature);
		}
		headers.addAll(List.of(more));
		return headers;
	}

	private static Map<String, List<String>> manyParameters(int count) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			params.put("P" + i, List.of(Integer.toString(i)));
		}
		return params;
	}

	private Response send(String method, String pathAndQuery, List<String> headers, String body) throws IOException {
		return send(method, pathAndQuery, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	private Response send(String method, String pathAndQuery, List<String> headers, byte[] body) throws IOException {
		List<String> all = new ArrayList<>(headers);
		if (body.length > 0 || "POST".equals(method) || "PUT".equals(method)) {
			all.add("Content-Length: " + body.length);
		}
		RawHttp http = http();
		return http.exchange(http.head(method, pathAndQuery, all), body, false, 10_000);
	}

	private Response sendRequestLine(String requestLine) throws IOException {
		String head = requestLine + "\r\nHost: 127.0.0.1:" + this.port + "\r\nConnection: close\r\n\r\n";
		return http().exchange(head.getBytes(StandardCharsets.ISO_8859_1), new byte[0], false, 10_000);
	}

	private RawHttp http() {
		return new RawHttp(this.port, AUTH_TOKEN);
	}

	private String sign(String pathAndQuery, Map<String, List<String>> params) {
		return http().sign(pathAndQuery, params);
	}

}
