package dev.twiliospring.benchmarks;

import java.io.IOException;
import java.util.stream.StreamSupport;

import com.twilio.http.TwilioRestClient;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageListRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LoopbackTwilioServer} and {@link TwilioJavaLoopback}: both clients
 * reach the loopback server for creates and for every page of a list.
 */
class LoopbackTwilioServerTests {

	private final LoopbackTwilioServer server = start();

	private final TwilioClient ours = TwilioClient.builder()
		.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
		.authToken(LoopbackTwilioServer.AUTH_TOKEN)
		.baseUrl(this.server.baseUrl())
		.build();

	private final TwilioRestClient twilioJava = TwilioJavaLoopback.client(this.server.baseUrl());

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void bothClientsCreateTheSameMessage() {
		String ours = this.ours.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("hi").build())
			.sid();
		String theirs = com.twilio.rest.api.v2010.account.Message
			.creator(new PhoneNumber("+15558675310"), new PhoneNumber("+15017122661"), "hi")
			.create(this.twilioJava)
			.getSid();
		assertThat(ours).isEqualTo(theirs).startsWith("SM");
		assertThat(this.server.creates()).isEqualTo(2);
	}

	@Test
	void bothClientsStreamEveryPage() {
		assertThat(this.ours.messages().stream(MessageListRequest.builder().pageSize(1000).build()).count())
			.isEqualTo(2_500);
		Iterable<com.twilio.rest.api.v2010.account.Message> theirs = com.twilio.rest.api.v2010.account.Message
			.reader()
			.setPageSize(1000L)
			.read(this.twilioJava);
		assertThat(StreamSupport.stream(theirs.spliterator(), false).map((message) -> message.getSid()).distinct())
			.hasSize(2_500);
	}

	private static LoopbackTwilioServer start() {
		try {
			return LoopbackTwilioServer.start(2_500);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
