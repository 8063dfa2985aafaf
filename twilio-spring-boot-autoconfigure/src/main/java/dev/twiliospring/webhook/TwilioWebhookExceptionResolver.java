package dev.twiliospring.webhook;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an {@link InvalidWebhookPayloadException} with 400 Bad Request and an
 * {@code application/problem+json} body naming the offending parameter.
 * {@link TwilioWebhookWebMvcConfigurer} adds it after the resolver of
 * {@code @ExceptionHandler} methods, so that the application can answer the exception its
 * own way.
 *
 * @since 1.0.0
 */
public class TwilioWebhookExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(TwilioWebhookExceptionResolver.class);

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof InvalidWebhookPayloadException invalid) || response.isCommitted()) {
			return null;
		}
		logger.warn("Rejected Twilio webhook "
				+ WebhookProblems.loggable(request.getMethod() + " " + request.getRequestURI()) + " with 400: "
				+ WebhookProblems.loggable(invalid.getMessage()));
		try {
			WebhookProblems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-parameter",
					invalid.getMessage());
		}
		catch (IOException writeFailure) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
