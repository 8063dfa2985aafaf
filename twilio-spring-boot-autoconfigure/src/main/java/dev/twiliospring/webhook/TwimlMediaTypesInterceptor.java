package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.twiliospring.twiml.TwimlDocument;

/**
 * Declares the XML media types as the only ones that a handler method returning TwiML
 * produces, unless its mapping declares its own.
 * <p>
 * Without this, a request that accepts JSON as well as XML (or instead of it) could have
 * a JSON converter chosen, which writes a {@link TwimlDocument} as an empty object or
 * refuses it after being chosen. With it, such a request gets the TwiML when it accepts
 * XML at all, and 406 when it accepts JSON only.
 */
final class TwimlMediaTypesInterceptor implements HandlerInterceptor {

	/**
	 * In order of preference: {@code application/xml} unless the request asks for
	 * {@code text/xml}.
	 */
	private static final Set<MediaType> TWIML_MEDIA_TYPES = Collections
		.unmodifiableSet(new LinkedHashSet<>(List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML)));

	/**
	 * Whether the {@code HttpEntity} that a handler method returns has a TwiML body, by its
	 * class and method, so that the body type is not resolved for every request.
	 */
	private final Map<HandlerKey, Boolean> twimlEntities = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod handlerMethod
				&& request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) == null
				&& returnsTwiml(handlerMethod)) {
			request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, TWIML_MEDIA_TYPES);
		}
		return true;
	}

	private boolean returnsTwiml(HandlerMethod handlerMethod) {
		Class<?> type = handlerMethod.getReturnType().getParameterType();
		if (TwimlDocument.class.isAssignableFrom(type)) {
			return true;
		}
		if (HttpEntity.class.isAssignableFrom(type)) {
			return this.twimlEntities.computeIfAbsent(
					new HandlerKey(handlerMethod.getBeanType(), handlerMethod.getMethod()),
					(key) -> hasTwimlBody(handlerMethod.getReturnType()));
		}
		return false;
	}

	private static boolean hasTwimlBody(MethodParameter returnType) {
		Class<?> body = ResolvableType.forMethodParameter(returnType).as(HttpEntity.class).getGeneric(0).resolve();
		return body != null && TwimlDocument.class.isAssignableFrom(body);
	}

	private record HandlerKey(Class<?> beanType, Method method) {
	}

}
