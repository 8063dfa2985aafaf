package dev.twiliospring.client;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.token.AccessToken;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for the {@link TwilioClient}, so that it works in a
 * GraalVM native image: binding hints for every record and enum that Jackson reads from
 * a Twilio response, the library's version resource, and the reflective shutdown of the
 * JDK HTTP client.
 * <p>
 * The response types are found by walking the client's API from {@link TwilioClient}
 * through the return types of public methods and the components of records, during
 * ahead-of-time processing rather than from a list, so that a new resource is covered
 * as soon as the client returns it.
 */
class TwilioClientRuntimeHints implements RuntimeHintsRegistrar {

	private static final String CLIENT_PACKAGE = TwilioClient.class.getPackageName() + ".";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		Set<Class<?>> responseTypes = responseTypes();
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				responseTypes.toArray(Class<?>[]::new));
		for (Class<?> valueType : stringValueTypes(responseTypes)) {
			// Jackson reads such a value, Spring's HttpMethod for one, through its factory
			Method valueOf = ClassUtils.getStaticMethod(valueType, "valueOf", String.class);
			if (valueOf != null) {
				hints.reflection().registerMethod(valueOf, ExecutableMode.INVOKE);
			}
		}
		hints.resources().registerResource(new ClassPathResource("version.properties", TwilioClient.class));
		// Jackson writes a token, such as one a controller returns, through this @JsonValue
		hints.reflection()
			.registerType(AccessToken.class, (type) -> type.withMethod("toJwt", List.of(), ExecutableMode.INVOKE));
		// Looked up by name since it only exists on Java 21 and later
		hints.reflection()
			.registerType(HttpClient.class, (type) -> type.withMethod("shutdownNow", List.of(), ExecutableMode.INVOKE));
	}

	/**
	 * Return the records and enums that the client reads from Twilio's responses.
	 * @return the response types, in the order they were found
	 */
	static Set<Class<?>> responseTypes() {
		Set<Class<?>> responseTypes = new LinkedHashSet<>();
		visitApi(TwilioClient.class, new LinkedHashSet<>(), responseTypes);
		return responseTypes;
	}

	private static void visitApi(Class<?> api, Set<Class<?>> visited, Set<Class<?>> responseTypes) {
		if (!visited.add(api)) {
			return;
		}
		for (Method method : api.getMethods()) {
			if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
				visit(ResolvableType.forMethodReturnType(method, api), visited, responseTypes);
			}
		}
	}

	private static void visit(ResolvableType type, Set<Class<?>> visited, Set<Class<?>> responseTypes) {
		Class<?> resolved = type.resolve();
		if (resolved == null) {
			return;
		}
		if (resolved.isArray()) {
			visit(type.getComponentType(), visited, responseTypes);
			return;
		}
		for (ResolvableType generic : type.getGenerics()) {
			visit(generic, visited, responseTypes);
		}
		if (!resolved.getName().startsWith(CLIENT_PACKAGE)) {
			return;
		}
		if (resolved.isRecord()) {
			if (responseTypes.add(resolved)) {
				for (RecordComponent component : resolved.getRecordComponents()) {
					visit(ResolvableType.forMethodReturnType(component.getAccessor()), visited, responseTypes);
				}
			}
		}
		else if (resolved.isEnum()) {
			responseTypes.add(resolved);
		}
		else {
			visitApi(resolved, visited, responseTypes);
		}
	}

	/**
	 * Return the types of record components outside this library and the JDK, which
	 * Jackson creates from a string through their static {@code valueOf} method when
	 * they have one.
	 */
	private static Set<Class<?>> stringValueTypes(Set<Class<?>> responseTypes) {
		Set<Class<?>> valueTypes = new LinkedHashSet<>();
		for (Class<?> responseType : responseTypes) {
			if (responseType.isRecord()) {
				for (RecordComponent component : responseType.getRecordComponents()) {
					Class<?> type = component.getType();
					if (!type.isPrimitive() && !type.isArray() && !type.isEnum()
							&& !type.getName().startsWith("java.") && !type.getName().startsWith(CLIENT_PACKAGE)) {
						valueTypes.add(type);
					}
				}
			}
		}
		return valueTypes;
	}

}
