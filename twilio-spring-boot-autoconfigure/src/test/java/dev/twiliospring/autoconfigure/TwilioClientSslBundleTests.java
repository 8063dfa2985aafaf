package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import dev.twiliospring.client.AuthenticatingProxy;
import dev.twiliospring.client.JsonAnswers;
import dev.twiliospring.client.SelfSignedKeyStores;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@code twilio.ssl.bundle}, and for Spring Boot's SSL bundle together with
 * {@code twilio.proxy.*}, with a TLS stub of Twilio whose self-signed certificate only
 * the bundle trusts, behind a loopback proxy that demands Basic credentials.
 */
class TwilioClientSslBundleTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String PROXY_PASSWORD = "s3cret-proxy-password";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=twilio-auth-token",
				"twilio.max-retries=0", "twilio.connect-timeout=5s", "twilio.read-timeout=5s");

	private final List<String> tlsProtocols = new CopyOnWriteArrayList<>();

	@TempDir
	private Path directory;

	private Path keyStore;

	private HttpsServer twilio;

	private AuthenticatingProxy proxy;

	@BeforeEach
	void start() throws Exception {
		this.keyStore = SelfSignedKeyStores.create(this.directory);
		this.twilio = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.twilio.setHttpsConfigurator(new HttpsConfigurator(SelfSignedKeyStores.tls(this.keyStore)));
		this.twilio.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.tlsProtocols.add(((HttpsExchange) exchange).getSSLSession().getProtocol());
			JsonAnswers.ok(exchange, "{\"sid\":\"" + ACCOUNT_SID + "\",\"status\":\"active\"}");
		});
		this.twilio.start();
		this.proxy = new AuthenticatingProxy(this.twilio.getAddress(), "proxy-user", PROXY_PASSWORD);
	}

	@AfterEach
	void stop() throws IOException {
		this.proxy.close();
		this.twilio.stop(0);
	}

	@Test
	void callsThroughTheProxyTrustTwilioThroughTheTwilioBundle() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues(proxyProperties())
			.withPropertyValues("twilio.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
				assertThat(this.proxy.requestLines()).containsExactly("CONNECT " + authority() + " HTTP/1.1");
			});
	}

	/**
	 * The README's corporate CA for Boot's HTTP clients, which failed startup with
	 * {@code twilio.proxy.*}: the built-in transport applies it with the proxy.
	 */
	@Test
	void callsThroughTheProxyTrustTwilioThroughBootsBundle() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues(proxyProperties())
			.withPropertyValues("spring.http.clients.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
				assertThat(this.proxy.requestLines()).containsExactly("CONNECT " + authority() + " HTTP/1.1");
			});
	}

	@Test
	void callsThroughTheProxyWithoutABundleFailSayingHowToTrustTheCa() {
		this.contextRunner.withPropertyValues(proxyProperties()).run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch())
				.withMessageContaining("PKIX path building failed")
				.withMessageContaining("trust that CA with an SSL bundle named in twilio.ssl.bundle")
				.withMessageNotContaining(PROXY_PASSWORD);
			assertThat(this.tlsProtocols).isEmpty();
		});
	}

	@Test
	void theBundlesProtocolsApplyToTheBuiltInTransport() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues(proxyProperties())
			.withPropertyValues("spring.ssl.bundle.jks.corporate-ca.options.enabled-protocols=TLSv1.2",
					"twilio.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
				assertThat(this.tlsProtocols).containsExactly("TLSv1.2");
			});
	}

	/**
	 * The sockets refuse an unsupported cipher only on connecting, which failed every
	 * call with an {@link IllegalArgumentException} after a startup that succeeded.
	 */
	@Test
	void aBundleWithACipherThatTheJvmDoesNotSupportFailsStartupNamingIt() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues("twilio.base-url=https://" + authority(),
					"spring.ssl.bundle.jks.corporate-ca.options.ciphers=TLS_NO_SUCH_CIPHER",
					"twilio.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
						assertThat(ex.getProperty()).isEqualTo("twilio.ssl.bundle");
						assertThat(ex.getMessage()).startsWith("The SSL bundle that twilio.ssl.bundle names cannot be "
								+ "applied: The TLS context given does not support cipher suite 'TLS_NO_SUCH_CIPHER'");
						assertThat(ex.getAction()).contains("options.ciphers");
					});
			});
	}

	@Test
	void bootsBundleWithAProtocolThatTheJvmDoesNotSupportFailsStartupWithTheProxy() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues(proxyProperties())
			.withPropertyValues("spring.ssl.bundle.jks.corporate-ca.options.enabled-protocols=TLSv9",
					"spring.http.clients.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
						assertThat(ex.getProperty()).isEqualTo("spring.http.clients.ssl.bundle");
						assertThat(ex.getMessage()).contains("does not support TLS protocol 'TLSv9': it supports ")
							.doesNotContain(PROXY_PASSWORD);
					});
			});
	}

	@Test
	void theTwilioBundleAppliesWithoutBootsHttpClientSupport() {
		new ApplicationContextRunner().withInitializer(TestEnvironments::isolate)
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, TwilioAutoConfiguration.class))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=twilio-auth-token",
					"twilio.max-retries=0", "twilio.base-url=https://" + authority(), "twilio.ssl.bundle=corporate-ca")
			.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.run((context) -> assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid())
				.isEqualTo(ACCOUNT_SID));
	}

	/**
	 * Boot's HTTP clients trust another CA, which Twilio's certificate is not issued by:
	 * Twilio's bundle replaces it for the client alone.
	 */
	@Test
	void theTwilioBundleReplacesBootsBundleOnBootsTransport() throws Exception {
		Path otherCa = SelfSignedKeyStores.create(Files.createDirectory(this.directory.resolve("other")));
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues(bundle("other-ca", otherCa))
			.withPropertyValues("twilio.base-url=https://" + authority(), "twilio.transport=spring-boot",
					"spring.http.clients.ssl.bundle=other-ca", "twilio.ssl.bundle=corporate-ca")
			.run((context) -> assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid())
				.isEqualTo(ACCOUNT_SID));
	}

	@Test
	void aBundleThatIsNotDefinedFailsStartupNamingItAndThoseThatAre() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues("twilio.ssl.bundle=corprate-ca")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
						assertThat(ex.getProperty()).isEqualTo("twilio.ssl.bundle");
						assertThat(ex.getMessage())
							.isEqualTo("twilio.ssl.bundle names SSL bundle 'corprate-ca', which is not defined");
						assertThat(ex.getAction()).isEqualTo("Define it with spring.ssl.bundle.pem.corprate-ca.* or "
								+ "spring.ssl.bundle.jks.corprate-ca.*, or set twilio.ssl.bundle to one of the "
								+ "bundles defined: corporate-ca.");
					});
			});
	}

	@Test
	void aBundleThatIsNotDefinedFailsStartupWithTheBuiltInTransportAndWithoutBootsHttpClientSupport() {
		new ApplicationContextRunner().withInitializer(TestEnvironments::isolate)
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, TwilioAutoConfiguration.class))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=twilio-auth-token",
					"twilio.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessage("twilio.ssl.bundle names SSL bundle 'corporate-ca', which is not defined");
			});
	}

	@Test
	void aBundleWithoutSslBundlesFailsStartupSayingSo() {
		new ApplicationContextRunner().withInitializer(TestEnvironments::isolate)
			.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=twilio-auth-token",
					"twilio.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessage("twilio.ssl.bundle names SSL bundle 'corporate-ca', but the application has no SSL "
							+ "bundles");
			});
	}

	@Test
	void theProxyIsStillRefusedWithBootsTransportChosenWhateverTheBundle() {
		this.contextRunner.withPropertyValues(bundle("corporate-ca", this.keyStore))
			.withPropertyValues(proxyProperties())
			.withPropertyValues("twilio.ssl.bundle=corporate-ca", "twilio.transport=spring-boot")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessage("twilio.proxy.* applies to the client's built-in transport only, but "
							+ "twilio.transport is spring-boot");
			});
	}

	private String authority() {
		return "localhost:" + this.twilio.getAddress().getPort();
	}

	private String[] proxyProperties() {
		// The certificate names localhost: the handshake is with Twilio's host, not the proxy
		return new String[] { "twilio.base-url=https://" + authority(), "twilio.proxy.host=127.0.0.1",
				"twilio.proxy.port=" + this.proxy.port(), "twilio.proxy.username=proxy-user",
				"twilio.proxy.password=" + PROXY_PASSWORD };
	}

	private static String[] bundle(String name, Path keyStore) {
		String prefix = "spring.ssl.bundle.jks." + name + ".truststore.";
		return new String[] { prefix + "location=" + keyStore.toUri(),
				prefix + "password=" + SelfSignedKeyStores.PASSWORD, prefix + "type=PKCS12" };
	}

}
