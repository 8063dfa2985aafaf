package dev.twiliospring.autoconfigure.webhook;

import java.util.List;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.signedPost;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for TwiML answers of webhook handlers in an application that configures Spring
 * MVC its own way, with message converters of its own.
 */
class TwimlApplicationMvcConfigurationTests {

	private static final String SMS_URL = "http://localhost/twilio/sms";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withInitializer(TestEnvironments::isolate)
		.withPropertyValues("twilio.auth-token=" + AUTH_TOKEN)
		.withUserConfiguration(Hooks.class);

	@Test
	void twimlIsWrittenWhenTheApplicationReplacesTheListOfMessageConverters() {
		this.contextRunner.withUserConfiguration(ReplacedConverterList.class).run(this::assertTwimlIsWritten);
	}

	@Test
	void twimlIsWrittenWhenTheApplicationBuildsTheMessageConvertersWithoutCustomOnes() {
		this.contextRunner.withUserConfiguration(ReplacedConverters.class).run(this::assertTwimlIsWritten);
	}

	private void assertTwimlIsWritten(AssertableWebApplicationContext context) throws Exception {
		MockHttpServletResponse response = mockMvc(context)
			.perform(signedPost(SMS_URL, "Body", "hi").accept(MediaType.ALL))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		assertThat(response.getContentAsString()).contains("<Message>You said hi</Message>");
	}

	private static MockMvc mockMvc(AssertableWebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(context.getBean(FilterRegistrationBean.class).getFilter())
			.build();
	}

	@RestController
	@TwilioWebhook
	static class Hooks {

		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("You said " + message.body()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ReplacedConverterList implements WebMvcConfigurer {

		@Override
		@SuppressWarnings("removal")
		public void configureMessageConverters(List<HttpMessageConverter<?>> converters) {
			converters.add(new StringHttpMessageConverter());
			converters.add(new JacksonJsonHttpMessageConverter());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ReplacedConverters implements WebMvcConfigurer {

		@Override
		public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
			builder.configureMessageConvertersList((converters) -> converters
				.removeIf((converter) -> !(converter instanceof JacksonJsonHttpMessageConverter)));
		}

	}

}
