package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} with the actuator on a management
 * server of its own ({@code management.server.port}), which runs in a child context: the
 * signature filter and the container errors' problem details stay on the application's
 * server, while the health check and the webhook metrics show on the management server.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID, "twilio.health.cache-ttl=0s",
				"twilio.webhook.paths=/**", "management.server.port=0", "management.server.address=127.0.0.1",
				"management.endpoints.web.exposure.include=health,metrics",
				"management.endpoint.health.show-components=always" })
class TwilioWebhookManagementPortTests {

	private static final StubTwilioServer twilio = StubTwilioServer.start();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void twilioBaseUrl(DynamicPropertyRegistry registry) {
		registry.add("twilio.base-url", () -> twilio.baseUrl().toString());
	}

	@AfterAll
	static void stopTwilio() {
		twilio.close();
	}

	@BeforeEach
	void answerWithActiveAccount() {
		twilio.reset();
		twilio.dispatcher((request) -> Response.json(200,
				"{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID + "\", \"status\": \"active\", \"type\": \"Full\"}"));
	}

	@Test
	void healthOnManagementPortShowsTwilioComponent() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(management("/actuator/health")).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"twilio\":{\"status\":\"UP\"}");
	}

	@Test
	void managementPortIsNoWebhookWhateverTheWebhookPaths() throws Exception {
		// twilio.webhook.paths=/** makes every path of the application a webhook, not the
		// management server's: an unsigned POST gets the endpoint's own answer, not 403
		HttpResponse<String> response = send(HttpRequest.newBuilder(management("/actuator/health"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("Body=hi")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(405);
	}

	@Test
	void webhookMetricsShowOnManagementPort() throws Exception {
		String url = "http://127.0.0.1:" + this.port + "/twilio/sms";
		Map<String, List<String>> params = params("Body", "hi");
		HttpResponse<String> webhook = send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(url, params))
			.POST(BodyPublishers.ofString(form(params))));
		assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
		HttpResponse<String> metric = send(
				HttpRequest.newBuilder(management("/actuator/metrics/twilio.webhook.requests?tag=outcome:accepted"))
					.GET());
		assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
		assertThat(metric.body()).contains("\"COUNT\"");
	}

	@Test
	void containerErrorsOfManagementServerKeepTomcatsPage() throws Exception {
		HttpResponse<String> application = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
					.header("X-Large", "x".repeat(20_000))
					.GET());
		assertThat(application.statusCode()).isEqualTo(400);
		assertThat(application.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<String> management = send(
				HttpRequest.newBuilder(management("/actuator/health")).header("X-Large", "x".repeat(20_000)).GET());
		assertThat(management.statusCode()).isEqualTo(400);
		assertThat(management.headers().firstValue("Content-Type")).hasValueSatisfying(
				(contentType) -> assertThat(contentType).startsWith("text/html"));
	}

	private URI management(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.managementPort + pathAndQuery);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
