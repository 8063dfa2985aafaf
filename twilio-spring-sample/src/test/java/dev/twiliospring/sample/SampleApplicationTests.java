package dev.twiliospring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.autoconfigure.AutoConfigureTwilioEmulator;
import dev.twiliospring.test.emulator.EmulatedCall;
import dev.twiliospring.test.emulator.EmulatedMessage;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.test.emulator.WebhookDelivery;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample end to end against the {@link TwilioEmulator}, on a real port so
 * that the emulator's signed webhooks and status callbacks pass the real signature
 * filter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.forward-to=+14155550177")
@AutoConfigureTwilioEmulator(stepDelay = "10ms")
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String CUSTOMER = "+14155550100";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private TwilioEmulator emulator;

	@Autowired
	private SampleProperties properties;

	@Autowired
	private MessageStatusTracker tracker;

	@LocalServerPort
	private int port;

	private RestClient api;

	@BeforeEach
	void setUp() {
		this.emulator.reset();
		String base = "http://localhost:" + this.port;
		this.emulator.addIncomingNumber(this.properties.getFrom(), base + "/twilio/sms", base + "/twilio/voice");
		this.api = RestClient.builder()
			.baseUrl(base)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void sentMessageIsTrackedUntilDeliveredThroughSignedStatusCallbacks() {
		ResponseEntity<Map<String, Object>> sent = send("{\"to\": \"" + CUSTOMER + "\", \"body\": \"Your order shipped\"}");
		assertThat(sent.getStatusCode().value()).isEqualTo(201);
		String sid = (String) sent.getBody().get("sid");
		assertThat(sid).matches("SM[0-9a-f]{32}");
		assertThat(sent.getHeaders().getLocation()).hasPath("/api/messages/" + sid);
		EmulatedMessage message = this.emulator.awaitMessageStatus(sid, "delivered", TIMEOUT);
		assertThat(message.from()).isEqualTo(this.properties.getFrom());
		assertThat(message.body()).isEqualTo("Your order shipped");
		List<WebhookDelivery> callbacks = this.emulator.callbacks(sid);
		// As from Twilio, no callback for the status the message was created with
		assertThat(callbacks).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("sent", "delivered");
		assertThat(callbacks).allSatisfy((callback) -> {
			assertThat(callback.statusCode()).isEqualTo(204);
			assertThat(callback.url()).isEqualTo("http://localhost:" + this.port + "/twilio/status");
		});
		Map<String, Object> status = get("/api/messages/" + sid).getBody();
		assertThat(status).containsEntry("status", "delivered").containsEntry("to", CUSTOMER);
		assertThat(status.get("history")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly("queued", "sent", "delivered");
	}

	/**
	 * Through a tunnel such as ngrok, which connects from this machine too but names the
	 * original client, the API that sends messages on the account is closed, and nothing
	 * is sent.
	 */
	@Test
	void apiAndActuatorRefuseRequestsForwardedByATunnel() {
		ResponseEntity<Map<String, Object>> sent = this.api.post()
			.uri("/api/messages")
			.header("X-Forwarded-For", "203.0.113.7")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"to\": \"" + CUSTOMER + "\", \"body\": \"Free money\"}")
			.retrieve()
			.toEntity(JSON);
		assertThat(sent.getStatusCode().value()).isEqualTo(403);
		assertThat(sent.getBody()).containsEntry("detail", LocalOnlyFilter.DETAIL);
		assertThat(this.emulator.messages()).isEmpty();
		assertThat(this.api.get()
			.uri("/actuator/health")
			.header("X-Forwarded-For", "203.0.113.7")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(403);
		assertThat(get("/actuator/health").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void undeliveredMessageShowsTheErrorCode() {
		String sid = (String) send("{\"to\": \"" + TwilioTestNumbers.UNDELIVERABLE + "\", \"body\": \"Hi\"}").getBody()
			.get("sid");
		this.emulator.awaitMessageStatus(sid, "undelivered", TIMEOUT);
		assertThat(get("/api/messages/" + sid).getBody()).containsEntry("status", "undelivered")
			.containsEntry("errorCode", 30003);
	}

	@Test
	void twilioErrorBecomesProblemDetailWithTwilioCode() {
		ResponseEntity<Map<String, Object>> response = send(
				"{\"to\": \"" + TwilioTestNumbers.NOT_SMS_CAPABLE + "\", \"body\": \"Hi\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).containsEntry("twilioCode", 21614)
			.containsEntry("moreInfo", "https://www.twilio.com/docs/errors/21614");
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void twilioMessageQuotingTheNumberIsNotLogged(CapturedOutput output) {
		ResponseEntity<Map<String, Object>> response = send(
				"{\"to\": \"" + TwilioTestNumbers.CANNOT_ROUTE + "\", \"body\": \"Hi\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(422);
		// The caller gets Twilio's message; the log, where numbers appear at DEBUG only, does not
		assertThat((String) response.getBody().get("detail")).contains(TwilioTestNumbers.CANNOT_ROUTE);
		assertThat(output).contains("Twilio rejected the message: HTTP 400, error 21612")
			.doesNotContain(TwilioTestNumbers.CANNOT_ROUTE);
	}

	@Test
	void badInputIsRejectedWithClearProblemDetails() {
		ResponseEntity<Map<String, Object>> notE164 = send("{\"to\": \"555-0100\", \"body\": \"Hi\"}");
		assertThat(notE164.getStatusCode().value()).isEqualTo(400);
		assertThat((String) notE164.getBody().get("detail")).contains("E.164").contains("555-0100");
		ResponseEntity<Map<String, Object>> emptyBody = send("{\"to\": \"" + CUSTOMER + "\", \"body\": \" \"}");
		assertThat(emptyBody.getStatusCode().value()).isEqualTo(400);
		assertThat((String) emptyBody.getBody().get("detail")).contains("'body' must not be empty");
		ResponseEntity<Map<String, Object>> malformed = send("{\"to\": ");
		assertThat(malformed.getStatusCode().value()).isEqualTo(400);
		assertThat((String) malformed.getBody().get("detail")).contains("must be JSON");
		assertThat(get("/api/messages/SM" + "0".repeat(32)).getStatusCode().value()).isEqualTo(404);
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void inboundSmsIsAnsweredAndTheReplySent() {
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, this.properties.getFrom(), "help");
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.messages()).containsExactly(SmsController.HELP);
		EmulatedMessage sent = this.emulator.awaitMessageTo(CUSTOMER, TIMEOUT);
		assertThat(sent.body()).isEqualTo(SmsController.HELP);
		assertThat(sent.direction()).isEqualTo("outbound-reply");
		assertThat(this.emulator.receiveSms(CUSTOMER, this.properties.getFrom(), "Hello there").messages())
			.containsExactly("You said: Hello there");
		assertThat(this.emulator.receiveSms(CUSTOMER, this.properties.getFrom(), "MENU").messages())
			.containsExactly(SmsController.MENU);
		assertThat(this.emulator.receiveSms(CUSTOMER, this.properties.getFrom(), "time").messages()).singleElement()
			.asString()
			.startsWith("It is ");
	}

	@Test
	void inboundMmsMediaIsCounted() {
		TwimlReply reply = this.emulator.receiveMessage(TwilioWebhookPayloads.inboundMms()
			.media("https://example.com/cat.png", "image/png")
			.from(CUSTOMER)
			.to(this.properties.getFrom())
			.body(""));
		assertThat(reply.messages()).containsExactly("Thanks for the 2 pictures!");
	}

	@Test
	void callerHearsTheTimeAfterPressingOne() {
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, this.properties.getFrom());
		assertThat(menu.says()).containsExactly("Welcome to the twilio-spring-boot sample.", VoiceController.MENU);
		assertThat(menu.gather()).hasValueSatisfying((gather) -> {
			assertThat(gather.action()).isEqualTo("/twilio/voice/menu");
			assertThat(gather.numDigits()).isEqualTo(1);
		});
		TwimlReply time = this.emulator.sendDigits(menu, "1");
		assertThat(time.url()).isEqualTo("http://localhost:" + this.port + "/twilio/voice/menu");
		assertThat(time.says()).singleElement().asString().startsWith("It is ").endsWith("Goodbye.");
		assertThat(time.hangsUp()).isTrue();
		EmulatedCall call = this.emulator.call(menu.callSid()).orElseThrow();
		assertThat(call.status()).isEqualTo("completed");
	}

	@Test
	void noInputAndInvalidDigitsRepeatTheMenu() {
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, this.properties.getFrom());
		TwimlReply noInput = this.emulator.sendDigits(menu, "");
		assertThat(noInput.says()).containsExactly("We did not get your choice.", VoiceController.MENU);
		TwimlReply invalid = this.emulator.sendDigits(noInput, "9");
		assertThat(invalid.says()).containsExactly("Sorry, 9 is not an option.", VoiceController.MENU);
		assertThat(invalid.gather()).isPresent();
	}

	@Test
	void voicemailArrivesThroughTheRecordingStatusCallback(CapturedOutput output) {
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, this.properties.getFrom());
		TwimlReply record = this.emulator.sendDigits(menu, "2");
		assertThat(record.record()).hasValueSatisfying(
				(verb) -> assertThat(verb.recordingStatusCallback()).isEqualTo("/twilio/status"));
		TwimlReply thanks = this.emulator.finishRecording(record);
		assertThat(thanks.says()).containsExactly("Thank you, your message was recorded. Goodbye.");
		assertThat(this.tracker.voicemails()).anySatisfy((voicemail) -> {
			assertThat(voicemail.callSid()).isEqualTo(menu.callSid());
			assertThat(voicemail.recordingSid()).matches("RE[0-9a-f]{32}");
			assertThat(voicemail.url()).startsWith(this.emulator.baseUrl().toString());
			// The recording's URL is personal data, which the log shows at DEBUG only
			assertThat(output).contains("Recording " + voicemail.recordingSid() + " of call " + menu.callSid())
				.doesNotContain(voicemail.url());
		});
	}

	@Test
	void pressingThreeForwardsTheCallAndHangsUpWhenTheForwardedCallEnds() {
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, this.properties.getFrom());
		TwimlReply dialed = this.emulator.sendDigits(menu, "3");
		TwimlReply forward = dialed.previous();
		assertThat(forward.says()).containsExactly("Connecting you now.");
		assertThat(forward.dials()).containsExactly("+14155550177");
		assertThat(dialed.url()).isEqualTo("http://localhost:" + this.port + "/twilio/voice/dialed");
		assertThat(dialed.says()).isEmpty();
		assertThat(dialed.hangsUp()).isTrue();
		assertThat(this.emulator.call(menu.callSid()).orElseThrow().status()).isEqualTo("completed");
	}

	@Test
	void answerTheClientCannotAcceptIsRefusedBeforeTheMessageIsSent() {
		ResponseEntity<Map<String, Object>> response = this.api.post()
			.uri("/api/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_XML)
			.body("{\"to\": \"" + CUSTOMER + "\", \"body\": \"Hi\"}")
			.exchange((request, answer) -> ResponseEntity.status(answer.getStatusCode())
				.headers(answer.getHeaders())
				.body(Map.of("body", new String(answer.getBody().readAllBytes(), StandardCharsets.UTF_8))));
		assertThat(response.getStatusCode().value()).isEqualTo(406);
		assertThat(response.getHeaders().getLocation()).isNull();
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void messageIsCreatedWhateverTheHostHeaderSays() throws IOException {
		// An empty Host is valid HTTP/1.1; the answer's Location must not depend on it
		String json = "{\"to\": \"" + CUSTOMER + "\", \"body\": \"Hi\"}";
		String answer = exchange("POST /api/messages HTTP/1.1\r\nHost: \r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
		assertThat(answer).startsWith("HTTP/1.1 201").containsPattern("(?i)\r\nLocation: /api/messages/SM[0-9a-f]{32}\r\n");
		assertThat(this.emulator.messages()).hasSize(1);
	}

	@Test
	void overlongToAndBodyAreRefusedBeforeSendingWithoutRepeatingThemInFull() {
		ResponseEntity<Map<String, Object>> longTo = send("{\"to\": \"" + "9".repeat(10_000) + "\", \"body\": \"Hi\"}");
		assertThat(longTo.getStatusCode().value()).isEqualTo(400);
		assertThat((String) longTo.getBody().get("detail")).contains("E.164")
			.contains("(10000 characters)")
			.hasSizeLessThan(200);
		ResponseEntity<Map<String, Object>> longBody = send(
				"{\"to\": \"" + CUSTOMER + "\", \"body\": \"" + "x".repeat(1601) + "\"}");
		assertThat(longBody.getStatusCode().value()).isEqualTo(400);
		assertThat((String) longBody.getBody().get("detail")).isEqualTo("'body' must have at most 1600 characters, but has 1601");
		assertThat(this.emulator.messages()).isEmpty();
		// Twilio counts UTF-16 characters: an emoji takes two, so 800 are the most it takes
		ResponseEntity<Map<String, Object>> emoji = send(
				"{\"to\": \"" + CUSTOMER + "\", \"body\": \"" + "\uD83D\uDE00".repeat(800) + "\"}");
		assertThat(emoji.getStatusCode().value()).isEqualTo(201);
		ResponseEntity<Map<String, Object>> moreEmoji = send(
				"{\"to\": \"" + CUSTOMER + "\", \"body\": \"" + "\uD83D\uDE00".repeat(801) + "\"}");
		assertThat(moreEmoji.getStatusCode().value()).isEqualTo(400);
		assertThat((String) moreEmoji.getBody().get("detail"))
			.isEqualTo("'body' must have at most 1600 characters, but has 1602");
		assertThat(this.emulator.messages()).hasSize(1);
	}

	@Test
	void overlongSidIsNotRepeatedInFull() {
		ResponseEntity<Map<String, Object>> unknown = get("/api/messages/" + "a".repeat(5000));
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat((String) unknown.getBody().get("detail")).startsWith("No message 'aaaa")
			.contains("(5000 characters)")
			.hasSizeLessThan(200);
	}

	@Test
	void apiBodiesOverTheLimitAreRefusedWith413WhetherDeclaredOrChunked() throws IOException {
		String json = "{\"to\": \"" + CUSTOMER + "\", \"body\": \"" + "x".repeat(ApiRequestSizeFilter.MAX_BYTES) + "\"}";
		String declared = exchange("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
		String chunked = exchange("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n");
		// The API answers an encoded path too, so the limit holds there as well
		String encodedPath = exchange("POST /%61pi/messages;x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
		for (String answer : List.of(declared, chunked, encodedPath)) {
			assertThat(answer).startsWith("HTTP/1.1 413")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"detail\":\"" + ApiRequestSizeFilter.DETAIL + "\"");
		}
		assertThat(this.emulator.messages()).isEmpty();
		assertThat(send("{\"to\": \"" + CUSTOMER + "\", \"body\": \"Hi\"}").getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void springMvcErrorsOfTheApiAreProblemDetails() {
		ResponseEntity<Map<String, Object>> notJson = this.api.post()
			.uri("/api/messages")
			.contentType(MediaType.TEXT_PLAIN)
			.body("to=+14155550100")
			.retrieve()
			.toEntity(JSON);
		assertThat(notJson.getStatusCode().value()).isEqualTo(415);
		assertThat(notJson.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		ResponseEntity<Map<String, Object>> wrongMethod = this.api.put()
			.uri("/api/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.retrieve()
			.toEntity(JSON);
		assertThat(wrongMethod.getStatusCode().value()).isEqualTo(405);
		assertThat(wrongMethod.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(wrongMethod.getBody()).containsEntry("status", 405);
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void unsignedWebhookIsRejected() {
		ResponseEntity<Map<String, Object>> response = this.api.post()
			.uri("/twilio/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(TwilioWebhookPayloads.inboundSms().formBody())
			.retrieve()
			.toEntity(JSON);
		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(response.getBody()).containsEntry("reason", "missing-signature");
	}

	@Test
	void healthAndMetricsAreExposed() {
		assertThat(get("/actuator/health").getBody()).containsEntry("status", "UP");
		assertThat(get("/actuator/metrics").getStatusCode().value()).isEqualTo(200);
	}

	private ResponseEntity<Map<String, Object>> send(String json) {
		return this.api.post()
			.uri("/api/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(JSON);
	}

	private ResponseEntity<Map<String, Object>> get(String path) {
		return this.api.get().uri(path).retrieve().toEntity(JSON);
	}

	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
