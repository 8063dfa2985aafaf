package dev.twiliospring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Answers that are not what a call expects must fail the call, never pass as its result.
 */
class TwilioClientMalformedAnswerTests {

	private static final String MESSAGE_SID = "SM00000000000000000000000000000003";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void jsonNullAnsweringACreateIsNotAMessage() {
		this.server.enqueue(Response.json(201, "null"));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> this.server.client()
			.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("hi").build()));
	}

	@Test
	void bodyCutShortFailsTheCallSayingSoWithoutTheParsersLocationJargon() {
		String message = Response.fixture("message.json");
		this.server.enqueue(Response.json(200, message.substring(0, message.length() / 2)));
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> this.server.client().messages().fetch(MESSAGE_SID))
			.withMessageContaining("as Message: the JSON ends before it is complete (the body was cut short)")
			.withMessageNotContaining("StreamReadFeature")
			.withMessageNotContaining("byte offset");
	}

	@Test
	void listPageCutShortFailsTheCallSayingSoWithoutTheParsersLocationJargon() {
		String page = Response.fixture("messages-page-0.json");
		this.server.enqueue(Response.json(200, page.substring(0, page.length() / 2)));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> this.server.client().messages().list())
			.withMessageContaining("as Message: the JSON ends before it is complete (the body was cut short)")
			.withMessageNotContaining("StreamReadFeature")
			.withMessageNotContaining("byte offset");
	}

	@Test
	void redirectAnsweringADeleteIsNotADeletion() {
		this.server.enqueue(Response.empty(307).header("Location", "https://login.example.com/"));
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> this.server.client().messages().delete(MESSAGE_SID));
	}

	@Test
	void redirectAnsweringAPostIsNotASuccess() {
		this.server.enqueue(Response.empty(308).header("Location", "https://login.example.com/"));
		TwilioRequest hangUp = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json")
			.pathVariable("Sid", "CA00000000000000000000000000000001")
			.param("Status", "completed")
			.build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> this.server.client().execute(hangUp));
	}

	@Test
	void statusLineThatTheTransportCannotReadFailsTheAttemptAsAConnectionFailure() throws Exception {
		try (ScriptedHttpServer scripted = new ScriptedHttpServer()) {
			scripted.answer("HTTP/1.1 abc Nope\r\nContent-Length: 0\r\n\r\n", true);
			// HttpURLConnection reads it as status -1
			TwilioClient client = this.server.clientBuilder()
				.baseUrl(URI.create("http://127.0.0.1:" + scripted.port()))
				.requestFactory(new SimpleClientHttpRequestFactory())
				.build();
			assertThatExceptionOfType(TwilioConnectionException.class)
				.isThrownBy(() -> client.messages().fetch(MESSAGE_SID))
				.withMessageContaining("no valid HTTP status line");
		}
	}

	/**
	 * Twilio answers wrong credentials with 401 and a {@code WWW-Authenticate} challenge,
	 * whose body {@code HttpURLConnection} drops for a streamed {@code POST}: the call
	 * failed as a connection error, retried as a lost answer, instead of as the refusal.
	 */
	@Test
	void wrongCredentialsOnAPostThroughHttpUrlConnectionFailAsThe401() {
		this.server.enqueue(Response.json(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}")
			.header("WWW-Authenticate", "Basic realm=\"Twilio API\""));
		TwilioClient client = this.server.clientBuilder()
			.requestFactory(new SimpleClientHttpRequestFactory())
			.maxRetries(2)
			.build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> client.messages()
				.create(MessageCreateRequest.builder().to("+14155550100").from("+14155550101").body("hi").build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401));
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void pageThatNamesItselfAsTheNextPageFailsTheStream() {
		String self = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json?Page=1&PageToken=PA1";
		this.server.dispatcher((request) -> Response.json(200, "{\"messages\": [{\"sid\": \"" + MESSAGE_SID
				+ "\"}], \"uri\": \"" + self + "\", \"next_page_uri\": \"" + self + "\"}"));
		TwilioClient client = this.server.client();
		List<String> seen = new ArrayList<>();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> {
			try (Stream<Message> messages = client.messages().stream()) {
				messages.forEach((message) -> seen.add(message.sid()));
			}
		}).withMessage("Twilio's page of GET /2010-04-01/Accounts/{AccountSid}/Messages.json (page 1, PageToken=PA1) "
				+ "names itself as the next page; the stream stops there instead of fetching that page again and again");
		assertThat(seen).containsExactly(MESSAGE_SID);
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void answerLargerThanTheLimitFailsTheCallWhetherItsLengthIsDeclaredOrNot() {
		String padding = " ".repeat(2048);
		String body = padding + "{\"sid\": \"" + MESSAGE_SID + "\"}";
		this.server.enqueue(Response.json(200, body));
		TwilioClient declared = this.server.clientBuilder().maxResponseSize(1024).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> declared.messages().fetch(MESSAGE_SID))
			.withMessageContaining("has " + body.getBytes(StandardCharsets.UTF_8).length + " bytes")
			.withMessageContaining("twilio.max-response-size");
		TwilioClient undeclared = this.server.clientBuilder().maxResponseSize(1024).requestFactory((uri, method) -> {
			MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
			request.setResponse(new MockClientHttpResponse(
					(padding + "{}").getBytes(StandardCharsets.UTF_8), HttpStatus.OK));
			return request;
		}).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> undeclared.messages().fetch(MESSAGE_SID))
			.withMessageContaining("more than 1024 bytes");
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\"}"));
		assertThat(declared.messages().fetch(MESSAGE_SID).sid()).isEqualTo(MESSAGE_SID);
	}

}
