package dev.twiliospring.autoconfigure.webhook;

import java.util.List;

import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.filter.ForwardedHeaderFilter;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.postSignedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} behind a reverse proxy: the signature
 * is made for the public URL, not the one the application sees.
 */
class TwilioWebhookProxyTests {

	private static final String INTERNAL_URL = "http://localhost/twilio/sms";

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class, properties = "twilio.auth-token=" + AUTH_TOKEN)
	@AutoConfigureMockMvc
	class WithoutForwardedHeaderSupport {

		@Autowired
		private MockMvc mvc;

		@Test
		void rejectsSignatureForPublicUrl() throws Exception {
			this.mvc
				.perform(postSignedFor(INTERNAL_URL, "https://hooks.example.com/twilio/sms", "Body", "hi")
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "hooks.example.com")
					.header("X-Forwarded-Port", "443"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("signature-mismatch"));
		}

	}

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class,
			properties = { "twilio.auth-token=" + AUTH_TOKEN, "server.forward-headers-strategy=framework" })
	@AutoConfigureMockMvc
	class WithFrameworkForwardedHeaders {

		@Autowired
		private MockMvc mvc;

		@Autowired
		private List<FilterRegistrationBean<?>> filters;

		@Test
		void registersWebhookFilterAfterForwardedHeaderFilter() {
			FilterRegistrationBean<?> forwarded = this.filters.stream()
				.filter((registration) -> registration.getFilter() instanceof ForwardedHeaderFilter)
				.findFirst()
				.orElseThrow();
			FilterRegistrationBean<?> webhook = this.filters.stream()
				.filter((registration) -> registration.getFilter() instanceof TwilioWebhookFilter)
				.findFirst()
				.orElseThrow();
			assertThat(webhook.getOrder()).isGreaterThan(forwarded.getOrder());
		}

		@Test
		void acceptsSignatureForUrlFromXForwardedHeaders() throws Exception {
			this.mvc
				.perform(postSignedFor(INTERNAL_URL, "https://hooks.example.com/twilio/sms", "Body", "hi")
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "hooks.example.com")
					.header("X-Forwarded-Port", "443"))
				.andExpect(status().isOk());
		}

		@Test
		void acceptsSignatureForUrlFromXForwardedHeadersWithPortAndPrefix() throws Exception {
			this.mvc
				.perform(postSignedFor(INTERNAL_URL, "https://hooks.example.com:8443/app/twilio/sms", "Body", "hi")
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "hooks.example.com")
					.header("X-Forwarded-Port", "8443")
					.header("X-Forwarded-Prefix", "/app"))
				.andExpect(status().isOk());
		}

		@Test
		void acceptsSignatureForUrlFromForwardedHeader() throws Exception {
			this.mvc
				.perform(postSignedFor(INTERNAL_URL, "https://hooks.example.com/twilio/sms", "Body", "hi")
					.header("Forwarded", "proto=https;host=hooks.example.com"))
				.andExpect(status().isOk());
		}

		@Test
		void rejectsSignatureForInternalUrl() throws Exception {
			this.mvc
				.perform(postSignedFor(INTERNAL_URL, INTERNAL_URL, "Body", "hi").header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "hooks.example.com"))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class,
			properties = { "twilio.auth-token=" + AUTH_TOKEN, "twilio.webhook.public-url=https://abc.ngrok.app" })
	@AutoConfigureMockMvc
	class WithPublicUrl {

		@Autowired
		private MockMvc mvc;

		@Test
		void acceptsSignatureForPublicUrl() throws Exception {
			this.mvc.perform(postSignedFor(INTERNAL_URL, "https://abc.ngrok.app/twilio/sms", "Body", "hi"))
				.andExpect(status().isOk());
		}

		@Test
		void rejectsSignatureForInternalUrl() throws Exception {
			this.mvc.perform(postSignedFor(INTERNAL_URL, INTERNAL_URL, "Body", "hi"))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	@SpringBootTest(classes = WebhookTestApplication.class, properties = { "twilio.auth-token=" + AUTH_TOKEN,
			"twilio.webhook.public-url=https://example.com/public" })
	@AutoConfigureMockMvc
	class WithPublicUrlWithPath {

		@Autowired
		private MockMvc mvc;

		@Test
		void acceptsSignatureForPublicUrlWithPathPrefix() throws Exception {
			this.mvc.perform(postSignedFor(INTERNAL_URL, "https://example.com/public/twilio/sms", "Body", "hi"))
				.andExpect(status().isOk());
		}

	}

}
