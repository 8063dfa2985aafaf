package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

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
			// Without a servlet chosen, Tomcat refused the request itself, and its 5xx for a
			// request it cannot read is the client's error. An error that the application
			// answered without a body keeps its status
			boolean refusal = request.getWrapper() == null;
			if (refusal) {
				response.setStatus(ContainerErrorProblemDetail.status(status));
			}
			response.setContentType(ContainerErrorProblemDetail.CONTENT_TYPE);
			PrintWriter writer = response.getReporter();
			// Null when the response was committed after all, as Tomcat's valve allows for
			if (writer != null) {
				writer.write(refusal ? ContainerErrorProblemDetail.refusal(status)
						: ContainerErrorProblemDetail.unexplained(status));
				writer.flush();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the response was committed: nothing left to tell
		}
	}

}
