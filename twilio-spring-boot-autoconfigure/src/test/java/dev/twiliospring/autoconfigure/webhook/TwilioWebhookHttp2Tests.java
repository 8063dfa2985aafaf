package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileCopyUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} on an embedded Tomcat with
 * {@code server.http2.enabled=true} and no TLS, which speaks HTTP/2 over cleartext (h2c),
 * as an ingress may to a pod. An HTTP/2 request has no {@code Content-Length} or
 * {@code Transfer-Encoding} header to announce its body with.
 */
@SpringBootTest(classes = { WebhookTestApplication.class, TwilioWebhookHttp2Tests.ReaderController.class }, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN, "server.http2.enabled=true" })
class TwilioWebhookHttp2Tests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

	@LocalServerPort
	private int port;

	@Test
	void acceptsSignedFormPostOverH2c() throws Exception {
		String url = url("/twilio/sms");
		Map<String, List<String>> params = params("Body", "over h2c");
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			// No length: the body arrives in DATA frames without a Content-Length
			.POST(BodyPublishers.fromPublisher(BodyPublishers.ofString(form(params)))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("You said: over h2c");
	}

	@Test
	void rejectsBodyOfGetWebhookOverH2cAsOverHttp11() throws Exception {
		String url = url("/twilio/voice?CallSid=CA1&From=%2B15005550006&CallStatus=ringing");
		String signature = sign(url, Map.of());
		HttpResponse<String> withoutBody = send(HttpRequest.newBuilder(URI.create(url))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
			.GET());
		assertThat(withoutBody.statusCode()).as(withoutBody.body()).isEqualTo(200);
		HttpResponse<String> withBody = send(HttpRequest.newBuilder(URI.create(url))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method("GET", BodyPublishers.fromPublisher(BodyPublishers.ofString("From=%2B15005550009"))));
		assertThat(withBody.statusCode()).as(withBody.body()).isEqualTo(400);
		assertThat(withBody.body()).contains("\"reason\":\"unexpected-body\"");
	}

	@Test
	void getWebhookOverH2cReachesHandlerThatTakesTheReader() throws Exception {
		String url = url("/twilio/reader?CallSid=CA1");
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, Map.of()))
			.GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("read 0 characters");
	}

	private String url(String pathAndQuery) {
		return "http://127.0.0.1:" + this.port + pathAndQuery;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		// The first request of a connection upgrades it; later ones are HTTP/2 from the start
		HttpResponse<String> upgrade = this.client.send(HttpRequest.newBuilder(URI.create(url("/nothing"))).build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(upgrade.version()).isEqualTo(HttpClient.Version.HTTP_2);
		HttpResponse<String> response = this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
		return response;
	}

	@RestController
	@TwilioWebhook
	static class ReaderController {

		@GetMapping("/twilio/reader")
		String reader(Reader reader) throws IOException {
			return "read " + FileCopyUtils.copyToString(reader).length() + " characters";
		}

	}

}
