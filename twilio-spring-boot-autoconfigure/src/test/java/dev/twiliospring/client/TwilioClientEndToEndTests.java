package dev.twiliospring.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageListRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests for {@link TwilioClient} as a plain Java program uses it: no Spring
 * context, only an account SID, an auth token and a base URL.
 */
class TwilioClientEndToEndTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void sendsMessageAndReadsPageOfMessages() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"), Response.fixture(200, "messages-page-0.json"));
		TwilioClient client = TwilioClient.builder()
			.accountSid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.authToken("e2e-token")
			.baseUrl(this.server.baseUrl())
			.build();
		Message sent = client.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build());
		Page<Message> page = client.messages().list(MessageListRequest.builder().to("+15558675310").pageSize(2).build());
		assertThat(sent.status()).isEqualTo(Message.Status.QUEUED);
		assertThat(page.items()).hasSize(2).allSatisfy((message) -> assertThat(message.to()).isEqualTo("+15558675310"));
		assertThat(page.hasNext()).isTrue();
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::method)
			.containsExactly("POST", "GET");
		assertThat(this.server.requests())
			.allSatisfy((request) -> assertThat(request.basicCredentials())
				.isEqualTo("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:e2e-token"));
	}

}
