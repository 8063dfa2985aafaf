package dev.twiliospring.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every actuator endpoint of an application that exposes them all, as a careless
 * configuration does ({@code management.endpoints.web.exposure.include=*}), with values
 * shown: none reveals a Twilio credential or the password of the public webhook URL.
 */
@SpringBootTest(classes = ActuatorTestApplication.class,
		properties = { "management.endpoints.web.exposure.include=*",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"management.endpoint.health.show-details=always",
				"twilio.webhook.public-url=https://tunnel:" + TwilioActuatorAllEndpointsTests.TUNNEL_PASSWORD
						+ "@example.ngrok.app" })
@ContextConfiguration(initializers = ActuatorTestApplication.FakeEnvironmentVariables.class)
@AutoConfigureMockMvc
class TwilioActuatorAllEndpointsTests {

	static final String TUNNEL_PASSWORD = "s3cr3t-tunnel-password-0123";

	/**
	 * Endpoints that are left out: the heap dump holds every object by its nature, and
	 * shutdown would stop the application.
	 */
	private static final List<String> SKIPPED = List.of("heapdump", "shutdown", "self");

	private static final StubTwilioServer server = StubTwilioServer.start();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TwilioClient client;

	@DynamicPropertySource
	static void twilioProperties(DynamicPropertyRegistry registry) {
		for (String property : ActuatorTestApplication.PROPERTIES) {
			int equals = property.indexOf('=');
			String name = property.substring(0, equals);
			if (!name.startsWith("management.")) {
				registry.add(name, () -> property.substring(equals + 1));
			}
		}
		registry.add("twilio.base-url", () -> server.baseUrl().toString());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void noEndpointShowsACredential() throws Exception {
		server.dispatcher((request) -> Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Trial\"}"));
		// A call first, so that metrics and observations have something to show
		this.client.accounts().fetch(StubTwilioServer.ACCOUNT_SID);
		MvcTestResult index = this.mvc.get().uri("/actuator").exchange();
		assertThat(index).hasStatusOk();
		Map<String, Map<String, Object>> links = (Map<String, Map<String, Object>>) JsonMapper.shared()
			.readValue(index.getResponse().getContentAsString(), Map.class)
			.get("_links");
		assertThat(links).containsKeys("beans", "conditions", "configprops", "env", "health", "mappings");
		List<String> hrefs = new ArrayList<>(List.of("/actuator/configprops/twilio",
				"/actuator/env/twilio.auth-token", "/actuator/env/twilio.webhook.public-url",
				"/actuator/env/MY_TWILIO_TOKEN"));
		links.forEach((name, link) -> {
			if (!SKIPPED.contains(name) && !Boolean.TRUE.equals(link.get("templated"))) {
				hrefs.add((String) link.get("href"));
			}
		});
		for (String href : hrefs) {
			MvcTestResult result = this.mvc.get().uri(href).exchange();
			assertThat(result.getResponse().getStatus()).as(href).isLessThan(500);
			assertThat(result).body()
				.asString()
				.as(href)
				.doesNotContain(ActuatorTestApplication.AUTH_TOKEN)
				.doesNotContain(ActuatorTestApplication.API_KEY_SECRET)
				.doesNotContain(ActuatorTestApplication.OLD_AUTH_TOKEN)
				.doesNotContain(ActuatorTestApplication.ENV_AUTH_TOKEN)
				.doesNotContain(ActuatorTestApplication.ENV_API_SECRET)
				.doesNotContain(TUNNEL_PASSWORD);
		}
	}

}
