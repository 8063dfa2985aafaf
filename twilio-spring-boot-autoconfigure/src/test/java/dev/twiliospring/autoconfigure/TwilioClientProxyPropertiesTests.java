package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.autoconfigure.actuate.TwilioSanitizingAutoConfiguration;
import dev.twiliospring.client.AuthenticatingProxy;
import dev.twiliospring.client.JsonAnswers;
import dev.twiliospring.client.SelfSignedKeyStores;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code twilio.proxy.*} properties, with a loopback proxy that demands
 * Basic credentials in front of a stub of Twilio.
 */
class TwilioClientProxyPropertiesTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String PROXY_PASSWORD = "s3cret-proxy-password";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class, TwilioSanitizingAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=twilio-auth-token",
				"twilio.base-url=http://twilio.test:8080", "twilio.max-retries=0", "twilio.connect-timeout=5s",
				"twilio.read-timeout=5s");

	private HttpServer twilio;

	private AuthenticatingProxy proxy;

	@BeforeEach
	void start() throws IOException {
		this.twilio = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.twilio.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
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
	void callsGoThroughTheConfiguredProxyWithItsCredentials() {
		this.contextRunner.withPropertyValues(proxyProperties(PROXY_PASSWORD)).run((context) -> {
			assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
			assertThat(this.proxy.authorizations()).containsExactly("Basic "
					+ Base64.getEncoder().encodeToString(("proxy-user:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		});
	}

	@Test
	void theProxyPasswordIsMaskedInThePropertiesAndByTheSanitizingFunction() {
		this.contextRunner.withPropertyValues(proxyProperties(PROXY_PASSWORD)).run((context) -> {
			assertThat(context.getBean(TwilioProperties.class).toString()).doesNotContain(PROXY_PASSWORD)
				.contains("proxy=Proxy[host=127.0.0.1");
			SanitizingFunction sanitizing = context.getBean(SanitizingFunction.class);
			SanitizableData data = new SanitizableData(null, "twilio.proxy.password", PROXY_PASSWORD);
			assertThat(sanitizing.apply(data).getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
			SanitizableData command = new SanitizableData(null, "sun.java.command",
					"app.jar --twilio.proxy.password=" + PROXY_PASSWORD);
			assertThat(String.valueOf(sanitizing.apply(command).getValue())).doesNotContain(PROXY_PASSWORD);
		});
	}

	@Test
	void aProxyHostWithoutAPortFailsAtStartup() {
		this.contextRunner.withPropertyValues("twilio.proxy.host=127.0.0.1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessage("twilio.proxy.host is set without twilio.proxy.port");
		});
	}

	@Test
	void aProxyPortWithoutAHostFailsAtStartup() {
		this.contextRunner.withPropertyValues("twilio.proxy.port=3128").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessage("twilio.proxy.port is set without twilio.proxy.host");
		});
	}

	@Test
	void aUserNameWithAColonFailsAtStartupWithoutShowingThePassword() {
		this.contextRunner
			.withPropertyValues("twilio.proxy.host=127.0.0.1", "twilio.proxy.port=" + this.proxy.port(),
					"twilio.proxy.username=proxy:user", "twilio.proxy.password=" + PROXY_PASSWORD)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessageContaining("twilio.proxy.username")
					.hasMessageNotContaining(PROXY_PASSWORD);
			});
	}

	@Test
	void theProxyIsRefusedWhenSpringBootsTransportIsChosen() {
		this.contextRunner.withPropertyValues(proxyProperties(PROXY_PASSWORD))
			.withPropertyValues("twilio.transport=spring-boot")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessage("twilio.proxy.* applies to the client's built-in transport only, but "
							+ "twilio.transport is spring-boot");
			});
	}

	@Test
	void theProxyIsRefusedWhenSpringBootsHttpClientIsConfiguredForTheClient() {
		this.contextRunner.withPropertyValues(proxyProperties(PROXY_PASSWORD))
			.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessageContaining("Spring Boot's HTTP client is configured for the client");
			});
	}

	/**
	 * The README's corporate CA, an SSL bundle for Boot's HTTP client, is applied by the
	 * built-in transport with the proxy, rather than choosing Boot's transport, which
	 * would leave the proxy out.
	 */
	@Test
	void theProxyIsUsedWithAnSslBundleForBootsHttpClient(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		this.contextRunner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues(proxyProperties(PROXY_PASSWORD))
			.withPropertyValues("spring.ssl.bundle.jks.corporate-ca.truststore.location=" + keyStore.toUri(),
					"spring.ssl.bundle.jks.corporate-ca.truststore.password=" + SelfSignedKeyStores.PASSWORD,
					"spring.ssl.bundle.jks.corporate-ca.truststore.type=PKCS12",
					"spring.http.clients.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
				assertThat(this.proxy.requestLines()).hasSize(1);
			});
	}

	@Test
	void theProxyIsUsedWithTheBuiltInTransportChosenWhateverBootsHttpClientHas() {
		this.contextRunner.withPropertyValues(proxyProperties(PROXY_PASSWORD))
			.withPropertyValues("spring.http.clients.imperative.factory=jdk", "twilio.transport=built-in")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
				assertThat(this.proxy.requestLines()).hasSize(1);
			});
	}

	@Test
	void bootsApacheHttpClientReachesTheProxyWithTheReadmesCustomizer() {
		this.contextRunner.withBean("corporateProxy", ClientHttpRequestFactoryBuilderCustomizer.class,
				() -> corporateProxy(this.proxy.port()))
			.withPropertyValues("twilio.transport=spring-boot", "spring.http.clients.imperative.factory=http-components")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
				assertThat(this.proxy.authorizations()).contains("Basic " + Base64.getEncoder()
					.encodeToString(("proxy-user:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8)));
			});
	}

	private static ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> corporateProxy(
			int port) {
		HttpHost proxy = new HttpHost("127.0.0.1", port);
		BasicCredentialsProvider credentials = new BasicCredentialsProvider();
		credentials.setCredentials(new AuthScope(proxy),
				new UsernamePasswordCredentials("proxy-user", PROXY_PASSWORD.toCharArray()));
		return (builder) -> builder
			.withHttpClientCustomizer((client) -> client.setProxy(proxy).setDefaultCredentialsProvider(credentials));
	}

	private String[] proxyProperties(String password) {
		return new String[] { "twilio.proxy.host=127.0.0.1", "twilio.proxy.port=" + this.proxy.port(),
				"twilio.proxy.username=proxy-user", "twilio.proxy.password=" + password };
	}

}
