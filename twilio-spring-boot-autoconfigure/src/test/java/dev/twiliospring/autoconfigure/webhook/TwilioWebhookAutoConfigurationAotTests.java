package dev.twiliospring.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.function.ThrowingConsumer;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} processed ahead of time, as for a
 * native image or {@code -Dspring.aot.enabled=true}, then started from the generated
 * code with the properties the application has at run time. The conditions on the
 * webhook properties were evaluated at build time; the properties themselves are read
 * when the application starts.
 */
@CompileWithForkedClassLoader
class TwilioWebhookAutoConfigurationAotTests {

	private static final String STATUS_CALLBACK_PATH = "twilio.webhook.status-callback.path";

	/**
	 * One test per build, since compiling the generated code is what takes the time.
	 */
	@Test
	void contextProcessedWithDefaultsFollowsTheWebhookPropertiesItRunsWith() {
		processAheadOfTime(Map.of(STATUS_CALLBACK_PATH, "/twilio/status"), (initializer) -> {
			try (GenericApplicationContext context = start(initializer, Map.of("twilio.auth-token",
					WebhookRequests.AUTH_TOKEN, STATUS_CALLBACK_PATH, "/twilio/status"))) {
				assertThat(statusCallbackRoute(context, "/twilio/status")).isPresent();
			}
			// Deduplication switched on where the application runs
			try (GenericApplicationContext context = start(initializer,
					Map.of("twilio.auth-token", WebhookRequests.AUTH_TOKEN, "twilio.webhook.paths", "/hook",
							"twilio.webhook.deduplicate", "true"))) {
				AtomicInteger handled = new AtomicInteger();
				FilterChain handler = (request, response) -> response.getWriter()
					.write("<Response>" + handled.incrementAndGet() + "</Response>");
				assertThat(postTwice(filter(context), handler)).isEqualTo("<Response>1</Response>");
				assertThat(handled).hasValue(1);
			}
			// Signature validation switched off where the application runs, without a token
			try (GenericApplicationContext context = start(initializer,
					Map.of("twilio.webhook.validation.enabled", "false", "twilio.webhook.paths", "/hook"))) {
				MockHttpServletRequest unsigned = new MockHttpServletRequest("POST", "/hook");
				unsigned.setContentType("application/x-www-form-urlencoded");
				unsigned.setContent("Body=hi".getBytes(StandardCharsets.UTF_8));
				MockHttpServletResponse response = new MockHttpServletResponse();
				filter(context).doFilter(unsigned, response, (request, ignored) -> ignored.getWriter().write("ran"));
				assertThat(response.getContentAsString()).isEqualTo("ran");
			}
			// The status callback endpoint switched off where the application runs
			try (GenericApplicationContext context = start(initializer,
					Map.of("twilio.auth-token", WebhookRequests.AUTH_TOKEN, STATUS_CALLBACK_PATH, ""))) {
				assertThat(statusCallbackRoute(context, "/twilio/status")).isEmpty();
			}
		});
	}

	@Test
	void contextProcessedWithoutTheStatusCallbackEndpointOrValidationFailsWhenTheyAreSwitchedOnAtRunTime() {
		processAheadOfTime(Map.of("twilio.webhook.validation.enabled", "false"), (initializer) -> {
			assertThatException()
				.isThrownBy(() -> start(initializer,
						Map.of("twilio.auth-token", WebhookRequests.AUTH_TOKEN, STATUS_CALLBACK_PATH, "/twilio/status")))
				.havingRootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo(STATUS_CALLBACK_PATH);
					assertThat(ex).hasMessageContaining("ahead of time");
				});
			// As on the JVM: webhook endpoints, validation on, and no auth token to check them
			assertThatExceptionOfType(WebhookAuthTokenMissingException.class)
				.isThrownBy(() -> start(initializer, Map.of("twilio.webhook.paths", "/hook")));
		});
	}

	private static String postTwice(Filter filter, FilterChain handler) throws Exception {
		String body = null;
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(WebhookRequests.signedPost("http://localhost/hook", "Body", "hi")
				.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "token-1")
				.buildRequest(new MockServletContext()), response, handler);
			assertThat(response.getStatus()).isEqualTo(200);
			body = response.getContentAsString();
		}
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Optional<?> statusCallbackRoute(GenericApplicationContext context, String path) throws Exception {
		RouterFunction<ServerResponse> routes = context.getBean("twilioStatusCallbackRouterFunction",
				RouterFunction.class);
		return routes.route(ServerRequest.create(new MockHttpServletRequest("POST", path), List.of()));
	}

	private static TwilioWebhookFilter filter(GenericApplicationContext context) {
		return (TwilioWebhookFilter) context.getBean("twilioWebhookFilter", FilterRegistrationBean.class).getFilter();
	}

	/**
	 * Process the webhook auto-configuration ahead of time with the properties of the
	 * build, and hand the compiled initializer on.
	 */
	@SuppressWarnings("unchecked")
	private void processAheadOfTime(Map<String, Object> buildProperties,
			ThrowingConsumer<ApplicationContextInitializer<GenericApplicationContext>> action) {
		GenericWebApplicationContext buildContext = new GenericWebApplicationContext();
		buildContext.setEnvironment(environment(buildProperties));
		new AnnotatedBeanDefinitionReader(buildContext).register(WebhookConfiguration.class);
		TestGenerationContext generationContext = new TestGenerationContext();
		ClassName className = new ApplicationContextAotGenerator().processAheadOfTime(buildContext, generationContext);
		generationContext.writeGeneratedContent();
		TestCompiler.forSystem()
			.with(generationContext)
			.compile((compiled) -> action
				.accept(compiled.getInstance(ApplicationContextInitializer.class, className.toString())));
	}

	private static GenericApplicationContext start(
			ApplicationContextInitializer<GenericApplicationContext> initializer, Map<String, Object> properties) {
		GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext());
		context.setEnvironment(environment(properties));
		initializer.initialize(context);
		// As "java -Dspring.aot.enabled=true" runs the application
		System.setProperty(AotDetector.AOT_ENABLED, "true");
		try {
			context.refresh();
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
		}
		finally {
			System.clearProperty(AotDetector.AOT_ENABLED);
		}
		return context;
	}

	/**
	 * An environment in which Twilio's variables of the machine running the tests are
	 * blank.
	 */
	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		TestEnvironments.isolate(environment);
		environment.getPropertySources().addFirst(new MapPropertySource("test", new LinkedHashMap<>(properties)));
		return environment;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(TwilioWebhookAutoConfiguration.class)
	static class WebhookConfiguration {

	}

}
