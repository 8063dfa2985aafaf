package dev.twiliospring.webhook;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Response that passes everything through to the client and keeps a copy of the body for
 * replay to retried requests. Unlike a buffering wrapper it never holds back content, so
 * nothing is lost if the request goes asynchronous or the copy grows too large.
 */
final class RecordingResponse extends HttpServletResponseWrapper {

	/**
	 * Headers that describe the message or the connection rather than the answer, set
	 * again when it is replayed, in lower case.
	 */
	private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "transfer-encoding",
			"connection", "keep-alive", "date");

	private static final String CONTENT_ENCODING = "content-encoding";

	private final int maxRecordedBytes;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private boolean overflowed;

	private boolean errorSent;

	/**
	 * Whether the application set the content coding. A server that compresses the
	 * response itself (server.compression.enabled) labels it without this wrapper, and
	 * the recorded body is the one before compression, which a replay must not label.
	 */
	private boolean contentEncodingSet;

	private @Nullable ServletOutputStream outputStream;

	private @Nullable PrintWriter writer;

	/**
	 * The writer's encoder, whose buffered characters a reset must reach.
	 */
	private @Nullable OutputStreamWriter encoder;

	/**
	 * Names of the headers that the response had before the handler ran, set by the
	 * filters in front of the webhook filter, in lower case: a replay is answered with
	 * the headers those filters set for it, not with copies of the first answer's.
	 */
	private final Set<String> headersBefore = new HashSet<>();

	RecordingResponse(HttpServletResponse response, int maxRecordedBytes) {
		super(response);
		this.maxRecordedBytes = maxRecordedBytes;
		for (String name : response.getHeaderNames()) {
			this.headersBefore.add(name.toLowerCase(Locale.ROOT));
		}
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.outputStream == null) {
			this.outputStream = new TeeOutputStream(super.getOutputStream());
		}
		return this.outputStream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			String encoding = getCharacterEncoding();
			Charset charset = Charset.forName(encoding);
			// The container's own writer is never taken, so the charset is labelled and
			// locked here as the container would do it: the body is encoded with this one
			super.setCharacterEncoding(encoding);
			ServletOutputStream out = getOutputStream();
			OutputStreamWriter encoder = new OutputStreamWriter(new FilterOutputStream(out) {

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					out.write(bytes, offset, length);
				}

				@Override
				public void flush() {
					// Passing the encoded bytes on is all an encoder flush does: a reset
					// flushes the encoder and must not commit the response
				}

			}, charset);
			this.encoder = encoder;
			this.writer = new PrintWriter(encoder) {

				@Override
				public void flush() {
					super.flush();
					try {
						out.flush();
					}
					catch (IOException ex) {
						setError();
					}
				}

			};
		}
		return this.writer;
	}

	@Override
	public void setHeader(String name, @Nullable String value) {
		this.contentEncodingSet |= CONTENT_ENCODING.equalsIgnoreCase(name);
		super.setHeader(name, value);
	}

	@Override
	public void addHeader(String name, @Nullable String value) {
		this.contentEncodingSet |= CONTENT_ENCODING.equalsIgnoreCase(name);
		super.addHeader(name, value);
	}

	@Override
	public void setCharacterEncoding(@Nullable String charset) {
		if (this.writer == null) {
			super.setCharacterEncoding(charset);
		}
	}

	@Override
	public void setContentType(@Nullable String type) {
		super.setContentType((this.writer != null && type != null) ? withoutCharset(type) : type);
	}

	private static String withoutCharset(String contentType) {
		StringBuilder result = new StringBuilder();
		for (String part : contentType.split(";")) {
			int equals = part.indexOf('=');
			String name = (equals >= 0) ? part.substring(0, equals).trim() : "";
			if (!name.equalsIgnoreCase("charset")) {
				result.append((result.length() > 0) ? ";" : "").append(part);
			}
		}
		return result.toString();
	}

	@Override
	public void flushBuffer() throws IOException {
		flushWriter();
		super.flushBuffer();
	}

	@Override
	public void sendError(int status) throws IOException {
		this.errorSent = true;
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.errorSent = true;
		super.sendError(status, message);
	}

	@Override
	public void resetBuffer() {
		passOnEncodedText();
		super.resetBuffer();
		this.copy.reset();
		this.overflowed = false;
	}

	@Override
	public void reset() {
		passOnEncodedText();
		super.reset();
		this.copy.reset();
		this.overflowed = false;
	}

	/**
	 * Move the text that the writer's encoder still holds into the response buffer,
	 * without committing it, so that a reset discards it with the rest.
	 */
	private void passOnEncodedText() {
		if (this.encoder != null) {
			try {
				this.encoder.flush();
			}
			catch (IOException ex) {
				// The buffer is reset anyway
			}
		}
	}

	void flushWriter() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

	/**
	 * Whether the response can be replayed: it was written normally, in full, and is not
	 * a server error, after which a retry should run the handler again.
	 */
	boolean isRecordable() {
		return !this.errorSent && !this.overflowed && getStatus() < 500;
	}

	RecordedWebhookResponse toRecorded() {
		flushWriter();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : getHeaderNames()) {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (!NOT_REPLAYED.contains(lowerCase) && !this.headersBefore.contains(lowerCase)
					&& (this.contentEncodingSet || !CONTENT_ENCODING.equals(lowerCase))) {
				headers.put(name, List.copyOf(getHeaders(name)));
			}
		}
		return new RecordedWebhookResponse(getStatus(), getContentType(), headers, this.copy.toByteArray());
	}

	private void record(byte[] bytes, int offset, int length) {
		if (this.overflowed) {
			return;
		}
		if (this.copy.size() + length > this.maxRecordedBytes) {
			this.overflowed = true;
			this.copy.reset();
			return;
		}
		this.copy.write(bytes, offset, length);
	}

	private final class TeeOutputStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		TeeOutputStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
			record(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.delegate.write(bytes, offset, length);
			record(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.delegate.flush();
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener writeListener) {
			this.delegate.setWriteListener(writeListener);
		}

	}

}
