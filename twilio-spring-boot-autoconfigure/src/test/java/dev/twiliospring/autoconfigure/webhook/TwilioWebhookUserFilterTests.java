package dev.twiliospring.autoconfigure.webhook;

import java.util.List;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;
import dev.twiliospring.webhook.WebhookUrlResolver;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} with a filter the application defines.
 */
class TwilioWebhookUserFilterTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withPropertyValues("TWILIO_AUTH_TOKEN=", "twilio.webhook.paths=/hook");

	@Test
	void startsWhenTheApplicationDefinesItsOwnFilterWithItsOwnAuthToken() {
		this.contextRunner.withUserConfiguration(UserFilterConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).getBeans(FilterRegistrationBean.class).containsOnlyKeys("userWebhookFilter");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterConfiguration {

		@Bean
		FilterRegistrationBean<TwilioWebhookFilter> userWebhookFilter(TwilioWebhookRequestMatcher matcher,
				WebhookUrlResolver urlResolver) {
			// The auth token comes from the application's own secret store, not twilio.auth-token
			TwilioSignatureValidator validator = new TwilioSignatureValidator(List.of("token-from-secret-store"));
			return new FilterRegistrationBean<>(new TwilioWebhookFilter(matcher, urlResolver, validator));
		}

	}

}
