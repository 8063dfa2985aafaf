package dev.twiliospring.autoconfigure.actuate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.twiliospring.client.AuthenticatingProxy;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every actuator endpoint of an application that exposes them all, as a careless
 * configuration does ({@code management.endpoints.web.exposure.include=*}), with values
 * shown: none reveals a Twilio credential, the password of the public webhook URL or
 * the proxy's password, alone or in the {@code Proxy-Authorization} value it makes, not
 * even after a proxy refused a call and repeated that value in its answer; nor does the
 * client's logging at its finest level.
 */
@SpringBootTest(classes = ActuatorTestApplication.class,
		properties = { "management.endpoints.web.exposure.include=*",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"management.endpoint.health.show-details=always",
				"twilio.webhook.public-url=https://tunnel:" + TwilioActuatorAllEndpointsTests.TUNNEL_PASSWORD
						+ "@example.ngrok.app" })
@ContextConfiguration(initializers = ActuatorTestApplication.FakeEnvironmentVariables.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TwilioActuatorAllEndpointsTests {

	static final String TUNNEL_PASSWORD = "s3cr3t-tunnel-password-0123";

	static final String PROXY_USERNAME = "corp-user";

	static final String PROXY_PASSWORD = "s3cr3t-proxy-password-0123";

	static final String PROXY_AUTHORIZATION = Base64.getEncoder()
		.encodeToString((PROXY_USERNAME + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));

	/**
	 * Endpoints that are left out: the heap dump holds every object by its nature, and
	 * shutdown would stop the application.
	 */
	private static final List<String> SKIPPED = List.of("heapdump", "shutdown", "self");

	private static final StubTwilioServer server = StubTwilioServer.start();

	private static final AuthenticatingProxy proxy = startProxy();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TwilioClient client;

	@Autowired
	private LoggingSystem loggingSystem;

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
		registry.add("twilio.proxy.host", () -> InetAddress.getLoopbackAddress().getHostAddress());
		registry.add("twilio.proxy.port", proxy::port);
		registry.add("twilio.proxy.username", () -> PROXY_USERNAME);
		registry.add("twilio.proxy.password", () -> PROXY_PASSWORD);
	}

	private static AuthenticatingProxy startProxy() {
		try {
			return new AuthenticatingProxy(
					new InetSocketAddress(InetAddress.getLoopbackAddress(), server.baseUrl().getPort()), PROXY_USERNAME,
					PROXY_PASSWORD);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stopServer() throws IOException {
		proxy.close();
		server.close();
	}

	@Test
	void noEndpointShowsACredential(CapturedOutput output) throws Exception {
		// Only for this test: the level would outlast it in the cached context
		this.loggingSystem.setLogLevel("dev.twiliospring", LogLevel.TRACE);
		try {
			callTwilioAndScanEveryEndpoint(output);
		}
		finally {
			this.loggingSystem.setLogLevel("dev.twiliospring", null);
		}
	}

	@SuppressWarnings("unchecked")
	private void callTwilioAndScanEveryEndpoint(CapturedOutput output) throws Exception {
		server.dispatcher((request) -> Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Trial\"}"));
		// A call first, so that metrics and observations have something to show
		this.client.accounts().fetch(StubTwilioServer.ACCOUNT_SID);
		assertThat(proxy.authorizations()).as("calls go through the proxy").isNotEmpty();
		// Then a refusal that repeats the credentials, which the health check gets too
		proxy.refusing(true).echoingCredentials();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.accounts().fetch(StubTwilioServer.ACCOUNT_SID))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407));
		MvcTestResult index = this.mvc.get().uri("/actuator").exchange();
		assertThat(index).hasStatusOk();
		Map<String, Map<String, Object>> links = (Map<String, Map<String, Object>>) JsonMapper.shared()
			.readValue(index.getResponse().getContentAsString(), Map.class)
			.get("_links");
		assertThat(links).containsKeys("beans", "conditions", "configprops", "env", "health", "mappings");
		List<String> hrefs = new ArrayList<>(List.of("/actuator/configprops/twilio",
				"/actuator/env/twilio.auth-token", "/actuator/env/twilio.webhook.public-url",
				"/actuator/env/MY_TWILIO_TOKEN", "/actuator/env/twilio.proxy.password",
				"/actuator/health/twilio"));
		links.forEach((name, link) -> {
			if (!SKIPPED.contains(name) && !Boolean.TRUE.equals(link.get("templated"))) {
				hrefs.add((String) link.get("href"));
			}
		});
		for (String href : hrefs) {
			MvcTestResult result = this.mvc.get().uri(href).exchange();
			// The health check fails at the proxy's refusal
			assertThat(result.getResponse().getStatus()).as(href)
				.isLessThan(href.contains("/actuator/health") ? 504 : 500);
			assertThat(result).body()
				.asString()
				.as(href)
				.doesNotContain(ActuatorTestApplication.AUTH_TOKEN)
				.doesNotContain(ActuatorTestApplication.API_KEY_SECRET)
				.doesNotContain(ActuatorTestApplication.OLD_AUTH_TOKEN)
				.doesNotContain(ActuatorTestApplication.ENV_AUTH_TOKEN)
				.doesNotContain(ActuatorTestApplication.ENV_API_SECRET)
				.doesNotContain(TUNNEL_PASSWORD)
				.doesNotContain(PROXY_PASSWORD)
				.doesNotContain(PROXY_AUTHORIZATION);
		}
		assertThat(output).as("the client's log")
			.contains("Proxy login required")
			.doesNotContain(ActuatorTestApplication.AUTH_TOKEN)
			.doesNotContain(ActuatorTestApplication.API_KEY_SECRET)
			.doesNotContain(PROXY_PASSWORD)
			.doesNotContain(PROXY_AUTHORIZATION);
	}

}
