package dev.twiliospring.resilience;

import java.io.IOException;
import java.util.List;

import dev.twiliospring.resilience.RawHttp.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code twilio.webhook.container-errors-as-problem-details=false}: a URL
 * longer than the server accepts gets Tomcat's own HTML error page again.
 */
@SpringBootTest(classes = BadInputTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + WebhookBadInputTests.AUTH_TOKEN,
				"twilio.webhook.container-errors-as-problem-details=false" })
class ContainerErrorsAsProblemDetailsDisabledTests {

	@LocalServerPort
	private int port;

	@Test
	void rejectsUrlLongerThanTheServerAcceptsWithTomcatErrorPage() throws IOException {
		RawHttp http = new RawHttp(this.port, WebhookBadInputTests.AUTH_TOKEN);
		Response response = http.exchange(http.head("GET", "/twilio/sms?padding=" + "x".repeat(100_000), List.of()),
				new byte[0], false, 10_000);
		assertThat(response.status()).as(response.toString()).isBetween(400, 499);
		assertThat(response.header("content-type")).as(response.toString()).startsWith("text/html");
		assertThat(response.body()).doesNotContain("problem");
	}

}
