package dev.twiliospring.webhook;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * {@link HandlerMapping} that hands the dispatcher servlet the handler that
 * {@link TwilioWebhookFilter} already looked up for a webhook request, so that the
 * request's handler is looked up once rather than twice.
 * <p>
 * It is asked first and answers only a request's first dispatch, and only when the
 * {@link TwilioWebhookRequestMatcher} recorded a lookup that the dispatcher servlet would
 * repeat with the same result: a handler method of an annotated controller, at a path
 * where no mapping selects by body parameters. For every other request it answers
 * {@code null} and the dispatcher servlet asks the other mappings as usual.
 *
 * @since 1.0.0
 */
public class TwilioWebhookHandlerMapping implements HandlerMapping, Ordered {

	/**
	 * Request attribute with the lookup that the request matcher recorded.
	 */
	static final String LOOKUP_ATTRIBUTE = TwilioWebhookHandlerMapping.class.getName() + ".LOOKUP";

	@Override
	public @Nullable HandlerExecutionChain getHandler(HttpServletRequest request) {
		if (!(request.getAttribute(LOOKUP_ATTRIBUTE) instanceof Lookup lookup)) {
			return null;
		}
		// Only within the dispatcher servlet's first dispatch of the request: not for
		// other callers of handler mappings (such as HandlerMappingIntrospector) that run
		// before it, nor for forwards, error pages or asynchronous dispatches
		if (request.getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE) == null) {
			return null;
		}
		request.removeAttribute(LOOKUP_ATTRIBUTE);
		if (request.getDispatcherType() != DispatcherType.REQUEST || !lookup.method().equals(request.getMethod())
				|| !lookup.requestUri().equals(request.getRequestURI())) {
			return null;
		}
		lookup.removedAttributes().forEach(request::removeAttribute);
		lookup.attributes().forEach((name, value) -> {
			if (!name.equals(ServletRequestPathUtils.PATH_ATTRIBUTE) && !name.equals(UrlPathHelper.PATH_ATTRIBUTE)) {
				request.setAttribute(name, value);
			}
		});
		return lookup.chain();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * A handler lookup made on a {@link LookupRequest}: its result and the request
	 * attributes the handler mappings set and removed on the way.
	 */
	record Lookup(HandlerExecutionChain chain, Map<String, Object> attributes, Set<String> removedAttributes,
			String method, String requestUri) {

	}

}
