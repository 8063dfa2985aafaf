package dev.twiliospring.autoconfigure.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPatternParser;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@code twilio.webhook.paths} in an application whose handler mappings match
 * paths regardless of case: a handler that only the configured path protects must not be
 * reachable unsigned through another case of its path.
 */
@SpringBootTest(classes = { WebhookTestApplication.class, TwilioWebhookCaseInsensitivePathTests.CaseInsensitive.class },
		properties = { "twilio.auth-token=" + AUTH_TOKEN, "twilio.webhook.paths=/mixed/open" })
@AutoConfigureMockMvc
class TwilioWebhookCaseInsensitivePathTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/mixed/open", "/MIXED/OPEN", "/Mixed/Open" })
	void unsignedRequestIsRefusedWhateverTheCaseOfThePath(String path) throws Exception {
		this.mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("Body=hi"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("missing-signature"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CaseInsensitive implements WebMvcConfigurer {

		@Override
		public void configurePathMatch(PathMatchConfigurer configurer) {
			PathPatternParser parser = new PathPatternParser();
			parser.setCaseSensitive(false);
			configurer.setPatternParser(parser);
		}

	}

}
