package dev.twiliospring.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A {@link TwilioClientCustomizer} runs after the properties, so its timeouts win, with
 * the built-in transport and with Boot's alike (README, "Customizing the client").
 */
class TwilioClientCustomizerTimeoutTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + TwilioAutoConfigurationTests.ACCOUNT_SID,
				"twilio.auth-token=" + TwilioAutoConfigurationTests.AUTH_TOKEN);

	@ParameterizedTest
	@ValueSource(strings = { "built-in", "spring-boot" })
	void customizerReadTimeoutWinsOverTheProperty(String transport) throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.contextRunner
				.withBean(TwilioClientCustomizer.class,
						() -> (builder) -> builder.readTimeout(Duration.ofMillis(300)))
				.withPropertyValues("twilio.transport=" + transport,
						"twilio.base-url=http://127.0.0.1:" + silent.getLocalPort(), "twilio.read-timeout=20s")
				.run((context) -> {
					TwilioClient client = context.getBean(TwilioClient.class);
					// The server accepts the connection and never answers: the customizer's
					// 300ms must apply, not the property's 20s
					assertTimeoutPreemptively(Duration.ofSeconds(5),
							() -> assertThatExceptionOfType(TwilioConnectionException.class)
								.isThrownBy(() -> client.accounts().fetch()));
				});
		}
	}

}
