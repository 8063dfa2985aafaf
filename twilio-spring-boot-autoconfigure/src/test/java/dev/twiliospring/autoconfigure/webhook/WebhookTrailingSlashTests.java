package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.UrlHandlerFilter;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Twilio console URL with a trailing slash, "/twilio/sms/", in an application that uses
 * Spring's recommended UrlHandlerFilter to accept trailing slashes (Spring Framework 7 no
 * longer matches them).
 */
class WebhookTrailingSlashTests {

	static final String TOKEN = "webhook-token";

	static final String SIGNED_URL = "http://localhost/twilio/sms/";

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder twilioRequest() {
		return twilioRequest(TOKEN);
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder twilioRequest(String token) {
		return MockMvcRequestBuilders.post(URI.create(SIGNED_URL))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("Body=hello")
			.header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature(token, SIGNED_URL, Map.of("Body", List.of("hello"))));
	}

	@Nested
	@SpringBootTest(classes = AppWithSlashFilterFirst.class, properties = "twilio.auth-token=" + TOKEN)
	@AutoConfigureMockMvc
	class UrlHandlerFilterBeforeWebhookFilter {

		@Autowired
		MockMvc mvc;

		@Test
		void acceptsTwilioSignedRequestWithTrailingSlash() throws Exception {
			this.mvc.perform(twilioRequest()).andExpect(status().isOk())
				.andExpect(content().string("got hello"));
		}

	}

	@Nested
	@SpringBootTest(classes = AppWithSlashFilterLast.class, properties = "twilio.auth-token=" + TOKEN)
	@AutoConfigureMockMvc
	class UrlHandlerFilterAfterWebhookFilter {

		@Autowired
		MockMvc mvc;

		@Test
		void refusesForgedRequestWithTrailingSlash() throws Exception {
			this.mvc.perform(twilioRequest("another-token"))
				.andExpect(status().isForbidden());
		}

		@Test
		void acceptsTwilioSignedRequestWithTrailingSlash() throws Exception {
			this.mvc.perform(twilioRequest()).andExpect(status().isOk())
				.andExpect(content().string("got hello"));
		}

	}

	@RestController
	@TwilioWebhook
	static class SmsController {

		@PostMapping("/twilio/sms")
		String reply(InboundMessage sms) {
			return "got " + sms.body();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(SmsController.class)
	static class AppWithSlashFilterFirst {

		@Bean
		FilterRegistrationBean<UrlHandlerFilter> urlHandlerFilter() {
			FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
					UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build());
			registration.setOrder(TwilioWebhookFilter.DEFAULT_ORDER - 1);
			return registration;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(SmsController.class)
	static class AppWithSlashFilterLast {

		@Bean
		FilterRegistrationBean<UrlHandlerFilter> urlHandlerFilter() {
			FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
					UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build());
			registration.setOrder(Ordered.LOWEST_PRECEDENCE);
			return registration;
		}

	}

}
