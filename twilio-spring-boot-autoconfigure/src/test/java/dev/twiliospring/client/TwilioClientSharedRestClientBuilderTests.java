package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import dev.twiliospring.client.ScriptedHttpServer.Received;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A given {@code RestClient.Builder}'s default headers never replace or join the
 * client's own: another API's credentials must not reach Twilio.
 */
class TwilioClientSharedRestClientBuilderTests {

	private final ScriptedHttpServer server;

	TwilioClientSharedRestClientBuilderTests() throws IOException {
		this.server = new ScriptedHttpServer();
	}

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	@Test
	void defaultHeadersOfAGivenBuilderDoNotDuplicateTheClientsOwn() throws Exception {
		this.server.answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", false);
		RestClient.Builder shared = RestClient.builder()
			.defaultHeader("Authorization", "Bearer for-another-api")
			.defaultHeader("Accept", "application/xml")
			.defaultHeader("User-Agent", "other");
		TwilioClient client = TwilioClient.builder()
			.accountSid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + this.server.port()))
			.restClientBuilder(shared)
			.builtInTransport()
			.build();
		client.exchange(TwilioRequest.get(TwilioDomain.API, "/x.json").build());
		Received received = this.server.take();
		assertThat(received.header("Authorization")).singleElement().asString().startsWith("Basic ");
		assertThat(received.header("Accept")).hasSize(1);
		assertThat(received.header("User-Agent")).hasSize(1);
	}

}
