package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.HierarchicalBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.SingletonBeanRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JettyClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.SimpleClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.log.LogMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the {@link TwilioClient}. The client is built on Spring Boot's
 * {@code RestClient.Builder} when the application has {@code spring-boot-restclient}. It
 * sends with its built-in HTTP/1.1 transport unless Boot's HTTP client support
 * ({@code spring-boot-http-client}) is configured or chosen with {@code twilio.transport};
 * nothing here needs either module.
 *
 * @since 1.0.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@ConditionalOnClass({ TwilioClient.class, RestClient.class })
@Import(TwilioPropertiesConfiguration.class)
public final class TwilioAutoConfiguration {

	private static final Log logger = LogFactory.getLog(TwilioAutoConfiguration.class);

	private static final String HTTP_CLIENT_CUSTOMIZER = "twilioHttpClientSettingsCustomizer";

	private static final String[] SSL_BUNDLE_PROPERTIES = { "spring.http.clients.ssl.bundle",
			"spring.http.client.ssl.bundle" };

	private static final String MOCK_SERVER_CUSTOMIZER = "org.springframework.boot.restclient.test."
			+ "MockServerRestClientCustomizer";

	private static final String REST_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.restclient.autoconfigure."
			+ "RestClientAutoConfiguration";

	@Bean
	@ConditionalOnMissingBean(TwilioConnectionDetails.class)
	PropertiesTwilioConnectionDetails twilioConnectionDetails(TwilioProperties properties, Environment environment) {
		return new PropertiesTwilioConnectionDetails(properties, environment);
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnTwilioAccountCondition.class)
	static class TwilioClientConfiguration {

		/**
		 * Make the client a lazy bean in a test with Spring Boot's
		 * {@code MockRestServiceServer}, which stands for the one builder it is bound to:
		 * a client that no bean of the test uses, such as in a {@code @RestClientTest} of
		 * another API, would otherwise bind the mock to a second builder, and the mock
		 * refuse every expectation.
		 * @return the post-processor
		 */
		@Bean
		static BeanFactoryPostProcessor twilioClientMockServerPostProcessor() {
			return (beanFactory) -> {
				Class<?> mockServerCustomizer = mockServerCustomizer(beanFactory);
				if (beanFactory.containsBeanDefinition("twilioClient") && mockServerCustomizer != null
						&& beanFactory.getBeanNamesForType(mockServerCustomizer, true, false).length > 0) {
					BeanDefinition definition = beanFactory.getBeanDefinition("twilioClient");
					if (TwilioClientConfiguration.class.getName().equals(definition.getFactoryBeanName())) {
						definition.setLazyInit(true);
					}
				}
			};
		}

