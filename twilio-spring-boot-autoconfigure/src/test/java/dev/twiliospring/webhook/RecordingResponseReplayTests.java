package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the response recording behind webhook deduplication: resets discard text
 * still in the writer, and a replay does not repeat headers that earlier filters set.
 */
class RecordingResponseReplayTests {

	private static final String URL = "http://localhost/twilio/sms";

	@Test
	void resetBufferDiscardsTextStillBufferedInTheWriter() throws Exception {
		MockHttpServletResponse target = new MockHttpServletResponse();
		RecordingResponse recording = new RecordingResponse(target, 1024);
		recording.getWriter().write("stale");
		recording.resetBuffer();
		recording.getOutputStream().write("fresh".getBytes(StandardCharsets.UTF_8));
		recording.flushBuffer();
		assertThat(target.getContentAsString()).isEqualTo("fresh");
		assertThat(recording.toRecorded().body()).asString(StandardCharsets.UTF_8).isEqualTo("fresh");
	}

	@Test
	void replayDoesNotRepeatHeadersThatFiltersBeforeTheWebhookFilterSet() throws Exception {
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationStore(new InMemoryWebhookDeduplicationStore(10));
		AtomicInteger invocations = new AtomicInteger();
		FilterChain handler = (req, res) -> {
			invocations.incrementAndGet();
			res.setContentType("application/xml");
			res.getOutputStream().write("<Response/>".getBytes(StandardCharsets.UTF_8));
		};
		MockHttpServletResponse first = new MockHttpServletResponse();
		// a correlation-id filter ordered before the webhook filter
		first.setHeader("X-Request-Id", "request-1");
		filter.doFilter(retry("tok"), first, handler);
		MockHttpServletResponse replayed = new MockHttpServletResponse();
		replayed.setHeader("X-Request-Id", "request-2");
		filter.doFilter(retry("tok"), replayed, handler);
		assertThat(invocations).hasValue(1);
		assertThat(replayed.getContentAsString()).isEqualTo("<Response/>");
		assertThat(replayed.getHeaders("X-Request-Id")).containsExactly("request-2");
	}

	@Test
	void recordsContentCodingThatTheHandlerSetForTheBodyItWrote() throws Exception {
		MockHttpServletResponse target = new MockHttpServletResponse();
		RecordingResponse recording = new RecordingResponse(target, 1024);
		recording.setHeader("Content-Encoding", "gzip");
		recording.getOutputStream().write(new byte[] { 31, -117 });
		assertThat(recording.toRecorded().headers()).containsEntry("Content-Encoding", List.of("gzip"));
	}

	@Test
	void doesNotRecordContentCodingThatTheServerAddedToCompressTheBody() throws Exception {
		MockHttpServletResponse target = new MockHttpServletResponse();
		RecordingResponse recording = new RecordingResponse(target, 1024);
		recording.getOutputStream().write("<Response/>".getBytes(StandardCharsets.UTF_8));
		// as Tomcat does on commit with server.compression.enabled, past the wrapper
		target.setHeader("Content-Encoding", "gzip");
		assertThat(recording.toRecorded().headers()).doesNotContainKey("Content-Encoding");
	}

	private static TwilioWebhookFilter filter() {
		return new TwilioWebhookFilter(new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")),
				new DefaultWebhookUrlResolver(), TwilioSignatureValidator.of("token"));
	}

	private static MockHttpServletRequest retry(String idempotencyToken) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/sms");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("Body=hi".getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER,
				TwilioSignatureValidator.computeSignature("token", URL, Map.of("Body", List.of("hi"))));
		request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, idempotencyToken);
		return request;
	}

}
