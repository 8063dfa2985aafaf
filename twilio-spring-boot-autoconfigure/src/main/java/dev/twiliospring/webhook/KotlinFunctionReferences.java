package dev.twiliospring.webhook;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.asm.Type;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * How the {@link TwilioWebhookRequestMatcher} reads a Kotlin function reference, such as
 * {@code SmsHandler()::reply} or {@code ::reply} given to the router DSL, to tell whether
 * it is a webhook. Such a reference is no lambda whose captures tell what it calls: it
 * keeps the object it is bound to, or the class and name of its function, in Kotlin's own
 * base class. That is a {@code CallableReference}, or an {@code AdaptedFunctionReference}
 * for a function the compiler adapts to the function type, such as one with a parameter
 * that has a default value.
 * <p>
 * Kotlin is optional: its classes are recognised by name and read by reflection, so that
 * none is loaded where an application has none. What is read is registered for native
 * images by {@link TwilioWebhookRuntimeHints}. The matcher asks for every request to such
 * a route, so how a class of reference is read, which method names the Java class of a
 * declaration container, and whether a function is a webhook are each worked out once
 * and kept with the class they are about, so that no static map holds an application's
 * class.
 * <p>
 * An instance tells how to read the references of one of Kotlin's base classes.
 */
final class KotlinFunctionReferences {

	/**
	 * The class of what Kotlin gives as the receiver of a reference bound to none.
	 */
	private static final String NO_RECEIVER = "kotlin.jvm.internal.CallableReference$NoReceiver";

