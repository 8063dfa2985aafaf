package dev.twiliospring.sample;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns bad input and Twilio errors of the message API into problem details, never a
 * 500.
 *
 * @since 1.0.0
 */
@RestControllerAdvice(assignableTypes = MessageController.class)
// Ahead of Spring MVC's handler of its own exceptions (spring.mvc.problemdetails), whose
// detail for an unreadable body would not say what the body must look like
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/**
	 * The detail of the answer when Twilio refuses the application's account or
	 * credentials, which says nothing of Twilio's message.
	 */
	static final String REFUSED_APPLICATION = "Twilio refused this application's account or credentials, so the "
			+ "message was not sent. The request is not at fault: the application's Twilio configuration has to be "
			+ "fixed by its operator.";

	@ExceptionHandler
	ProblemDetail invalidRequest(MessageController.InvalidRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid message", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiRequestSizeFilter.BodyTooLargeException) {
				return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", ApiRequestSizeFilter.DETAIL);
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "Malformed request",
				"The body must be JSON such as {\"to\": \"+14155550100\", \"body\": \"Hello\"}");
	}

	@ExceptionHandler
	ProblemDetail notConfigured(MessageController.TwilioNotConfiguredException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Twilio not configured", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail twilioError(TwilioApiException ex) {
		int statusCode = ex.getStatusCode();
		ProblemDetail problem;
		if (statusCode == 401 || statusCode == 403) {
			// The application's account or credentials, such as a wrong auth token (error
			// 20003): the operator's to fix, and nothing the caller can change
			logger.warn("Twilio refused the application's account or credentials: HTTP {}, error {}, request id {}. "
					+ "Check twilio.account-sid and twilio.auth-token (or twilio.api-key.sid and "
					+ "twilio.api-key.secret)", statusCode, ex.getCode(), ex.getRequestId());
			logger.debug("Twilio's answer: {}", ex.getMessage());
			problem = problem(HttpStatus.BAD_GATEWAY, "Twilio refused the application", REFUSED_APPLICATION);
		}
		else {
			// Twilio's message can quote the phone number, which is personal data
			logger.warn("Twilio rejected the message: HTTP {}, error {}, request id {}", statusCode, ex.getCode(),
					ex.getRequestId());
			logger.debug("Twilio's answer: {}", ex.getMessage());
			// A 4xx from Twilio is a problem with the request; anything else is Twilio's
			HttpStatus status = (statusCode >= 400 && statusCode < 500) ? HttpStatus.UNPROCESSABLE_CONTENT
					: HttpStatus.BAD_GATEWAY;
			problem = problem(status, "Twilio rejected the message",
					(ex.getErrorMessage() != null) ? ex.getErrorMessage() : ex.getMessage());
		}
		if (ex.getCode() != null) {
			problem.setProperty("twilioCode", ex.getCode());
		}
		if (ex.getMoreInfo() != null) {
			problem.setProperty("moreInfo", ex.getMoreInfo());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail twilioUnavailable(TwilioException ex) {
		if (ex.getCause() instanceof JacksonException unreadable) {
			// The parser's complaint about Twilio's answer can quote a value of it
			logger.warn("Could not read Twilio's answer: {}", unreadable.getClass().getSimpleName());
			logger.debug("Failure of the call to Twilio", ex);
			return problem(HttpStatus.BAD_GATEWAY, "Twilio call failed",
					"Twilio's answer could not be read; the application's log has the details");
		}
		// Built from the call's path template and Twilio's host, or the sample's own words
		logger.warn("Could not send the message through Twilio: {}", ex.getMessage());
		return (ex instanceof TwilioConnectionException)
				? problem(HttpStatus.BAD_GATEWAY, "Twilio unavailable", "Twilio could not be reached: " + ex.getMessage())
				: problem(HttpStatus.BAD_GATEWAY, "Twilio call failed", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
