package dev.twiliospring.autoconfigure;

import java.util.List;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioAutoConfiguration} in a real Boot application: the only
 * configuration is the two credentials plus a base URL pointing at a local server.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioBootApplicationTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void sendsMessageAndReadsPageWithOnlyCredentialsConfigured() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"), Response.fixture(200, "messages-page-0.json"));
		try (ConfigurableApplicationContext context = run("--twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"--twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "--twilio.base-url=" + this.server.baseUrl())) {
			TwilioClient twilio = context.getBean(TwilioClient.class);
			Message sent = twilio.messages()
				.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build());
			Page<Message> page = twilio.messages().list();
			assertThat(sent.sid()).startsWith("SM");
			assertThat(page.items()).isNotEmpty();
			List<RecordedRequest> requests = this.server.requests();
			assertThat(requests).extracting(RecordedRequest::method).containsExactly("POST", "GET");
			assertThat(requests.get(0).path())
				.isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json");
			assertThat(requests.get(0).form()).containsEntry("To", List.of("+15558675310"))
				.containsEntry("From", List.of("+15017122661"))
				.containsEntry("Body", List.of("Hi"));
			assertThat(requests.get(0).basicCredentials())
				.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
			assertThat(requests.get(0).header("User-Agent")).startsWith("twilio-spring-boot/");
		}
	}

	@Test
	void transportDoesNotRetryBehindTheClientsBack() {
		// Apache HttpClient is on the test classpath, so Boot builds the transport with it.
		assertThat(ClassUtils.isPresent("org.apache.hc.client5.http.impl.classic.HttpClientBuilder", null)).isTrue();
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}")
			.header("Retry-After", "0"), Response.fixture(201, "message-queued.json"));
		try (ConfigurableApplicationContext context = run("--twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"--twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "--twilio.base-url=" + this.server.baseUrl())) {
			TwilioClient twilio = context.getBean(TwilioClient.class);
			assertThatExceptionOfType(TwilioApiException.class)
				.isThrownBy(() -> twilio.messages()
					.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build()))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
			assertThat(this.server.requestCount()).isOne();
		}
	}

	@Test
	void failureAnalyzerReportsMissingTokenOnStartup(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("twilio.auth-token")
			.contains("TWILIO_AUTH_TOKEN");
	}

	@Test
	void failureAnalyzerNeverPrintsTheSecret(CapturedOutput output) {
		String token = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
		assertThatException().isThrownBy(() -> run("--twilio.account-sid=" + token, "--twilio.auth-token=" + token));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("twilio.account-sid")
			.doesNotContain(token);
	}

	@Test
	void failureAnalyzerExplainsAMissingClientWithoutAnAccount(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(NotifierApplication.class, "--twilio.auth-token=token"));
		// Spring Boot writes the parameter's index in the digits of the default locale
		// (Parameter ٠ in Arabic), so only what follows it is checked
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(" of constructor in " + Notifier.class.getName()
					+ " required a TwilioClient, but none was auto-configured because no Twilio account is configured")
			.contains("Set twilio.account-sid (or TWILIO_ACCOUNT_SID, in the environment the application starts in)")
			.doesNotContain("Consider defining a bean of type");
	}

	@Test
	void missingClientOfAnExcludedAutoConfigurationIsLeftToSpringBootsAnalysis(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(NotifierApplication.class, "--twilio.auth-token=token",
				"--spring.autoconfigure.exclude=" + TwilioAutoConfiguration.class.getName()));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Consider defining a bean of type 'dev.twiliospring.client.TwilioClient'")
			.doesNotContain("no Twilio account is configured");
	}

	@Test
	void missingClientWithAnAccountIsLeftToSpringBootsAnalysis(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(NotifierApplication.class,
				"--twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID, "--twilio.auth-token=token",
				"--spring.autoconfigure.exclude=" + TwilioAutoConfiguration.class.getName()));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Consider defining a bean of type 'dev.twiliospring.client.TwilioClient'")
			.doesNotContain("no Twilio account is configured");
	}

	private ConfigurableApplicationContext run(String... args) {
		return run(MinimalApplication.class, args);
	}

	private ConfigurableApplicationContext run(Class<?> source, String... args) {
		SpringApplication application = new SpringApplication(source);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addInitializers(TestEnvironments::isolate);
		return application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(Notifier.class)
	static class NotifierApplication {

	}

	static class Notifier {

		Notifier(TwilioClient twilio) {
		}

	}

}
