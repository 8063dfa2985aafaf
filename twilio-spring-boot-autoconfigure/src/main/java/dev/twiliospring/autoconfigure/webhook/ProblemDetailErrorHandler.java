package dev.twiliospring.autoconfigure.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty error handler that answers the errors Jetty reports itself, such as a request
 * line or headers larger than the server accepts, with an RFC 9457
 * {@code application/problem+json} body instead of an HTML page.
 * <p>
 * It is meant to be the server's error handler, which Jetty only calls for errors no
 * context handles: those it answers before a request reaches the application. Errors in
 * the application keep Spring Boot's error handling. The problem detail names the status
 * only; it never shows an exception, a stack trace, the server's name or anything of the
 * request.
 *
 * @since 1.0.0
 */
public class ProblemDetailErrorHandler extends ErrorHandler {

	/**
	 * Return {@code true}: as with Tomcat, an error gets a problem detail whatever the
	 * request's method (for {@code HEAD}, its headers only), where Jetty's own handler
	 * writes a page only for {@code GET}, {@code POST} and {@code HEAD}.
	 * @param method the method of the request
	 * @return {@code true}
	 */
	@Override
	public boolean errorPageForMethod(String method) {
		return true;
	}

	@Override
	protected void generateResponse(Request request, Response response, int code, @Nullable String message,
			@Nullable Throwable cause, Callback callback) {
		// The message and the cause may quote the request, so neither is written; nor is
		// Accept consulted, as problem details are the one format this server answers in
		response.setStatus(ContainerErrorProblemDetail.status(code));
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, ContainerErrorProblemDetail.CONTENT_TYPE);
		// Jetty sends what an error handler writes even for HEAD, which must have no body
		if (HttpMethod.HEAD.is(request.getMethod())) {
			callback.succeeded();
			return;
		}
		byte[] body = ContainerErrorProblemDetail.refusal(code).getBytes(StandardCharsets.US_ASCII);
		response.write(true, ByteBuffer.wrap(body), callback);
	}

}
