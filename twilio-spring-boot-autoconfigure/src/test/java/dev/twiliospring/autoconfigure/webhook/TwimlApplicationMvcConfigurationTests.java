package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.mockMvc;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.signedPost;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for TwiML answers of webhook handlers, and the problems of the status callback
 * endpoint, in an application that configures Spring MVC its own way: a default content
 * type, or message converters of its own.
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
	void twimlIsWrittenForARequestWithoutPreferenceWhenTheApplicationDefaultsToJson() {
		this.contextRunner.withUserConfiguration(JsonByDefault.class).run((context) -> {
			MockMvc mvc = mockMvc(context);
			for (String accept : new String[] { null, "*/*" }) {
				MockHttpServletResponse response = mvc
					.perform(signedPost(SMS_URL, "Body", "hi").headers(accept(accept)))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(accept).isEqualTo(200);
				assertThat(response.getContentType()).as(accept).isEqualTo("application/xml;charset=UTF-8");
				assertThat(response.getContentAsString()).as(accept).contains("<Message>You said hi</Message>");
			}
			MockHttpServletResponse jsonOnly = mvc
				.perform(signedPost(SMS_URL, "Body", "hi").accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse();
			assertThat(jsonOnly.getStatus()).isEqualTo(406);
		});
	}

	@Test
	void twimlOfAHandlerDeclaredToReturnObjectIsWrittenWhenXmlIsAmongTheDefaultTypes() {
		this.contextRunner.withUserConfiguration(JsonThenXmlByDefault.class).run((context) -> {
			MockHttpServletResponse response = mockMvc(context)
				.perform(signedPost("http://localhost/twilio/object", "Body", "hi").accept(MediaType.ALL))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
			assertThat(response.getContentAsString()).contains("<Message>Object</Message>");
		});
	}

	@Test
	void errorOfATwimlHandlerIsWrittenInTheApplicationsDefaultContentType() {
		this.contextRunner.withUserConfiguration(JsonByDefault.class, ConflictAdvice.class).run((context) -> {
			MockHttpServletResponse response = mockMvc(context)
				.perform(signedPost("http://localhost/twilio/conflict", "Body", "hi").accept(MediaType.ALL))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(409);
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
			assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"taken\"}");
		});
	}

	@Test
	void twimlIsWrittenWhenTheApplicationReplacesTheListOfMessageConverters() {
		this.contextRunner.withUserConfiguration(ReplacedConverterList.class).run(this::assertTwimlIsWritten);
	}

	@Test
	void twimlIsWrittenWhenTheApplicationBuildsTheMessageConvertersWithoutCustomOnes() {
		this.contextRunner.withUserConfiguration(ReplacedConverters.class).run(this::assertTwimlIsWritten);
	}

	@Test
	void twimlIsWrittenWhenTheApplicationDeclaresAnXmlConverterOfItsOwn() {
		this.contextRunner.withUserConfiguration(XmlConverterBean.class).run((context) -> {
			assertTwimlIsWritten(context);
			MockHttpServletResponse textXml = mockMvc(context)
				.perform(signedPost(SMS_URL, "Body", "hi").accept(MediaType.TEXT_XML))
				.andReturn()
				.getResponse();
			assertThat(textXml.getContentAsString()).contains("<Message>You said hi</Message>");
		});
	}

	@Test
	void statusCallbackProblemIsJsonWhenTheApplicationDeclaresAJsonConverterOfItsOwn() {
		this.contextRunner.withUserConfiguration(JsonConverterBean.class)
			.withPropertyValues("twilio.webhook.status-callback.path=/twilio/status")
			.run((context) -> {
				MockHttpServletResponse response = mockMvc(context)
					.perform(signedPost("http://localhost/twilio/status", "Something", "else"))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).isEqualTo(400);
				assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(response.getContentAsString()).startsWith("{\"type\":\"about:blank\"")
					.contains("\"reason\":\"unrecognized-callback\"");
			});
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

	private static HttpHeaders accept(String accept) {
		HttpHeaders headers = new HttpHeaders();
		if (accept != null) {
			headers.set(HttpHeaders.ACCEPT, accept);
		}
		return headers;
	}

	@RestController
	@TwilioWebhook
	static class Hooks {

		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("You said " + message.body()).build();
		}

		@PostMapping(path = "/twilio/object", produces = MediaType.APPLICATION_XML_VALUE)
		Object object(InboundMessage message) {
			return MessagingResponse.builder().message("Object").build();
		}

		@PostMapping("/twilio/conflict")
		MessagingResponse conflict(InboundMessage message) {
			throw new IllegalStateException("taken");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JsonByDefault implements WebMvcConfigurer {

		@Override
		public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
			configurer.favorParameter(true).defaultContentType(MediaType.APPLICATION_JSON);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JsonThenXmlByDefault implements WebMvcConfigurer {

		@Override
		public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
			configurer.defaultContentType(MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML);
		}

	}

	@RestControllerAdvice
	static class ConflictAdvice {

		@ExceptionHandler
		ResponseEntity<Map<String, String>> conflict(IllegalStateException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JsonConverterBean {

		@Bean
		JacksonJsonHttpMessageConverter jsonConverter() {
			return new JacksonJsonHttpMessageConverter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class XmlConverterBean {

		@Bean
		ObjectXmlConverter objectXmlConverter() {
			return new ObjectXmlConverter();
		}

	}

	/**
	 * An application's XML converter that, like Jackson's or JAXB's, writes any object.
	 */
	static class ObjectXmlConverter extends AbstractHttpMessageConverter<Object> {

		ObjectXmlConverter() {
			super(StandardCharsets.UTF_8, MediaType.APPLICATION_XML, MediaType.TEXT_XML);
		}

		@Override
		protected boolean supports(Class<?> clazz) {
			return true;
		}

		@Override
		protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) {
			throw new UnsupportedOperationException();
		}

		@Override
		protected void writeInternal(Object value, HttpOutputMessage outputMessage) throws IOException {
			outputMessage.getBody()
				.write(("<" + value.getClass().getSimpleName() + "/>").getBytes(StandardCharsets.UTF_8));
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
