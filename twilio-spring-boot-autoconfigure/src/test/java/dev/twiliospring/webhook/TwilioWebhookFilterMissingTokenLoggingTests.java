package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookFilter}: how a rejected webhook is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookFilterMissingTokenLoggingTests {

	@Test
	void logsWebhookRejectedForLackOfAnAuthTokenOnce(CapturedOutput output) throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(
				new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")), new DefaultWebhookUrlResolver(),
				null);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/sms");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("Body=hi".getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, "c2lnbmF0dXJl");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(403);
		List<String> lines = output.getOut().lines().filter((line) -> line.contains("/twilio/sms")).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("403").contains("No auth token is configured").contains("twilio.auth-token");
	}

}
