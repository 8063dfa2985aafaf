package dev.twiliospring.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
				"twilio.webhook.max-body-size=128KB" })
class WebhookBadInputTests {

	static final String AUTH_TOKEN = "bad-input-suite-token-0123456789ab";

	private static final String FORM = "application/x-www-form-urlencoded";

	@LocalServerPort
	private int port;

	@AfterEach
	void stillAnswersValidSignedRequest() throws IOException {
		Map<String, List<String>> params = params("From", "+15558675310", "Body", "still there?");
		Response response = send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", params)), form(params));
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
	void rejectsInvalidUtf8() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "c2ln"), "Body=%C3%28%FF"), 400, "malformed-body");
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
	void rejectsTenThousandParametersWithoutValidSignature() throws IOException {
		Map<String, List<String>> params = manyParameters(10_000);
		assertProblem(send("POST", "/twilio/sms", headers(FORM, "bm90IHRoZSBzaWduYXR1cmU="), form(params)), 403,
				"signature-mismatch");
	}

	@Test
	void acceptsTenThousandParametersWhenSigned() throws IOException {
		Map<String, List<String>> params = manyParameters(10_000);
		params.put("Body", List.of("many"));
		Response response = send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", params)), form(params));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("You said: many");
	}

	@Test
	void acceptsDuplicatedKeysWhenSigned() throws IOException {
		Map<String, List<String>> params = params("Body", "first", "Body", "second", "MediaUrl0", "a", "MediaUrl0",
				"b");
		Response response = send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", params)), form(params));
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void rejectsDuplicatedKeysWithoutValidSignature() throws IOException {
		Map<String, List<String>> params = params("Body", "first", "Body", "second");
		Map<String, List<String>> signedParams = params("Body", "first");
		assertProblem(send("POST", "/twilio/sms", headers(FORM, sign("/twilio/sms", signedParams)), form(params)),
				403, "signature-mismatch");
		assertProblem(send("POST", "/twilio/sms", headers(FORM, null), form(params)), 403, "missing-signature");
	}

	@Test
	void rejectsEmptySignatureHeader() throws IOException {
		assertProblem(send("POST", "/twilio/sms", headers(FORM, ""), "Body=hi"), 403, "missing-signature");
	}

	@Test
	void rejectsSeveralSignatureHeaders() throws IOException {
		Map<String, List<String>> params = params("Body", "hi");
		String signature = sign("/twilio/sms", params);
		List<String> headers = headers(FORM, signature);
		headers.add(TwilioSignatureValidator.SIGNATURE_HEADER + ": " + signature);
		assertProblem(send("POST", "/twilio/sms", headers, form(params)), 400, "multiple-signatures");
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
		assertProblem(response, 405, null);
		assertThat(response.header("allow")).contains("POST");
	}

	@Test
	void rejectsPutOnPostWebhook() throws IOException {
		assertProblem(send("PUT", "/twilio/sms", headers(FORM, "c2ln"), "Body=hi"), 405, null);
	}

	@Test
	void rejectsHeadOnPostWebhookWithoutBody() throws IOException {
		Response response = send("HEAD", "/twilio/sms", headers(null, null), new byte[0]);
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("content-type")).startsWith("application/problem+json");
		assertThat(response.body()).isEmpty();
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
		assertThat(response.status()).isBetween(400, 499);
	}

	private void assertProblem(Response response, int status, String reason) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status);
		if (reason != null) {
			assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
		}
	}

	private String sign(String pathAndQuery, Map<String, List<String>> params) {
		return TwilioSignatureValidator.computeSignature(AUTH_TOKEN, "http://127.0.0.1:" + this.port + pathAndQuery,
				params);
	}

	private static List<String> headers(String contentType, String signature) {
		List<String> headers = new ArrayList<>();
		if (contentType != null) {
			headers.add("Content-Type: " + contentType);
		}
		if (signature != null) {
			headers.add(TwilioSignatureValidator.SIGNATURE_HEADER + ": " + signature);
		}
		return headers;
	}

	private static Map<String, List<String>> params(String... namesAndValues) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.computeIfAbsent(namesAndValues[i], (key) -> new ArrayList<>()).add(namesAndValues[i + 1]);
		}
		return params;
	}

	private static Map<String, List<String>> manyParameters(int count) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			params.put("P" + i, List.of(Integer.toString(i)));
		}
		return params;
	}

	private static String form(Map<String, List<String>> params) {
		StringBuilder form = new StringBuilder();
		params.forEach((name, values) -> values.forEach((value) -> form.append((form.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return form.toString();
	}

	private Response send(String method, String pathAndQuery, List<String> headers, String body) throws IOException {
		return send(method, pathAndQuery, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	private Response send(String method, String pathAndQuery, List<String> headers, byte[] body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			StringBuilder head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
			head.append("Host: 127.0.0.1:").append(this.port).append("\r\nConnection: close\r\n");
			headers.forEach((header) -> head.append(header).append("\r\n"));
			if (body.length > 0 || "POST".equals(method) || "PUT".equals(method)) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			try {
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read everything
			}
			return Response.read(socket.getInputStream());
		}
	}

	private record Response(int status, Map<String, String> headers, String body) {

		static Response read(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			try {
				in.transferTo(all);
			}
			catch (IOException ex) {
				// A reset after the response was sent
			}
			String text = all.toString(StandardCharsets.UTF_8);
			int headEnd = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, (headEnd >= 0) ? headEnd : text.length()).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
				}
			}
			String body = (headEnd >= 0) ? text.substring(headEnd + 4) : "";
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int pos = 0;
			while (pos < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", pos);
				int size = Integer.parseInt(chunked.substring(pos, lineEnd).split(";")[0].trim(), 16);
				if (size == 0) {
					break;
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				pos = lineEnd + 2 + size + 2;
			}
			return body.toString();
		}

		String header(String name) {
			return this.headers.getOrDefault(name, "");
		}

	}

}
