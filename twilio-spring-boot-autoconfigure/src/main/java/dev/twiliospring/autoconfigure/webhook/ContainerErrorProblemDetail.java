package dev.twiliospring.autoconfigure.webhook;

import org.springframework.http.HttpStatus;

/**
 * The problem detail that {@link ProblemDetailErrorReportValve} and
 * {@link ProblemDetailErrorHandler} write for the errors their server answers itself.
 * Kept apart from both so that neither server's classes are needed to load it.
 */
final class ContainerErrorProblemDetail {

	static final String CONTENT_TYPE = "application/problem+json";

	/**
	 * The detail of a refusal whose status no more specific text describes.
	 */
	static final String DETAIL = "The server refused the request itself, before the application saw it.";

	/**
	 * The detail of an error that the application answered without a body.
	 */
	static final String UNEXPLAINED = "The request was answered with this status and no further detail.";

	private ContainerErrorProblemDetail() {
	}

	/**
	 * Return the status that a refusal is answered with. A server answers a request it
	 * cannot read as HTTP/1.1 with 501 (a transfer coding other than chunked) or 505 (an
	 * HTTP version other than 1.x), as if the server were at fault; such a request is the
	 * client's error, and RFC 9112 (section 6.3) asks for 400 when {@code chunked} is not
	 * the last transfer coding. Every other status is kept.
	 * @param status the status the server chose
	 * @return the status to answer with
	 */
	static int status(int status) {
		return (status == 501 || status == 505) ? 400 : status;
	}

	/**
	 * Return what a refusal with the status the server chose says to fix.
	 * @param status the status the server chose
	 * @return the detail
	 */
	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request line, URL or headers are malformed or larger than the server accepts, "
					+ "for example an invalid Host header, a space, control character or encoded slash in the URL, "
					+ "a repeated Content-Length, or a Transfer-Encoding whose last coding is not chunked.";
			case 408 -> "The request did not arrive in full within the server's timeout.";
			case 413 -> "The request body is larger than the server accepts.";
			case 414 -> "The URL is longer than the server accepts.";
			case 417 -> "The server only meets the expectation 100-continue; send no other Expect header.";
			case 431 -> "The request headers are larger than the server accepts.";
			case 501 -> "The request's Transfer-Encoding is not supported: send the body with a Content-Length, "
					+ "or with chunked as the last transfer coding.";
			case 505 -> "The request's HTTP version is not supported: use HTTP/1.1.";
			default -> DETAIL;
		};
	}

	/**
	 * Return the problem detail for a refusal by the server: the {@link #status(int)
	 * status} it is answered with, its reason phrase as the title, and the
	 * {@link #detail(int) detail}.
	 * @param status the status the server chose
	 * @return the problem detail as JSON
	 */
	static String refusal(int status) {
		return json(status(status), detail(status));
	}

	/**
	 * Return the problem detail for an error that the application answered with a
	 * status and nothing else, which it keeps.
	 * @param status the status
	 * @return the problem detail as JSON
	 */
	static String unexplained(int status) {
		return json(status, UNEXPLAINED);
	}

	/**
	 * Every value is a number or fixed ASCII text without a quote, a backslash or a
	 * control character, so nothing needs escaping and no charset is needed.
	 */
	private static String json(int status, String detail) {
		HttpStatus httpStatus = HttpStatus.resolve(status);
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\"");
		if (httpStatus != null) {
			json.append(",\"title\":\"").append(httpStatus.getReasonPhrase()).append('"');
		}
		json.append(",\"status\":").append(status);
		json.append(",\"detail\":\"").append(detail).append("\"}");
		return json.toString();
	}

}
