package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.SmsController;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} behind Spring's
 * {@code ForwardedHeaderFilter} ({@code server.forward-headers-strategy=framework}), on a
 * real embedded server, when a request's forwarded headers are malformed.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"server.forward-headers-strategy=framework" })
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookMalformedForwardedHeadersTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private SmsController smsController;

	@BeforeEach
	void reset() {
		this.smsController.invocations.set(0);
	}

	@Test
	void malformedForwardedPrefixOfAWebhookIsABadRequestNamingTheHeader(CapturedOutput output) throws Exception {
		HttpResponse<String> response = post("/twilio/sms", "X-Forwarded-Prefix", "%zz");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"reason\":\"malformed-forwarded-header\"")
			.contains("\"detail\":\"The X-Forwarded-Prefix header is malformed: ");
		assertThat(this.smsController.invocations).hasValue(0);
		// A client's error, not the application's: no error and no stack trace in the log
		assertThat(output).doesNotContain("ERROR").doesNotContain("\tat ");
	}

	/**
	 * Only webhooks are the filter's to answer: any other path is left to whatever serves
	 * it, as with a path that Spring cannot decode.
	 */
	@Test
	void malformedForwardedPrefixOfAnotherPathIsLeftToTheApplication() throws Exception {
		HttpResponse<String> response = post("/functional/hook", "X-Forwarded-Prefix", "%zz");
		// Spring fails to find its handler, as it does without the signature filter
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("\"reason\"").doesNotContain("functional:");
	}

	/**
	 * Spring's filter refuses a port that is no number itself, with an empty 400, before
	 * the signature filter sees the request.
	 */
	@Test
	void malformedForwardedPortOfAWebhookIsRefusedBeforeTheHandler() throws Exception {
		HttpResponse<String> response = post("/twilio/sms", "X-Forwarded-Port", "abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.smsController.invocations).hasValue(0);
	}

	private HttpResponse<String> post(String path, String header, String value) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant")
			.header(header, value)
			.POST(BodyPublishers.ofString("Body=x"))
			.build();
		return this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
