package dev.twiliospring.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.twiliospring.autoconfigure.actuate.TwilioInfoContributorAutoConfiguration;
import dev.twiliospring.autoconfigure.health.TwilioHealthContributorAutoConfiguration;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.health.TwilioInfoContributor;

import org.springframework.aot.AotDetector;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link TwilioAutoConfiguration} and the auto-configurations that build on
 * it, processed ahead of time as for a native image, then started from the generated
 * code.
 */
@CompileWithForkedClassLoader
class TwilioAutoConfigurationAotTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	/**
	 * One test for both outcomes, since compiling the generated code is what takes the
	 * time.
	 */
	@Test
	void contextProcessedWithoutAnAccountUsesTheAccountItRunsWithOrFailsSayingWhatToSet() {
		processAheadOfTime((initializer) -> {
			try (GenericApplicationContext context = start(initializer,
					Map.of("twilio.account-sid", ACCOUNT_SID, "twilio.auth-token", "runtime-token"))) {
				assertThat(context.getBean(TwilioClient.class).accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(context.getBeansOfType(TwilioInfoContributor.class)).hasSize(1);
				assertThat(context.containsBean("twilioHealthContributor")).isTrue();
				assertThat(context.getBeanNamesForType(TwilioConnectionDetails.class))
					.containsExactly("twilioConnectionDetails");
			}
			// As "java -Dspring.aot.enabled=true" runs the application
			System.setProperty(AotDetector.AOT_ENABLED, "true");
			try {
				assertThatException()
					.isThrownBy(() -> start(initializer, Map.of("twilio.auth-token", "runtime-token")))
					.havingRootCause()
					.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
						assertThat(ex).hasMessage("No Twilio account SID is configured");
						assertThat(ex.getAction()).contains("TWILIO_ACCOUNT_SID")
							.contains("only receives webhooks and was processed ahead of time excludes "
									+ TwilioAutoConfiguration.class.getName());
					});
			}
			finally {
				System.clearProperty(AotDetector.AOT_ENABLED);
			}
		});
	}

	/**
	 * Code generated ahead of time names no factory method in a bean definition: Boot's
	 * RestClient.Builder was taken for an application's own, and built an HTTP client at
	 * startup that the built-in transport throws away.
	 */
	@Test
	void builtInTransportLeavesBootsRestClientBuilderUnbuiltWhenProcessedAheadOfTime() {
		processAheadOfTime(TwilioWithRestClientConfiguration.class, (initializer) -> {
			try (GenericApplicationContext context = start(initializer, Map.of("twilio.account-sid", ACCOUNT_SID,
					"twilio.auth-token", "runtime-token", "twilio.transport", "built-in"))) {
				assertThat(context.getBean(TwilioClient.class).accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(context.getBean(CreatedBeans.class).names).doesNotContain("restClientBuilder");
			}
		});
	}

	/**
	 * Process the auto-configurations ahead of time in an environment without any
	 * account, as a build server has, and hand the compiled initializer on.
	 */
	@SuppressWarnings("unchecked")
	private void processAheadOfTime(Consumer<ApplicationContextInitializer<GenericApplicationContext>> action) {
		processAheadOfTime(TwilioConfiguration.class, action);
	}

	private void processAheadOfTime(Class<?> configuration,
			Consumer<ApplicationContextInitializer<GenericApplicationContext>> action) {
		AnnotationConfigApplicationContext buildContext = new AnnotationConfigApplicationContext();
		buildContext.setEnvironment(environment(Map.of()));
		buildContext.register(configuration);
		TestGenerationContext generationContext = new TestGenerationContext();
		ClassName className;
		// Set by Spring's AOT processors, which this test stands in for
		System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
		try {
			className = new ApplicationContextAotGenerator().processAheadOfTime(buildContext, generationContext);
		}
		finally {
			System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
		}
		generationContext.writeGeneratedContent();
		TestCompiler.forSystem()
			.with(generationContext)
			.compile((compiled) -> action
				.accept(compiled.getInstance(ApplicationContextInitializer.class, className.toString())));
	}

	private GenericApplicationContext start(ApplicationContextInitializer<GenericApplicationContext> initializer,
			Map<String, Object> properties) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment(properties));
		initializer.initialize(context);
		try {
			context.refresh();
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
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
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TwilioAutoConfiguration.class, TwilioHealthContributorAutoConfiguration.class,
			TwilioInfoContributorAutoConfiguration.class })
	static class TwilioConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
			RestClientAutoConfiguration.class, TwilioAutoConfiguration.class })
	static class TwilioWithRestClientConfiguration {

		@Bean
		static CreatedBeans createdBeans() {
			return new CreatedBeans();
		}

	}

	static class CreatedBeans implements BeanPostProcessor {

		final List<String> names = new CopyOnWriteArrayList<>();

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			this.names.add(beanName);
			return bean;
		}

	}

}
