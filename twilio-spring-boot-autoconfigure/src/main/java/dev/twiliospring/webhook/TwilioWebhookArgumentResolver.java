package dev.twiliospring.webhook;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves handler method parameters of the webhook payload types ({@link InboundMessage},
 * {@link InboundCall}, {@link GatherResult}, {@link DialResult}, {@link RecordResult},
 * {@link MessageStatusCallback}, {@link CallStatusCallback},
 * {@link RecordingStatusCallback}, {@link AsyncAmdStatusCallback},
 * {@link ConferenceStatusCallback}) and of
 * {@link WebhookParameters} from the request parameters.
 * <p>
 * A parameter with a value that does not fit its type, such as a {@code NumMedia} that
 * is not a number, raises an {@link InvalidWebhookPayloadException}, which is answered
 * with 400 Bad Request. The types may be wrapped in {@link Optional}. Only requests
 * whose signature {@link TwilioWebhookFilter} checked are bound:
 * {@link TwilioWebhookHandlerInterceptor} refuses the others before their handler runs,
 * and for a method that runs for other handlers too, such as a {@code @ModelAttribute}
 * method of a controller advice, such a request gets an empty {@link Optional}, or
 * {@code null} for a nullable parameter, or else is answered with 403 Forbidden.
 *
 * @since 1.0.0
 */
public class TwilioWebhookArgumentResolver implements HandlerMethodArgumentResolver {

	private static final Map<Class<?>, Function<WebhookParameters, ?>> PAYLOADS = Map.ofEntries(
			Map.entry(WebhookParameters.class, Function.identity()),
			Map.entry(InboundMessage.class, InboundMessage::from), Map.entry(InboundCall.class, InboundCall::from),
			Map.entry(GatherResult.class, GatherResult::from), Map.entry(DialResult.class, DialResult::from),
			Map.entry(RecordResult.class, RecordResult::from),
			Map.entry(MessageStatusCallback.class, MessageStatusCallback::from),
			Map.entry(CallStatusCallback.class, CallStatusCallback::from),
			Map.entry(RecordingStatusCallback.class, RecordingStatusCallback::from),
			Map.entry(AsyncAmdStatusCallback.class, AsyncAmdStatusCallback::from),
			Map.entry(ConferenceStatusCallback.class, ConferenceStatusCallback::from));

	private static final MethodFlags PAYLOAD_METHODS = new MethodFlags();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return isPayload(parameter);
	}

	@Override
	@SuppressWarnings("NullAway") // Spring resolves only the parameters supportsParameter accepts
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null || request.getAttribute(TwilioWebhookFilter.VERIFIED_ATTRIBUTE) == null) {
			// A handler that takes a payload never gets here for such a request (the
			// interceptor refuses it), but @ModelAttribute and @InitBinder methods of a
			// controller advice run for other handlers too
			if (parameter.getParameterType() == Optional.class) {
				return Optional.empty();
			}
			if (parameter.isOptional()) {
				return null;
			}
			throw new UnverifiedWebhookRequestException();
		}
		WebhookParameters parameters = WebhookParameters.ofArrays(request.getParameterMap());
		Object payload = PAYLOADS.get(parameter.nestedIfOptional().getNestedParameterType()).apply(parameters);
		// isOptional() is also true for a parameter declared nullable, which takes the payload itself
		return (parameter.getParameterType() == Optional.class) ? Optional.of(payload) : payload;
	}

	/**
	 * Return whether a handler method takes one of the payload types, which only a
	 * request whose signature was checked may fill.
	 * @param handler the handler, as a handler mapping returns it
	 * @return whether the handler takes a webhook payload
	 */
	static boolean takesPayload(Object handler) {
		if (!(handler instanceof HandlerMethod handlerMethod)) {
			return false;
		}
		return PAYLOAD_METHODS.get(handlerMethod.getMethod(), (method) -> Arrays.stream(handlerMethod.getMethodParameters())
			.anyMatch(TwilioWebhookArgumentResolver::isPayload));
	}

	private static boolean isPayload(MethodParameter parameter) {
		return PAYLOADS.containsKey(parameter.nestedIfOptional().getNestedParameterType());
	}

}
