package dev.twiliospring.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClient} calls through a proxy that asks for credentials, which
 * the JVM's default {@link Authenticator} holds: the built-in transport's proxy route
 * sends none.
 */
class TwilioClientProxyAuthenticationTests {

	private static final String ACCOUNT_SID = TwilioClientProxiedCloseTests.ACCOUNT_SID;

	private static final String PROXY_CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("proxy-user:proxy-password".getBytes(StandardCharsets.UTF_8));

	private final List<String> proxyAuthorizations = new CopyOnWriteArrayList<>();

	private final List<Authenticator.RequestorType> asked = new CopyOnWriteArrayList<>();

	private volatile int twilioStatus = 200;

	private volatile boolean proxyAnswersWithoutCredentials;

	private HttpServer proxy;

	private ProxySelector previousSelector;

	@BeforeEach
	void start() throws IOException {
		this.proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.proxy.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			String proxyAuthorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
			this.proxyAuthorizations.add(String.valueOf(proxyAuthorization));
			if (!this.proxyAnswersWithoutCredentials && !PROXY_CREDENTIALS.equals(proxyAuthorization)) {
				exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"corporate\"");
				exchange.sendResponseHeaders(407, -1);
				exchange.close();
				return;
			}
			int status = this.twilioStatus;
			byte[] body = ((status == 200) ? TwilioClientProxiedCloseTests.ACCOUNT_JSON
					: "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}")
				.getBytes(StandardCharsets.UTF_8);
			if (status == 401) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Twilio API\"");
			}
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.proxy.start();
		this.previousSelector = ProxySelector.getDefault();
		InetSocketAddress address = this.proxy.getAddress();
		ProxySelector.setDefault(ProxySelector.of(address));
		Authenticator.setDefault(new Authenticator() {

			@Override
			protected PasswordAuthentication getPasswordAuthentication() {
				// As many applications' authenticators do, whoever asks
				TwilioClientProxyAuthenticationTests.this.asked.add(getRequestorType());
				return new PasswordAuthentication("proxy-user", "proxy-password".toCharArray());
			}

		});
	}

	@AfterEach
	void stop() {
		Authenticator.setDefault(null);
		ProxySelector.setDefault(this.previousSelector);
		this.proxy.stop(0);
	}

	@Test
	void aProxyThatAsksForCredentialsIsNamedAsTheOneThatRefusedTheCall() {
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client().accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407))
			.withMessageStartingWith("HTTP 407 (Proxy Authentication Required) from a proxy between the application "
					+ "and Twilio")
			.withMessageNotContaining("from Twilio");
		// The built-in transport asks the JVM's authenticator for nothing, so it can
		// never hand a password meant for the proxy to Twilio's hosts
		assertThat(this.asked).isEmpty();
	}

	@Test
	void twiliosOwnRefusalIsStillTwilios() {
		this.proxyAnswersWithoutCredentials = true;
		this.twilioStatus = 401;
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client().accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401))
			.withMessageNotContaining("proxy");
		assertThat(this.asked).isEmpty();
	}

	private TwilioClient client() {
		return TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("twilio-auth-token")
			.baseUrl(URI.create("http://twilio.test:8080"))
			.maxRetries(0)
			.build();
	}

}
