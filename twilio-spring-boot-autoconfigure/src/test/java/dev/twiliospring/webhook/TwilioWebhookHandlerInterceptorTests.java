package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookHandlerInterceptor}: what a request and the log get after a
 * setup mistake.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookHandlerInterceptorTests {

	@Test
	void logsRefusalOfAnUnverifiedWebhookAsAnErrorOnceAMinute(CapturedOutput output) throws Exception {
		TwilioWebhookHandlerInterceptor interceptor = new TwilioWebhookHandlerInterceptor();
		HandlerMethod handler = handler(new Hooks(), "annotated");
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse response = refused(interceptor, handler, "/twilio/annotated");
			assertThat(response.getStatus()).isEqualTo(403);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getContentAsString()).contains("\"reason\":\"not-verified\"")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
		}
		List<String> errors = errorLines(output, "/twilio/annotated");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).contains("@TwilioWebhook").contains("TwilioWebhookFilter");
	}

	@Test
	void logsRefusalOfAPayloadHandlerThatIsNoWebhookAsAnErrorOnceAMinute(CapturedOutput output) throws Exception {
		TwilioWebhookHandlerInterceptor interceptor = new TwilioWebhookHandlerInterceptor();
		HandlerMethod handler = handler(new Hooks(), "takesPayload");
		for (int i = 0; i < 3; i++) {
			assertThat(refused(interceptor, handler, "/twilio/payload").getStatus()).isEqualTo(403);
		}
		List<String> errors = errorLines(output, "/twilio/payload");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).contains("twilio.webhook.paths");
	}

	private static MockHttpServletResponse refused(TwilioWebhookHandlerInterceptor interceptor, HandlerMethod handler,
			String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("Body=hi".getBytes());
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(interceptor.preHandle(request, response, handler)).isFalse();
		return response;
	}

	private static List<String> errorLines(CapturedOutput output, String path) {
		return output.getAll().lines().filter((line) -> line.contains("ERROR") && line.contains(path)).toList();
	}

	private static HandlerMethod handler(Object bean, String name) {
		Method method = ReflectionUtils.findMethod(bean.getClass(), name, (Class<?>[]) null);
		assertThat(method).isNotNull();
		return new HandlerMethod(bean, method);
	}

	static class Hooks {

		@TwilioWebhook
		String annotated() {
			return "ok";
		}

		String takesPayload(InboundMessage message) {
			return message.body();
		}

	}

}