	/**
	 * How a class of Kotlin function reference is read, found from Kotlin's base class
	 * that it extends; empty for other classes, or where that cannot be read.
	 */
	private static final ClassValue<Optional<KotlinFunctionReferences>> REFERENCES = new ClassValue<>() {

		@Override
		protected Optional<KotlinFunctionReferences> computeValue(Class<?> type) {
			for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
				if (candidate.getName().equals("kotlin.jvm.internal.CallableReference")) {
					return ofCallable(candidate);
				}
				if (candidate.getName().equals("kotlin.jvm.internal.AdaptedFunctionReference")) {
					return ofAdapted(candidate);
				}
			}
			return Optional.empty();
		}

	};

	/**
	 * What makes the function that a Kotlin function reference names a webhook: the
	 * annotated function, its annotated class, or empty for none. Asked for every request
	 * to such a route, and finding the function takes a descriptor of each method of its
	 * class, so the answers are kept per class that declares the function, by its name
	 * and JVM signature. Not per class of the reference, which need not name one
	 * function only; and with the declaring class, as its methods are, so that no static
	 * map holds an application's class.
	 */
	private static final ClassValue<Map<KotlinFunction, Optional<Object>>> FUNCTIONS = new ClassValue<>() {

		@Override
		protected Map<KotlinFunction, Optional<Object>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}

	};

	/**
	 * The method that names the Java class of a Kotlin declaration container, such as
	 * the owner of a function reference, per class of container: one of Kotlin's own,
	 * or of kotlin-reflect's where it is present. Read for every request to a route
	 * whose reference names its function.
	 */
	private static final ClassValue<Optional<Method>> JAVA_CLASS_METHODS = new ClassValue<>() {

		@Override
		protected Optional<Method> computeValue(Class<?> type) {
			return Optional.ofNullable(ReflectionUtils.findMethod(type, "getJClass"));
		}

	};

	private final Function<Object, @Nullable Object> boundReceiver;

	private final Function<Object, @Nullable Class<?>> owner;

	private final Function<Object, @Nullable Object> name;

	private final Function<Object, @Nullable Object> signature;

	private KotlinFunctionReferences(Function<Object, @Nullable Object> boundReceiver,
			Function<Object, @Nullable Class<?>> owner, Function<Object, @Nullable Object> name,
			Function<Object, @Nullable Object> signature) {
		this.boundReceiver = boundReceiver;
		this.owner = owner;
		this.name = name;
		this.signature = signature;
	}

	/**
	 * Return how the references of a class are read, if it is a Kotlin function
	 * reference's.
	 * @param type the class of a handler
	 * @return how its references are read, or {@code null} for a class that is no
	 * Kotlin function reference's, or whose Kotlin base class cannot be read
	 */
	static @Nullable KotlinFunctionReferences forClass(Class<?> type) {
		return REFERENCES.get(type).orElse(null);
	}

	/**
	 * Read through the methods of Kotlin's {@code CallableReference}; its owner is a
	 * declaration container that names its Java class.
	 */
	private static Optional<KotlinFunctionReferences> ofCallable(Class<?> callableReference) {
		Method boundReceiver = ReflectionUtils.findMethod(callableReference, "getBoundReceiver");
		Method owner = ReflectionUtils.findMethod(callableReference, "getOwner");
		Method name = ReflectionUtils.findMethod(callableReference, "getName");
		Method signature = ReflectionUtils.findMethod(callableReference, "getSignature");
		if (boundReceiver == null || owner == null || name == null || signature == null) {
			return Optional.empty();
		}
		return Optional.of(new KotlinFunctionReferences(
				(reference) -> ReflectionUtils.invokeMethod(boundReceiver, reference),
				(reference) -> javaClass(ReflectionUtils.invokeMethod(owner, reference)),
				(reference) -> ReflectionUtils.invokeMethod(name, reference),
				(reference) -> ReflectionUtils.invokeMethod(signature, reference)));
	}

	/**
	 * Read through the fields of Kotlin's {@code AdaptedFunctionReference}, which has
	 * no methods that tell them; empty where they cannot be read.
	 */
	private static Optional<KotlinFunctionReferences> ofAdapted(Class<?> adaptedReference) {
		Field receiver = ReflectionUtils.findField(adaptedReference, "receiver");
		Field owner = ReflectionUtils.findField(adaptedReference, "owner", Class.class);
		Field name = ReflectionUtils.findField(adaptedReference, "name", String.class);
		Field signature = ReflectionUtils.findField(adaptedReference, "signature", String.class);
		if (receiver == null || owner == null || name == null || signature == null) {
			return Optional.empty();
		}
		try {
			ReflectionUtils.makeAccessible(receiver);
			ReflectionUtils.makeAccessible(owner);
			ReflectionUtils.makeAccessible(name);
			ReflectionUtils.makeAccessible(signature);
		}
		catch (RuntimeException ex) {
			// Not open to spring-core: the reference is taken for what its own class says
			return Optional.empty();
		}
		return Optional.of(new KotlinFunctionReferences((reference) -> ReflectionUtils.getField(receiver, reference),
				(reference) -> (ReflectionUtils.getField(owner, reference) instanceof Class<?> type) ? type : null,
				(reference) -> ReflectionUtils.getField(name, reference),
				(reference) -> ReflectionUtils.getField(signature, reference)));
	}

	private static @Nullable Class<?> javaClass(@Nullable Object container) {
		Method javaClass = (container != null) ? JAVA_CLASS_METHODS.get(container.getClass()).orElse(null) : null;
		return (javaClass != null && ReflectionUtils.invokeMethod(javaClass, container) instanceof Class<?> type)
				? type : null;
	}

	/**
	 * Return what makes a reference a webhook: the object it is bound to if that is a
	 * webhook, else the annotated function it names, or its annotated class. The function
	 * tells for a reference bound to none, and for an extension function bound to its
	 * receiver, such as {@code smsService::reply} for a top-level
	 * {@code fun SmsService.reply(...)}, whose receiver's class need not know of webhooks.
	 * @param reference a reference of a class that {@link #forClass} was asked about
	 * @param webhookObject what makes an object, such as the reference's receiver, a
	 * webhook, or {@code null} if it is none: the matcher's answer for a handler
	 * @return what makes the reference a webhook, or {@code null} if it is none
	 */
	@Nullable Object webhookObject(Object reference, Function<Object, @Nullable Object> webhookObject) {
		Object receiver = this.boundReceiver.apply(reference);
		if (receiver != null && !receiver.getClass().getName().equals(NO_RECEIVER)) {
			Object annotated = webhookObject.apply(receiver);
			if (annotated != null) {
				return annotated;
			}
		}
		// The owner is the class of the function's file or type
		Class<?> type = this.owner.apply(reference);
		if (type == null || !(this.name.apply(reference) instanceof String name)) {
			return null;
		}
		KotlinFunction function = new KotlinFunction(name,
				(this.signature.apply(reference) instanceof String signature) ? signature : null);
		return FUNCTIONS.get(type)
			.computeIfAbsent(function, (key) -> Optional.ofNullable(webhookFunction(type, key)))
			.orElse(null);
	}

	private static @Nullable Object webhookFunction(Class<?> type, KotlinFunction function) {
		Method[] methods = ReflectionUtils.getDeclaredMethods(type);
		// The JVM signature tells the function from its overloads, such as an extension
		// function of another receiver type in the same file, and names the method of one
		// whose name the compiler mangles, such as an internal one
		String signature = function.signature();
		Method method = (signature != null) ? bySignature(methods, signature) : null;
		if (method != null) {
			return AnnotatedElementUtils.hasAnnotation(method, TwilioWebhook.class) ? method
					: isWebhookType(type) ? type : null;
		}
		// Not found as the compiler described it: any function of that name that is
		// annotated makes it a webhook, so that no webhook goes unchecked
		for (Method candidate : methods) {
			if (candidate.getName().equals(function.name())
					&& AnnotatedElementUtils.hasAnnotation(candidate, TwilioWebhook.class)) {
				return candidate;
			}
		}
		return isWebhookType(type) ? type : null;
	}

	private static boolean isWebhookType(Class<?> type) {
		return AnnotatedElementUtils.hasAnnotation(type, TwilioWebhook.class);
	}

	private static @Nullable Method bySignature(Method[] methods, String signature) {
		for (Method method : methods) {
			if (signature.startsWith(method.getName())
					&& signature.equals(method.getName() + Type.getMethodDescriptor(method))) {
				return method;
			}
		}
		return null;
	}

	/**
	 * A function as a Kotlin function reference names it: by its name in the source and,
	 * where the reference gives it, its JVM signature, the method's name and descriptor.
	 */
	private record KotlinFunction(String name, @Nullable String signature) {

	}

}
