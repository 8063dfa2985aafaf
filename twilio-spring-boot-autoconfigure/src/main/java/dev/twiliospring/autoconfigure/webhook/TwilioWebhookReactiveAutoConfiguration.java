package dev.twiliospring.autoconfigure.webhook;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.twiliospring.webhook.TwilioWebhook;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Auto-configuration that fails the startup of a reactive web application with Twilio
 * webhook handlers.
 * <p>
 * Webhook support ({@link TwilioWebhookAutoConfiguration}) is for Spring MVC (servlet)
 * applications: in a WebFlux application nothing checks the {@code X-Twilio-Signature}
 * of a request, so a handler annotated with {@link TwilioWebhook}, or served on a path
 * of {@code twilio.webhook.paths}, would run for forged requests, and
 * {@code twilio.webhook.status-callback.path} would register no endpoint. Startup fails
 * instead with a {@link ReactiveWebhookHandlersException} that names the handlers and
 * properties. Switching webhook support off with
 * {@code twilio.webhook.enabled=false} does not change that: a servlet application then
 * keeps such handlers closed, which a reactive one has no means to do. An application
 * that checks signatures itself removes the annotation from its handlers.
 *
 * @since 1.0.0
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
public final class TwilioWebhookReactiveAutoConfiguration {

	private static final String PATHS = "twilio.webhook.paths";

	private static final String STATUS_CALLBACK_PATH = "twilio.webhook.status-callback.path";

	// Declared as what it is: lazy initialization leaves a SmartInitializingSingleton out
	@Bean
	static SmartInitializingSingleton twilioReactiveWebhookHandlerCheck(ListableBeanFactory beanFactory,
			Environment environment) {
		return () -> {
			List<String> handlers = new ArrayList<>(webhookHandlers(beanFactory));
			handlers.addAll(webhookProperties(environment));
			if (!handlers.isEmpty()) {
				throw new ReactiveWebhookHandlersException(handlers);
			}
		};
	}

	/**
	 * Return the properties that ask for signature checks or the status callback
	 * endpoint, neither of which a reactive application gets.
	 */
	static List<String> webhookProperties(Environment environment) {
		List<String> properties = new ArrayList<>();
		List<String> paths = Binder.get(environment)
			.bind(PATHS, Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.filter(StringUtils::hasText)
			.toList();
		if (!paths.isEmpty()) {
			properties.add(PATHS + "=" + String.join(",", paths));
		}
		String statusCallbackPath = environment.getProperty(STATUS_CALLBACK_PATH);
		if (StringUtils.hasText(statusCallbackPath)) {
			properties.add(STATUS_CALLBACK_PATH + "=" + statusCallbackPath.trim());
		}
		return properties;
	}

	/**
	 * Return the handlers that are marked as webhooks: each method of a controller that
	 * is annotated with {@link TwilioWebhook}, every request mapping method of a
	 * controller that is (or the class itself, when it has none), and any other bean
	 * whose class is annotated, such as a handler function.
	 */
	static List<String> webhookHandlers(ListableBeanFactory beanFactory) {
		Set<String> handlers = new LinkedHashSet<>();
		Set<Class<?>> controllers = beanTypes(beanFactory, beanFactory.getBeanNamesForAnnotation(Controller.class));
		for (Class<?> type : controllers) {
			boolean annotatedType = isWebhook(type);
			Map<Method, Boolean> methods = MethodIntrospector.selectMethods(type,
					(MethodIntrospector.MetadataLookup<Boolean>) (method) -> (isWebhook(method)
							|| (annotatedType && AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)))
									? Boolean.TRUE : null);
			methods.keySet()
				.stream()
				.map((method) -> type.getName() + "#" + method.getName())
				.sorted()
				.forEach(handlers::add);
			if (annotatedType && methods.isEmpty()) {
				handlers.add(type.getName());
			}
		}
		for (Class<?> type : beanTypes(beanFactory, beanFactory.getBeanNamesForAnnotation(TwilioWebhook.class))) {
			// The annotation may be on the bean's factory method, which marks nothing
			if (!controllers.contains(type) && isWebhook(type)) {
				handlers.add(type.getName());
			}
		}
		return List.copyOf(handlers);
	}

	private static boolean isWebhook(AnnotatedElement element) {
		return AnnotatedElementUtils.hasAnnotation(element, TwilioWebhook.class);
	}

	private static Set<Class<?>> beanTypes(ListableBeanFactory beanFactory, String[] beanNames) {
		Set<Class<?>> types = new LinkedHashSet<>();
		for (String beanName : beanNames) {
			Class<?> type = beanFactory.getType(beanName);
			if (type != null) {
				types.add(ClassUtils.getUserClass(type));
			}
		}
		return types;
	}

}
