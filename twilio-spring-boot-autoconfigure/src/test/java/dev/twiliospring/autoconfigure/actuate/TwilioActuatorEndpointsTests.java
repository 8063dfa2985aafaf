package dev.twiliospring.autoconfigure.actuate;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of the actuator endpoints of an application that uses Twilio: health,
 * metrics and info report on Twilio, and no endpoint reveals a credential.
 */
@SpringBootTest(classes = ActuatorTestApplication.class)
@ContextConfiguration(initializers = ActuatorTestApplication.FakeEnvironmentVariables.class)
@AutoConfigureMockMvc
class TwilioActuatorEndpointsTests {

	private static final StubTwilioServer server = StubTwilioServer.start();

	private static final String ACTIVE_ACCOUNT = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\", \"type\": \"Trial\", \"auth_token\": \"account-token-in-response\"}";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TwilioClient client;

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

	@BeforeEach
	void answerWithActiveAccount() {
		server.reset();
		server.dispatcher((request) -> Response.json(200, ACTIVE_ACCOUNT));
	}

	@Test
	void healthShowsTwilioComponent() {
		MvcTestResult result = this.mvc.get().uri("/actuator/health").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.components.twilio.status").isEqualTo("UP");
		assertThat(result).bodyJson().extractingPath("$.components.twilio.details.type").isEqualTo("Trial");
		assertThat(result).bodyJson().extractingPath("$.components.twilio.details.account").isEqualTo("ACaa\u2026aaaa");
		assertThat(result).body()
			.asString()
			.doesNotContain(StubTwilioServer.ACCOUNT_SID)
			.doesNotContain("account-token-in-response");
		assertNoSecret(result);
	}

	@Test
	void twilioOutageMakesHealthDownButLeavesProbesUp() {
		server.dispatcher((request) -> Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"));
		MvcTestResult health = this.mvc.get().uri("/actuator/health").exchange();
		assertThat(health).hasStatus(503);
		assertThat(health).bodyJson().extractingPath("$.components.twilio.status").isEqualTo("DOWN");
		assertThat(health).bodyJson().extractingPath("$.components.twilio.details.errorCode").isEqualTo(20003);
		assertNoSecret(health);
		MvcTestResult readiness = this.mvc.get().uri("/actuator/health/readiness").exchange();
		assertThat(readiness).hasStatusOk();
		assertThat(readiness).body().asString().doesNotContain("twilio");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
	}

	@Test
	void metricsShowTwilioClientRequests() {
		server.dispatcher((request) -> Response.json(200, "{\"balance\": \"12.34\", \"currency\": \"USD\"}"));
		this.client.balance().fetch();
		String uri = "/2010-04-01/Accounts/{AccountSid}/Balance.json";
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/metrics/twilio.client.requests?tag=uri:{uri}&tag=outcome:SUCCESS", uri)
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.measurements[?(@.statistic == 'COUNT')].value")
			.asArray()
			.containsExactly(1.0);
		assertThat(result).body().asString().doesNotContain(StubTwilioServer.ACCOUNT_SID);
		assertThat(this.mvc.get().uri("/actuator/metrics/http.client.requests?tag=uri:{uri}", uri)).hasStatusOk()
			.body()
			.asString()
			.doesNotContain(StubTwilioServer.ACCOUNT_SID);
	}

	@Test
	void metricsShowRejectedWebhooks() {
		assertThat(this.mvc.post()
			.uri("/twilio/sms")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("MessageSid=SM1&Body=forged")).hasStatus(403);
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/metrics/twilio.webhook.requests?tag=outcome:rejected-signature&tag=type:message")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.availableTags[?(@.tag == 'reason')].values[*]").asArray()
			.contains("missing-signature");
	}

	@Test
	void infoShowsTwilio() {
		MvcTestResult result = this.mvc.get().uri("/actuator/info").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.twilio.account").isEqualTo("ACaa\u2026aaaa");
		assertThat(result).bodyJson().extractingPath("$.twilio.version").asString().isNotEqualTo("unknown");
	}

	@Test
	void configpropsShowsValuesButMasksCredentials() {
		MvcTestResult result = this.mvc.get().uri("/actuator/configprops/twilio").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).body()
			.asString()
			.contains(StubTwilioServer.ACCOUNT_SID)
			.contains(ActuatorTestApplication.API_KEY_SID)
			.contains("******");
		assertNoSecret(result);
	}

	@Test
	void envShowsValuesButMasksCredentials() {
		MvcTestResult result = this.mvc.get().uri("/actuator/env").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).body()
			.asString()
			.contains(StubTwilioServer.ACCOUNT_SID)
			.contains("TWILIO_AUTH_TOKEN")
			.contains("TWILIO_API_SECRET");
		assertNoSecret(result);
		assertThat(this.mvc.get().uri("/actuator/env/TWILIO_AUTH_TOKEN")).bodyJson()
			.extractingPath("$.property.value")
			.isEqualTo("******");
		assertThat(this.mvc.get().uri("/actuator/env/twilio.webhook.additional-auth-tokens[0]")).bodyJson()
			.extractingPath("$.property.value")
			.isEqualTo("******");
	}

	@Test
	void envMasksCredentialsInsideOtherValues() {
		assertThat(this.mvc.get().uri("/actuator/env/MY_TWILIO_TOKEN")).bodyJson()
			.extractingPath("$.property.value")
			.isEqualTo("******");
		assertThat(this.mvc.get().uri("/actuator/env/SPRING_APPLICATION_JSON")).bodyJson()
			.extractingPath("$.property.value")
			.isEqualTo("{\"twilio\":{\"api-key\":{\"secret\":\"******\"}}}");
		assertThat(this.mvc.get().uri("/actuator/env/PREVIOUS_TWILIO_TOKENS")).bodyJson()
			.extractingPath("$.property.value")
			.isEqualTo("rotated=******");
	}

	private static void assertNoSecret(MvcTestResult result) {
		assertThat(result).body()
			.asString()
			.doesNotContain(ActuatorTestApplication.AUTH_TOKEN)
			.doesNotContain(ActuatorTestApplication.API_KEY_SECRET)
			.doesNotContain(ActuatorTestApplication.OLD_AUTH_TOKEN)
			.doesNotContain(ActuatorTestApplication.ENV_AUTH_TOKEN)
			.doesNotContain(ActuatorTestApplication.ENV_API_SECRET);
	}

}
