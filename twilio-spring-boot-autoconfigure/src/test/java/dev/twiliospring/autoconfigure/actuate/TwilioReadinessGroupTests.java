package dev.twiliospring.autoconfigure.actuate;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for adding the Twilio health indicator to the readiness group, as documented.
 */
@SpringBootTest(classes = ActuatorTestApplication.class,
		properties = "management.endpoint.health.group.readiness.include=readinessState,twilio")
@ContextConfiguration(initializers = ActuatorTestApplication.FakeEnvironmentVariables.class)
@AutoConfigureMockMvc
class TwilioReadinessGroupTests {

	private static final StubTwilioServer server = StubTwilioServer.start();

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void twilioProperties(DynamicPropertyRegistry registry) {
		for (String property : ActuatorTestApplication.PROPERTIES) {
			int equals = property.indexOf('=');
			registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
		}
		registry.add("twilio.base-url", () -> server.baseUrl().toString());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void readinessFollowsTwilioOnceIncluded() {
		server.dispatcher((request) -> Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"));
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatus(503)
			.bodyJson()
			.extractingPath("$.components.twilio.status")
			.isEqualTo("DOWN");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		server.dispatcher((request) -> Response.json(200, "{\"status\": \"active\"}"));
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

}
