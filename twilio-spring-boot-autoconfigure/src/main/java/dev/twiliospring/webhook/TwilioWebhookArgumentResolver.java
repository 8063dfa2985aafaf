package dev.twiliospring.webhook;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves handler method parameters of the webhook payload types ({@link InboundMessage},
 * {@link InboundCall}, {@link GatherResult}, {@link MessageStatusCallback},
 * {@link CallStatusCallback}, {@link RecordingStatusCallback}) and of
 * {@link WebhookParameters} from the request parameters.
 * <p>
 * A parameter with a value that does not fit its type, such as a {@code NumMedia} that
 * is not a number, raises an {@link InvalidWebhookPayloadException}, which is answered
 * with 400 Bad Request.
 *
 * @since 1.0.0
 */
public class TwilioWebhookArgumentResolver implements HandlerMethodArgumentResolver {

	private static final Map<Class<?>, Function<WebhookParameters, ?>> PAYLOADS = Map.of(WebhookParameters.class,
			Function.identity(), InboundMessage.class, InboundMessage::from, InboundCall.class, InboundCall::from,
			GatherResult.class, GatherResult::from, MessageStatusCallback.class, MessageStatusCallback::from,
			CallStatusCallback.class, CallStatusCallback::from, RecordingStatusCallback.class,
			RecordingStatusCallback::from);

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PAYLOADS.containsKey(parameter.getParameterType());
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		WebhookParameters parameters = (request != null) ? WebhookParameters.ofArrays(request.getParameterMap())
				: WebhookParameters.of(Map.of());
		return PAYLOADS.get(parameter.getParameterType()).apply(parameters);
	}

}
