package dev.twiliospring.webhook;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookExceptionResolver}.
 */
class TwilioWebhookExceptionResolverTests {

	@Test
	void answersWithBadRequestAfterTheHandlerStartedWritingThroughTheWriter() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/gather");
		MockHttpServletResponse response = new MockHttpServletResponse();
		// A handler that writes its TwiML through the writer, then reads a typed parameter
		response.getWriter();
		InvalidWebhookPayloadException invalid = new InvalidWebhookPayloadException(
				"Parameter 'Digits' must be an integer but was '1#'", "Digits");
		ModelAndView result = new TwilioWebhookExceptionResolver().resolveException(request, response, null,
				invalid);
		assertThat(result).isNotNull();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"reason\":\"invalid-parameter\"");
	}

}
