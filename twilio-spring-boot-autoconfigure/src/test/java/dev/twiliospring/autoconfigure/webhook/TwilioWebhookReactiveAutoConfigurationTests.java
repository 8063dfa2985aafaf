package dev.twiliospring.autoconfigure.webhook;

import java.util.List;

import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableReactiveWebApplicationContext;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookReactiveAutoConfiguration}.
 */
class TwilioWebhookReactiveAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner contextRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookReactiveAutoConfiguration.class));

	@Test
	void failsWhenControllerIsAnnotated() {
		this.contextRunner.withUserConfiguration(AnnotatedController.class, PlainController.class)
			.run((context) -> assertThat(failure(context).getHandlers()).containsExactly(
					AnnotatedController.class.getName() + "#inbound", AnnotatedController.class.getName() + "#status"));
	}

	@Test
	void failsWhenHandlerMethodIsAnnotated() {
		this.contextRunner.withUserConfiguration(AnnotatedMethodController.class).run((context) -> {
			ReactiveWebhookHandlersException failure = failure(context);
			assertThat(failure.getHandlers()).containsExactly(AnnotatedMethodController.class.getName() + "#inbound");
			assertThat(failure).hasMessageContaining("Spring MVC (servlet)")
				.hasMessageContaining("X-Twilio-Signature")
				.hasMessageContaining("Remove @TwilioWebhook from handlers and the webhook properties ("
						+ AnnotatedMethodController.class.getName() + "#inbound)");
		});
	}

	@Test
	void failsWhenWebhookPathsOrTheStatusCallbackPathAreSet() {
		this.contextRunner.withUserConfiguration(PlainController.class)
			.withPropertyValues("twilio.webhook.paths=/twilio/**,/hooks/*", "twilio.webhook.status-callback.path=/status")
			.run((context) -> assertThat(failure(context).getHandlers()).containsExactly(
					"twilio.webhook.paths=/twilio/**,/hooks/*", "twilio.webhook.status-callback.path=/status"));
		// Blank values, such as placeholders with empty defaults, ask for nothing
		this.contextRunner.withUserConfiguration(PlainController.class)
			.withPropertyValues("twilio.webhook.paths=", "twilio.webhook.status-callback.path= ")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void failsWhenAnnotatedControllerHasNoRequestMappings() {
		this.contextRunner.withUserConfiguration(AnnotatedControllerWithoutMappings.class)
			.run((context) -> assertThat(failure(context).getHandlers())
				.containsExactly(AnnotatedControllerWithoutMappings.class.getName()));
	}

	@Test
	void failsWhenAnotherBeanIsAnnotated() {
		this.contextRunner.withUserConfiguration(HandlerFunctionConfiguration.class)
			.run((context) -> assertThat(failure(context).getHandlers())
				.containsExactly(AnnotatedHandlerFunction.class.getName()));
	}

	/**
	 * A servlet application keeps such handlers closed when webhook support is off; a
	 * reactive one has nothing to keep them closed with.
	 */
	@Test
	void failsWhenWebhookSupportIsSwitchedOff() {
		this.contextRunner.withPropertyValues("twilio.webhook.enabled=false")
			.withUserConfiguration(AnnotatedMethodController.class)
			.run((context) -> assertThat(failure(context).getHandlers()).hasSize(1));
	}

	@Test
	void failsWithLazyInitialization() {
		this.contextRunner
			.withInitializer(
					(context) -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.withUserConfiguration(AnnotatedMethodController.class)
			.run((context) -> assertThat(failure(context).getHandlers()).hasSize(1));
	}

	@Test
	void startsWithOrdinaryControllers() {
		this.contextRunner.withUserConfiguration(PlainController.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(PlainController.class)
				.hasBean("twilioReactiveWebhookHandlerCheck"));
	}

	@Test
	void servletApplicationIsUnaffected() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(TwilioWebhookReactiveAutoConfiguration.class))
			.withUserConfiguration(AnnotatedController.class)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("twilioReactiveWebhookHandlerCheck"));
	}

	@Test
	void failureAnalyzerNamesTheHandlersAndSaysWhatToDo() {
		FailureAnalysis analysis = new ReactiveWebhookHandlersFailureAnalyzer().analyze(new IllegalStateException(
				"wrapped", new ReactiveWebhookHandlersException(List.of("com.example.Sms#inbound"))));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("reactive (WebFlux)")
			.contains("    com.example.Sms#inbound\n")
			.contains("Spring MVC (servlet)")
			.contains("X-Twilio-Signature");
		assertThat(analysis.getAction()).contains("spring-boot-starter-webmvc")
			.contains("remove @TwilioWebhook")
			.contains("TwilioSignatureValidator")
			.contains("twilio.webhook.enabled=false does not");
	}

	@Test
	void failureAnalyzerIsRegistered() throws Exception {
		assertThat(new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes()))
			.contains(ReactiveWebhookHandlersFailureAnalyzer.class.getName());
	}

	private static ReactiveWebhookHandlersException failure(AssertableReactiveWebApplicationContext context) {
		assertThat(context).getFailure().isInstanceOf(ReactiveWebhookHandlersException.class);
		return (ReactiveWebhookHandlersException) context.getStartupFailure();
	}

	@RestController
	@TwilioWebhook
	static class AnnotatedController {

		@PostMapping("/twilio/sms")
		String inbound() {
			return "";
		}

		@PostMapping("/twilio/status")
		void status() {
		}

		String notAHandler() {
			return "";
		}

	}

	@Controller
	static class AnnotatedMethodController {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		@ResponseBody
		String inbound() {
			return "";
		}

		@GetMapping("/messages")
		@ResponseBody
		String messages() {
			return "";
		}

	}

	@Controller
	@TwilioWebhook
	static class AnnotatedControllerWithoutMappings {

	}

	@RestController
	static class PlainController {

		@PostMapping("/messages")
		String send() {
			return "";
		}

	}

	@TwilioWebhook
	static class AnnotatedHandlerFunction {

	}

	@Configuration(proxyBeanMethods = false)
	@Import(PlainController.class)
	static class HandlerFunctionConfiguration {

		@Bean
		AnnotatedHandlerFunction annotatedHandlerFunction() {
			return new AnnotatedHandlerFunction();
		}

	}

}
