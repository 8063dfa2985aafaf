package dev.twiliospring.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
 * reach the loopback server for creates and for every page of a list, and the server
 * reads requests however their bytes are split.
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

	@Test
	void readsRequestsWhateverPiecesTheyArriveIn() throws IOException {
		String body = "To=%2B15558675310&From=%2B15017122661&Body=hi";
		String head = "POST /2010-04-01/Accounts/" + LoopbackTwilioServer.ACCOUNT_SID + "/Messages.json HTTP/1.1\r\n"
				+ "Host: 127.0.0.1\r\nContent-Length: " + body.length() + "\r\n\r\n";
		try (Socket socket = new Socket(this.server.baseUrl().getHost(), this.server.baseUrl().getPort())) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			// Head and body in separate writes, the head itself split inside its empty line
			int split = head.length() - 3;
			out.write(head.substring(0, split).getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			Thread.sleep(20);
			out.write(head.substring(split).getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			Thread.sleep(20);
			out.write(body.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			assertThat(readAnswer(in)).startsWith("HTTP/1.1 201 ");
			// Two requests in one write: the second is kept, not dropped with the first
			byte[] twice = (head + body + head + body).getBytes(StandardCharsets.ISO_8859_1);
			out.write(twice);
			out.flush();
			assertThat(readAnswer(in)).startsWith("HTTP/1.1 201 ");
			assertThat(readAnswer(in)).startsWith("HTTP/1.1 201 ");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(this.server.creates()).isEqualTo(3);
	}

	/**
	 * Read one answer, whose head has a {@code Content-Length}, a byte at a time so that
	 * nothing of the next one is consumed.
	 */
	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder answer = new StringBuilder();
		int contentLength = -1;
		while (contentLength < 0 || answer.length() < contentLength) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("Connection closed after: " + answer);
			}
			answer.append((char) b);
			if (contentLength < 0 && answer.toString().endsWith("\r\n\r\n")) {
				String text = answer.toString();
				int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
				contentLength = text.length() + Integer.parseInt(text.substring(at, text.indexOf('\r', at)));
			}
		}
		return answer.toString();
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
