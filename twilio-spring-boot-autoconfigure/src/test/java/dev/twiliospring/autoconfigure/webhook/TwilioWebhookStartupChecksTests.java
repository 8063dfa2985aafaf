package dev.twiliospring.autoconfigure.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.webhook.TwilioStatusCallbackHandler;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the startup checks of {@link TwilioWebhookAutoConfiguration}: a missing auth
 * token with functional webhook endpoints, webhook paths that do not parse, a blank
 * status callback path, one that is a pattern or a controller method's path, and the
 * conventional {@code TWILIO_API_KEY} variable without the client's auto-configuration.
 */
class TwilioWebhookStartupChecksTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class));

	@Test
	void failsWithoutAuthTokenWhenAnnotatedHandlerFunctionExists() {
		this.contextRunner.withUserConfiguration(FunctionalWebhookConfiguration.class)
			.run((context) -> assertThat(context).getFailure().isInstanceOf(WebhookAuthTokenMissingException.class));
	}

	@Test
	void blankStatusCallbackPathLeavesTheEndpointOff() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path= ")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(TwilioStatusCallbackHandler.class);
				assertThat(context).doesNotHaveBean("twilioStatusCallbackRouterFunction");
			});
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/status")
			.run((context) -> assertThat(context).hasSingleBean(TwilioStatusCallbackHandler.class)
				.hasBean("twilioStatusCallbackRouterFunction"));
	}

	@Test
	void malformedStatusCallbackPathFailureNamesTheProperty() {
		assertFailureNames("twilio.webhook.status-callback.path=/twilio/{status", "twilio.webhook.status-callback.path");
	}

	@Test
	void statusCallbackPathThatIsAPatternFailsStartup() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/**")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
					assertThat(ex).hasMessage("twilio.webhook.status-callback.path /twilio/** is a pattern, but it is "
							+ "the one URL path that Twilio posts status callbacks to");
					assertThat(ex.getAction()).isEqualTo("Set it to a literal path, such as /twilio/status.");
				}));
	}

	@Test
	void statusCallbackPathOfAControllerMethodFailsStartupNamingIt() {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/sms")
			.withUserConfiguration(SmsController.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
					assertThat(ex).hasMessageStartingWith("twilio.webhook.status-callback.path /twilio/sms is also "
							+ "mapped to " + SmsController.class.getName() + "#sms(")
						.hasMessageEndingWith(", whose requests the status callback endpoint would take");
					assertThat(ex.getAction()).startsWith("Give the status callback endpoint a path of its own");
				}));
	}

	@Test
	void statusCallbackPathBesideControllerMethodsStarts() {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/status")
			.withUserConfiguration(SmsController.class)
			.run((context) -> assertThat(context).hasNotFailed().hasBean("twilioStatusCallbackRouterFunction"));
		// Another method on the path takes none of the endpoint's requests
		this.contextRunner.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/sms")
			.withUserConfiguration(PutController.class)
			.run((context) -> assertThat(context).hasNotFailed());
		// A pattern keeps its other paths
		this.contextRunner
			.withPropertyValues("twilio.auth-token=token", "twilio.webhook.status-callback.path=/twilio/status")
			.withUserConfiguration(FallbackController.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void malformedWebhookPathFailureNamesTheProperty() {
		assertFailureNames("twilio.webhook.paths=/twilio/{id", "twilio.webhook.paths");
	}

	@Test
	void conventionalApiKeyVariableDoesNotBreakBindingWithoutTheClientAutoConfiguration() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("TWILIO_API_KEY", "SK0123456789abcdef0123456789abcdef");
		variables.put("TWILIO_AUTH_TOKEN", "token");
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addLast(new SystemEnvironmentPropertySource("testEnvironment", variables)))
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private void assertFailureNames(String setting, String property) {
		this.contextRunner.withPropertyValues("twilio.auth-token=token", setting)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining(property));
	}

	@RestController
	static class SmsController {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		String sms() {
			return "ok";
		}

	}

	@RestController
	static class FallbackController {

		@GetMapping({ "/**", "/twilio/{event}" })
		String fallback() {
			return "ok";
		}

	}

	@RestController
	static class PutController {

		@PutMapping("/twilio/sms")
		String put() {
			return "ok";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FunctionalWebhookConfiguration {

		@Bean
		RouterFunction<ServerResponse> webhookRoutes() {
			return RouterFunctions.route().POST("/fn-hook", new WebhookHandler()).build();
		}

	}

	@TwilioWebhook
	static class WebhookHandler implements HandlerFunction<ServerResponse> {

		@Override
		public ServerResponse handle(ServerRequest request) {
			return ServerResponse.ok().body("ok");
		}

	}

}
