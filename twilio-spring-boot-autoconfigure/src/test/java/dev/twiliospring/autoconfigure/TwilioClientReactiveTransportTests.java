package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.twiliospring.client.JsonAnswers;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.SelfSignedKeyStores;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the HTTP transport of the {@link TwilioClient} that
 * {@link TwilioAutoConfiguration} builds in a reactive web application, where Spring
 * Boot defines no {@link ClientHttpRequestFactoryBuilder} bean but its
 * {@code RestClient.Builder} still applies the HTTP client settings.
 */
class TwilioClientReactiveTransportTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	// Hides the HTTP client libraries of the test class path: Boot then picks the JDK
	// client, which sends differently from the built-in transport
	private final ReactiveWebApplicationContextRunner contextRunner = new ReactiveWebApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withClassLoader(new FilteredClassLoader("org.apache.hc", "org.eclipse.jetty.client", "reactor.netty"))
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.max-retries=0");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void startsWithBootTransportWhenTwilioTransportNamesIt() {
		this.contextRunner
			.withPropertyValues("twilio.transport=spring-boot", "twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(ClientHttpRequestFactoryBuilder.class)
					.hasBean("twilioHttpClientSettingsCustomizer");
				// The JDK HttpClient that Boot picks offers HTTP/2 on a plain connection
				assertThat(fetchAccount(context).header("Upgrade")).isEqualTo("h2c");
			});
		this.contextRunner
			.withPropertyValues("twilio.transport=built-in", "twilio.base-url=" + this.server.baseUrl())
			.run((context) -> assertThat(fetchAccount(context).header("Upgrade")).isNull());
	}

	@Test
	void takesTheJdkClientWhereBootWouldPickReactorNetty() {
		// Reactor Netty stays on the class path, as in a WebFlux application
		ReactiveWebApplicationContextRunner withReactorNetty = this.contextRunner
			.withClassLoader(new FilteredClassLoader("org.apache.hc", "org.eclipse.jetty.client"));
		withReactorNetty.withPropertyValues("twilio.transport=spring-boot", "twilio.base-url=" + this.server.baseUrl())
			.run((context) -> assertThat(fetchAccount(context).header("Upgrade")).isEqualTo("h2c"));
		// Nothing configured: the built-in transport, as with the JDK client in any application
		withReactorNetty.withPropertyValues("twilio.base-url=" + this.server.baseUrl())
			.run((context) -> assertThat(fetchAccount(context).header("Upgrade")).isNull());
	}

	private RecordedRequest fetchAccount(ApplicationContext context) {
		this.server.reset();
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		Account account = context.getBean(TwilioClient.class).accounts().fetch();
		assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
		return this.server.takeRequest();
	}

	@Test
	void sendsWithBootTransportAndItsSslBundleWhenOneIsConfigured(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		try (TlsServer secure = new TlsServer(keyStore)) {
			ReactiveWebApplicationContextRunner contextRunner = this.contextRunner
				.withPropertyValues("twilio.base-url=https://localhost:" + secure.port());
			// The JVM does not trust the server: the built-in transport cannot reach it
			contextRunner.run((context) -> assertThatException()
				.isThrownBy(() -> context.getBean(TwilioClient.class).accounts().fetch())
				.withCauseInstanceOf(SSLHandshakeException.class));
			contextRunner
				.withPropertyValues("spring.ssl.bundle.jks.twilio.truststore.location=" + keyStore.toUri(),
						"spring.ssl.bundle.jks.twilio.truststore.password=changeit",
						"spring.ssl.bundle.jks.twilio.truststore.type=PKCS12", "spring.http.clients.ssl.bundle=twilio")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					Account account = context.getBean(TwilioClient.class).accounts().fetch();
					assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
				});
		}
	}

	/**
	 * An HTTPS server on a loopback port, with a certificate for {@code localhost} that
	 * only the given key store trusts, that answers every request with an active account.
	 */
	private static final class TlsServer implements AutoCloseable {

		private final HttpsServer server;

		TlsServer(Path keyStore) throws Exception {
			SSLContext tls = SelfSignedKeyStores.tls(keyStore);
			this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			this.server.setHttpsConfigurator(new HttpsConfigurator(tls));
			this.server.createContext("/", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				JsonAnswers.ok(exchange, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
						+ "\", \"status\": \"active\", \"type\": \"Full\"}");
			});
			this.server.start();
		}

		int port() {
			return this.server.getAddress().getPort();
		}

		@Override
		public void close() throws IOException {
			this.server.stop(0);
		}

	}

}
