package dev.twiliospring.test.web.servlet.request;

import java.util.List;
import java.util.Map;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioMockMvcRequestPostProcessors} in an application context that
 * has not bound the Twilio properties, as one without webhook support.
 */
class TwilioMockMvcRequestPostProcessorsEnvironmentTests {

	@Test
	void signsWithTheAuthTokenVariableBesideTheConventionalApiKeyVariable() {
		MockServletContext servletContext = new MockServletContext();
		try (GenericWebApplicationContext context = new GenericWebApplicationContext(servletContext)) {
			StandardEnvironment environment = new StandardEnvironment();
			environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
			// Read as twilio.api-key, which is a group, by relaxed binding
			environment.getPropertySources()
				.addLast(new SystemEnvironmentPropertySource("variables",
						Map.of("TWILIO_API_KEY", "SK0123456789abcdef0123456789abcdef", "TWILIO_AUTH_TOKEN",
								"variable-token")));
			context.setEnvironment(environment);
			context.refresh();
			servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
			MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", "/sms");
			request.setContentType("application/x-www-form-urlencoded");
			request.addParameter("Body", "Hi");
			MockHttpServletRequest signed = TwilioMockMvcRequestPostProcessors.twilioSignature()
				.postProcessRequest(request);
			assertThat(signed.getHeader(TwilioSignatureValidator.SIGNATURE_HEADER))
				.isEqualTo(TwilioSignatureValidator.computeSignature("variable-token", "http://localhost/sms",
						Map.of("Body", List.of("Hi"))));
		}
	}

}
