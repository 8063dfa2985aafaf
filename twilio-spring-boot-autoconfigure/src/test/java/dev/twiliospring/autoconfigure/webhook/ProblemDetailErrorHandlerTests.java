package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.twiliospring.resilience.RawHttp;
import dev.twiliospring.resilience.RawHttp.Response;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailErrorHandler} in an application on a real embedded Jetty:
 * requests that Jetty refuses before the application sees them, sent over a raw socket,
 * get a problem detail, and Jetty's own HTML page again when the property is false.
 */
class ProblemDetailErrorHandlerTests {

	/**
	 * What the test application.properties leaves out, with Tomcat's servlet server in
	 * place of Jetty's, so that Boot picks Jetty.
	 */
	private static final String EXCLUDE = String.join(",",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
			"org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
			"org.springframework.boot.tomcat.autoconfigure.actuate.web.server.TomcatServletManagementContextAutoConfiguration");

	private static final String LONG_QUERY = "?padding=" + "x".repeat(100_000);

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static ConfigurableApplicationContext enabled;

	private static ConfigurableApplicationContext disabled;

	@BeforeAll
	static void startApplications() {
		enabled = start("twilio.webhook.container-errors-as-problem-details=true");
		disabled = start("twilio.webhook.container-errors-as-problem-details=false");
	}

	@AfterAll
	static void stopApplications() {
		if (enabled != null) {
			enabled.close();
		}
		if (disabled != null) {
			disabled.close();
		}
	}

	@Test
	void applicationsRunOnJetty() {
		assertThat(((WebServerApplicationContext) enabled).getWebServer()).isInstanceOf(JettyWebServer.class);
		assertThat(((WebServerApplicationContext) disabled).getWebServer()).isInstanceOf(JettyWebServer.class);
	}

	@Test
	void answersUrlLongerThanTheServerAcceptsWithProblemDetail() throws IOException {
		Response response = exchange(enabled, "POST /twilio/sms" + LONG_QUERY + " HTTP/1.1\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n", "Body=hi");
		assertProblem(response, 414, "URI Too Long");
		assertThat(response.body()).doesNotContain("padding");
	}

	@Test
	void answersMalformedRequestLineWithProblemDetail() throws IOException {
		Response response = exchange(enabled, "GET /twilio/sms with spaces HTTP/1.1\r\n", "");
		assertProblem(response, 400, "Bad Request");
		assertThat(response.body()).doesNotContain("Illegal").doesNotContain("SPACE");
	}

	@Test
	void answersUnsupportedTransferCodingWithClientError() throws IOException {
		Response response = exchange(enabled, "POST /twilio/sms HTTP/1.1\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: gzip\r\n", "Body=hi");
		// Jetty answers 400 itself, as RFC 9112 asks
		assertProblem(response, 400, "Bad Request");
		assertThat(response.body()).contains("Transfer-Encoding").doesNotContain("gzip");
	}

	@Test
	void answersUnsupportedHttpVersionWithClientError() throws IOException {
		Response response = exchange(enabled, "GET /twilio/sms HTTP/9.9\r\n", "");
		assertProblem(response, 400, "Bad Request", ContainerErrorProblemDetail.detail(505));
	}

	@Test
	void answersHeadersLargerThanTheServerAcceptsWithProblemDetail() throws IOException {
		Response response = exchange(enabled,
				"GET /twilio/sms HTTP/1.1\r\nX-Padding: " + "y".repeat(100_000) + "\r\n", "");
		assertProblem(response, 431, "Request Header Fields Too Large");
		assertThat(response.body()).doesNotContain("X-Padding");
	}

	@Test
	void answersRefusedRequestOfAnyMethodWithProblemDetail() throws IOException {
		// Jetty's own handler writes a body for GET, POST and HEAD only; Jetty has read the
		// method when it finds the headers too large, unlike a URL that is too long
		Response response = exchange(enabled,
				"DELETE /twilio/sms HTTP/1.1\r\nX-Padding: " + "y".repeat(100_000) + "\r\n", "");
		assertProblem(response, 431, "Request Header Fields Too Large");
	}

	@Test
	void answersRefusedHeadRequestWithoutBody() throws IOException {
		Response response = exchange(enabled,
				"HEAD /twilio/sms HTTP/1.1\r\nX-Padding: " + "y".repeat(100_000) + "\r\n", "");
		assertThat(response.status()).as(response.toString()).isEqualTo(431);
		assertThat(response.header("content-type")).isEqualTo("application/problem+json");
		assertThat(response.body()).isEmpty();
	}

	@Test
	void leavesErrorsOfTheApplicationToSpringBoot() throws IOException {
		Response unsigned = exchange(enabled, "POST /twilio/sms HTTP/1.1\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n", "Body=hi");
		assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(403);
		assertThat(unsigned.header("content-type")).startsWith("application/problem+json");
		assertThat(unsigned.body()).contains("\"reason\":").doesNotContain(ContainerErrorProblemDetail.DETAIL);
		Response notFound = exchange(enabled, "GET /nowhere HTTP/1.1\r\nAccept: application/json\r\n", "");
		assertThat(notFound.status()).as(notFound.toString()).isEqualTo(404);
		assertThat(notFound.body()).contains("\"path\":\"/nowhere\"")
			.doesNotContain(ContainerErrorProblemDetail.DETAIL);
	}

	@Test
	void answersUrlLongerThanTheServerAcceptsWithJettyErrorPageWhenSwitchedOff() throws IOException {
		Response response = exchange(disabled, "GET /twilio/sms" + LONG_QUERY + " HTTP/1.1\r\n", "");
		assertThat(response.status()).as(response.toString()).isEqualTo(414);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("text/html");
		assertThat(response.body()).contains("<html").doesNotContain("problem");
	}

	private static void assertProblem(Response response, int status, String title) {
		assertProblem(response, status, title, ContainerErrorProblemDetail.detail(status));
	}

	private static void assertProblem(Response response, int status, String title, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("content-type")).as(response.toString()).isEqualTo("application/problem+json");
		JsonNode problem = mapper.readTree(response.body());
		assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail");
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isEqualTo(detail);
		assertThat(response.body()).doesNotContainIgnoringCase("jetty").doesNotContain("Exception");
	}

	private static ConfigurableApplicationContext start(String property) {
		// Arguments, as they outrank the test application.properties
		return new SpringApplicationBuilder(WebhookTestApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.autoconfigure.exclude=" + EXCLUDE,
					"--twilio.auth-token=" + AUTH_TOKEN, "--" + property);
	}

	/**
	 * Send a request line and headers, to which Host and Connection are added, and a body
	 * over a raw socket, as no HTTP client sends what the server should refuse.
	 */
	private static Response exchange(ConfigurableApplicationContext context, String head, String body)
			throws IOException {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String fullHead = head + "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
		return new RawHttp(port, AUTH_TOKEN).exchange(fullHead.getBytes(StandardCharsets.ISO_8859_1),
				body.getBytes(StandardCharsets.ISO_8859_1), false, 10_000);
	}

}
