package dev.twiliospring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the request bodies of the sample's own API ({@code /api/**}): a message is a
 * few kilobytes of JSON at most, and without a limit the server would read a body of
 * any size into memory. A body declared larger is refused before any of it is read, a
 * chunked one where it passes the limit, whether read as bytes or as text; either way
 * reading it fails with a {@link BodyTooLargeException}, which
 * {@link ApiExceptionHandler} answers with 413.
 * Twilio's webhooks have their own limit, {@code twilio.webhook.max-body-size}.
 *
 * @since 1.0.0
 */
@Component
public class ApiRequestSizeFilter extends OncePerRequestFilter {

	/**
	 * The largest body accepted: a text of 1,600 characters, each escaped in JSON as
	 * {@code \}{@code uXXXX}, and the rest of the request fit with room to spare.
	 */
	static final int MAX_BYTES = 16 * 1024;

	static final String DETAIL = "The request body must not be larger than " + MAX_BYTES + " bytes";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !mappedPath(request).startsWith("/api/");
	}

	/**
	 * Return the path as the container mapped the request, decoded and without path
	 * parameters, as Spring MVC and the actuator match it: "/%61pi/messages" reaches the
	 * API too.
	 */
	static String mappedPath(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new LimitedRequest(request), response);
	}

	/**
	 * Thrown when a body is declared larger than the limit, or passes it while read.
	 */
	static class BodyTooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		BodyTooLargeException() {
			super(DETAIL);
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private @Nullable ServletInputStream stream;

		private @Nullable BufferedReader reader;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (getContentLengthLong() > MAX_BYTES) {
				// Refused before any of it is read
				throw new BodyTooLargeException();
			}
			ServletInputStream stream = this.stream;
			if (stream == null) {
				stream = new LimitedInputStream(super.getInputStream());
				this.stream = stream;
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			BufferedReader reader = this.reader;
			if (reader == null) {
				// The same limit for a handler that reads text: the reader decodes the
				// limited stream, in the request's encoding as the container would
				String encoding = getCharacterEncoding();
				Charset charset;
				try {
					charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				}
				catch (IllegalArgumentException ex) {
					throw new UnsupportedEncodingException(encoding);
				}
				reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
				this.reader = reader;
			}
			return reader;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedInputStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.in.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws BodyTooLargeException {
			this.read += bytes;
			if (this.read > MAX_BYTES) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
