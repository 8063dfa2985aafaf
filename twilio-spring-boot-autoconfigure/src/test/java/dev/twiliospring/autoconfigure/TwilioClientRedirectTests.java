package dev.twiliospring.autoconfigure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the redirect handling of the {@link TwilioClient} that
 * {@link TwilioAutoConfiguration} builds with Boot's HTTP client settings.
 */
class TwilioClientRedirectTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, TwilioAutoConfiguration.class));

	@Test
	void neverFollowsRedirectsEvenWhenBootClientsDo() {
		try (StubTwilioServer server = StubTwilioServer.start()) {
			String link = server.baseUrl() + "/deactivations.csv";
			server.enqueue(Response.json(307, "{\"redirect_to\":\"" + link + "\"}").header("Location", link),
					Response.text(200, "text/csv", "+15005550006\n"));
			followingRedirects(server).run((context) -> {
					TwilioClient client = context.getBean(TwilioClient.class);
					assertThat(client.messaging().deactivations().fetch(LocalDate.of(2025, 5, 1)).redirectTo())
						.isEqualTo(link);
					assertThat(server.requestCount()).isOne();
				});
		}
	}

	@Test
	void downloadFollowsTheRedirectItselfWithoutCredentialsEvenWhenBootClientsFollowRedirects() {
		try (StubTwilioServer server = StubTwilioServer.start(); StubTwilioServer cdn = StubTwilioServer.start()) {
			String link = cdn.baseUrl() + "/RE1.mp3?Signature=abc";
			server.enqueue(Response.empty(307).header("Location", link));
			cdn.enqueue(Response.bytes(200, "audio/mpeg", new byte[] { (byte) 0xFF, (byte) 0xFB }));
			followingRedirects(server).run((context) -> {
					TwilioClient client = context.getBean(TwilioClient.class);
					byte[] recording = client.execute(TwilioRequest
						.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3")
						.pathVariable("Sid", "RE1")
						.build(), byte[].class);
					assertThat(recording).containsExactly(0xFF, 0xFB);
					assertThat(server.requestCount()).isOne();
					assertThat(cdn.takeRequest().header("Authorization")).isNull();
				});
		}
	}

	/**
	 * A context whose client calls the server, with Boot's HTTP clients set to follow
	 * redirects.
	 */
	private ApplicationContextRunner followingRedirects(StubTwilioServer server) {
		return this.contextRunner.withPropertyValues("twilio.account-sid=" + TwilioAutoConfigurationTests.ACCOUNT_SID,
				"twilio.auth-token=" + TwilioAutoConfigurationTests.AUTH_TOKEN, "twilio.base-url=" + server.baseUrl(),
				"spring.http.clients.redirects=follow");
	}

}
