package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.webhook.DefaultWebhookUrlResolver;
import dev.twiliospring.webhook.InMemoryWebhookDeduplicationStore;
import dev.twiliospring.webhook.TestTwiml;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioStatusCallbackHandler;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookArgumentResolver;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import dev.twiliospring.webhook.TwilioWebhookHandlerMapping;
import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;
import dev.twiliospring.webhook.TwilioWebhookWebMvcConfigurer;
import dev.twiliospring.webhook.TwimlHttpMessageConverter;
import dev.twiliospring.webhook.WebhookDeduplicationStore;
import dev.twiliospring.webhook.WebhookUrlResolver;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.server.Server;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.mockMvc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withInitializer(TestEnvironments::isolate);

	@Test
	void registersWebhookSupport() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(WebhookUrlResolver.class);
			assertThat(context).hasSingleBean(TwilioWebhookRequestMatcher.class);
			assertThat(context).hasSingleBean(TwilioWebhookArgumentResolver.class);
			assertThat(context).hasSingleBean(TwilioWebhookWebMvcConfigurer.class);
			assertThat(context).hasSingleBean(TwilioWebhookHandlerMapping.class);
			assertThat(context.getBean(TwilioWebhookHandlerMapping.class).getOrder())
				.isEqualTo(Ordered.HIGHEST_PRECEDENCE);
			assertThat(context).hasSingleBean(TwimlHttpMessageConverter.class);
			assertThat(context).doesNotHaveBean(WebhookDeduplicationStore.class);
			assertThat(context).doesNotHaveBean(TwilioStatusCallbackHandler.class);
			FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(TwilioWebhookFilter.class);
			assertThat(registration.getOrder()).isEqualTo(TwilioWebhookFilter.DEFAULT_ORDER);
		});
	}

	@Test
	void usesPublicUrl() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.public-url=https://x.example")
			.run((context) -> assertThat(context.getBean(WebhookUrlResolver.class)).hasToString(
					new DefaultWebhookUrlResolver(URI.create("https://x.example")).toString()));
	}

	@Test
	void usesPublicUrlWithHostBeyondAscii() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.public-url=https://bücher.example")
			.run((context) -> assertThat(context.getBean(WebhookUrlResolver.class))
				.hasToString("DefaultWebhookUrlResolver[publicUrl=https://xn--bcher-kva.example]"));
	}

	@Test
	void failsOnInvalidPublicUrl() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.public-url=x.example/hooks")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("must be an absolute http or https URL"));
	}

	@Test
	void backsOffFromUserDefinedBeans() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.deduplicate=true",
				"twilio.webhook.status-callback.path=/status")
			.withUserConfiguration(UserBeansConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(WebhookUrlResolver.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).urlResolver);
				assertThat(context).getBean(TwilioWebhookRequestMatcher.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).requestMatcher);
				assertThat(context).getBean(TwilioWebhookArgumentResolver.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).argumentResolver);
				assertThat(context).getBean(TwilioWebhookWebMvcConfigurer.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).webMvcConfigurer);
				assertThat(context).getBean(TwimlHttpMessageConverter.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).converter);
				assertThat(context).getBean(TwilioWebhookHandlerMapping.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).handlerMapping);
				assertThat(context).getBean(WebhookDeduplicationStore.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).deduplicationStore);
				assertThat(context).getBean(TwilioStatusCallbackHandler.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).statusCallbackHandler);
				assertThat(context).getBean("twilioStatusCallbackRouterFunction")
					.isSameAs(context.getBean(UserBeansConfiguration.class).router);
				assertThat(context).getBeans(FilterRegistrationBean.class)
					.containsOnlyKeys("userWebhookFilter");
			});
	}

	@Test
	void usesUserDefinedSignatureValidator() {
		this.contextRunner.withUserConfiguration(UserValidatorConfiguration.class, WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MockMvc mvc = mockMvc(context);
				String url = "http://localhost/hook";
				mvc.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.header(TwilioSignatureValidator.SIGNATURE_HEADER,
							TwilioSignatureValidator.computeSignature("user-token", url)))
					.andExpect(status().isOk());
			});
	}

	@Test
	void registersDeduplicationStoreWhenEnabled() {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.deduplicate=true",
					"twilio.webhook.deduplication-capacity=7")
			.run((context) -> assertThat(context).getBean(WebhookDeduplicationStore.class)
				.isInstanceOf(InMemoryWebhookDeduplicationStore.class)
				.hasToString("InMemoryWebhookDeduplicationStore[capacity=7, maxBytes=67108864, maxClaimHold=PT10M]"));
	}

	@Test
	void registersStatusCallbackEndpointWhenPathIsSet() {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/status")
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioStatusCallbackHandler.class);
				assertThat(context).hasBean("twilioStatusCallbackRouterFunction");
				assertThat(context.getBean(TwilioWebhookRequestMatcher.class).toString()).contains("/twilio/status");
			});
	}

	/**
	 * A {@code .properties} file keeps the spaces that trail a value, which nobody sees in
	 * an editor: they are not part of the URL path Twilio posts to.
	 */
	@Test
	void statusCallbackEndpointIgnoresSpacesThatTrailItsPathInAPropertiesFile() {
		this.contextRunner.withInitializer((context) -> addPropertiesFile(context,
				"twilio.auth-token=" + WebhookRequests.AUTH_TOKEN + "\ntwilio.webhook.status-callback.path=/twilio/status  \n"))
			.run((context) -> mockMvc(context)
				.perform(WebhookRequests.signedPost("http://localhost/twilio/status", "MessageSid",
						"SM00000000000000000000000000000000", "MessageStatus", "delivered"))
				.andExpect(status().isNoContent()));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(TwilioWebhookRequestMatcher.class);
				assertThat(context).doesNotHaveBean(TwimlHttpMessageConverter.class);
				assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			});
	}

	/**
	 * Switching webhook support off removes the signature filter, but not the promise of
	 * {@code @TwilioWebhook}: its handlers stay closed to unchecked requests.
	 */
	@Test
	void keepsAnnotatedHandlersClosedWhenDisabled() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=false")
			.withUserConfiguration(WebhookControllerConfiguration.class, PlainControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("twilioWebhookHandlerGuard");
				MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
				mvc.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("Body=forged"))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.reason").value("not-verified"));
				mvc.perform(post(URI.create("http://localhost/plain"))).andExpect(status().isOk());
			});
	}

	/**
	 * The properties bind {@code 0}, {@code off} and {@code no} as false. A property
	 * condition, which knows only {@code false}, would leave such a value matching
	 * neither the webhook configuration nor the guard, and handlers open to forged
	 * requests.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "0", "off", "no", "FALSE" })
	void keepsAnnotatedHandlersClosedWhenDisabledWithAnyValueThatBindsToFalse(String value) {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=" + value)
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("twilioWebhookHandlerGuard");
				assertThat(context).doesNotHaveBean(TwilioWebhookRequestMatcher.class);
				MockMvcBuilders.webAppContextSetup(context)
					.build()
					.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content("Body=forged"))
					.andExpect(status().isForbidden());
			});
	}

	/**
	 * The conditions evaluation report ({@code --debug}, the {@code conditions}
	 * endpoint) says of each webhook switch whether it is set and what it binds to.
	 */
	@Test
	void conditionsReportSaysWhetherEachWebhookSwitchIsSetAndWhatItBindsTo() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token").run((context) -> {
			assertThat(conditionMessages(context, TwilioWebhookAutoConfiguration.class))
				.contains("Twilio webhook property twilio.webhook.enabled is not set, and defaults to true");
			assertThat(conditionMessages(context, TwilioWebhookAutoConfiguration.DeduplicationConfiguration.class))
				.containsExactly("Twilio webhook property twilio.webhook.deduplicate is not set, and defaults to false");
		});
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=off")
			.run((context) -> assertThat(conditionMessages(context, TwilioWebhookAutoConfiguration.class))
				.contains("Twilio webhook property twilio.webhook.enabled binds to false"));
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.deduplicate=yes")
			.run((context) -> assertThat(
					conditionMessages(context, TwilioWebhookAutoConfiguration.DeduplicationConfiguration.class))
				.containsExactly("Twilio webhook property twilio.webhook.deduplicate binds to true"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "on", "yes", "TRUE" })
	void checksSignaturesWhenEnabledWithAnyValueThatBindsToTrue(String value) {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=" + value)
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean("twilioWebhookHandlerGuard");
				assertThat(context.getBean(FilterRegistrationBean.class).getFilter())
					.isInstanceOf(TwilioWebhookFilter.class);
				mockMvc(context)
					.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content("Body=forged"))
					.andExpect(status().isForbidden());
			});
	}

	/**
	 * A value that binds to no boolean fails startup in the binding of the properties,
	 * naming the property, rather than switching anything off.
	 */
	@Test
	void failsOnEnabledValueThatIsNoBoolean() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=maybe")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("twilio.webhook.enabled")
				.hasStackTraceContaining("maybe"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "off", "no" })
	void startsWithoutAuthTokenWhenValidationIsDisabledWithAnyValueThatBindsToFalse(String value) {
		this.contextRunner.withPropertyValues("twilio.webhook.validation.enabled=" + value)
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				mockMvc(context)
					.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content("Body=unsigned"))
					.andExpect(status().isOk());
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "on", "yes" })
	void failsWithoutAuthTokenWhenValidationIsEnabledWithAnyValueThatBindsToTrue(String value) {
		this.contextRunner.withPropertyValues("twilio.webhook.validation.enabled=" + value)
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> assertThat(context).getFailure().isInstanceOf(WebhookAuthTokenMissingException.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "off", "no" })
	void backsOffFromContainerErrorCustomizerWhenSwitchedOffWithAnyValueThatBindsToFalse(String value) {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.container-errors-as-problem-details=" + value)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ProblemDetailErrorReportValveCustomizer.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "on", "yes" })
	void registersContainerErrorCustomizerWithAnyValueThatBindsToTrue(String value) {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.container-errors-as-problem-details=" + value)
			.run((context) -> assertThat(context).hasSingleBean(ProblemDetailErrorReportValveCustomizer.class));
	}

	/**
	 * An additional token whose placeholder nothing resolves is kept as text by the
	 * binder: taken as a key, it would let anyone who reads the configuration sign
	 * webhooks.
	 */
	@Test
	void refusesAdditionalAuthTokenThatIsAnUnresolvedPlaceholder() {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token",
					"twilio.webhook.additional-auth-tokens=previous-token,${TWILIO_PREVIOUS_AUTH_TOKEN}")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("twilio.webhook.additional-auth-tokens[1]");
					assertThat(ex).hasMessage("twilio.webhook.additional-auth-tokens[1] is set to the placeholder "
							+ "${TWILIO_PREVIOUS_AUTH_TOKEN}, which nothing resolves");
					assertThat(ex.getAction()).contains("${TWILIO_PREVIOUS_AUTH_TOKEN:}")
						.doesNotContain("previous-token");
				}));
	}

	@Test
	void acceptsSignaturesOfAdditionalAuthTokens() {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.additional-auth-tokens= previous-token ,")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> {
				String url = "http://localhost/hook";
				mockMvc(context)
					.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.header(TwilioSignatureValidator.SIGNATURE_HEADER,
								TwilioSignatureValidator.computeSignature("previous-token", url)))
					.andExpect(status().isOk());
			});
	}

	@Test
	void guardOfDisabledWebhookSupportLetsRequestsThatTheApplicationsFilterCheckedThrough() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=false")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> MockMvcBuilders.webAppContextSetup(context)
				.addFilters((request, response, chain) -> {
					request.setAttribute(TwilioWebhookFilter.VERIFIED_ATTRIBUTE, Boolean.TRUE);
					chain.doFilter(request, response);
				})
				.build()
				.perform(post(URI.create("http://localhost/text")))
				.andExpect(status().isOk())
				.andExpect(content().string("text")));
	}

	@Test
	void guardOfDisabledWebhookSupportIsAbsentWhileWebhookSupportIsOn() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("twilioWebhookHandlerGuard"));
	}

	@Test
	void registersProblemDetailErrorReportValveCustomizerForTomcat() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.run((context) -> assertThat(context).hasSingleBean(ProblemDetailErrorReportValveCustomizer.class));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("containerErrorCustomizers")
	void backsOffFromContainerErrorCustomizerWhenSwitchedOff(Class<?> type, String name) {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.container-errors-as-problem-details=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioWebhookRequestMatcher.class);
				assertThat(context).doesNotHaveBean(type);
			});
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("containerErrorCustomizers")
	void backsOffFromContainerErrorCustomizerWhenWebhooksAreDisabled(Class<?> type, String name) {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(type));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("containerErrorCustomizers")
	void backsOffFromContainerErrorCustomizerWhenUserDefinesBeanOfTheSameName(Class<?> type, String name) {
		WebServerFactoryCustomizer<?> userCustomizer = (factory) -> {
		};
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withBean(name, WebServerFactoryCustomizer.class, () -> userCustomizer)
			.run((context) -> {
				assertThat(context.getBean(name)).isSameAs(userCustomizer);
				assertThat(context).doesNotHaveBean(type);
			});
	}

	static Stream<Arguments> containerErrorCustomizers() {
		return Stream.of(
				Arguments.of(ProblemDetailErrorReportValveCustomizer.class,
						"twilioProblemDetailErrorReportValveCustomizer"),
				Arguments.of(ProblemDetailErrorHandlerCustomizer.class, "twilioProblemDetailErrorHandlerCustomizer"));
	}

	@Test
	void backsOffFromProblemDetailErrorReportValveWithoutTomcat() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withClassLoader(new FilteredClassLoader(Tomcat.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioWebhookRequestMatcher.class);
				assertThat(context).doesNotHaveBean(ProblemDetailErrorReportValveCustomizer.class);
			});
	}

	@Test
	void registersProblemDetailErrorHandlerCustomizerForJetty() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.run((context) -> assertThat(context).hasSingleBean(ProblemDetailErrorHandlerCustomizer.class));
	}

	@Test
	void registersOnlyProblemDetailErrorHandlerCustomizerWithJettyAlone() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withClassLoader(new FilteredClassLoader(Tomcat.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(ProblemDetailErrorHandlerCustomizer.class);
				assertThat(context).doesNotHaveBean(ProblemDetailErrorReportValveCustomizer.class);
			});
	}

	@Test
	void registersOnlyProblemDetailErrorReportValveCustomizerWithTomcatAlone() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withClassLoader(new FilteredClassLoader(Server.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(ProblemDetailErrorReportValveCustomizer.class);
				assertThat(context).doesNotHaveBean(ProblemDetailErrorHandlerCustomizer.class);
			});
	}

	@Test
	void backsOffFromProblemDetailErrorHandlerWithoutSpringBootJetty() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withClassLoader(new FilteredClassLoader(JettyServletWebServerFactory.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioWebhookRequestMatcher.class);
				assertThat(context).doesNotHaveBean(ProblemDetailErrorHandlerCustomizer.class);
			});
	}

	@Test
	void backsOffInNonWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=token")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(TwilioWebhookRequestMatcher.class);
				assertThat(context).doesNotHaveBean(TwimlHttpMessageConverter.class);
				assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			});
	}

	@Test
	void backsOffWithoutSpringMvc() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioWebhookRequestMatcher.class));
	}

	@Test
	void failsWithoutAuthTokenWhenAnnotatedHandlersExist() {
		this.contextRunner.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(WebhookAuthTokenMissingException.class)
				.hasMessageContaining("twilio.auth-token")
				.hasMessageContaining("TWILIO_AUTH_TOKEN"));
	}

	@Test
	void failsWithoutAuthTokenWhenPathsAreConfigured() {
		this.contextRunner.withPropertyValues("twilio.webhook.paths=/twilio/**")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(WebhookAuthTokenMissingException.class));
	}

	@Test
	void failsWithoutAuthTokenWhenStatusCallbackEndpointIsEnabled() {
		this.contextRunner.withPropertyValues("twilio.webhook.status-callback.path=/twilio/status")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(WebhookAuthTokenMissingException.class));
	}

	@Test
	void startsWithoutAuthTokenWhenThereAreNoWebhookEndpoints() {
		this.contextRunner.withPropertyValues("twilio.account-sid=AC123", "twilio.api-key.sid=SK123",
				"twilio.api-key.secret=secret")
			.withUserConfiguration(PlainControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(TwilioWebhookRequestMatcher.class);
			});
	}

	@Test
	void startsWithoutAuthTokenWhenValidationIsDisabled() {
		this.contextRunner.withPropertyValues("twilio.webhook.validation.enabled=false")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void readsAuthTokenFromEnvironmentVariable() {
		this.contextRunner.withPropertyValues("TWILIO_AUTH_TOKEN=env-token")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String url = "http://localhost/hook";
				mockMvc(context)
					.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.header(TwilioSignatureValidator.SIGNATURE_HEADER,
								TwilioSignatureValidator.computeSignature("env-token", url)))
					.andExpect(status().isOk());
			});
	}

	@Test
	void readsAuthTokenFromConnectionDetails() {
		this.contextRunner
			.withUserConfiguration(ConnectionDetailsConfiguration.class, WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String url = "http://localhost/hook";
				mockMvc(context)
					.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.header(TwilioSignatureValidator.SIGNATURE_HEADER,
								TwilioSignatureValidator.computeSignature("details-token", url)))
					.andExpect(status().isOk());
			});
	}

	@Test
	void warnsAndAcceptsUnsignedRequestsWhenValidationIsDisabled(CapturedOutput output) {
		this.contextRunner.withPropertyValues("twilio.webhook.validation.enabled=false")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> {
				assertThat(output).contains("WARN").contains("Twilio webhook signature validation is switched off");
				mockMvc(context)
					.perform(post(URI.create("http://localhost/hook"))
						.contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content("Body=unsigned"))
					.andExpect(status().isOk())
					.andExpect(content().string("hook:unsigned"));
				mockMvc(context)
					.perform(post(URI.create("http://localhost/hook"))
						.contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content("Body=%zz"))
					.andExpect(status().isBadRequest());
			});
	}

	@Test
	void doesNotWarnWhenValidationIsEnabled(CapturedOutput output) {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.run((context) -> assertThat(output).doesNotContain("signature validation is switched off"));
	}

	@Test
	void neverLogsAuthTokens(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=very-secret-token",
					"twilio.webhook.additional-auth-tokens=other-secret-token")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> mockMvc(context)
				.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("Body=forged")
					.header(TwilioSignatureValidator.SIGNATURE_HEADER, "forged"))
				.andExpect(status().isForbidden()));
		assertThat(output).contains("Rejected Twilio webhook POST http://localhost/hook")
			.doesNotContain("very-secret-token")
			.doesNotContain("other-secret-token");
	}

	@Test
	void refusesAnnotatedHandlerReachedWithoutFilter() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> MockMvcBuilders.webAppContextSetup(context)
				.build()
				.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("Body=hi"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("not-verified")));
	}

	@Test
	void reportsBodyConsumedByEarlierFilter(CapturedOutput output) {
		this.contextRunner.withPropertyValues("twilio.auth-token=token")
			.withUserConfiguration(WebhookControllerConfiguration.class)
			.run((context) -> MockMvcBuilders.webAppContextSetup(context)
				.addFilters((request, response, chain) -> {
					request.getInputStream().readAllBytes();
					chain.doFilter(request, response);
				}, context.getBean(FilterRegistrationBean.class).getFilter())
				.build()
				.perform(post(URI.create("http://localhost/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("Body=hi"))
				.andExpect(status().isInternalServerError())
				.andExpect(jsonPath("$.reason").value("body-consumed")));
		// The log says what to change in the application
		assertThat(output).contains("The request body was read before the signature could be checked")
			.contains("order it after TwilioWebhookFilter.DEFAULT_ORDER");
	}

	@Test
	void failureAnalyzerExplainsWhatToSet() {
		FailureAnalysis analysis = new WebhookAuthTokenMissingFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", new WebhookAuthTokenMissingException()));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("@TwilioWebhook").contains("API key");
		assertThat(analysis.getAction()).contains("twilio.auth-token")
			.contains("TWILIO_AUTH_TOKEN")
			.contains("twilio.webhook.validation.enabled=false");
	}

	@Test
	void failureAnalyzerIsRegistered() throws Exception {
		assertThat(new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes()))
			.contains("org.springframework.boot.diagnostics.FailureAnalyzer")
			.contains(WebhookAuthTokenMissingFailureAnalyzer.class.getName());
	}

	private static void addPropertiesFile(ConfigurableApplicationContext context, String content) {
		try {
			new PropertiesPropertySourceLoader()
				.load("application.properties", new ByteArrayResource(content.getBytes(StandardCharsets.ISO_8859_1)))
				.forEach(context.getEnvironment().getPropertySources()::addFirst);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> conditionMessages(AssertableWebApplicationContext context, Class<?> source) {
		List<String> messages = new ArrayList<>();
		ConditionEvaluationReport.get(context.getBeanFactory())
			.getConditionAndOutcomesBySource()
			.get(source.getName())
			.forEach((conditionAndOutcome) -> messages.add(conditionAndOutcome.getOutcome().getMessage()));
		return messages;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeansConfiguration {

		final WebhookUrlResolver urlResolver = (request) -> "https://user.example" + request.getRequestURI();

		final TwilioWebhookRequestMatcher requestMatcher = new TwilioWebhookRequestMatcher(java.util.List::of,
				java.util.List.of());

		final TwilioWebhookArgumentResolver argumentResolver = new TwilioWebhookArgumentResolver();

		final TwilioWebhookWebMvcConfigurer webMvcConfigurer = new TwilioWebhookWebMvcConfigurer(
				this.argumentResolver);

		final TwimlHttpMessageConverter converter = new TwimlHttpMessageConverter();

		final TwilioWebhookHandlerMapping handlerMapping = new TwilioWebhookHandlerMapping();

		final WebhookDeduplicationStore deduplicationStore = new InMemoryWebhookDeduplicationStore(1);

		final TwilioStatusCallbackHandler statusCallbackHandler = new TwilioStatusCallbackHandler((event) -> {
		});

		final RouterFunction<ServerResponse> router = RouterFunctions.route()
			.POST("/status", (request) -> ServerResponse.ok().build())
			.build();

		@Bean
		WebhookUrlResolver userUrlResolver() {
			return this.urlResolver;
		}

		@Bean
		TwilioWebhookRequestMatcher userRequestMatcher() {
			return this.requestMatcher;
		}

		@Bean
		TwilioWebhookArgumentResolver userArgumentResolver() {
			return this.argumentResolver;
		}

		@Bean
		TwilioWebhookWebMvcConfigurer userWebMvcConfigurer() {
			return this.webMvcConfigurer;
		}

		@Bean
		TwimlHttpMessageConverter userConverter() {
			return this.converter;
		}

		@Bean
		TwilioWebhookHandlerMapping userHandlerMapping() {
			return this.handlerMapping;
		}

		@Bean
		WebhookDeduplicationStore userDeduplicationStore() {
			return this.deduplicationStore;
		}

		@Bean
		TwilioStatusCallbackHandler userStatusCallbackHandler() {
			return this.statusCallbackHandler;
		}

		@Bean
		RouterFunction<ServerResponse> twilioStatusCallbackRouterFunction() {
			return this.router;
		}

		@Bean
		FilterRegistrationBean<TwilioWebhookFilter> userWebhookFilter() {
			return new FilterRegistrationBean<>(
					new TwilioWebhookFilter(this.requestMatcher, this.urlResolver, TwilioSignatureValidator.of("x")));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserValidatorConfiguration {

		@Bean
		TwilioSignatureValidator userSignatureValidator() {
			return TwilioSignatureValidator.of("user-token");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		TwilioConnectionDetails twilioConnectionDetails() {
			return new TwilioConnectionDetails() {

				@Override
				public @Nullable String getAccountSid() {
					return "AC123";
				}

				@Override
				public @Nullable String getAuthToken() {
					return "details-token";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class WebhookControllerConfiguration {

		@Bean
		WebhookController webhookController() {
			return new WebhookController();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PlainControllerConfiguration {

		@Bean
		PlainController plainController() {
			return new PlainController();
		}

	}

	@RestController
	@TwilioWebhook
	static class WebhookController {

		@PostMapping("/hook")
		String hook(dev.twiliospring.webhook.InboundMessage message) {
			return "hook:" + message.body();
		}

		@PostMapping("/twiml")
		TestTwiml twiml() {
			return new TestTwiml("<Response/>");
		}

		@PostMapping("/text")
		String text() {
			return "text";
		}

	}

	@RestController
	static class PlainController {

		@PostMapping("/plain")
		String plain() {
			return "plain";
		}

	}

}
