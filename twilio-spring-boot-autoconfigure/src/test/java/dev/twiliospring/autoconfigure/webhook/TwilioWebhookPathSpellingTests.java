package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code twilio.webhook.paths} on a real embedded Tomcat with Spring MVC's
 * Ant-style path matcher, which maps a request by its normalised path: a handler that
 * only the configured path protects must not be reachable unsigned through another
 * spelling of its path.
 */
@SpringBootTest(classes = { WebhookTestApplication.class, TwilioWebhookPathSpellingTests.TenantHooks.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.paths=/mixed/open,/tenants/*",
				"spring.mvc.pathmatch.matching-strategy=ant_path_matcher" })
class TwilioWebhookPathSpellingTests {

	private static final String BODY = "Body=hi";

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/mixed/open", "//mixed/open", "/mixed//open", "/mixed/open;a=b", "/%6Dixed/open",
			"/mixed/open/" })
	void unsignedRequestIsRefusedWhateverTheSpellingOfThePath(String path) throws IOException {
		String response = post(path, null);
		assertThat(response).as(path).startsWith("HTTP/1.1 403 ").doesNotContain("open:hi");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tenants/acme", "//tenants/acme", "//tenants/a%25zz", "/tenants//a%25zz", "//tenants/%25",
			"//tenants/a%2525" })
	void unsignedRequestIsRefusedWhenItsNormalisedPathHoldsAPercentSign(String path) throws IOException {
		// The container decodes "%25" to a '%' that must not be taken for an escape
		String response = post(path, null);
		assertThat(response).as(path).startsWith("HTTP/1.1 403 ").doesNotContain("tenant:");
	}

	@Test
	void signedRequestReachesTheHandler() throws IOException {
		Map<String, List<String>> params = params("Body", "hi");
		String signature = sign("http://127.0.0.1:" + this.port + "/mixed/open", params);
		assertThat(form(params)).isEqualTo(BODY);
		assertThat(post("/mixed/open", signature)).startsWith("HTTP/1.1 200 ").endsWith("open:hi");
	}

	@RestController
	static class TenantHooks {

		@PostMapping("/tenants/{tenant}")
		String tenant(@PathVariable String tenant, @RequestParam("Body") String body) {
			return "tenant:" + tenant + ":" + body;
		}

	}

	private String post(String path, String signature) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\nConnection: close\r\n"
					+ ((signature != null) ? "X-Twilio-Signature: " + signature + "\r\n" : "")
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + BODY.length()
					+ "\r\n\r\n" + BODY)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
