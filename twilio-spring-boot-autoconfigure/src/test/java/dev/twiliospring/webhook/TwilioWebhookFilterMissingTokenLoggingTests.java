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
		TwilioWebhookFilter filter = filterWithoutToken();
		MockHttpServletResponse response = send(filter, "/twilio/sms", "Body=hi");
		assertThat(response.getStatus()).isEqualTo(403);
		List<String> lines = output.getOut().lines().filter((line) -> line.contains("/twilio/sms")).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("403").contains("No auth token is configured").contains("twilio.auth-token");
	}

	@Test
	void logsTheMissingAuthTokenAtErrorEvenRightAfterAnOrdinaryRejectionWasLogged(CapturedOutput output)
			throws Exception {
		TwilioWebhookFilter filter = filterWithoutToken();
		assertThat(send(filter, "/twilio/status", "Body=%ZZ").getStatus()).isEqualTo(400);
		assertThat(send(filter, "/twilio/sms", "Body=hi").getStatus()).isEqualTo(403);
		List<String> lines = output.getOut().lines().filter((line) -> line.contains("/twilio/")).toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("WARN").contains("/twilio/status").contains("400");
		assertThat(lines.get(1)).contains("ERROR").contains("/twilio/sms").contains("No auth token is configured");
	}

	private static TwilioWebhookFilter filterWithoutToken() {
		return new TwilioWebhookFilter(new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")),
				new DefaultWebhookUrlResolver(), null);
	}

	private static MockHttpServletResponse send(TwilioWebhookFilter filter, String path, String body)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, "c2lnbmF0dXJl");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
