package dev.twiliospring.autoconfigure.webhook;

import org.springframework.http.HttpStatus;

/**
 * The problem detail that {@link ProblemDetailErrorReportValve} and
 * {@link ProblemDetailErrorHandler} write for the errors their server answers itself.
 * Kept apart from both so that neither server's classes are needed to load it.
 */
final class ContainerErrorProblemDetail {

	static final String CONTENT_TYPE = "application/problem+json";

	static final String DETAIL = "The server answered the request with this error itself, "
			+ "for example because its URL or headers are longer than the server accepts.";

	private ContainerErrorProblemDetail() {
	}

	/**
	 * Return the problem detail for a status. Every value is either a number or one of
	 * Spring's fixed ASCII reason phrases, none of which holds a quote, a backslash or a
	 * control character, so nothing needs escaping and no charset is needed.
	 */
	static String json(int status) {
		HttpStatus httpStatus = HttpStatus.resolve(status);
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\"");
		if (httpStatus != null) {
			json.append(",\"title\":\"").append(httpStatus.getReasonPhrase()).append('"');
		}
		json.append(",\"status\":").append(status);
		json.append(",\"detail\":\"").append(DETAIL).append("\"}");
		return json.toString();
	}

}
