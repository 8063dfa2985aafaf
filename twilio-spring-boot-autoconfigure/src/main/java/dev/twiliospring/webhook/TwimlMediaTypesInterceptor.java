package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncTask;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.twiliospring.twiml.TwimlDocument;

/**
 * Declares the XML media types as the only ones that a handler method returning TwiML
 * (directly, in an {@code HttpEntity} or as the value of an asynchronous result such as a
 * {@code CompletableFuture}) produces, unless its mapping declares its own.
 * <p>
 * Without this, a request that accepts JSON as well as XML (or instead of it) could have
 * a JSON converter chosen, which writes a {@link TwimlDocument} as an empty object or
 * refuses it after being chosen. With it, such a request gets the TwiML when it accepts
 * XML at all, and 406 when it accepts JSON only.
 * <p>
 * A request that states no preference ({@code Accept: *}{@code /*}, as the webhooks of
 * the test emulator, or no {@code Accept} at all) gets {@code application/xml} set as the
 * content type ahead of the handler: Spring MVC would otherwise apply the application's
 * default content type (such as JSON, from
 * {@code ContentNegotiationConfigurer.defaultContentType}), and have nothing to answer
 * with but 406. The dispatcher servlet removes the type again if the handler fails, so
 * that the error is written as it would be without it.
 */
final class TwimlMediaTypesInterceptor implements HandlerInterceptor {

	/**
	 * In order of preference: {@code application/xml} unless the request asks for
	 * {@code text/xml}.
	 */
	private static final Set<MediaType> TWIML_MEDIA_TYPES = Collections
		.unmodifiableSet(new LinkedHashSet<>(List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML)));

	/**
	 * Return types whose value Spring MVC produces later, asynchronously, and writes as
	 * if the handler had returned it.
	 */
	private static final List<Class<?>> ASYNC_TYPES = List.of(Callable.class, WebAsyncTask.class,
			DeferredResult.class, CompletionStage.class);

	/**
	 * Whether a handler method returns TwiML, directly, in an {@code HttpEntity} or
	 * asynchronously, by its class and method, so that the return type is not resolved
	 * for every request.
	 */
	private final Map<HandlerKey, Boolean> twimlMethods = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod handlerMethod
				&& request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) == null
				&& returnsTwiml(handlerMethod)) {
			request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, TWIML_MEDIA_TYPES);
			if (response.getContentType() == null && !response.isCommitted() && statesNoPreference(request)) {
				response.setContentType(MediaType.APPLICATION_XML_VALUE);
			}
		}
		return true;
	}

	/**
	 * Whether the request accepts any media type without naming one, the case in which
	 * Spring MVC falls back to the application's default content type.
	 */
	private static boolean statesNoPreference(HttpServletRequest request) {
		Enumeration<String> accept = request.getHeaders(HttpHeaders.ACCEPT);
		while (accept != null && accept.hasMoreElements()) {
			for (String range : accept.nextElement().split(",")) {
				String trimmed = range.trim();
				if (!trimmed.isEmpty() && !trimmed.equals("*/*")) {
					return false;
				}
			}
		}
		return true;
	}

	private boolean returnsTwiml(HandlerMethod handlerMethod) {
		Class<?> type = handlerMethod.getReturnType().getParameterType();
		if (TwimlDocument.class.isAssignableFrom(type)) {
			return true;
		}
		if (!HttpEntity.class.isAssignableFrom(type) && !isAsync(type)) {
			return false;
		}
		return this.twimlMethods.computeIfAbsent(new HandlerKey(handlerMethod.getBeanType(), handlerMethod.getMethod()),
				(key) -> isTwiml(ResolvableType.forMethodParameter(handlerMethod.getReturnType())));
	}

	private static boolean isTwiml(ResolvableType type) {
		// The value of an asynchronous result is written on the asynchronous dispatch, for
		// which this interceptor runs again and must declare the same media types
		Class<?> asyncType = asyncType(type.toClass());
		if (asyncType != null) {
			return isTwiml(type.as(asyncType).getGeneric(0));
		}
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			type = type.as(HttpEntity.class).getGeneric(0);
		}
		Class<?> body = type.resolve();
		return body != null && TwimlDocument.class.isAssignableFrom(body);
	}

	private static boolean isAsync(Class<?> type) {
		return asyncType(type) != null;
	}

	private static @Nullable Class<?> asyncType(Class<?> type) {
		for (Class<?> asyncType : ASYNC_TYPES) {
			if (asyncType.isAssignableFrom(type)) {
				return asyncType;
			}
		}
		return null;
	}

	private record HandlerKey(Class<?> beanType, Method method) {
	}

}
