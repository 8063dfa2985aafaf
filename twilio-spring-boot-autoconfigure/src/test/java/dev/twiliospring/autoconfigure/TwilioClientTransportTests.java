package dev.twiliospring.autoconfigure;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import dev.twiliospring.client.SelfSignedKeyStores;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.InetAddressFilter;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the HTTP transport of the {@link TwilioClient} that
 * {@link TwilioAutoConfiguration} builds, with and without Spring Boot's RestClient and
 * HTTP client support ({@code spring-boot-restclient}, {@code spring-boot-http-client}),
 * which the starter does not bring.
 */
class TwilioClientTransportTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	/**
	 * Hides the HTTP client libraries of the test class path, so that Boot picks the JDK
	 * client, as it does in an application without one.
	 */
	private static final FilteredClassLoader WITHOUT_HTTP_CLIENT_LIBRARIES = new FilteredClassLoader(
			"org.apache.hc.client5", "org.eclipse.jetty.client", "reactor.netty.http.client");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl(),
				"twilio.connect-timeout=3s", "twilio.read-timeout=7s");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void clientUsesItsOwnTransportWithoutBootHttpClientSupport() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader("org.springframework.boot.restclient", "org.springframework.boot.http.client"))
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(TwilioClient.class)
					.doesNotHaveBean(RestClient.Builder.class)
					.doesNotHaveBean("twilioHttpClientSettingsCustomizer");
				Account account = context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
				RecordedRequest request = this.server.takeRequest();
				assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json");
				assertThat(request.basicCredentials())
					.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
				assertThat(request.header("X-Boot-Customizer")).isNull();
			});
	}

	@Test
	void clientUsesBootRestClientBuilderAndHttpClientSettingsWhenPresent() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withUserConfiguration(BootHttpClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(TwilioClient.class)
					.hasBean("twilioHttpClientSettingsCustomizer");
				Account account = context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
				assertThat(this.server.takeRequest().header("X-Boot-Customizer")).isEqualTo("applied");
				List<HttpClientSettings> settings = context.getBean(BootHttpClientConfiguration.class).settings;
				assertThat(settings).anySatisfy((applied) -> {
					assertThat(applied.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
					assertThat(applied.readTimeout()).isEqualTo(Duration.ofSeconds(7));
					assertThat(applied.redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
				});
			});
	}

	@Test
	void bootsPlainJdkPickWithNothingConfiguredGivesWayToTheBuiltInTransport() {
		// Boot builds no HTTP client for the built-in transport to replace: a JDK
		// HttpClient would start a thread and set up the JVM's TLS context at startup
		assertThat(bootFactoriesBuilt("twilio.transport=built-in")).isZero();
		// Boot's RestClient customizers still apply
		assertThat(this.server.takeRequest().header("X-Boot-Customizer")).isEqualTo("applied");
		assertThat(bootFactoriesBuilt("twilio.transport=auto")).isZero();
		assertThat(this.server.requests().get(1).header("X-Boot-Customizer")).isEqualTo("applied");
		assertThat(bootFactoriesBuilt("twilio.transport=built-in", "spring.http.clients.imperative.factory=jdk"))
			.isZero();
		// Boot's RestClient.Builder with the factory Boot builds for it, then Twilio's
		assertThat(bootFactoriesBuilt("twilio.transport=spring-boot")).isEqualTo(2);
		assertThat(bootFactoriesBuilt("spring.http.clients.imperative.factory=jdk")).isEqualTo(2);
	}

	/**
	 * The client's configuration looks the transport's customizer up by its name: an
	 * application's bean of that name takes its place, as an auto-configured bean gives
	 * way to the application's, where startup failed on the second definition of the
	 * name, which bean definition overriding (off by default) would have to allow.
	 */
	@Test
	void transportCustomizerGivesWayToTheApplicationsBeanOfItsName() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID + "\"}"));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withUserConfiguration(OwnTransportCustomizerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeansOfType(TwilioClientCustomizer.class))
					.containsOnlyKeys("twilioHttpClientSettingsCustomizer");
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid())
					.isEqualTo(StubTwilioServer.ACCOUNT_SID);
				assertThat(this.server.takeRequest().header("User-Agent")).contains("own-transport");
			});
	}

	@Test
	void builtInTransportStartsFromTheApplicationsOwnRestClientBuilder() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID + "\"}"));
		this.contextRunner.withClassLoader(WITHOUT_HTTP_CLIENT_LIBRARIES)
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withUserConfiguration(RecordingJdkConfiguration.class, OwnRestClientBuilderConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid())
					.isEqualTo(StubTwilioServer.ACCOUNT_SID);
				assertThat(this.server.takeRequest().header("X-Own-Builder")).isEqualTo("applied");
				// The built-in transport: Boot built no HTTP client for Twilio
				assertThat(context.getBean(JdkBuilds.class).builds).isEmpty();
			});
	}

	/**
	 * A customizer of Boot's JDK client, or a JDK client builder of the application's
	 * own, may give it a proxy, an executor or an SSL context, which the built-in
	 * transport would ignore.
	 */
	@Test
	void applicationsOwnSetupOfBootsJdkClientAsksForBootsTransport() {
		// Boot's RestClient.Builder with the factory Boot builds for it, then Twilio's
		assertThat(bootFactoriesBuilt(new Class<?>[] { JdkCustomizerConfiguration.class })).isEqualTo(2);
		assertThat(bootFactoriesBuilt(new Class<?>[] { UntypedCustomizerConfiguration.class })).isEqualTo(2);
		assertThat(bootFactoriesBuilt(new Class<?>[] { JdkBuilderConfiguration.class })).isEqualTo(2);
		assertThat(bootFactoriesBuilt(new Class<?>[] { JdkCustomizerConfiguration.class }, "twilio.transport=built-in"))
			.isZero();
	}

	/**
	 * A customizer or builder registered as a singleton, without a bean definition, as
	 * an initializer or a framework may: the transport choice failed startup looking for
	 * its definition.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void jdkSetupRegisteredAsASingletonAsksForBootsTransport(boolean customizer) {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID + "\"}"));
		ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> jdkCustomizer = (builder) -> builder;
		// Not post-processed as a bean, so it counts the factories it builds itself
		List<ClientHttpRequestFactory> singletonBuilds = new ArrayList<>();
		Object singleton = customizer ? jdkCustomizer
				: ClientHttpRequestFactoryBuilder.jdk().withCustomizer(singletonBuilds::add);
		this.contextRunner.withClassLoader(WITHOUT_HTTP_CLIENT_LIBRARIES)
			.withInitializer((context) -> context.getBeanFactory().registerSingleton("jdkSetup", singleton))
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withUserConfiguration(RecordingJdkConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid())
					.isEqualTo(StubTwilioServer.ACCOUNT_SID);
				// Boot's RestClient.Builder with the factory Boot builds for it, then Twilio's
				assertThat(customizer ? context.getBean(JdkBuilds.class).builds : singletonBuilds).hasSize(2);
			});
	}

	/**
	 * Boot applies a customizer only to the builder of the HTTP client it names, so one
	 * for Apache HttpClient changes nothing of the JDK client that Boot picks here.
	 */
	@Test
	void customizerOfAnotherHttpClientLeavesTheBuiltInTransport() {
		assertThat(bootFactoriesBuilt(new Class<?>[] { ApacheCustomizerConfiguration.class })).isZero();
	}

	private int bootFactoriesBuilt(String... properties) {
		return bootFactoriesBuilt(new Class<?>[0], properties);
	}

	/**
	 * Fetch the account with Boot's RestClient and JDK HTTP client support, as Boot sets
	 * them up without an HTTP client library, and count the request factories built.
	 */
	private int bootFactoriesBuilt(Class<?>[] configurations, String... properties) {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID + "\"}"));
		List<Integer> built = new ArrayList<>();
		this.contextRunner
			.withClassLoader(WITHOUT_HTTP_CLIENT_LIBRARIES)
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withUserConfiguration(RecordingJdkConfiguration.class)
			.withUserConfiguration(configurations)
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context.getBean(ClientHttpRequestFactoryBuilder.class))
					.isInstanceOf(JdkClientHttpRequestFactoryBuilder.class);
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid())
					.isEqualTo(StubTwilioServer.ACCOUNT_SID);
				built.add(context.getBean(JdkBuilds.class).builds.size());
			});
		return built.get(0);
	}

	/**
	 * Twilio sees the library's User-Agent alone: Jetty's client adds one of its own to
	 * each request, beside the one that the client sets, unless told not to.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "jdk", "jetty", "reactor", "http-components" })
	void requestCarriesOneUserAgentWithBootsHttpClients(String factory) {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.takeRequest().headers().get("user-agent")).singleElement()
					.asString()
					.startsWith("twilio-spring-boot/");
			});
	}

	/**
	 * Zero timeouts mean none, which the JDK's, Jetty's and Reactor Netty's clients do
	 * not take from Boot's settings as zero: they refuse it, or time every call out.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "jdk", "jetty", "reactor", "http-components" })
	void zeroTimeoutsMeanNoneWithBootsHttpClients(String factory) {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "twilio.connect-timeout=0",
					"twilio.read-timeout=0")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
					.isEqualTo(Account.Status.ACTIVE);
			});
	}

	/**
	 * A zero timeout left out of Boot's settings is no "none": the library applies its
	 * own default, such as Apache HttpClient's three minutes for connecting and for each
	 * read.
	 */
	@Test
	void zeroTimeoutsReachApacheHttpClientAsNoneRatherThanItsDefaults() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withUserConfiguration(RecordingHttpComponentsConfiguration.class)
			.withPropertyValues("twilio.connect-timeout=0", "twilio.read-timeout=0")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
					.isEqualTo(Account.Status.ACTIVE);
				List<HttpClientSettings> settings = context.getBean(RecordingHttpComponentsConfiguration.class).settings;
				// Boot builds one for its own RestClient.Builder too, which follows redirects
				assertThat(settings).filteredOn((applied) -> applied.redirects() == HttpRedirects.DONT_FOLLOW)
					.singleElement()
					.satisfies((applied) -> {
						assertThat(applied.connectTimeout()).isGreaterThan(Duration.ofDays(1));
						assertThat(applied.readTimeout()).isGreaterThan(Duration.ofDays(1));
					});
			});
	}

	@Test
	void asksForBootsHttpClientSupportWhenTwilioTransportNamesItWithoutIt() {
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader("org.springframework.boot.restclient", "org.springframework.boot.http.client"))
			.withPropertyValues("twilio.transport=spring-boot")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("no Spring Boot HTTP client support"));
	}

	/**
	 * An SSL bundle for Boot's HTTP clients, such as one that trusts a corporate proxy's
	 * CA, is read by nothing without Boot's HTTP client support: the client says so at
	 * startup rather than fail every call's TLS handshake without a hint.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void warnsThatAnSslBundleIsUnusedWithoutBootsHttpClientSupport(CapturedOutput output) {
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader("org.springframework.boot.restclient", "org.springframework.boot.http.client"))
			.withPropertyValues("spring.http.clients.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(TwilioClient.class);
				assertThat(output).contains("spring.http.clients.ssl.bundle names SSL bundle 'corporate-ca', but the "
						+ "application has no Spring Boot HTTP client support to apply it")
					.contains("Name the bundle in twilio.ssl.bundle for the client to apply it, or add "
							+ "spring-boot-starter-restclient");
			});
	}

	/**
	 * Without Boot's HTTP client support the client applies twilio.ssl.bundle: a warning
	 * that it sends with the JVM's TLS settings, and to name a bundle in that property,
	 * would be false.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void saysNothingOfBootsSslBundleWithoutBootsHttpClientSupportWhenTwilioSslBundleApplies(CapturedOutput output,
			@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader("org.springframework.boot.restclient", "org.springframework.boot.http.client"))
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues("spring.ssl.bundle.jks.corporate-ca.truststore.location=" + keyStore.toUri(),
					"spring.ssl.bundle.jks.corporate-ca.truststore.password=" + SelfSignedKeyStores.PASSWORD,
					"spring.ssl.bundle.jks.corporate-ca.truststore.type=PKCS12",
					"spring.http.clients.ssl.bundle=corporate-ca", "twilio.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(TwilioClient.class);
				assertThat(output).doesNotContain("names SSL bundle");
			});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void saysNothingOfAnSslBundleThatBootsHttpClientSupportApplies(CapturedOutput output, @TempDir Path directory)
			throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		this.contextRunner.withClassLoader(WITHOUT_HTTP_CLIENT_LIBRARIES)
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
			.withPropertyValues("spring.ssl.bundle.jks.corporate-ca.truststore.location=" + keyStore.toUri(),
					"spring.ssl.bundle.jks.corporate-ca.truststore.password=" + SelfSignedKeyStores.PASSWORD,
					"spring.ssl.bundle.jks.corporate-ca.truststore.type=PKCS12",
					"spring.http.clients.ssl.bundle=corporate-ca")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("twilioHttpClientSettingsCustomizer");
				assertThat(output).doesNotContain("names SSL bundle");
			});
	}

	/**
	 * The built-in transport connects wherever an address resolves to, so an address
	 * filter, which Boot's HTTP client settings have from Spring Boot 4.1 on, asks for
	 * Boot's transport.
	 */
	@Test
	void addressFilterInBootsHttpClientSettingsAsksForBootsTransport() {
		HttpClientSettings defaults = HttpClientSettings.defaults();
		assertThat(TwilioAutoConfiguration.TwilioHttpClientConfiguration.useBootTransport(
				TwilioProperties.Transport.AUTO, ClientHttpRequestFactoryBuilder.jdk(), false, defaults,
				new StandardEnvironment()))
			.isFalse();
		assertThat(TwilioAutoConfiguration.TwilioHttpClientConfiguration.useBootTransport(
				TwilioProperties.Transport.AUTO, ClientHttpRequestFactoryBuilder.jdk(), false,
				defaults.withInetAddressFilter(InetAddressFilter.externalAddresses()), new StandardEnvironment()))
			.isTrue();
	}

	/**
	 * A filtered class loader still lets classes from the test class path see the hidden
	 * types, so only an application on a class path that lacks the jars shows that no
	 * always-loaded class refers to them.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void applicationStartsAndCallsTwilioWhenBootHttpClientJarsAreAbsent() throws Exception {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
				+ "\", \"status\": \"active\", \"type\": \"Full\"}"));
		Thread thread = Thread.currentThread();
		ClassLoader contextClassLoader = thread.getContextClassLoader();
		try (URLClassLoader classLoader = classPathWithout("spring-boot-restclient", "spring-boot-http-client")) {
			assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(
					() -> classLoader.loadClass("org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder"));
			thread.setContextClassLoader(classLoader);
			Function<String, String> application = (Function<String, String>) classLoader
				.loadClass(IsolatedApplication.class.getName())
				.getDeclaredConstructor()
				.newInstance();
			assertThat(application.apply(this.server.baseUrl().toString())).isEqualTo("ACTIVE");
		}
		finally {
			thread.setContextClassLoader(contextClassLoader);
		}
		assertThat(this.server.takeRequest().basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
	}

	private static URLClassLoader classPathWithout(String... artifacts) {
		List<URL> urls = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			String name = Path.of(entry).getFileName().toString();
			if (Arrays.stream(artifacts).noneMatch((artifact) -> name.startsWith(artifact + "-"))) {
				urls.add(toUrl(entry));
			}
		}
		assertThat(urls).hasSizeGreaterThan(10);
		return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
	}

	private static URL toUrl(String entry) {
		try {
			return Path.of(entry).toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class BootHttpClientConfiguration {

		final List<HttpClientSettings> settings = new ArrayList<>();

		@Bean
		RestClientCustomizer headerCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

		@Bean
		ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> recordingRequestFactoryBuilder() {
			return (settings) -> {
				this.settings.add(settings);
				return ClientHttpRequestFactoryBuilder.jdk().build(settings);
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnTransportCustomizerConfiguration {

		@Bean
		TwilioClientCustomizer twilioHttpClientSettingsCustomizer() {
			return (builder) -> builder.builtInTransport().userAgentExtension("own-transport");
		}

	}

	/**
	 * Boot's Apache HttpClient request factory builder, recording the settings it builds
	 * a factory with.
	 */
	@Configuration(proxyBeanMethods = false)
	static class RecordingHttpComponentsConfiguration {

		final List<HttpClientSettings> settings = new ArrayList<>();

		@Bean
		ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> recordingRequestFactoryBuilder() {
			return (settings) -> {
				this.settings.add(settings);
				return ClientHttpRequestFactoryBuilder.httpComponents().build(settings);
			};
		}

	}

	/**
	 * Boot's JDK request factory builder, as Boot picks it without an HTTP client library,
	 * recording when it builds a factory.
	 */
	@Configuration(proxyBeanMethods = false)
	static class RecordingJdkConfiguration {

		@Bean
		RestClientCustomizer headerCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

		@Bean
		static JdkBuilds jdkBuilds() {
			return new JdkBuilds();
		}

	}

	/**
	 * Records the factories that JDK request factory builders build, Boot's own bean
	 * left defined by Boot.
	 */
	static class JdkBuilds implements BeanPostProcessor {

		final List<ClientHttpRequestFactory> builds = new ArrayList<>();

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return (bean instanceof JdkClientHttpRequestFactoryBuilder jdk) ? jdk.withCustomizer(this.builds::add)
					: bean;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JdkCustomizerConfiguration {

		@Bean
		ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> jdkExecutor() {
			return (builder) -> builder.withHttpClientCustomizer((client) -> client.executor(Runnable::run));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UntypedCustomizerConfiguration {

		@Bean
		@SuppressWarnings("rawtypes")
		ClientHttpRequestFactoryBuilderCustomizer anyBuilder() {
			return (builder) -> builder;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JdkBuilderConfiguration {

		@Bean
		ClientHttpRequestFactoryBuilder<?> applicationsJdkBuilder() {
			return ClientHttpRequestFactoryBuilder.jdk();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ApacheCustomizerConfiguration {

		@Bean
		ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> apachePool() {
			return (builder) -> builder;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRestClientBuilderConfiguration {

		@Bean
		RestClient.Builder ownRestClientBuilder() {
			return RestClient.builder().defaultHeader("X-Own-Builder", "applied");
		}

	}

	/**
	 * Starts with every auto-configuration on its class path and fetches the account.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	public static class IsolatedApplication implements Function<String, String> {

		@Override
		public String apply(String baseUrl) {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IsolatedApplication.class)
				.web(WebApplicationType.NONE)
				.properties("spring.main.banner-mode=off")
				// Arguments, not default properties: those would give way to TWILIO_* variables
				.run("--twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
						"--twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "--twilio.base-url=" + baseUrl)) {
				Account.Status status = context.getBean(TwilioClient.class).accounts().fetch().status();
				return (status != null) ? status.name() : "none";
			}
		}

	}

}
