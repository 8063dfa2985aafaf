package dev.twiliospring.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import kotlin.jvm.internal.AdaptedFunctionReference;
import kotlin.jvm.internal.CallableReference;
import kotlin.jvm.internal.FunctionReferenceImpl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link KotlinFunctionReferences}, with references written as the Kotlin
 * compiler writes them, for what the router DSL tests of the matcher do not reach.
 */
class KotlinFunctionReferencesTests {

	private static final String REPLY = "reply(Ljava/lang/String;)Ljava/lang/String;";

	private static final Function<Object, @Nullable Object> NO_WEBHOOK_OBJECTS = (object) -> null;

	@Test
	void classOfNoKotlinFunctionReferenceIsNotRead() {
		Supplier<String> lambda = () -> "hi";
		assertThat(KotlinFunctionReferences.forClass(lambda.getClass())).isNull();
		assertThat(KotlinFunctionReferences.forClass(String.class)).isNull();
	}

	@Test
	void referenceToAnAnnotatedFunctionIsAWebhookByThatFunction() throws Exception {
		Object reference = new TopLevelReference(AnnotatedRepliesKt.class, "reply", REPLY);
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS))
			.isEqualTo(AnnotatedRepliesKt.class.getDeclaredMethod("reply", String.class));
	}

	@Test
	void referenceToAnUnannotatedFunctionOfAnAnnotatedClassIsAWebhookByThatClass() {
		Object reference = new TopLevelReference(AnnotatedTypeRepliesKt.class, "reply", REPLY);
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS)).isEqualTo(AnnotatedTypeRepliesKt.class);
	}

	@Test
	void referenceToAnUnannotatedFunctionIsNoWebhookThoughAnOverloadIsAnnotated() {
		Object reference = new TopLevelReference(AnnotatedRepliesKt.class, "reply",
				"reply(Ljava/lang/Integer;)Ljava/lang/String;");
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS)).isNull();
	}

	@Test
	void referenceWhoseSignatureNamesNoMethodIsAWebhookWhenAFunctionOfItsNameIsAnnotated() throws Exception {
		Object reference = new TopLevelReference(AnnotatedRepliesKt.class, "reply", "reply()V");
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS))
			.isEqualTo(AnnotatedRepliesKt.class.getDeclaredMethod("reply", String.class));
	}

	@Test
	void referenceWhoseSignatureNamesNoMethodOfAnAnnotatedClassIsAWebhookByThatClass() {
		Object reference = new TopLevelReference(AnnotatedTypeRepliesKt.class, "answer", "answer()V");
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS)).isEqualTo(AnnotatedTypeRepliesKt.class);
	}

	@Test
	void referenceWhoseSignatureNamesNoMethodIsNoWebhookWhenNoFunctionOfItsNameIsAnnotated() {
		Object reference = new TopLevelReference(AnnotatedRepliesKt.class, "answer", "answer()V");
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS)).isNull();
	}

	@Test
	void referenceWithoutOwnerIsNoWebhook() {
		Object reference = new TopLevelReference(null, "reply", REPLY);
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS)).isNull();
	}

	@Test
	void boundReceiverThatIsAWebhookAnswersForTheReference() {
		Object receiver = new Object();
		Object reference = new BoundReference(receiver, UnannotatedRepliesKt.class);
		assertThat(webhookObject(reference, (object) -> (object == receiver) ? "receiver" : null))
			.isEqualTo("receiver");
	}

	@Test
	void boundReceiverThatIsNoWebhookLeavesTheAnswerToTheFunction() throws Exception {
		Object reference = new BoundReference(new Object(), AnnotatedRepliesKt.class);
		assertThat(webhookObject(reference, NO_WEBHOOK_OBJECTS))
			.isEqualTo(AnnotatedRepliesKt.class.getDeclaredMethod("reply", String.class));
	}

	@Test
	void referenceBoundToNoReceiverIsNotAskedAboutOne() {
		List<Object> asked = new ArrayList<>();
		Object reference = new TopLevelReference(UnannotatedRepliesKt.class, "reply", REPLY);
		assertThat(webhookObject(reference, (object) -> {
			asked.add(object);
			return null;
		})).isNull();
		assertThat(asked).isEmpty();
	}

	@Test
	void adaptedReferenceIsReadThroughItsFields() throws Exception {
		Object topLevel = new AdaptedReference(CallableReference.NO_RECEIVER, AnnotatedRepliesKt.class);
		assertThat(webhookObject(topLevel, NO_WEBHOOK_OBJECTS))
			.isEqualTo(AnnotatedRepliesKt.class.getDeclaredMethod("reply", String.class));
		Object receiver = new Object();
		Object bound = new AdaptedReference(receiver, UnannotatedRepliesKt.class);
		assertThat(webhookObject(bound, (object) -> (object == receiver) ? "receiver" : null)).isEqualTo("receiver");
		assertThat(webhookObject(bound, NO_WEBHOOK_OBJECTS)).isNull();
	}

	@Test
	void readsNoKotlinClassWhereKotlinIsAbsent() throws Exception {
		WithoutKotlinClassLoader loader = new WithoutKotlinClassLoader(getClass().getClassLoader());
		Class<?> references = loader.loadClass(KotlinFunctionReferences.class.getName());
		assertThat(references.getClassLoader()).isSameAs(loader);
		Method forClass = references.getDeclaredMethod("forClass", Class.class);
		forClass.setAccessible(true);
		Supplier<String> lambda = () -> "hi";
		assertThat(forClass.invoke(null, lambda.getClass())).isNull();
		assertThat(forClass.invoke(null, AnnotatedRepliesKt.class)).isNull();
		assertThat(loader.refused).isEmpty();
	}

	private static @Nullable Object webhookObject(Object reference,
			Function<Object, @Nullable Object> webhookObjects) {
		KotlinFunctionReferences references = KotlinFunctionReferences.forClass(reference.getClass());
		assertThat(references).as("how %s is read", reference.getClass()).isNotNull();
		return references.webhookObject(reference, webhookObjects);
	}

	/**
	 * What the compiler makes of {@code ::reply} for a top-level function: bound to
	 * nothing, owned by the file's class.
	 */
	@SuppressWarnings("rawtypes")
	static final class TopLevelReference extends FunctionReferenceImpl implements kotlin.jvm.functions.Function1 {

		TopLevelReference(@Nullable Class<?> owner, String name, String signature) {
			// Flags: 1, a top-level function
			super(1, owner, name, signature, 1);
		}

		@Override
		public Object invoke(Object argument) {
			return argument;
		}

	}

	/**
	 * What the compiler makes of {@code receiver::reply}, for a top-level extension
	 * function.
	 */
	@SuppressWarnings("rawtypes")
	static final class BoundReference extends FunctionReferenceImpl implements kotlin.jvm.functions.Function1 {

		BoundReference(Object receiver, Class<?> owner) {
			super(1, receiver, owner, "reply", REPLY, 1);
		}

		@Override
		public Object invoke(Object argument) {
			return argument;
		}

	}

	/**
	 * What the compiler makes of a reference to a function it adapts to the function
	 * type: its owner, name and signature kept in fields only.
	 */
	@SuppressWarnings("rawtypes")
	static final class AdaptedReference extends AdaptedFunctionReference implements kotlin.jvm.functions.Function1 {

		AdaptedReference(Object receiver, Class<?> owner) {
			super(1, receiver, owner, "reply", REPLY, 1);
		}

		@Override
		public Object invoke(Object argument) {
			return argument;
		}

	}

	/**
	 * A Kotlin file's class with an annotated function and an unannotated overload.
	 */
	static final class AnnotatedRepliesKt {

		private AnnotatedRepliesKt() {
		}

		@TwilioWebhook
		static String reply(String body) {
			return body;
		}

		static String reply(Integer body) {
			return String.valueOf(body);
		}

	}

	/**
	 * A Kotlin file's class whose functions are not annotated.
	 */
	static final class UnannotatedRepliesKt {

		private UnannotatedRepliesKt() {
		}

		static String reply(String body) {
			return body;
		}

	}

	/**
	 * A Kotlin class annotated as a whole, whose functions are not.
	 */
	@TwilioWebhook
	static final class AnnotatedTypeRepliesKt {

		private AnnotatedTypeRepliesKt() {
		}

		static String reply(String body) {
			return body;
		}

	}

	/**
	 * Defines {@link KotlinFunctionReferences} again and refuses every Kotlin class it is
	 * asked for, as for an application without Kotlin; the rest comes from its parent.
	 */
	static final class WithoutKotlinClassLoader extends ClassLoader {

		private final List<String> refused = new ArrayList<>();

		WithoutKotlinClassLoader(ClassLoader parent) {
			super(parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith("kotlin.")) {
				this.refused.add(name);
				throw new ClassNotFoundException(name);
			}
			if (!name.startsWith(KotlinFunctionReferences.class.getName())) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded != null) {
					return loaded;
				}
				try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
					if (in == null) {
						throw new ClassNotFoundException(name);
					}
					byte[] bytes = in.readAllBytes();
					return defineClass(name, bytes, 0, bytes.length);
				}
				catch (IOException ex) {
					throw new ClassNotFoundException(name, ex);
				}
			}
		}

	}

}
