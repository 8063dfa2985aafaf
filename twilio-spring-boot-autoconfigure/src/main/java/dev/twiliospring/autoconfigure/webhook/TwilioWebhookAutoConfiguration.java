package dev.twiliospring.autoconfigure.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.autoconfigure.PropertiesTwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioProperties;
import dev.twiliospring.autoconfigure.TwilioPropertiesConfiguration;
import dev.twiliospring.webhook.DefaultWebhookUrlResolver;
import dev.twiliospring.webhook.InMemoryWebhookDeduplicationStore;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioStatusCallbackHandler;
import dev.twiliospring.webhook.TwilioWebhookArgumentResolver;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import dev.twiliospring.webhook.TwilioWebhookHandlerMapping;
import dev.twiliospring.webhook.TwilioWebhookObservationConvention;
import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;
import dev.twiliospring.webhook.TwilioWebhookWebMvcConfigurer;
import dev.twiliospring.webhook.TwimlHttpMessageConverter;
import dev.twiliospring.webhook.WebhookDeduplicationStore;
import dev.twiliospring.webhook.WebhookSignatureValidatorResolver;
import dev.twiliospring.webhook.WebhookUrlResolver;
import io.micrometer.observation.ObservationRegistry;
import org.apache.catalina.startup.Tomcat;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.server.Server;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.annotation.RegisterReflection;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Auto-configuration for inbound Twilio webhooks in servlet web applications: the
 * signature filter, payload arguments, TwiML responses, retry deduplication and the
 * status callback endpoint.
 * <p>
 * Webhooks are signed with the account's auth token, so this needs the auth token even
 * when REST calls use an API key, and nothing else: the REST client is not required.
 * Startup fails with a {@link WebhookAuthTokenMissingException} only when the
 * application actually has webhook endpoints (handlers annotated with
 * {@code @TwilioWebhook}, {@code twilio.webhook.paths} or
 * {@code twilio.webhook.status-callback.path}) and signature validation is on but no auth
 * token is configured and no {@link WebhookSignatureValidatorResolver} is defined. A
 * reactive web application with handlers annotated with
 * {@code @TwilioWebhook} fails to start instead
 * ({@link TwilioWebhookReactiveAutoConfiguration}).
 *
 * @since 1.0.0
 */
