package dev.twiliospring.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link MessageController} against a loopback server that answers the message
 * create request in place of Twilio.
 */
@SpringBootTest(properties = { "twilio.account-sid=AC0123456789abcdef0123456789abcdef",
		"twilio.auth-token=0123456789abcdef0123456789abcdef", "twilio.webhook.public-url=https://tunnel.example/app/" })
@AutoConfigureMockMvc
class MessageControllerTests {

	private static final BlockingQueue<String> createBodies = new LinkedBlockingQueue<>();

	private static final HttpServer twilio = startTwilio();

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void twilioBaseUrl(DynamicPropertyRegistry registry) {
		registry.add("twilio.base-url", () -> "http://127.0.0.1:" + twilio.getAddress().getPort());
	}

	@AfterAll
	static void stopTwilio() {
		twilio.stop(0);
	}

	@Test
	void createdMessageWithoutSidIsABadGatewayRatherThanAServerError() throws Exception {
		// Twilio's API description marks every field of a message as optional, the sid too
		this.mvc
			.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"+14155550100\", \"body\": \"Hello\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("sid")));
	}

	/**
	 * A public URL with a path stands for the context path, as in the starter's signature
	 * check: the status callback goes to the starter's endpoint below it.
	 */
	@Test
	void statusCallbackGoesToTheEndpointBelowThePublicUrlsPath() throws Exception {
		createBodies.clear();
		this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\": \"+14155550100\", \"body\": \"Hello\"}"));
		String form = createBodies.poll(10, TimeUnit.SECONDS);
		assertThat(form).isNotNull();
		assertThat(URLDecoder.decode(form, StandardCharsets.UTF_8))
			.contains("StatusCallback=https://tunnel.example/app/twilio/status");
	}

	private static HttpServer startTwilio() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", MessageControllerTests::createdWithoutSid);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void createdWithoutSid(HttpExchange exchange) throws IOException {
		try (exchange) {
			createBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] body = "{\"status\": \"queued\", \"to\": \"+14155550100\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

}
