package dev.twiliospring.webhook;

import java.util.List;

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
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.support.SpringFactoriesLoader;

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

	private static RuntimeHints registeredHints(ClassLoader classLoader) {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, classLoader));
		return hints;
	}

}
