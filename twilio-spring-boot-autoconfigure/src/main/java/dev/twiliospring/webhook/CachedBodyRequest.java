package dev.twiliospring.webhook;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Webhook request whose body the signature filter has read: the body is replayed to
 * whoever reads it next, and the parameters are those of the query string followed by
 * those of a form body, decoded the same strict way the signature was checked.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte @Nullable [] body;

	private final Charset charset;

	private final Map<String, String[]> parameters;

	private @Nullable ServletInputStream inputStream;

	private @Nullable BufferedReader reader;

	CachedBodyRequest(HttpServletRequest request, byte @Nullable [] body, Charset charset,
			Map<String, String[]> parameters) {
		super(request);
		this.body = body;
		this.charset = charset;
		this.parameters = Collections.unmodifiableMap(parameters);
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values.clone() : null;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.body == null) {
			return super.getInputStream();
		}
		if (this.inputStream == null) {
			this.inputStream = new ReplayInputStream(this.body);
		}
		return this.inputStream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (this.body == null) {
			return super.getReader();
		}
		if (this.reader == null) {
			this.reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), this.charset));
		}
		return this.reader;
	}

	@Override
	public int getContentLength() {
		return (this.body != null) ? this.body.length : super.getContentLength();
	}

	@Override
	public long getContentLengthLong() {
		return (this.body != null) ? this.body.length : super.getContentLengthLong();
	}

	private static final class ReplayInputStream extends ServletInputStream {

		private final ByteArrayInputStream body;

		ReplayInputStream(byte[] body) {
			this.body = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return this.body.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.body.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.body.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener readListener) {
			try {
				readListener.onDataAvailable();
				readListener.onAllDataRead();
			}
			catch (IOException ex) {
				readListener.onError(ex);
			}
		}

	}

}
