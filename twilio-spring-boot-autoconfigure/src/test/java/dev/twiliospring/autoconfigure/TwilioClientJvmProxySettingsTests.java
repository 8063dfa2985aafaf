package dev.twiliospring.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the JVM's proxy settings ({@code https.proxyHost}, {@code http.nonProxyHosts})
 * with each transport of the {@link TwilioClient}, as the README lists them: a loopback
 * proxy records the tunnels asked for and refuses them.
 */
class TwilioClientJvmProxySettingsTests {

	private static final List<String> PROXY_PROPERTIES = List.of("https.proxyHost", "https.proxyPort",
			"http.nonProxyHosts");

	private final List<String> tunnels = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.region=ie1", "twilio.connect-timeout=5s",
				"twilio.read-timeout=5s");

	private ServerSocket proxy;

	@BeforeEach
	void startProxy() throws IOException {
		this.proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::refuseTunnels, "proxy");
		thread.setDaemon(true);
		thread.start();
		System.setProperty("https.proxyHost", this.proxy.getInetAddress().getHostAddress());
		System.setProperty("https.proxyPort", String.valueOf(this.proxy.getLocalPort()));
	}

	@AfterEach
	void stopProxy() throws IOException {
		PROXY_PROPERTIES.forEach(System::clearProperty);
		this.proxy.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "built-in", "jdk", "http-components", "reactor" })
	void transportTunnelsToTheRegionalHostThroughTheJvmsProxy(String transport) {
		this.contextRunner.withPropertyValues(properties(transport)).run((context) -> {
			assertThatExceptionOfType(TwilioException.class)
				.isThrownBy(() -> context.getBean(TwilioClient.class).messages().list());
			assertThat(this.tunnels).containsExactly("CONNECT api.dublin.ie1.twilio.com:443 HTTP/1.1");
		});
	}

	@Test
	void builtInTransportGoesDirectToHostsTheJvmExemptsFromTheProxy() {
		System.setProperty("http.nonProxyHosts", "*.twilio.com");
		this.contextRunner.withPropertyValues(properties("built-in")).run((context) -> {
			assertThatExceptionOfType(TwilioException.class)
				.isThrownBy(() -> context.getBean(TwilioClient.class).messages().list())
				.withMessageContaining("unknown host api.dublin.ie1.twilio.com");
			assertThat(this.tunnels).isEmpty();
		});
	}

	@Test
	void bootsJettyClientIgnoresTheJvmsProxy() {
		this.contextRunner.withPropertyValues(properties("jetty")).run((context) -> {
			assertThatExceptionOfType(TwilioException.class)
				.isThrownBy(() -> context.getBean(TwilioClient.class).messages().list())
				.withMessageContaining("unknown host api.dublin.ie1.twilio.com");
			assertThat(this.tunnels).isEmpty();
		});
	}

	private static String[] properties(String transport) {
		return "built-in".equals(transport) ? new String[] { "twilio.transport=built-in" }
				: new String[] { "twilio.transport=spring-boot", "spring.http.clients.imperative.factory=" + transport };
	}

	private void refuseTunnels() {
		while (!this.proxy.isClosed()) {
			try (Socket socket = this.proxy.accept()) {
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
				String requestLine = reader.readLine();
				String header = requestLine;
				while (header != null && !header.isEmpty()) {
					header = reader.readLine();
				}
				this.tunnels.add(requestLine);
				OutputStream out = socket.getOutputStream();
				out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (IOException ex) {
				// Closed by the test, or a client that gave up
			}
		}
	}

}
