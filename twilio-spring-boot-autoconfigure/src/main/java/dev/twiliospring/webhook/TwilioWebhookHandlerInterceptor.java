package dev.twiliospring.webhook;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Safety net behind {@link TwilioWebhookFilter}: refuses to run a handler annotated with
 * {@link TwilioWebhook}, or one that takes a webhook payload such as
 * {@link InboundMessage}, for a request the filter did not pass on.
 * <p>
 * That happens when the filter is not registered, or when its handler lookup, which only
 * sees query parameters, found another handler than the dispatcher servlet did (for
 * example because a mapping's {@code params} condition tests a body parameter), or when
 * the handler was mapped after the filter indexed the handler mappings. It also refuses
 * any handler for a request that the application forwarded to a path in
 * {@code twilio.webhook.paths}, or included one: the filter checks a request's own path
 * only. The request is answered with 403 and an error explains the cause; for a handler
 * mapped later, the filter indexes the mappings again, so that the next request for the
 * handler is checked. Anyone can
 * send such requests, so that at most one refusal a minute is logged as an error, and
 * the others at {@code DEBUG}.
 *
 * @since 1.0.0
 */
public class TwilioWebhookHandlerInterceptor implements HandlerInterceptor {

	private static final Log logger = LogFactory.getLog(TwilioWebhookHandlerInterceptor.class);

	private final @Nullable TwilioWebhookRequestMatcher requestMatcher;

	private final RateLimitedLog refusals = new RateLimitedLog(logger, "refusals");

	/**
	 * Create an interceptor that only refuses requests.
	 */
	public TwilioWebhookHandlerInterceptor() {
		this(null);
	}

	/**
	 * Create an interceptor that also tells the filter's request matcher when it passed
	 * on a webhook request, so that a handler mapped while the application runs is
	 * checked from the next request on.
	 * @param requestMatcher the filter's request matcher, or {@code null}
	 */
	public TwilioWebhookHandlerInterceptor(@Nullable TwilioWebhookRequestMatcher requestMatcher) {
		this.requestMatcher = requestMatcher;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (request.getAttribute(TwilioWebhookFilter.VERIFIED_ATTRIBUTE) != null) {
			return true;
		}
		if (!TwilioWebhookRequestMatcher.isWebhookHandler(handler)) {
			DispatcherType dispatcherType = request.getDispatcherType();
			if ((dispatcherType == DispatcherType.FORWARD || dispatcherType == DispatcherType.INCLUDE)
					&& this.requestMatcher != null && this.requestMatcher.matchesDispatchTarget(request)) {
				return refuse(request, response, "the application forwarded it to, or included, a path in "
						+ "twilio.webhook.paths, but the TwilioWebhookFilter only checks a request's own path. List the "
						+ "path the request was sent to in twilio.webhook.paths as well.");
			}
			if (!TwilioWebhookArgumentResolver.takesPayload(handler)) {
				return true;
			}
			return refuse(request, response, "its handler takes a Twilio webhook payload but is not a webhook, so "
					+ "the request's X-Twilio-Signature was not checked. Annotate the handler with @TwilioWebhook, or "
					+ "list its path in twilio.webhook.paths.");
		}
		if (this.requestMatcher != null) {
			this.requestMatcher.webhookHandlerRefused(handler);
		}
		return refuse(request, response, "its handler is annotated with @TwilioWebhook but the request was not "
				+ "checked by the TwilioWebhookFilter. Make sure the filter is registered (twilio.webhook.enabled="
				+ "false leaves it out), and that the handler can be told apart by path, method, headers and query "
				+ "parameters (not by body parameters). A handler mapped while the application runs is checked "
				+ "from the next request on; the filter does not see the handlers of a second DispatcherServlet, "
				+ "so list their paths in twilio.webhook.paths.");
	}

	private boolean refuse(HttpServletRequest request, HttpServletResponse response, String cause)
			throws IOException {
		this.refusals.error("Refused " + WebhookProblems.loggable(request.getMethod() + " " + request.getRequestURI())
				+ ": " + cause);
		WebhookProblems.write(request, response, HttpStatus.FORBIDDEN, WebhookProblems.NOT_VERIFIED,
				WebhookProblems.NOT_VERIFIED_DETAIL);
		return false;
	}

}
