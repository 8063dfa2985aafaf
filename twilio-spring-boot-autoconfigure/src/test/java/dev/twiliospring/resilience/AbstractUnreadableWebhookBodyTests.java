package dev.twiliospring.resilience;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.twiliospring.resilience.RawHttp.Response;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A webhook body that the container cannot read (malformed chunked encoding, a body
 * shorter than its Content-Length, a client that stops sending) must be answered with a
 * 4xx problem detail that says so, without an exception and stack trace in the log. The
 * requests carry a signature that does not match, so a body read short and checked
 * anyway would be answered with 403 {@code signature-mismatch} instead. Only a body that
 * the application itself read ahead of the filter is a 500. Each subclass runs the cases
 * on one embedded server, which must stop waiting for a stalled body after a second.
 */
@SpringBootTest(
		classes = { BadInputTestApplication.class, AbstractUnreadableWebhookBodyTests.BodyConsumingFilter.class,
				AbstractUnreadableWebhookBodyTests.RequestEnds.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"twilio.auth-token=" + AbstractUnreadableWebhookBodyTests.AUTH_TOKEN,
				// Only the first rejection a minute is a warning; the test looks for each one
				"logging.level.dev.twiliospring.webhook.TwilioWebhookFilter=debug" })
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractUnreadableWebhookBodyTests {

	static final String AUTH_TOKEN = "unreadable-token-0123456789ab";

	private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	RequestEnds requestEnds;

	RawHttp http;

	@BeforeEach
	void setUp() {
		this.http = new RawHttp(this.port, AUTH_TOKEN);
	}

	@AfterEach
	void stillServes() throws IOException {
		Response response = this.http.postSigned("/twilio/sms", RawHttp.params("Body", "alive"));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/**
	 * Return the type of the embedded server the cases are meant to run on.
	 * @return the type of web server
	 */
	abstract Class<? extends WebServer> webServerType();

	@Test
	void runsOnTheIntendedServer() {
		assertThat(this.context.getWebServer()).isInstanceOf(webServerType());
	}

	@Test
	void malformedChunkedBodyIsAClientError(CapturedOutput output) throws IOException {
		byte[] head = this.http.head("POST", "/twilio/sms",
				List.of(FORM, "X-Twilio-Signature: c2ln", "Transfer-Encoding: chunked"));
		// "zz" is not a hexadecimal chunk size
		Response response = this.http.exchange(head, "zz\r\nBody=hi\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
				false, 10_000);
		assertProblemWithoutStackTrace(response, 400, "unreadable-body", output);
	}

	@Test
	void bodyShorterThanContentLengthIsAClientError(CapturedOutput output) throws IOException {
		byte[] head = this.http.head("POST", "/twilio/sms",
				List.of(FORM, "X-Twilio-Signature: c2ln", "Content-Length: 100"));
		// The client sends 7 of the 100 bytes, then ends its side of the connection
		Response response = this.http.exchange(head, "Body=hi".getBytes(StandardCharsets.US_ASCII), true, 10_000);
		assertProblemWithoutStackTrace(response, 400, "unreadable-body", output);
		assertThat(response.body()).contains("ended after 7 of the 100 bytes");
	}

	@Test
	void bodyThatNeverArrivesIsAClientErrorRatherThanABodyConsumedByTheApplication(CapturedOutput output)
			throws IOException {
		byte[] head = this.http.head("POST", "/twilio/sms",
				List.of(FORM, "X-Twilio-Signature: c2ln", "Content-Length: 100"));
		// None of the 100 bytes: the filter reads nothing, as it would if an earlier filter
		// had consumed the body, but the client is to blame here, not the application
		Response response = this.http.exchange(head, new byte[0], true, 10_000);
		assertProblemWithoutStackTrace(response, 400, "unreadable-body", output);
		assertThat(response.body()).contains("ended after 0 of the 100 bytes");
	}

	@Test
	void stalledBodyIsAClientError(CapturedOutput output) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(this.http.head("POST", "/twilio/sms",
					List.of(FORM, "X-Twilio-Signature: c2ln", "Content-Length: 100")));
			out.write("Body=h".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			// ...and nothing more: the read times out after the server's one second
			Response response = Response.read(socket.getInputStream());
			assertProblemWithoutStackTrace(response, 408, "body-timeout", output);
		}
	}

	@Test
	void clientThatDisconnectsMidBodyLeavesNoStackTrace(CapturedOutput output) throws Exception {
		// A query parameter without a value tells this request's log line from others
		String pathAndQuery = "/twilio/sms?client-disconnected";
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(this.http.head("POST", pathAndQuery,
					List.of(FORM, "X-Twilio-Signature: c2ln", "Content-Length: 100")));
			out.write("Body=h".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread.sleep(200);
		}
		// A client (or proxy) that gives up half way through the upload. The container
		// ends the request after it has logged whatever it logs about it
		await().atMost(Duration.ofSeconds(10)).until(() -> this.requestEnds.hasEnded(pathAndQuery));
		assertThat(output.getAll())
			.contains("Rejected Twilio webhook POST http://127.0.0.1:" + this.port + pathAndQuery
					+ " from 127.0.0.1 with 400: The request body ended after 6 of the 100 bytes")
			.doesNotContain("IllegalStateException")
			.doesNotContain("threw exception");
	}

	@Test
	void malformedChunkedJsonBodyIsAClientError(CapturedOutput output) throws IOException {
		byte[] head = this.http.head("POST", "/twilio/events?bodySHA256=00",
				List.of("Content-Type: application/json", "X-Twilio-Signature: c2ln", "Transfer-Encoding: chunked"));
		Response response = this.http.exchange(head, "2\r\n{}\r\nzz\r\n".getBytes(StandardCharsets.US_ASCII), true,
				10_000);
		assertProblemWithoutStackTrace(response, 400, "unreadable-body", output);
	}

	@Test
	void bodyReadByAnEarlierFilterIsTheApplicationsMistake(CapturedOutput output) throws IOException {
		// A complete, signed request: the body is gone because the application read it
		Response response = this.http.postSigned("/twilio/sms", RawHttp.params("Body", "hi"),
				BodyConsumingFilter.HEADER + ": true");
		assertProblemWithoutStackTrace(response, 500, "body-consumed", output);
	}

	private static void assertProblemWithoutStackTrace(Response response, int status, String reason,
			CapturedOutput output) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.body()).as(response.toString())
			.contains("\"status\":" + status)
			.contains("\"reason\":\"" + reason + "\"");
		assertThat(output.getAll()).doesNotContain("IllegalStateException").doesNotContain("threw exception");
	}

	/**
	 * Reads the parameters of a form, and so its body, ahead of the webhook filter, as a
	 * misordered filter of an application would, when the request asks for it.
	 */
	@Configuration(proxyBeanMethods = false)
	static class BodyConsumingFilter {

		static final String HEADER = "X-Read-Parameters-Early";

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> parameterReadingFilter() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							if (request.getHeader(HEADER) != null) {
								request.getParameterMap();
							}
							chain.doFilter(request, response);
						}

					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	/**
	 * Records the requests whose handling is over: the container signals the end of a
	 * request after anything it logs about it, such as an exception that escaped the
	 * filters.
	 */
	static class RequestEnds implements ServletRequestListener {

		private final Set<String> ended = ConcurrentHashMap.newKeySet();

		@Override
		public void requestDestroyed(ServletRequestEvent event) {
			if (event.getServletRequest() instanceof HttpServletRequest request) {
				String query = request.getQueryString();
				this.ended.add(request.getRequestURI() + ((query != null) ? "?" + query : ""));
			}
		}

		boolean hasEnded(String pathAndQuery) {
			return this.ended.contains(pathAndQuery);
		}

	}

}
