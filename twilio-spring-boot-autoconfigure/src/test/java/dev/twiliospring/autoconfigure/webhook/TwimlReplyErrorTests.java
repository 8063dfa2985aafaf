package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.TwimlText;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for a {@code @TwilioWebhook} handler that echoes a sender's text into TwiML, on a
 * real embedded server: text that XML 1.0 cannot carry.
 */
@SpringBootTest(classes = TwimlReplyErrorTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN })
@ExtendWith(OutputCaptureExtension.class)
class TwimlReplyErrorTests {

	private static final String BODY = "hi \u0001 there";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void echoedControlCharacterAnswers500WithoutAStackTraceAndLogsWhereAndHowToFixIt(CapturedOutput output)
			throws Exception {
		HttpResponse<String> response = post("/twilio/echo");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("TwimlException")
			.doesNotContain("\tat ")
			.doesNotContain("dev.twiliospring")
			.doesNotContain(AUTH_TOKEN);
		assertThat(output.getAll()).contains("Text of <Message> contains U+0001 at index 13")
			.contains("TwimlText.replaceInvalidCharacters")
			.doesNotContain(AUTH_TOKEN);
	}

	@Test
	void echoedTextPassedThroughReplaceInvalidCharactersAnswersTwiml() throws Exception {
		HttpResponse<String> response = post("/twilio/echo-safe");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		assertThat(response.body()).contains("<Message>You said: hi \uFFFD there</Message>");
	}

	private HttpResponse<String> post(String path) throws Exception {
		String url = "http://127.0.0.1:" + this.port + path;
		Map<String, List<String>> params = params("From", "+15551230000", "Body", BODY);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			.POST(HttpRequest.BodyPublishers.ofString(form(params)))
			.build();
		return this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(EchoController.class)
	static class App {

	}

	@RestController
	@TwilioWebhook
	static class EchoController {

		@PostMapping("/twilio/echo")
		MessagingResponse echo(InboundMessage sms) {
			return MessagingResponse.builder().message("You said: " + sms.body()).build();
		}

		@PostMapping("/twilio/echo-safe")
		MessagingResponse echoSafe(InboundMessage sms) {
			return MessagingResponse.builder()
				.message("You said: " + TwimlText.replaceInvalidCharacters(sms.body()))
				.build();
		}

	}

}
