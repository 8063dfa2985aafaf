package dev.twiliospring.webhook;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides whether a request is a Twilio webhook: its path matches one of the configured
 * patterns, or Spring MVC would dispatch it to a handler annotated with
 * {@link TwilioWebhook}.
 * <p>
 * The handler is looked up the way the {@code DispatcherServlet} does it, by asking every
 * {@link HandlerMapping} in order, but on a view of the request that keeps the lookup's
 * request attributes to itself and offers only the query string's parameters, so that
 * the request body is left unread for the signature check.
 *
 * @since 1.0.0
 */
public class TwilioWebhookRequestMatcher {

	/**
	 * Request attribute with the methods that the handler mappings support for a path,
	 * set when the request's method is not one of them.
	 */
	private static final String SUPPORTED_METHODS_ATTRIBUTE = TwilioWebhookRequestMatcher.class.getName()
			+ ".SUPPORTED_METHODS";

	private final Supplier<List<HandlerMapping>> handlerMappings;

	private final List<PathPattern> pathPatterns;

	/**
	 * Create a matcher.
	 * @param handlerMappings supplies the handler mappings in the order the dispatcher
	 * servlet consults them; called once, on first use
	 * @param pathPatterns path patterns, relative to the context path, whose requests
	 * are webhooks whatever their handler, such as {@code /twilio/**}
	 */
	public TwilioWebhookRequestMatcher(Supplier<List<HandlerMapping>> handlerMappings,
			Collection<String> pathPatterns) {
		this.handlerMappings = SingletonSupplier.of(handlerMappings);
		PathPatternParser parser = PathPatternParser.defaultInstance;
		this.pathPatterns = pathPatterns.stream()
			.map((pattern) -> parser.parse(parser.initFullPathPattern(pattern)))
			.toList();
	}

	/**
	 * Return whether the request is a webhook whose signature must be checked.
	 * @param request the request
	 * @return whether the request is a webhook
	 */
	public boolean matches(HttpServletRequest request) {
		return matchesPathPattern(request) || isWebhookHandler(findHandler(request));
	}

	private boolean matchesPathPattern(HttpServletRequest request) {
		if (this.pathPatterns.isEmpty()) {
			return false;
		}
		PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
			.pathWithinApplication();
		for (PathPattern pattern : this.pathPatterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the methods that a webhook handler at the request's path supports, if the
	 * request did not {@link #matches(HttpServletRequest) match} only because its method
	 * is not one of them, so that the caller can answer 405 itself.
	 * @param request a request that {@link #matches(HttpServletRequest)} has just rejected
	 * @return the supported methods, or an empty set
	 */
	Set<String> supportedWebhookMethods(HttpServletRequest request) {
		if (!(request.getAttribute(SUPPORTED_METHODS_ATTRIBUTE) instanceof Set<?> supported) || supported.isEmpty()) {
			return Set.of();
		}
		request.removeAttribute(SUPPORTED_METHODS_ATTRIBUTE);
		Set<String> methods = new LinkedHashSet<>();
		supported.forEach((method) -> methods.add(method.toString()));
		Object handler = findHandler(new LookupRequest(request, methods.iterator().next()), null);
		return isWebhookHandler(handler) ? Collections.unmodifiableSet(methods) : Set.of();
	}

	private @Nullable Object findHandler(HttpServletRequest request) {
		return findHandler(new LookupRequest(request), request);
	}

	private @Nullable Object findHandler(LookupRequest lookupRequest, @Nullable HttpServletRequest request) {
		ServletRequestPathUtils.parseAndCache(lookupRequest);
		for (HandlerMapping handlerMapping : this.handlerMappings.get()) {
			HandlerExecutionChain chain;
			try {
				chain = handlerMapping.getHandler(lookupRequest);
			}
			catch (HttpRequestMethodNotSupportedException ex) {
				// Remembered so that a webhook can be told apart from any other path, but only
				// for requests that are bound to fail anyway
				Set<HttpMethod> supported = ex.getSupportedHttpMethods();
				if (supported != null && request != null) {
					request.setAttribute(SUPPORTED_METHODS_ATTRIBUTE, supported);
				}
				return null;
			}
			catch (Exception ex) {
				// The dispatcher servlet fails on the same lookup, so no handler will run
				return null;
			}
			if (chain != null) {
				return chain.getHandler();
			}
		}
		return null;
	}

	/**
	 * Return whether the application has webhook endpoints: configured path patterns or
	 * handlers annotated with {@link TwilioWebhook}.
	 * @return whether there is at least one webhook endpoint
	 */
	public boolean hasWebhookEndpoints() {
		if (!this.pathPatterns.isEmpty()) {
			return true;
		}
		for (HandlerMapping handlerMapping : this.handlerMappings.get()) {
			if (handlerMapping instanceof AbstractHandlerMethodMapping<?> methodMapping) {
				for (HandlerMethod handlerMethod : methodMapping.getHandlerMethods().values()) {
					if (isWebhookHandler(handlerMethod)) {
						return true;
					}
				}
			}
			else if (handlerMapping instanceof AbstractUrlHandlerMapping urlMapping) {
				for (Object handler : urlMapping.getHandlerMap().values()) {
					if (isWebhookHandler(handler)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Return whether a handler, or the controller it belongs to, is annotated with
	 * {@link TwilioWebhook}.
	 * @param handler the handler, as a handler mapping returns it
	 * @return whether the handler is a webhook
	 */
	public static boolean isWebhookHandler(@Nullable Object handler) {
		if (handler instanceof HandlerMethod handlerMethod) {
			return handlerMethod.hasMethodAnnotation(TwilioWebhook.class)
					|| AnnotatedElementUtils.hasAnnotation(handlerMethod.getBeanType(), TwilioWebhook.class);
		}
		if (handler == null || handler instanceof String) {
			return false;
		}
		return AnnotatedElementUtils.hasAnnotation(AopUtils.getTargetClass(handler), TwilioWebhook.class);
	}

	@Override
	public String toString() {
		return "TwilioWebhookRequestMatcher[pathPatterns=" + this.pathPatterns + "]";
	}

}
