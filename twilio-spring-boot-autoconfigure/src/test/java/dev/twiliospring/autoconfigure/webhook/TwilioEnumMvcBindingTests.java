package dev.twiliospring.autoconfigure.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.client.TwilioEnumConverterFactory;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Message;
import org.jspecify.annotations.Nullable;
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
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.mockMvc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for the {@link TwilioEnumConverterFactory} that {@link TwilioWebhookAutoConfiguration}
 * adds to Spring MVC: plain handler methods, rather than typed payloads, that bind
 * Twilio's enums from webhook parameters.
 */
class TwilioEnumMvcBindingTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withInitializer(TestEnvironments::isolate)
		.withPropertyValues("twilio.auth-token=" + WebhookRequests.AUTH_TOKEN, "twilio.webhook.paths=/twilio/**")
		.withUserConfiguration(StatusController.class);

	@Test
	void requestParameterTakesValuesTwilioSends() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/message", "MessageStatus", "delivered"))
				.andExpect(status().isOk())
				.andExpect(content().string("DELIVERED"));
			mvc.perform(signedPost("/twilio/message", "MessageStatus", "partially_delivered"))
				.andExpect(status().isOk())
				.andExpect(content().string("PARTIALLY_DELIVERED"));
			mvc.perform(signedPost("/twilio/call", "CallStatus", "in-progress", "AnsweredBy", "machine_end_beep"))
				.andExpect(status().isOk())
				.andExpect(content().string("IN_PROGRESS MACHINE_END_BEEP"));
		});
	}

	@Test
	void requestParameterWithValueTwilioAddedLaterIsUnknown() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/message", "MessageStatus", "teleported"))
				.andExpect(status().isOk())
				.andExpect(content().string("UNKNOWN"));
			mvc.perform(signedPost("/twilio/call", "CallStatus", "no-answer", "AnsweredBy", "machine_end_echo"))
				.andExpect(status().isOk())
				.andExpect(content().string("NO_ANSWER UNKNOWN"));
		});
	}

	@Test
	void requestParameterSentEmptyIsMissing() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/message", "MessageStatus", "")).andExpect(status().isBadRequest());
			mvc.perform(signedPost("/twilio/message", "MessageStatus", "sent"))
				.andExpect(status().isOk())
				.andExpect(content().string("SENT"));
		});
	}

	@Test
	void pathVariableTakesValuesTwilioSends() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/calls/no-answer")).andExpect(content().string("NO_ANSWER"));
			mvc.perform(signedPost("/twilio/calls/IN_PROGRESS")).andExpect(content().string("IN_PROGRESS"));
			mvc.perform(signedPost("/twilio/calls/teleported")).andExpect(content().string("UNKNOWN"));
		});
	}

	@Test
	void formObjectTakesValuesTwilioSendsAsJsonBodyDoes() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			for (String value : new String[] { "in-progress", "Completed", "teleported" }) {
				String json = mvc
					.perform(post("/json").contentType(MediaType.APPLICATION_JSON)
						.content("{\"callStatus\":\"" + value + "\"}"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				mvc.perform(signedPost("/twilio/form", "CallStatus", value, "AnsweredBy", "human"))
					.andExpect(status().isOk())
					.andExpect(content().string(json + " HUMAN"));
			}
		});
	}

	@Test
	void conversionServiceConvertsValuesTwilioSends() {
		this.contextRunner.run((context) -> {
			ConversionService conversionService = context.getBean("mvcConversionService", ConversionService.class);
			assertThat(conversionService.convert("in-progress", Call.Status.class)).isEqualTo(Call.Status.IN_PROGRESS);
			assertThat(conversionService.convert("teleported", Call.Status.class)).isEqualTo(Call.Status.UNKNOWN);
		});
	}

	@Test
	void applicationConverterForOneEnumComesFirst() {
		this.contextRunner.withUserConfiguration(CallStatusConverterConfiguration.class).run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/call", "CallStatus", "in-progress", "AnsweredBy", "machine_start"))
				.andExpect(status().isOk())
				.andExpect(content().string("BUSY MACHINE_START"));
		});
	}

	@Test
	void otherEnumsKeepSpringConversion() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/colour", "CallStatus", "ringing", "Colour", "LIGHT_GREY"))
				.andExpect(status().isOk())
				.andExpect(content().string("RINGING LIGHT_GREY"));
			mvc.perform(signedPost("/twilio/colour", "CallStatus", "ringing", "Colour", "light-grey"))
				.andExpect(status().isBadRequest());
		});
	}

	@Test
	void requestParameterTakesValuesTwilioSendsWhenWebhookSupportIsSwitchedOff() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.webhook.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
				MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
				mvc.perform(post("/twilio/call").contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("CallStatus=in-progress&AnsweredBy=machine_end_silence"))
					.andExpect(status().isOk())
					.andExpect(content().string("IN_PROGRESS MACHINE_END_SILENCE"));
			});
	}

	@Test
	void optionalListAndArrayParametersTakeValuesTwilioSends() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("/twilio/optional", "MessageStatus", "partially_delivered"))
				.andExpect(status().isOk())
				.andExpect(content().string("PARTIALLY_DELIVERED"));
			mvc.perform(signedPost("/twilio/optional")).andExpect(status().isOk()).andExpect(content().string("none"));
			mvc.perform(signedPost("/twilio/list", "MessageStatus", "queued", "MessageStatus", "partially_delivered"))
				.andExpect(status().isOk())
				.andExpect(content().string("[QUEUED, PARTIALLY_DELIVERED]"));
			mvc.perform(signedPost("/twilio/list", "MessageStatus", "queued,read"))
				.andExpect(status().isOk())
				.andExpect(content().string("[QUEUED, READ]"));
			mvc.perform(signedPost("/twilio/array", "MessageStatus", "queued", "MessageStatus", "read"))
				.andExpect(status().isOk())
				.andExpect(content().string("[QUEUED, READ]"));
		});
	}

	@Test
	void converterIsRegisteredOnceWithWebhookSupportOnOrOff() {
		this.contextRunner.run((context) -> assertThat(
				context.getBean("mvcConversionService").toString().split("TwilioEnumConverterFactory", -1))
			.hasSize(2));
		this.contextRunner.withConfiguration(AutoConfigurations.of(TwilioWebhookDisabledAutoConfiguration.class))
			.withPropertyValues("twilio.webhook.enabled=false")
			.run((context) -> assertThat(
					context.getBean("mvcConversionService").toString().split("TwilioEnumConverterFactory", -1))
				.hasSize(2));
	}

	private static MockHttpServletRequestBuilder signedPost(String path,
			String... namesAndValues) {
		return WebhookRequests.signedPost("http://localhost" + path, namesAndValues);
	}

	@RestController
	@Configuration(proxyBeanMethods = false)
	static class StatusController {

		@PostMapping("/twilio/message")
		String message(@RequestParam("MessageStatus") Message.Status status) {
			return status.name();
		}

		@PostMapping("/twilio/call")
		String call(@RequestParam("CallStatus") Call.Status status, @RequestParam("AnsweredBy") Call.AnsweredBy by) {
			return status.name() + " " + by.name();
		}

		@PostMapping("/twilio/calls/{status}")
		String path(@PathVariable Call.Status status) {
			return status.name();
		}

		@PostMapping("/twilio/form")
		String form(@ModelAttribute CallForm form) {
			return form.getCallStatus() + " " + form.getAnsweredBy().name();
		}

		@PostMapping("/twilio/colour")
		String colour(@RequestParam("CallStatus") Call.Status status, @RequestParam("Colour") Colour colour) {
			return status.name() + " " + colour.name();
		}

		@PostMapping("/twilio/optional")
		String optional(@RequestParam("MessageStatus") Optional<Message.Status> status) {
			return status.map(Enum::name).orElse("none");
		}

		@PostMapping("/twilio/list")
		String list(@RequestParam("MessageStatus") List<Message.Status> statuses) {
			return statuses.stream().map(Enum::name).toList().toString();
		}

		@PostMapping("/twilio/array")
		String array(@RequestParam("MessageStatus") Message.Status[] statuses) {
			return Arrays.stream(statuses).map(Enum::name).toList().toString();
		}

		@PostMapping("/json")
		String json(@RequestBody CallJson body) {
			return String.valueOf(body.callStatus());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CallStatusConverterConfiguration {

		@Bean
		Converter<String, Call.Status> callStatusConverter() {
			return (source) -> Call.Status.BUSY;
		}

	}

	enum Colour {

		LIGHT_GREY

	}

	record CallJson(Call.Status callStatus) {
	}

	/**
	 * A form object, bound from the webhook's parameters by name ({@code CallStatus}).
	 */
	public static class CallForm {

		private Call.@Nullable Status callStatus;

		private Call.AnsweredBy answeredBy = Call.AnsweredBy.UNKNOWN;

		public Call.@Nullable Status getCallStatus() {
			return this.callStatus;
		}

		public void setCallStatus(Call.@Nullable Status callStatus) {
			this.callStatus = callStatus;
		}

		public Call.AnsweredBy getAnsweredBy() {
			return this.answeredBy;
		}

		public void setAnsweredBy(Call.AnsweredBy answeredBy) {
			this.answeredBy = answeredBy;
		}

	}

}
