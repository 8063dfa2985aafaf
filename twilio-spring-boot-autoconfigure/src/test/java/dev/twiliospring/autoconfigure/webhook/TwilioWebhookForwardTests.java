package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code twilio.webhook.paths} when the application forwards a request to such
 * a path, or includes it, on a real embedded Tomcat: the filter checks a request once, on
 * its way in, so the handler must not run for a request whose signature was not checked.
 */
@SpringBootTest(classes = { WebhookTestApplication.class, TwilioWebhookForwardTests.Dispatching.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
				"twilio.auth-token=" + AUTH_TOKEN, "twilio.webhook.paths=/mixed/open,/signed/**" })
class TwilioWebhookForwardTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void refusesUncheckedRequestForwardedToAConfiguredPath() throws Exception {
		HttpResponse<String> response = post("/legacy/forward", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("\"reason\":\"not-verified\"").doesNotContain("open:");
	}

	@Test
	void refusesUncheckedRequestIncludingAConfiguredPath() throws Exception {
		HttpResponse<String> response = post("/legacy/include", null);
		assertThat(response.body()).doesNotContain("open:");
	}

	@Test
	void runsCheckedRequestForwardedToAConfiguredPath() throws Exception {
		HttpResponse<String> response = post("/signed/forward",
				sign("http://127.0.0.1:" + this.port + "/signed/forward", params("Body", "hi")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("open:hi");
	}

	@Test
	void runsRequestOfAConfiguredPathItself() throws Exception {
		HttpResponse<String> response = post("/mixed/open",
				sign("http://127.0.0.1:" + this.port + "/mixed/open", params("Body", "hi")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("open:hi");
	}

	private HttpResponse<String> post(String path, String signature) throws IOException, InterruptedException {
		Map<String, List<String>> params = params("Body", "hi");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(params)));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	@Controller
	static class Dispatching {

		@PostMapping({ "/legacy/forward", "/signed/forward" })
		String forward() {
			return "forward:/mixed/open";
		}

		@PostMapping("/legacy/include")
		void include(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
			request.getRequestDispatcher("/mixed/open").include(request, response);
		}

	}

}
