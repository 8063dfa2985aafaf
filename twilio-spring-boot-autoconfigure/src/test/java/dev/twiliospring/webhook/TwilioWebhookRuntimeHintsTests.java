package dev.twiliospring.webhook;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kotlin.jvm.internal.AdaptedFunctionReference;
import kotlin.jvm.internal.CallableReference;
import kotlin.jvm.internal.ClassReference;
import kotlin.jvm.internal.PackageReference;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeHint;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code TwilioWebhookRuntimeHints}, as ahead-of-time processing finds it.
 */
class TwilioWebhookRuntimeHintsTests {

	@Test
	void registersWhatTheMatcherReadsOfAKotlinFunctionReference() throws Exception {
		RuntimeHints hints = registeredHints(getClass().getClassLoader());
		for (String name : new String[] { "getBoundReceiver", "getOwner", "getName", "getSignature" }) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(CallableReference.class.getMethod(name)))
				.as(name)
				.accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ClassReference.class.getMethod("getJClass")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(PackageReference.class.getMethod("getJClass")))
			.accepts(hints);
		for (String name : new String[] { "receiver", "owner", "name", "signature" }) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onFieldAccess(AdaptedFunctionReference.class.getDeclaredField(name))).as(name).accepts(hints);
		}
	}

	@Test
	void registersTheJavaClassOfKotlinReflectsContainersForWhenItIsPresent() {
		RuntimeHints hints = registeredHints(getClass().getClassLoader());
		for (String container : List.of("kotlin.reflect.jvm.internal.KClassImpl",
				"kotlin.reflect.jvm.internal.KPackageImpl")) {
			TypeHint hint = hints.reflection().getTypeHint(TypeReference.of(container));
			assertThat(hint).as(container).isNotNull();
			assertThat(hint.getReachableType()).isEqualTo(TypeReference.of(container));
			assertThat(hint.methods()).singleElement().satisfies((method) -> {
				assertThat(method.getName()).isEqualTo("getJClass");
				assertThat(method.getParameterTypes()).isEmpty();
				assertThat(method.getMode()).isEqualTo(ExecutableMode.INVOKE);
			});
		}
	}

	@Test
	void registersNothingOfKotlinWithoutIt() {
		RuntimeHints hints = registeredHints(new FilteredClassLoader("kotlin."));
		assertThat(hints.reflection().getTypeHint(TypeReference.of(CallableReference.class))).isNull();
		assertThat(hints.reflection().getTypeHint(TypeReference.of(AdaptedFunctionReference.class))).isNull();
		assertThat(hints.reflection().getTypeHint(TypeReference.of("kotlin.reflect.jvm.internal.KClassImpl")))
			.isNull();
	}

	@Test
	void registersEveryPayloadAndStatusEventForJsonBindingByItsConstructorAndAccessors() {
		RuntimeHints hints = registeredHints(getClass().getClassLoader());
		Set<Class<?>> records = payloadRecords();
		assertThat(records).contains(InboundMessage.class, InboundMessage.Media.class, DialResult.class,
				RecordingStatusCallback.class, MessageStatusEvent.class, CallStatusEvent.class);
		List<String> missing = new ArrayList<>();
		for (Class<?> record : records) {
			if (!RuntimeHintsPredicates.reflection().onConstructorInvocation(canonicalConstructor(record)).test(hints)) {
				missing.add("constructor of " + record.getName());
			}
			for (RecordComponent component : record.getRecordComponents()) {
				if (!RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()).test(hints)) {
					missing.add(record.getName() + "." + component.getName() + "()");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void registersHowJacksonWritesAndReadsParametersAndDialStatusesWithoutKotlin() throws Exception {
		RuntimeHints hints = registeredHints(new FilteredClassLoader("kotlin."));
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(WebhookParameters.class.getMethod("asMap")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(WebhookParameters.class.getMethod("of", Map.class))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(DialResult.Status.class.getMethod("from", String.class))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(InboundCall.class)).accepts(hints);
	}

	/**
	 * Every public record of the webhook package that carries a request's
	 * {@link WebhookParameters}, every public record that carries such a record, such as
	 * a status event, and the records they hold: found by scanning the classes, so that a
	 * payload added without its hints fails here.
	 */
	private static Set<Class<?>> payloadRecords() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
				return true;
			}

		};
		scanner.addIncludeFilter((reader, factory) -> true);
		List<Class<?>> records = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(WebhookParameters.class.getPackageName())) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
				records.add(type);
			}
		}
		Set<Class<?>> payloads = new LinkedHashSet<>();
		for (Class<?> record : records) {
			if (hasComponentOfType(record, Set.of(WebhookParameters.class))) {
				payloads.add(record);
			}
		}
		Set<Class<?>> events = new LinkedHashSet<>();
		for (Class<?> record : records) {
			if (hasComponentOfType(record, payloads)) {
				events.add(record);
			}
		}
		Set<Class<?>> held = new LinkedHashSet<>();
		for (Class<?> record : records) {
			if (record.getEnclosingClass() != null && payloads.contains(record.getEnclosingClass())) {
				held.add(record);
			}
		}
		payloads.addAll(events);
		payloads.addAll(held);
		return payloads;
	}

	private static boolean hasComponentOfType(Class<?> record, Set<Class<?>> types) {
		return Arrays.stream(record.getRecordComponents()).anyMatch((component) -> types.contains(component.getType()));
	}

	private static Constructor<?> canonicalConstructor(Class<?> record) {
		Class<?>[] parameterTypes = Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return record.getDeclaredConstructor(parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RuntimeHints registeredHints(ClassLoader classLoader) {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, classLoader));
		return hints;
	}

}
