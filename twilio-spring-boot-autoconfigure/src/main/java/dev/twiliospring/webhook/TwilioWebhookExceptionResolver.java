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
 * {@code application/problem+json} body naming the offending parameter, and a webhook
 * payload asked for in a request whose signature was not checked with 403 Forbidden.
 * {@link TwilioWebhookWebMvcConfigurer} adds it after the resolver of
 * {@code @ExceptionHandler} methods, so that the application can answer the exception its
 * own way.
 *
 * @since 1.0.0
 */
public class TwilioWebhookExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(TwilioWebhookExceptionResolver.class);

	/**
	 * Refusals of requests nobody checked: an advice that takes a payload meets every
	 * request to the controllers it applies to, so anyone can cause them.
	 */
	private final RateLimitedLog refusals = new RateLimitedLog(logger, "refusals");

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (response.isCommitted()) {
			return null;
		}
		if (ex instanceof UnverifiedWebhookRequestException unverified) {
			this.refusals.warn("Refused " + WebhookProblems.loggable(request.getMethod() + " " + request.getRequestURI())
					+ " with 403: " + unverified.getMessage());
			return answer(request, response, HttpStatus.FORBIDDEN, WebhookProblems.NOT_VERIFIED,
					WebhookProblems.NOT_VERIFIED_DETAIL);
		}
		if (!(ex instanceof InvalidWebhookPayloadException invalid)) {
			return null;
		}
		logger.warn("Rejected Twilio webhook "
				+ WebhookProblems.loggable(request.getMethod() + " " + request.getRequestURI()) + " with 400: "
				+ WebhookProblems.loggable(invalid.getMessage()));
		return answer(request, response, HttpStatus.BAD_REQUEST, "invalid-parameter", invalid.getMessage());
	}

	private static @Nullable ModelAndView answer(HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String reason, String detail) {
		try {
			WebhookProblems.write(request, response, status, reason, detail);
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
