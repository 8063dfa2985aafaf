package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.tck.TestObservationRegistry;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the error that {@link TwilioWebhookFilter} records on its observation: the
 * handler's exception, not the dispatcher servlet's wrapper.
 */
class TwilioWebhookObservationErrorTests {

	@Test
	void recordsTheHandlerExceptionNotFrameworkServletsWrapper() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		TwilioWebhookFilter filter = new TwilioWebhookFilter(
				new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")), new DefaultWebhookUrlResolver(),
				TwilioSignatureValidator.of("token-0123456789"));
		filter.setObservationRegistry(registry);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/hook");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("CallSid=CA1".getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, TwilioSignatureValidator
			.computeSignature("token-0123456789", "http://localhost/twilio/hook", Map.of("CallSid", List.of("CA1"))));
		assertThatExceptionOfType(ServletException.class)
			.isThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				throw new ServletException("Request processing failed", new IllegalStateException("bug"));
			}));
		assertThat(registry).hasSingleObservationThat()
			.satisfies((context) -> assertThat(context.getError()).isInstanceOf(IllegalStateException.class));
	}

}
