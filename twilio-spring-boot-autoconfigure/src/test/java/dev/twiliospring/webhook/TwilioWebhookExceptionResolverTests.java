package dev.twiliospring.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookExceptionResolver}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookExceptionResolverTests {

	@Test
	void warnsOfRequestsThatNobodyCheckedAtMostOnceAMinute(CapturedOutput output) {
		// A controller advice's @ModelAttribute that takes a payload meets every request to
		// the controllers it applies to, so that anyone could otherwise write a warning each
		TwilioWebhookExceptionResolver resolver = new TwilioWebhookExceptionResolver();
		for (int i = 0; i < 5; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat(resolver.resolveException(request, response, null, new UnverifiedWebhookRequestException()))
				.isNotNull();
			assertThat(response.getStatus()).isEqualTo(403);
		}
		List<String> warnings = output.getAll()
			.lines()
			.filter((line) -> line.contains("WARN") && line.contains("Refused GET /orders"))
			.toList();
		assertThat(warnings).singleElement().asString().contains("further refusals in the next minute");
	}

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