		@Bean
		@ConditionalOnMissingBean
		TwilioClient twilioClient(TwilioProperties properties, TwilioConnectionDetails connectionDetails,
				ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<TwilioClientListener> listeners,
				ObjectProvider<TwilioClientCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
				ConfigurableListableBeanFactory beanFactory, Environment environment) {
			TwilioCredentialsValidator.validate(connectionDetails);
			if (properties.getTransport() == TwilioProperties.Transport.SPRING_BOOT
					&& !beanFactory.containsBean(HTTP_CLIENT_CUSTOMIZER)) {
				throw new InvalidTwilioConfigurationException("twilio.transport", null,
						"twilio.transport is spring-boot, but the application has no Spring Boot HTTP client support",
						"Add spring-boot-starter-restclient (or spring-boot-http-client) to the application, or set "
								+ "twilio.transport to auto or built-in.");
			}
			TwilioClient.Builder builder = TwilioClient.builder();
			RestClient.Builder restClient;
			if (!usesBootTransport(beanFactory) && isBootsRestClientBuilder(beanFactory)) {
				// Boot's builder comes with an HTTP client built at once, which the built-in
				// transport replaces: a JDK HttpClient with a thread of its own, and the JVM's
				// TLS context set up at startup. Its customizers are all that it adds besides
				restClient = BootRestClientCustomizers.applyTo(RestClient.builder(), beanFactory);
			}
			else {
				restClient = restClientBuilder.getIfAvailable();
			}
			builder.restClientBuilder(restClient);
			// A test's MockRestServiceServer, bound by Boot's RestClientCustomizer, is the
			// builder's request factory: any transport set here would replace it
			boolean mockServer = restClient != null && bindsMockServer(beanFactory, restClient);
			if (mockServer) {
				logger.debug("Twilio client sends through the MockRestServiceServer of the test");
			}
			else if (!beanFactory.containsBean(HTTP_CLIENT_CUSTOMIZER)) {
				// Nothing else picks the transport: an application's own RestClient.Builder
				// would otherwise send with its default request factory, without the timeouts
				builder.builtInTransport();
				warnOfUnusedSslBundle(properties, environment);
			}
			applyConnectionDetails(connectionDetails, builder);
			TwilioProperties.Retry retry = properties.getRetry();
			String duration = "a duration of zero or more, such as 10s";
			apply("twilio.max-retries", null, "0 (no retries) or more",
					() -> builder.maxRetries(properties.getMaxRetries()));
			apply("twilio.retry.initial-backoff", null, duration,
					() -> builder.initialBackoff(retry.getInitialBackoff()));
			apply("twilio.retry.max-backoff", null, duration, () -> builder.maxBackoff(retry.getMaxBackoff()));
			apply("twilio.retry.max-retry-after", null, duration,
					() -> builder.maxRetryAfter(retry.getMaxRetryAfter()));
			apply("twilio.retry.deadline", null, duration, () -> builder.retryDeadline(retry.getDeadline()));
			apply("twilio.connect-timeout", null, duration,
					() -> builder.connectTimeout(properties.getConnectTimeout()));
			apply("twilio.read-timeout", null, duration, () -> builder.readTimeout(properties.getReadTimeout()));
			apply("twilio.max-response-size", null, "a size greater than zero, such as 64MB",
					() -> builder.maxResponseSize(properties.getMaxResponseSize().toBytes()));
			applyProxy(properties.getProxy(), builder);
			SslBundle sslBundle = TwilioSslBundle.resolve(properties, sslBundles);
			if (sslBundle != null) {
				// Boot's transport, if it sends, is built with the bundle instead
				TwilioSslBundle.applyTo(sslBundle, TwilioSslBundle.PROPERTY, builder);
			}
			builder.propagateTraceContext(properties.isPropagateTraceContext());
			listeners.orderedStream().forEach(builder::listener);
			customizers.orderedStream()
				.filter((customizer) -> !(mockServer && customizer instanceof TransportCustomizer))
				.forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

		/**
		 * Return the class of Spring Boot's customizer that binds a test's
		 * {@code MockRestServiceServer} to {@code RestClient.Builder}s, or {@code null}
		 * outside tests, where Boot's test support is not on the class path.
		 */
		private static @Nullable Class<?> mockServerCustomizer(ConfigurableListableBeanFactory beanFactory) {
			ClassLoader classLoader = beanFactory.getBeanClassLoader();
			return ClassUtils.isPresent(MOCK_SERVER_CUSTOMIZER, classLoader)
					? ClassUtils.resolveClassName(MOCK_SERVER_CUSTOMIZER, classLoader) : null;
		}

		/**
		 * Whether Spring Boot's customizer of a test has bound its
		 * {@code MockRestServiceServer} to the given builder, as it does to every
		 * {@code RestClient.Builder} it customizes; an application's own builder that
		 * Boot's customizers were not applied to has no mock.
		 */
		private static boolean bindsMockServer(ConfigurableListableBeanFactory beanFactory,
				RestClient.Builder restClient) {
			Class<?> type = mockServerCustomizer(beanFactory);
			Method servers = (type != null) ? ReflectionUtils.findMethod(type, "getServers") : null;
			if (type == null || servers == null) {
				return false;
			}
			for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
				if (ReflectionUtils.invokeMethod(servers, beanFactory.getBean(name)) instanceof Map<?, ?> bound
						&& bound.containsKey(restClient)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Warn of an SSL bundle for Boot's HTTP clients, such as one that trusts a
		 * corporate proxy's CA, when nothing can apply it: without Boot's HTTP client
		 * support the property is read by no one, and every call to Twilio would fail its
		 * TLS handshake with no hint why. Not when the client applies twilio.ssl.bundle.
		 */
		private static void warnOfUnusedSslBundle(TwilioProperties properties, Environment environment) {
			if (StringUtils.hasText(properties.getSsl().getBundle())) {
				return;
			}
			for (String property : SSL_BUNDLE_PROPERTIES) {
				String bundle = environment.getProperty(property);
				if (StringUtils.hasText(bundle)) {
					logger.warn(LogMessage.format("%s names SSL bundle '%s', but the application has no Spring Boot "
							+ "HTTP client support to apply it: the Twilio client sends with its built-in transport "
							+ "and the JVM's TLS settings. Name the bundle in twilio.ssl.bundle for the client to apply "
							+ "it, or add spring-boot-starter-restclient",
							property, bundle));
					return;
				}
			}
		}

		private static boolean usesBootTransport(ConfigurableListableBeanFactory beanFactory) {
			return beanFactory.containsBean(HTTP_CLIENT_CUSTOMIZER)
					&& !(beanFactory.getBean(HTTP_CLIENT_CUSTOMIZER) instanceof TransportCustomizer transport
							&& !transport.usesBootTransport());
		}

		/**
		 * Whether the application's {@code RestClient.Builder} is the one Spring Boot's
		 * RestClient auto-configuration defines, made by its own configurer: its request
		 * factory and then the {@code RestClientCustomizer} beans.
		 */
		private static boolean isBootsRestClientBuilder(ConfigurableListableBeanFactory beanFactory) {
			String[] names = beanFactory.getBeanNamesForType(RestClient.Builder.class, true, false);
			return names.length == 1 && isDefinedByBoot(beanFactory, names[0], "restClientBuilder")
					&& isDefinedByBoot(beanFactory, "restClientBuilderConfigurer", "restClientBuilderConfigurer");
		}

		private static boolean isDefinedByBoot(ConfigurableListableBeanFactory beanFactory, String name,
				String factoryMethod) {
			if (!beanFactory.containsBeanDefinition(name)) {
				return false;
			}
			BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
			// Code generated ahead of time names the factory method only by its instance supplier
			Method resolved = (definition instanceof RootBeanDefinition root) ? root.getResolvedFactoryMethod() : null;
			String method = (resolved != null) ? resolved.getName() : definition.getFactoryMethodName();
			return REST_CLIENT_AUTO_CONFIGURATION.equals(definition.getFactoryBeanName())
					&& factoryMethod.equals(method);
		}

		private static void applyConnectionDetails(TwilioConnectionDetails details, TwilioClient.Builder builder) {
			String accountSid = details.getAccountSid();
			if (accountSid != null) {
				builder.accountSid(accountSid);
			}
			String authToken = details.getAuthToken();
			if (authToken != null) {
				builder.authToken(authToken);
			}
			String apiKeySid = details.getApiKeySid();
			String apiKeySecret = details.getApiKeySecret();
			if (apiKeySid != null && apiKeySecret != null) {
				builder.apiKey(apiKeySid, apiKeySecret);
			}
			String region = details.getRegion();
			String edge = details.getEdge();
			// The client refuses a value too long to be a region or edge without showing it,
			// before the check of which one it is names the value
			apply("twilio.region", PropertiesTwilioConnectionDetails.REGION_ENV, "a Twilio region, such as ie1",
					() -> builder.region(region));
			apply("twilio.edge", PropertiesTwilioConnectionDetails.EDGE_ENV, "a Twilio edge location, such as dublin",
					() -> builder.edge(edge));
			checkRouting(region, edge);
			URI baseUrl = details.getBaseUrl();
			if (baseUrl != null) {
				apply("twilio.base-url", null, "an http or https URL of scheme, host and port only, such as "
						+ "http://localhost:8080", () -> builder.baseUrl(baseUrl));
			}
		}

		/**
		 * Refuse a region and an edge that cannot name a Twilio host. Region ids end with a
		 * digit ({@code us1}, {@code ie1}, {@code au1}), edge locations are places that do
		 * not ({@code dublin}, {@code sydney}, {@code ashburn-ix}): one put in the other's
		 * property would start cleanly and then fail every call with an unknown host.
		 */
		private static void checkRouting(@Nullable String region, @Nullable String edge) {
			if (StringUtils.hasText(region) && !endsWithDigit(region)) {
				throw new InvalidTwilioConfigurationException("twilio.region",
						PropertiesTwilioConnectionDetails.REGION_ENV,
						"Twilio region '" + region + "' is not a region id: region ids end with a digit, such as ie1",
						"Set twilio.region (or " + PropertiesTwilioConnectionDetails.REGION_ENV
								+ ") to a Twilio region, such as us1, ie1 or au1. An edge location, such as "
								+ "dublin or sydney, belongs in twilio.edge.");
			}
			if (edge != null && endsWithDigit(edge)) {
				throw new InvalidTwilioConfigurationException("twilio.edge", PropertiesTwilioConnectionDetails.EDGE_ENV,
						"Twilio edge '" + edge + "' is a region id, not an edge location",
						"Set twilio.edge (or " + PropertiesTwilioConnectionDetails.EDGE_ENV
								+ ") to a Twilio edge location, such as dublin or sydney. A region, such as ie1, "
								+ "belongs in twilio.region.");
			}
		}

		private static boolean endsWithDigit(String value) {
			String trimmed = value.trim();
			char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
			return last >= '0' && last <= '9';
		}

		/**
		 * Give the built-in transport the proxy and its credentials, never showing the
		 * password in a message.
		 */
		private static void applyProxy(TwilioProperties.Proxy proxy, TwilioClient.Builder builder) {
			String host = proxy.getHost();
			if (StringUtils.hasText(host)) {
				Integer port = proxy.getPort();
				if (port == null) {
					throw new InvalidTwilioConfigurationException("twilio.proxy.port", null,
							"twilio.proxy.host is set without twilio.proxy.port",
							"Set twilio.proxy.port to the proxy's port, such as 3128.");
				}
				apply("twilio.proxy.port", null, "the proxy's port, from 1 to 65535", () -> builder.proxy(host, port));
			}
			else if (proxy.getPort() != null) {
				// A port alone would be ignored, and the calls go direct or to the JVM's proxy
				throw new InvalidTwilioConfigurationException("twilio.proxy.port", null,
						"twilio.proxy.port is set without twilio.proxy.host",
						"Set twilio.proxy.host to the proxy's host name, or remove twilio.proxy.port to use the "
								+ "proxy that the JVM's proxy settings choose, if any.");
			}
			String password = proxy.getPassword();
			if (password != null) {
				InvalidTwilioConfigurationException.requireResolved("twilio.proxy.password", null, password);
			}
			apply("twilio.proxy.username", null,
					"a user name without a colon, and twilio.proxy.password to its password",
					() -> builder.proxyCredentials(proxy.getUsername(), password));
		}

		/**
		 * Apply a setting, naming the property when the client refuses its value.
		 */
		private static void apply(String property, @Nullable String environmentVariable, String expected,
				Supplier<TwilioClient.Builder> setting) {
			InvalidTwilioConfigurationException.applySetting(property, environmentVariable, expected, setting);
		}

	}

	/**
	 * Builds the client's transport with Boot's HTTP client settings (factory choice, SSL
	 * bundle) and the Twilio timeouts, when Boot's HTTP client support is configured or
	 * chosen with {@code twilio.transport}; redirects are never followed.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpRequestFactoryBuilder.class)
	@Conditional(OnBootHttpClientSupportCondition.class)
	@ImportRuntimeHints(TwilioHttpClientRuntimeHints.class)
	static class TwilioHttpClientConfiguration {

		private static final Duration NO_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

		/**
		 * Whether Boot's HTTP client settings have an address filter, as they do from
		 * Spring Boot 4.1 on: asking 4.0's for one fails with a {@link NoSuchMethodError}.
		 */
		private static final boolean ADDRESS_FILTERS = ClassUtils.hasMethod(HttpClientSettings.class,
				"inetAddressFilter");

		private static final boolean JETTY_CLIENT = ClassUtils.isPresent("org.eclipse.jetty.client.HttpClient",
				TwilioHttpClientConfiguration.class.getClassLoader());

		/**
		 * Whether the JDK's HTTP client is there: a runtime made with jlink may leave out
		 * its module, and then no request factory can hold one.
		 */
		private static final boolean JDK_HTTP_CLIENT = ClassUtils.isPresent("java.net.http.HttpClient",
				TwilioHttpClientConfiguration.class.getClassLoader());

		/**
		 * The type of builder that {@code ClientHttpRequestFactoryBuilder.of(Supplier)}
		 * returns, which Boot keeps to itself.
		 */
		private static final Class<?> SUPPLIED_BUILDER = ClientHttpRequestFactoryBuilder
			.of(SimpleClientHttpRequestFactory::new)
			.getClass();

		private static final String[] FACTORY_PROPERTIES = { "spring.http.clients.imperative.factory",
				"spring.http.client.factory" };

		// Looked up by its name, which the application's bean of that name takes over
		@Bean(HTTP_CLIENT_CUSTOMIZER)
		@Order(Ordered.HIGHEST_PRECEDENCE)
		@ConditionalOnMissingBean(name = HTTP_CLIENT_CUSTOMIZER)
		TwilioClientCustomizer twilioHttpClientSettingsCustomizer(TwilioProperties properties,
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
				ObjectProvider<HttpClientSettings> settings, ObjectProvider<SslBundles> sslBundles,
				Environment environment, ResourceLoader resourceLoader, ConfigurableListableBeanFactory beanFactory) {
			// A reactive web application has Boot's HTTP client settings but no request
			// factory builder bean; Boot's RestClient.Builder then detects one, as here
			ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder = requestFactoryBuilders
				.getIfAvailable(() -> detectBlocking(resourceLoader.getClassLoader()));
			boolean jdkClientCustomized = jdkClientCustomized(beanFactory);
			HttpClientSettings bootSettings = settings.getIfAvailable(HttpClientSettings::defaults);
			SslBundle twilioBundle = TwilioSslBundle.resolve(properties, sslBundles);
			if (properties.getProxy().isConfigured()) {
				refuseProxyForBootTransport(properties.getTransport(), jdkClientCustomized, bootSettings, environment);
				// Boot's bundle, such as one that trusts the proxy's CA, would have chosen
				// Boot's transport, which cannot apply the proxy: the built-in one applies both
				SslBundle bootBundle = bootSettings.sslBundle();
				boolean applyBootBundle = twilioBundle == null && bootBundle != null
						&& properties.getTransport() == TwilioProperties.Transport.AUTO;
				return new TransportCustomizer(null, applyBootBundle ? bootBundle : null);
			}
			if (!useBootTransport(properties.getTransport(), requestFactoryBuilder, jdkClientCustomized, bootSettings,
					environment)) {
				return new TransportCustomizer(null, null);
			}
			HttpClientSettings base = (twilioBundle != null) ? bootSettings.withSslBundle(twilioBundle) : bootSettings;
			// Built with the timeouts the builder has in the end, customizers' included
			ClientHttpRequestFactoryBuilder<?> factoryBuilder = withoutTransportRetries(requestFactoryBuilder);
			return new TransportCustomizer((connectTimeout, readTimeout) -> build(factoryBuilder, base,
					base.withTimeouts(noneIfZero(connectTimeout), noneIfZero(readTimeout)), beans(beanFactory)), null);
		}

		/**
		 * Build the transport, which the client closes, but for what the application
		 * gave it (a request factory or an HTTP client that is a bean, which an
		 * application's builder hands on): the application's own clients may send with
		 * those, and its context closes them.
		 */
		private static ClientHttpRequestFactory build(ClientHttpRequestFactoryBuilder<?> factoryBuilder,
				HttpClientSettings base, HttpClientSettings settings, Predicate<Object> given) {
			// Twilio answers with redirects as results, such as the download link of
			// GET /v1/Deactivations, or to point a media URL at its file, and following one
			// here would send the credentials along: the client follows a download's
			// redirect itself, without them
			if (JETTY_CLIENT && factoryBuilder instanceof JettyClientHttpRequestFactoryBuilder jetty) {
				return new JettyTransport(jetty, settings.withRedirects(HttpRedirects.DONT_FOLLOW));
			}
			boolean bootBuilder = isBootBuilder(factoryBuilder);
			ClientHttpRequestFactory requestFactory = bootBuilder
					? factoryBuilder.build(settings.withRedirects(HttpRedirects.DONT_FOLLOW))
					: buildWithApplicationBuilder(factoryBuilder, base, settings, given);
			Predicate<Object> applicationGave = bootBuilder ? (candidate) -> false : given;
			// An HttpClient customizer of the application's runs after Boot set the
			// redirect policy, and an application's own builder may set none: either may
			// leave the JDK's client following redirects
			if (JDK_HTTP_CLIENT) {
				try {
					JdkRedirects.refuseFollowing(requestFactory);
				}
				catch (RuntimeException ex) {
					RequestFactoryLayers.close(requestFactory, applicationGave, ex);
					throw ex;
				}
			}
			// The client closes the request factory it sends with, but not one inside it,
			// nor one of the application's
			return RequestFactoryLayers.owned(requestFactory, applicationGave);
		}

		/**
		 * Build with a request factory builder of the application's own. One that hands
		 * the settings on to Boot's builders takes them all. One from
		 * {@code ClientHttpRequestFactoryBuilder.of(Supplier)} sets what it can on a
		 * request factory by reflection and refuses the rest: a redirect policy always, so
		 * it is asked for none, and the request factory follows redirects as its HTTP
		 * client is set up to. Jetty's client and {@code HttpURLConnection} leave the
		 * {@code Authorization} header behind on a redirect to another host, and Apache
		 * HttpClient follows none there, but the JDK's {@code HttpClient} takes it along,
		 * so one that follows redirects is refused. Nor can it set a connect timeout on
		 * the JDK's or Apache HttpClient's request factory, whose HTTP client holds it:
		 * such a request factory is built with Boot's settings alone.
		 */
		private static ClientHttpRequestFactory buildWithApplicationBuilder(ClientHttpRequestFactoryBuilder<?> builder,
				HttpClientSettings base, HttpClientSettings settings, Predicate<Object> given) {
			if (builder.getClass() == SUPPLIED_BUILDER) {
				return buildWithSupplier(builder, base, settings, given);
			}
			// Another builder is asked for all the settings first, as it may hand them on
			// to Boot's builders; a refusal that comes after it made a request factory
			// leaves that one out of reach
			ClientHttpRequestFactory requestFactory;
			try {
				requestFactory = builder.build(settings.withRedirects(HttpRedirects.DONT_FOLLOW));
			}
			catch (IllegalStateException redirectsRefused) {
				logger.debug(LogMessage.format("The application's ClientHttpRequestFactoryBuilder cannot be told not "
						+ "to follow redirects (%s): its HTTP client follows them as it is set up to",
						redirectsRefused.getMessage()));
				try {
					requestFactory = builder.build(settings.withRedirects(null));
				}
				catch (IllegalStateException timeoutsRefused) {
					// Boot's settings alone fail as Boot's own RestClient.Builder would with them
					requestFactory = builder.build(base.withRedirects(null));
					warnOfRefusedTimeouts(timeoutsRefused);
				}
			}
			return requestFactory;
		}

		/**
		 * Build with a builder from {@code ClientHttpRequestFactoryBuilder.of(Supplier)}
		 * as it is, which calls the supplier before it refuses a setting: asked for each
		 * in turn, it would run the supplier each time and drop a request factory, with
		 * its HTTP client, connections and threads, at every refusal. The supplier runs
		 * once, without settings, and Boot's builder then sets what it can on that one
		 * request factory, which is closed if it cannot be used.
		 */
		private static ClientHttpRequestFactory buildWithSupplier(ClientHttpRequestFactoryBuilder<?> builder,
				HttpClientSettings base, HttpClientSettings settings, Predicate<Object> given) {
			ClientHttpRequestFactory requestFactory = builder.build();
			ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> configurer = ClientHttpRequestFactoryBuilder
				.of(() -> requestFactory);
			logger.debug("The application's ClientHttpRequestFactoryBuilder from ClientHttpRequestFactoryBuilder.of(...) "
					+ "cannot be told not to follow redirects: its HTTP client follows them as it is set up to");
			try {
				configurer.build(settings.withRedirects(null));
			}
			catch (IllegalStateException timeoutsRefused) {
				try {
					// Boot's settings alone fail as Boot's own RestClient.Builder would with them
					configurer.build(base.withRedirects(null));
				}
				catch (RuntimeException ex) {
					RequestFactoryLayers.close(requestFactory, given, ex);
					throw ex;
				}
				warnOfRefusedTimeouts(timeoutsRefused);
			}
			return requestFactory;
		}

		/**
		 * Return whether an object is a singleton of the application's context or of a
		 * parent context, read once it is first asked, after the request factory was
		 * built: a supplier may have created the bean it returns. Spring Boot's own
		 * builders create every request factory and HTTP client they build.
		 */
		private static Predicate<Object> beans(BeanFactory beanFactory) {
			SingletonSupplier<Set<Object>> beans = SingletonSupplier.of(() -> {
				Set<Object> singletons = Collections.newSetFromMap(new IdentityHashMap<>());
				BeanFactory current = beanFactory;
				while (current != null) {
					if (current instanceof SingletonBeanRegistry registry) {
						for (String name : registry.getSingletonNames()) {
							// A bean still in creation, such as one that the client is created
							// for, would be asked for an early reference to itself
							if (current instanceof ConfigurableBeanFactory configurable
									&& configurable.isCurrentlyInCreation(name)) {
								continue;
							}
							Object singleton = registry.getSingleton(name);
							if (singleton != null) {
								singletons.add(singleton);
							}
						}
					}
					current = (current instanceof HierarchicalBeanFactory hierarchical)
							? hierarchical.getParentBeanFactory() : null;
				}
				return singletons;
			});
			return (candidate) -> beans.obtain().contains(candidate);
		}

		private static void warnOfRefusedTimeouts(IllegalStateException timeoutsRefused) {
			logger.warn(LogMessage.format("twilio.connect-timeout and twilio.read-timeout do not apply to the request "
					+ "factory of the application's ClientHttpRequestFactoryBuilder, which refuses them (%s): the "
					+ "timeouts of its HTTP client do, so set them there", timeoutsRefused.getMessage()));
		}

		/**
		 * Whether the builder is one of Spring Boot's own, which configure the HTTP
		 * client library's redirect policy as they are told.
		 */
		private static boolean isBootBuilder(ClientHttpRequestFactoryBuilder<?> builder) {
			return builder instanceof JdkClientHttpRequestFactoryBuilder
					|| builder instanceof JettyClientHttpRequestFactoryBuilder
					|| builder instanceof HttpComponentsClientHttpRequestFactoryBuilder
					|| builder instanceof ReactorClientHttpRequestFactoryBuilder
					|| builder instanceof SimpleClientHttpRequestFactoryBuilder;
		}

		/**
		 * A zero timeout means none, but Boot hands it to the HTTP client library as is,
		 * which the JDK's, Jetty's and Reactor Netty's clients refuse or take as expired
		 * at once. Leaving it out is no answer either: the library's own default applies,
		 * such as Apache HttpClient's three minutes. None is the longest timeout that
		 * every library takes (Reactor Netty's connect timeout is an int of milliseconds).
		 */
		private static Duration noneIfZero(Duration timeout) {
			return timeout.isZero() ? NO_TIMEOUT : timeout;
		}

		/**
		 * Detect the HTTP client library as Boot's {@code RestClient.Builder} does in a
		 * reactive web application, but with the JDK's client in place of Reactor Netty's,
		 * whose requests wait on a {@code Mono} and fail on an event loop thread, where the
		 * client's other transports block as any blocking call does. Reactor Netty is in
		 * most WebFlux applications because of their server, not chosen as a client.
		 */
		private static ClientHttpRequestFactoryBuilder<?> detectBlocking(@Nullable ClassLoader classLoader) {
			ClientHttpRequestFactoryBuilder<?> detected = ClientHttpRequestFactoryBuilder.detect(classLoader);
			return (detected instanceof ReactorClientHttpRequestFactoryBuilder) ? ClientHttpRequestFactoryBuilder.jdk()
					: detected;
		}

		/**
		 * Whether Boot's transport is wanted: chosen, or configured in a way the built-in
		 * transport would ignore. Boot's default pick without an HTTP client library, the
		 * JDK client with nothing configured, is what the built-in transport replaces.
		 */
		static boolean useBootTransport(TwilioProperties.Transport transport,
				ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder, boolean jdkClientCustomized,
				HttpClientSettings settings, Environment environment) {
			if (transport != TwilioProperties.Transport.AUTO) {
				return transport == TwilioProperties.Transport.SPRING_BOOT;
			}
			return !(requestFactoryBuilder instanceof JdkClientHttpRequestFactoryBuilder)
					|| bootClientConfigured(jdkClientCustomized, settings, environment);
		}

		/**
		 * Whether Boot's HTTP client is configured in a way that the built-in transport
		 * would ignore, beyond the HTTP client library that Boot finds on the class path.
		 */
		private static boolean bootClientConfigured(boolean jdkClientCustomized, HttpClientSettings settings,
				Environment environment) {
			return settings.sslBundle() != null || bootClientConfiguredBeyondSsl(jdkClientCustomized, settings, environment);
		}

		/**
		 * Whether Boot's HTTP client is configured, as {@link #bootClientConfigured} tells,
		 * in a way that the built-in transport would ignore even with Boot's SSL bundle
		 * applied.
		 */
		private static boolean bootClientConfiguredBeyondSsl(boolean jdkClientCustomized, HttpClientSettings settings,
				Environment environment) {
			if (jdkClientCustomized || (ADDRESS_FILTERS && settings.inetAddressFilter() != null)) {
				return true;
			}
			for (String property : FACTORY_PROPERTIES) {
				if (environment.containsProperty(property)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Refuse the proxy settings, which only the built-in transport applies, where Boot's
		 * transport is chosen or configured beyond an SSL bundle, which the built-in
		 * transport applies: either the proxy or Boot's configuration would be silently
		 * left out, and every call fail with a 407 or a TLS error.
		 */
		static void refuseProxyForBootTransport(TwilioProperties.Transport transport, boolean jdkClientCustomized,
				HttpClientSettings settings, Environment environment) {
			String action = "Give Spring Boot's HTTP client the proxy with a ClientHttpRequestFactoryBuilderCustomizer "
					+ "bean and remove twilio.proxy.*, or ";
			if (transport == TwilioProperties.Transport.SPRING_BOOT) {
				throw new InvalidTwilioConfigurationException("twilio.proxy.host", null,
						"twilio.proxy.* applies to the client's built-in transport only, but twilio.transport is "
								+ "spring-boot",
						action + "set twilio.transport to auto or built-in.");
			}
			if (transport == TwilioProperties.Transport.AUTO
					&& bootClientConfiguredBeyondSsl(jdkClientCustomized, settings, environment)) {
				throw new InvalidTwilioConfigurationException("twilio.proxy.host", null,
						"twilio.proxy.* applies to the client's built-in transport only, but Spring Boot's HTTP client "
								+ "is configured for the client (an address filter, "
								+ "spring.http.clients.imperative.factory, or a JDK client set up by the application), "
								+ "which the built-in transport would ignore",
						action + "set twilio.transport to built-in to send without that configuration, trusting a "
								+ "proxy's CA with an SSL bundle named in twilio.ssl.bundle or through the JVM's trust "
								+ "store (javax.net.ssl.trustStore).");
			}
		}

		/**
		 * Whether the application sets up Boot's JDK client itself, with a request factory
		 * builder bean of its own or a customizer that applies to the JDK client's
		 * builder: such as to give it a proxy, an executor or an SSL context, which the
		 * built-in transport would ignore.
		 */
		static boolean jdkClientCustomized(ConfigurableListableBeanFactory beanFactory) {
			for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class, true,
					false)) {
				// A singleton registered without a definition, such as by an initializer, has
				// no builder type to read: it may apply
				if (!beanFactory.containsBeanDefinition(name)) {
					return true;
				}
				Class<?> target = beanFactory.getMergedBeanDefinition(name)
					.getResolvableType()
					.as(ClientHttpRequestFactoryBuilderCustomizer.class)
					.getGeneric(0)
					.resolve();
				// A customizer whose builder type is unknown, such as a lambda, may apply
				if (target == null || target.isAssignableFrom(JdkClientHttpRequestFactoryBuilder.class)) {
					return true;
				}
			}
			for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, true, false)) {
				// Spring Boot's own builder bean, defined by its auto-configuration, is no setup
				if (!beanFactory.containsBeanDefinition(name)) {
					return true;
				}
				String factoryBean = beanFactory.getMergedBeanDefinition(name).getFactoryBeanName();
				if (factoryBean == null || !factoryBean.startsWith("org.springframework.boot.")) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Apache HttpClient re-executes 429 and 503 answers on its own by default. The
		 * Twilio client retries itself (with its idempotency token, deadline and
		 * metrics), so transport retries would multiply attempts and hide them.
		 */
		private static ClientHttpRequestFactoryBuilder<?> withoutTransportRetries(
				ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder) {
			if (requestFactoryBuilder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
				return HttpComponentsRetries.disable(httpComponents);
			}
			return requestFactoryBuilder;
		}

	}

	/**
	 * Matches when the application has Boot's HTTP client support: a request factory
	 * builder, or the HTTP client settings alone, which is what a reactive web
	 * application has.
	 */
	static final class OnBootHttpClientSupportCondition extends AnyNestedCondition {

		OnBootHttpClientSupportCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(ClientHttpRequestFactoryBuilder.class)
		static class RequestFactoryBuilder {

		}

		@ConditionalOnBean(HttpClientSettings.class)
		static class Settings {

		}

	}

	/**
	 * Has the client send with Boot's HTTP client, or with its built-in transport, as
	 * decided at startup, and with Boot's SSL bundle where the built-in transport applies
	 * it.
	 */
	static final class TransportCustomizer implements TwilioClientCustomizer {

		private final @Nullable BiFunction<Duration, Duration, ClientHttpRequestFactory> bootTransport;

		private final @Nullable SslBundle builtInSslBundle;

		TransportCustomizer(@Nullable BiFunction<Duration, Duration, ClientHttpRequestFactory> bootTransport,
				@Nullable SslBundle builtInSslBundle) {
			this.bootTransport = bootTransport;
			this.builtInSslBundle = builtInSslBundle;
		}

		boolean usesBootTransport() {
			return this.bootTransport != null;
		}

		@Override
		public void customize(TwilioClient.Builder builder) {
			if (this.bootTransport != null) {
				builder.requestFactoryWithTimeouts(this.bootTransport);
			}
			else {
				builder.builtInTransport();
				if (this.builtInSslBundle != null) {
					TwilioSslBundle.applyTo(this.builtInSslBundle, SSL_BUNDLE_PROPERTIES[0], builder);
				}
			}
		}

	}

	/**
	 * Keeps Boot's RestClient types out of the configuration class, which loads without
	 * them.
	 */
	private static final class BootRestClientCustomizers {

		static RestClient.Builder applyTo(RestClient.Builder builder, ConfigurableListableBeanFactory beanFactory) {
			beanFactory.getBeanProvider(RestClientCustomizer.class)
				.orderedStream()
				.forEach((customizer) -> customizer.customize(builder));
			return builder;
		}

	}

	/**
	 * Boot's transport with Jetty's client, which stops the client that Boot creates for
	 * it when the Twilio client closes it: Spring's request factory stops only a client it
	 * created itself, so every closed context left one running, with its connections and
	 * threads. It also keeps Jetty's own User-Agent off the client's requests, which
	 * carried it beside the library's. A class of its own keeps Jetty types out of the
	 * configuration class, which loads without them.
	 */
	private static final class JettyTransport implements ClientHttpRequestFactory, DisposableBean {

		private final List<LifeCycle> clients = new ArrayList<>(1);

		private final ClientHttpRequestFactory requestFactory;

		@SuppressWarnings({ "rawtypes", "unchecked" })
		JettyTransport(JettyClientHttpRequestFactoryBuilder builder, HttpClientSettings settings) {
			// Typed raw: the customizer's parameter is Jetty's HttpClient, a LifeCycle
			Consumer capture = (client) -> {
				((org.eclipse.jetty.client.HttpClient) client).setUserAgentField(null);
				this.clients.add((LifeCycle) client);
			};
			this.requestFactory = builder.withHttpClientCustomizer(capture).build(settings);
		}

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
			return this.requestFactory.createRequest(uri, httpMethod);
		}

		@Override
		public void destroy() throws Exception {
			if (this.requestFactory instanceof DisposableBean disposable) {
				disposable.destroy();
			}
			for (LifeCycle client : this.clients) {
				client.stop();
			}
		}

	}

	/**
	 * Keeps Apache HttpClient types out of the configuration class, which loads without
	 * them.
	 */
	private static final class HttpComponentsRetries {

		static ClientHttpRequestFactoryBuilder<?> disable(HttpComponentsClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer((httpClient) -> httpClient.disableAutomaticRetries());
		}

	}

}