@AutoConfiguration(afterName = "dev.twiliospring.autoconfigure.TwilioAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@Conditional(WebhookPropertyConditions.OnWebhookEnabled.class)
@Import(TwilioPropertiesConfiguration.class)
public final class TwilioWebhookAutoConfiguration {

	private static final Log logger = LogFactory.getLog(TwilioWebhookAutoConfiguration.class);

	private static final String STATUS_CALLBACK_PATH = "twilio.webhook.status-callback.path";

	private static final String DISPATCHER_SERVLET_PATH = "org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath";

	@Bean
	@ConditionalOnMissingBean
	WebhookUrlResolver twilioWebhookUrlResolver(TwilioProperties properties) {
		return valid("twilio.webhook.public-url", "an absolute http or https URL, such as https://example.ngrok.app",
				() -> new DefaultWebhookUrlResolver(properties.getWebhook().getPublicUrl()));
	}

	@Bean
	@ConditionalOnMissingBean
	TwilioWebhookRequestMatcher twilioWebhookRequestMatcher(TwilioProperties properties,
			ObjectProvider<HandlerMapping> handlerMappings, ListableBeanFactory beanFactory) {
		TwilioProperties.Webhook webhook = properties.getWebhook();
		List<String> paths = new ArrayList<>(webhook.getPaths());
		paths.forEach((path) -> validPath("twilio.webhook.paths", path));
		String statusCallbackPath = webhook.getStatusCallback().getPath();
		if (StringUtils.hasText(statusCallbackPath)) {
			validPath(STATUS_CALLBACK_PATH, statusCallbackPath);
			if (AotDetector.useGeneratedArtifacts()
					&& !beanFactory.containsBeanDefinition(StatusCallbackConfiguration.class.getName())) {
				throw new InvalidTwilioConfigurationException(STATUS_CALLBACK_PATH, null, STATUS_CALLBACK_PATH
						+ " is set, but the application was processed ahead of time without it, so it has no "
						+ "status callback endpoint",
						"Set " + STATUS_CALLBACK_PATH + " where the application is processed ahead of time too, "
								+ "such as in application.properties, or remove it.");
			}
			// The status callback endpoint is a route of the dispatcher servlet, whose path
			// may have a prefix; the matcher's patterns are relative to the context path
			paths.add(ClassUtils.isPresent(DISPATCHER_SERVLET_PATH, TwilioWebhookAutoConfiguration.class.getClassLoader())
					? DispatcherServletPaths.relativePath(beanFactory, statusCallbackPath) : statusCallbackPath);
		}
		return new TwilioWebhookRequestMatcher(() -> handlerMappings.orderedStream().toList(), paths);
	}

	@Bean
	@ConditionalOnMissingBean
	TwilioWebhookHandlerMapping twilioWebhookHandlerMapping() {
		return new TwilioWebhookHandlerMapping();
	}

	@Bean
	@ConditionalOnMissingBean
	TwilioWebhookArgumentResolver twilioWebhookArgumentResolver() {
		return new TwilioWebhookArgumentResolver();
	}

	@Bean
	@ConditionalOnMissingBean
	TwilioWebhookWebMvcConfigurer twilioWebhookWebMvcConfigurer(
			TwilioWebhookArgumentResolver twilioWebhookArgumentResolver,
			ObjectProvider<TwilioWebhookRequestMatcher> twilioWebhookRequestMatcher) {
		return new TwilioWebhookWebMvcConfigurer(twilioWebhookArgumentResolver,
				twilioWebhookRequestMatcher.getIfUnique());
	}

	@Bean
	@ConditionalOnMissingBean
	TwimlHttpMessageConverter twimlHttpMessageConverter() {
		return new TwimlHttpMessageConverter();
	}

	/**
	 * Check that a path pattern parses, naming the property when it does not.
	 */
	private static PathPattern validPath(String property, String path) {
		return valid(property, "path patterns such as /twilio/** or /twilio/{event}",
				() -> PathPatternParser.defaultInstance.parse(path));
	}

	/**
	 * Apply a setting, naming the property when its value is refused.
	 */
	private static <T> T valid(String property, String expected, Supplier<T> setting) {
		return InvalidTwilioConfigurationException.applySetting(property, null, expected, setting);
	}

	private static @Nullable TwilioSignatureValidator signatureValidator(TwilioProperties properties,
			Environment environment, ObjectProvider<TwilioConnectionDetails> connectionDetails,
			ObjectProvider<TwilioSignatureValidator> signatureValidator) {
		TwilioSignatureValidator userDefined = signatureValidator.getIfAvailable();
		if (userDefined != null) {
			return userDefined;
		}
		TwilioConnectionDetails details = connectionDetails
			.getIfAvailable(() -> new PropertiesTwilioConnectionDetails(properties, environment));
		List<String> authTokens = new ArrayList<>();
		String authToken = details.getAuthToken();
		if (StringUtils.hasText(authToken)) {
			authTokens.add(authToken.trim());
		}
		List<String> additional = properties.getWebhook().getAdditionalAuthTokens();
		for (int i = 0; i < additional.size(); i++) {
			String token = additional.get(i);
			if (StringUtils.hasText(token)) {
				// A placeholder kept as text would be a key that anyone can sign with
				String property = "twilio.webhook.additional-auth-tokens[" + i + "]";
				InvalidTwilioConfigurationException.requireResolved(property, null, token);
				String trimmed = token.trim();
				InvalidTwilioConfigurationException.requirePlainAscii(property, null, trimmed);
				authTokens.add(trimmed);
			}
		}
		return authTokens.isEmpty() ? null : new TwilioSignatureValidator(authTokens);
	}

	/**
	 * The signature filter and the startup check of its auth token, which both give way
	 * to a filter the application defines.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingFilterBean(TwilioWebhookFilter.class)
	static class WebhookFilterConfiguration {

		@Bean
		FilterRegistrationBean<TwilioWebhookFilter> twilioWebhookFilter(TwilioProperties properties,
				Environment environment, ObjectProvider<TwilioConnectionDetails> connectionDetails,
				ObjectProvider<TwilioSignatureValidator> signatureValidator,
				ObjectProvider<WebhookSignatureValidatorResolver> signatureValidatorResolver,
				TwilioWebhookRequestMatcher twilioWebhookRequestMatcher, WebhookUrlResolver twilioWebhookUrlResolver,
				ObjectProvider<WebhookDeduplicationStore> deduplicationStore,
				ObjectProvider<ObservationRegistry> observationRegistry,
				ObjectProvider<TwilioWebhookObservationConvention> observationConvention) {
			TwilioProperties.Webhook webhook = properties.getWebhook();
			TwilioWebhookFilter filter = new TwilioWebhookFilter(twilioWebhookRequestMatcher, twilioWebhookUrlResolver,
					signatureValidator(properties, environment, connectionDetails, signatureValidator));
			filter.setSignatureValidatorResolver(signatureValidatorResolver.getIfAvailable());
			filter.setValidationEnabled(webhook.getValidation().isEnabled());
			if (!webhook.getValidation().isEnabled()) {
				logger.warn("Twilio webhook signature validation is switched off (twilio.webhook.validation.enabled="
						+ "false): anyone who knows a webhook URL can send forged requests to it.");
			}
			valid("twilio.webhook.max-body-size", "a size greater than zero, such as 64KB", () -> {
				filter.setMaxBodySize(webhook.getMaxBodySize().toBytes());
				return filter;
			});
			if (webhook.isDeduplicate()) {
				// The store's configuration is left out when the application was processed
				// ahead of time without deduplication
				filter.setDeduplicationStore(deduplicationStore.getIfAvailable(() -> inMemoryStore(properties)));
				valid("twilio.webhook.deduplication-ttl", "a duration greater than zero, such as 10m", () -> {
					filter.setDeduplicationTtl(webhook.getDeduplicationTtl());
					return filter;
				});
			}
			observationRegistry.ifAvailable(filter::setObservationRegistry);
			filter.setObservationConvention(observationConvention.getIfAvailable());
			FilterRegistrationBean<TwilioWebhookFilter> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(TwilioWebhookFilter.DEFAULT_ORDER);
			return registration;
		}

		// Not conditional on validation, which is read here, at startup, so that an
		// application processed ahead of time follows the switch it runs with
		@Bean
		WebhookAuthTokenVerifier twilioWebhookAuthTokenVerifier(TwilioProperties properties, Environment environment,
				ObjectProvider<TwilioConnectionDetails> connectionDetails,
				ObjectProvider<TwilioSignatureValidator> signatureValidator,
				ObjectProvider<WebhookSignatureValidatorResolver> signatureValidatorResolver,
				TwilioWebhookRequestMatcher twilioWebhookRequestMatcher) {
			boolean authTokenNeeded = properties.getWebhook().getValidation().isEnabled();
			boolean authTokenAvailable = !authTokenNeeded || signatureValidatorResolver.getIfAvailable() != null
					|| signatureValidator(properties, environment, connectionDetails, signatureValidator) != null;
			return new WebhookAuthTokenVerifier(authTokenAvailable, twilioWebhookRequestMatcher);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(WebhookPropertyConditions.OnDeduplication.class)
	static class DeduplicationConfiguration {

		@Bean
		@ConditionalOnMissingBean(WebhookDeduplicationStore.class)
		InMemoryWebhookDeduplicationStore twilioWebhookDeduplicationStore(TwilioProperties properties) {
			return inMemoryStore(properties);
		}

	}

	private static InMemoryWebhookDeduplicationStore inMemoryStore(TwilioProperties properties) {
		return valid("twilio.webhook.deduplication-capacity", "1 or more",
				() -> new InMemoryWebhookDeduplicationStore(properties.getWebhook().getDeduplicationCapacity()));
	}

	/**
	 * Reads Spring Boot's {@link DispatcherServletPath}, when its class is present.
	 */
	private static final class DispatcherServletPaths {

		static String relativePath(ListableBeanFactory beanFactory, String path) {
			DispatcherServletPath servletPath = beanFactory.getBeanProvider(DispatcherServletPath.class).getIfAvailable();
			return (servletPath != null) ? servletPath.getRelativePath(path) : path;
		}

	}

	/**
	 * Problem details for the errors embedded Tomcat answers itself, such as a URL longer
	 * than the server accepts, which never reach the signature filter. Tomcat creates its
	 * host's error report valve from the class name, by reflection, also in a native
	 * image.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Tomcat.class, TomcatServletWebServerFactory.class })
	@Conditional(WebhookPropertyConditions.OnContainerErrorsAsProblemDetails.class)
	@RegisterReflection(classes = ProblemDetailErrorReportValve.class,
			memberCategories = MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)
	static class TomcatContainerErrorsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "twilioProblemDetailErrorReportValveCustomizer")
		ProblemDetailErrorReportValveCustomizer twilioProblemDetailErrorReportValveCustomizer() {
			return new ProblemDetailErrorReportValveCustomizer();
		}

	}

	/**
	 * Problem details for the errors embedded Jetty answers itself, such as a URL longer
	 * than the server accepts, which never reach the signature filter.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Server.class, JettyServletWebServerFactory.class })
	@Conditional(WebhookPropertyConditions.OnContainerErrorsAsProblemDetails.class)
	static class JettyContainerErrorsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "twilioProblemDetailErrorHandlerCustomizer")
		ProblemDetailErrorHandlerCustomizer twilioProblemDetailErrorHandlerCustomizer() {
			return new ProblemDetailErrorHandlerCustomizer();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnStatusCallbackPathCondition.class)
	static class StatusCallbackConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TwilioStatusCallbackHandler twilioStatusCallbackHandler(ApplicationEventPublisher eventPublisher) {
			return new TwilioStatusCallbackHandler(eventPublisher);
		}

		@Bean
		@ConditionalOnMissingBean(name = "twilioStatusCallbackRouterFunction")
		RouterFunction<ServerResponse> twilioStatusCallbackRouterFunction(TwilioProperties properties,
				TwilioStatusCallbackHandler twilioStatusCallbackHandler) {
			String path = statusCallbackPath(properties);
			if (path == null) {
				return (request) -> Optional.empty();
			}
			return RouterFunctions.route()
				.GET(path, twilioStatusCallbackHandler)
				.POST(path, twilioStatusCallbackHandler)
				.build();
		}

		@Bean
		StatusCallbackPathVerifier twilioStatusCallbackPathVerifier(TwilioProperties properties,
				ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings) {
			String path = statusCallbackPath(properties);
			// Without a path there is no endpoint whose requests a mapping could lose
			return new StatusCallbackPathVerifier((path != null) ? path : "",
					(path != null) ? () -> handlerMappings.orderedStream().toList() : List::of);
		}

		/**
		 * Return the endpoint's path, which is also the URL given to Twilio for status
		 * callbacks, so a single literal path rather than a pattern; {@code null} when it
		 * is blank, which the condition saw otherwise only when the application was
		 * processed ahead of time.
		 */
		private static @Nullable String statusCallbackPath(TwilioProperties properties) {
			String path = properties.getWebhook().getStatusCallback().getPath();
			if (!StringUtils.hasText(path)) {
				return null;
			}
			PathPattern pattern = validPath(STATUS_CALLBACK_PATH, path);
			if (pattern.hasPatternSyntax()) {
				throw new InvalidTwilioConfigurationException(STATUS_CALLBACK_PATH, null,
						STATUS_CALLBACK_PATH + " " + path + " is a pattern, but it is the one URL path that Twilio "
								+ "posts status callbacks to",
						"Set it to a literal path, such as /twilio/status.");
			}
			return path;
		}

	}

	/**
	 * Matches when {@code twilio.webhook.status-callback.path} has text: a blank value, such
	 * as an unset placeholder, leaves the endpoint off, as it does for the request matcher.
	 */
	static final class OnStatusCallbackPathCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Twilio status callback path");
			return StringUtils.hasText(context.getEnvironment().getProperty(STATUS_CALLBACK_PATH))
					? ConditionOutcome.match(message.found("property").items(STATUS_CALLBACK_PATH))
					: ConditionOutcome.noMatch(message.didNotFind("property with text").items(STATUS_CALLBACK_PATH));
		}

	}

}
