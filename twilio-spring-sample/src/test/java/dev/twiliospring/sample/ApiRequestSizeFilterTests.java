package dev.twiliospring.sample;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ApiRequestSizeFilter} on its own: what a handler that reads the body
 * itself sees.
 */
class ApiRequestSizeFilterTests {

	private final ApiRequestSizeFilter filter = new ApiRequestSizeFilter();

	@Test
	void readerDecodesABodyWithinTheLimitInTheRequestEncoding() throws Exception {
		String text = "{\"body\":\"" + "é".repeat(ApiRequestSizeFilter.MAX_BYTES / 2 - 20) + "\"}";
		MockHttpServletRequest request = request(text.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(readThroughFilter(request, ServletRequest::getReader)).isEqualTo(text);
	}

	@Test
	void readerFailsOnceTheBodyPassesTheLimitWithoutADeclaredLength() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages") {

			@Override
			public long getContentLengthLong() {
				// Sent chunked
				return -1;
			}

		};
		request.setServletPath("/api/messages");
		request.setCharacterEncoding("UTF-8");
		request.setContent(new byte[ApiRequestSizeFilter.MAX_BYTES + 1]);
		assertThatExceptionOfType(ApiRequestSizeFilter.BodyTooLargeException.class)
			.isThrownBy(() -> readThroughFilter(request, ServletRequest::getReader))
			.withMessage(ApiRequestSizeFilter.DETAIL);
	}

	@Test
	void readerAndStreamRefuseADeclaredLengthOverTheLimitBeforeReading() {
		for (ReaderOpener opener : new ReaderOpener[] { ServletRequest::getReader,
				(request) -> new InputStreamReader(request.getInputStream(), StandardCharsets.ISO_8859_1) }) {
			MockHttpServletRequest request = request(new byte[ApiRequestSizeFilter.MAX_BYTES + 1], "UTF-8");
			assertThatExceptionOfType(ApiRequestSizeFilter.BodyTooLargeException.class)
				.isThrownBy(() -> readThroughFilter(request, opener));
		}
	}

	@Test
	void readerOfAnUnknownEncodingIsRefusedAsTheServletApiSays() {
		MockHttpServletRequest request = request("{}".getBytes(StandardCharsets.US_ASCII), "x-no-such-charset");
		assertThatExceptionOfType(UnsupportedEncodingException.class)
			.isThrownBy(() -> readThroughFilter(request, ServletRequest::getReader))
			.withMessage("x-no-such-charset");
	}

	@Test
	void bodiesOutsideTheApiAreLeftAlone() throws Exception {
		MockHttpServletRequest request = request(new byte[ApiRequestSizeFilter.MAX_BYTES * 2], "UTF-8");
		request.setServletPath("/twilio/sms");
		assertThat(readThroughFilter(request, ServletRequest::getReader)).hasSize(ApiRequestSizeFilter.MAX_BYTES * 2);
	}

	private static MockHttpServletRequest request(byte[] body, String encoding) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setServletPath("/api/messages");
		request.setContentType("application/json");
		request.setCharacterEncoding(encoding);
		request.setContent(body);
		return request;
	}

	private String readThroughFilter(MockHttpServletRequest request, ReaderOpener opener) throws Exception {
		AtomicReference<String> read = new AtomicReference<>();
		FilterChain chain = (filtered, response) -> {
			StringBuilder text = new StringBuilder();
			try (Reader reader = opener.open(filtered)) {
				char[] buffer = new char[1024];
				int count;
				while ((count = reader.read(buffer)) != -1) {
					text.append(buffer, 0, count);
				}
			}
			read.set(text.toString());
		};
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		return read.get();
	}

	@FunctionalInterface
	private interface ReaderOpener {

		Reader open(ServletRequest request) throws IOException;

	}

}
