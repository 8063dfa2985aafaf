package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Tomcat error report valve that answers the errors Tomcat reports itself, such as a
 * request line or headers larger than the server accepts, with an RFC 9457
 * {@code application/problem+json} body instead of an HTML page.
 * <p>
 * It only writes when nothing else has: errors that the application or Spring Boot's
 * error handling answered keep their body. The problem detail names the status only; it
 * never shows an exception, a stack trace, the server's name or anything of the request.
 *
 * @since 1.0.0
 */
public class ProblemDetailErrorReportValve extends ErrorReportValve {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String DETAIL = "The server answered the request with this error itself, "
			+ "for example because its URL or headers are longer than the server accepts.";

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		// Tomcat 11 calls report for every request; as its own implementation does, only
		// an error with nothing written yet gets a body, and only once
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType(PROBLEM_JSON);
			PrintWriter writer = response.getReporter();
			// Null when the response was committed after all, as Tomcat's valve allows for
			if (writer != null) {
				writer.write(problem(status));
				writer.flush();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the response was committed: nothing left to tell
		}
	}

	/**
	 * Return the problem detail for a status. Every value is either a number or one of
	 * Spring's fixed ASCII reason phrases, none of which holds a quote, a backslash or a
	 * control character, so nothing needs escaping and no charset is needed.
	 */
	static String problem(int status) {
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
