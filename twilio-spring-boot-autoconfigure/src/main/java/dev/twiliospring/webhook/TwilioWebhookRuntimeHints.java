package dev.twiliospring.webhook;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * {@link RuntimeHintsRegistrar} for the webhook support, so that it works in a GraalVM
 * native image: binding hints for the payloads and status events, which Jackson writes
 * and reads when an application returns, caches or queues them as JSON, and what
 * {@link TwilioWebhookRequestMatcher} reads of a Kotlin function reference given to the
 * router DSL, such as {@code smsHandler::reply}, through {@link KotlinFunctionReferences},
 * to tell whether it is a webhook: without those, a native image would take every such
 * route for no webhook and run it without checking its signature. The Kotlin hints are
 * registered only where Kotlin is present.
 */
class TwilioWebhookRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The payloads that {@link TwilioWebhookArgumentResolver} binds and the events that
	 * {@link TwilioStatusCallbackHandler} publishes. Named here rather than taken from
	 * them, as those need the Servlet API, which an application of the client alone
	 * lacks.
	 */
	private static final Class<?>[] PAYLOADS = { InboundMessage.class, InboundCall.class, GatherResult.class,
			DialResult.class, RecordResult.class, MessageStatusCallback.class, CallStatusCallback.class,
			RecordingStatusCallback.class, AsyncAmdStatusCallback.class, ConferenceStatusCallback.class,
			MessageStatusEvent.class, CallStatusEvent.class, RecordingStatusEvent.class,
			ConferenceStatusEvent.class };

	/**
	 * The declaration containers of kotlin-reflect that a function reference's owner may
	 * be.
	 */
	private static final List<String> KOTLIN_REFLECT_CONTAINERS = List.of("kotlin.reflect.jvm.internal.KClassImpl",
			"kotlin.reflect.jvm.internal.KPackageImpl");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		// Their parameters, their enums and records, such as a message's media, come with them
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), PAYLOADS);
		registerKotlinHints(hints, classLoader);
	}

	private static void registerKotlinHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		Class<?> callableReference = load("kotlin.jvm.internal.CallableReference", classLoader);
		if (callableReference == null) {
			return;
		}
		registerMethods(hints, callableReference, "getBoundReceiver", "getOwner", "getName", "getSignature");
		// The owner's declaration container, which names its Java class
		registerMethods(hints, load("kotlin.jvm.internal.ClassReference", classLoader), "getJClass");
		registerMethods(hints, load("kotlin.jvm.internal.PackageReference", classLoader), "getJClass");
		// With kotlin-reflect, which Spring's Kotlin support asks for, the owner is one of
		// its own containers: named, as it is optional
		for (String container : KOTLIN_REFLECT_CONTAINERS) {
			hints.reflection()
				.registerType(TypeReference.of(container),
						(type) -> type.onReachableType(TypeReference.of(container))
							.withMethod("getJClass", List.of(), ExecutableMode.INVOKE));
		}
		Class<?> adaptedReference = load("kotlin.jvm.internal.AdaptedFunctionReference", classLoader);
		if (adaptedReference != null) {
			for (String name : new String[] { "receiver", "owner", "name", "signature" }) {
				Field field = ReflectionUtils.findField(adaptedReference, name);
				if (field != null) {
					hints.reflection().registerField(field);
				}
			}
		}
	}

	private static void registerMethods(RuntimeHints hints, @Nullable Class<?> type, String... names) {
		if (type == null) {
			return;
		}
		for (String name : names) {
			Method method = ReflectionUtils.findMethod(type, name);
			if (method != null) {
				hints.reflection().registerMethod(method, ExecutableMode.INVOKE);
			}
		}
	}

	private static @Nullable Class<?> load(String name, @Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(name, classLoader)) {
			return null;
		}
		return ClassUtils.resolveClassName(name, classLoader);
	}

}
