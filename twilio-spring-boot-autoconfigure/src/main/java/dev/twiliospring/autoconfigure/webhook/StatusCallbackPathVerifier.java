package dev.twiliospring.autoconfigure.webhook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Fails startup when the status callback endpoint's path is also the literal path of a
 * controller method. Router functions come ahead of annotated controllers, so the
 * endpoint would take all of that method's requests: an inbound message or call carries
 * a status ({@code SmsStatus=received}, {@code CallStatus=ringing}), and would be
 * published as a status event instead of reaching its webhook. A pattern that also
 * matches the path, such as a single-page application's {@code /**} fallback, keeps its
 * other paths, as it would beside a more specific mapping.
 */
class StatusCallbackPathVerifier implements SmartInitializingSingleton {

	private static final String PROPERTY = "twilio.webhook.status-callback.path";

	private static final Set<RequestMethod> ENDPOINT_METHODS = Set.of(RequestMethod.GET, RequestMethod.POST);

	private final String path;

	private final Supplier<List<RequestMappingInfoHandlerMapping>> handlerMappings;

	StatusCallbackPathVerifier(String path, Supplier<List<RequestMappingInfoHandlerMapping>> handlerMappings) {
		this.path = path;
		this.handlerMappings = handlerMappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (RequestMappingInfoHandlerMapping handlerMapping : this.handlerMappings.get()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
				if (matches(entry.getKey())) {
					throw new InvalidTwilioConfigurationException(PROPERTY, null,
							PROPERTY + " " + this.path + " is also mapped to " + entry.getValue()
									+ ", whose requests the status callback endpoint would take",
							"Give the status callback endpoint a path of its own, such as /twilio/status, or "
									+ "map the controller method to another path.");
				}
			}
		}
	}

	private boolean matches(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (!methods.isEmpty() && methods.stream().noneMatch(ENDPOINT_METHODS::contains)) {
			return false;
		}
		// The mapping's literal paths, whichever path matcher it uses
		return info.getDirectPaths().contains(this.path);
	}

}
