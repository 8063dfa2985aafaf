package dev.twiliospring.benchmarks;

import kotlin.jvm.functions.Function1;
import kotlin.jvm.internal.AdaptedFunctionReference;
import kotlin.jvm.internal.CallableReference;
import kotlin.jvm.internal.FunctionReferenceImpl;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.twiliospring.webhook.TwilioWebhook;

/**
 * Router DSL handlers of a Kotlin application, written as the Kotlin compiler writes a
 * function reference: a class of its own that extends Kotlin's base class and names the
 * class, name and JVM signature of its function. Only the matcher reads them; none is
 * ever invoked.
 */
final class KotlinReferences {

	private static final String REQUEST = "Lorg/springframework/web/servlet/function/ServerRequest;";

	private static final String RESPONSE = "Lorg/springframework/web/servlet/function/ServerResponse;";

	/**
	 * Flags of a reference to a top-level function.
	 */
	private static final int TOP_LEVEL = 1;

	private KotlinReferences() {
	}

	/**
	 * A reference such as {@code ::reply} to an annotated top-level function.
	 * @return the reference
	 */
	static Object topLevel() {
		return new Reference(CallableReference.NO_RECEIVER, "reply", "reply(" + REQUEST + ")" + RESPONSE);
	}

	/**
	 * A reference such as {@code smsService::reply} to an annotated top-level extension
	 * function, bound to a receiver whose class knows nothing of webhooks.
	 * @return the reference
	 */
	static Object extension() {
		return new Reference(new SmsService(), "reply",
				"reply(L" + SmsService.class.getName().replace('.', '/') + ";" + REQUEST + ")" + RESPONSE);
	}

	/**
	 * A reference such as {@code ::reply} to an annotated top-level {@code internal}
	 * function, whose method name the compiler mangles with the module's name.
	 * @return the reference
	 */
	static Object internal() {
		return new Reference(CallableReference.NO_RECEIVER, "reply", "reply$app(" + REQUEST + ")" + RESPONSE);
	}

	/**
	 * A reference such as {@code ::reply} to an annotated top-level function that the
	 * compiler adapts to the DSL's function type, as one of its parameters has a default
	 * value.
	 * @return the reference
	 */
	static Object adapted() {
		return new Adapted("reply", "reply(" + REQUEST + "Ljava/lang/String;)" + RESPONSE);
	}

	/**
	 * A reference such as {@code ::status} to a top-level function of the same file that
	 * is no webhook.
	 * @return the reference
	 */
	static Object unannotated() {
		return new Reference(CallableReference.NO_RECEIVER, "status", "status(" + REQUEST + ")" + RESPONSE);
	}

	/**
	 * A function reference as the compiler writes it. Raw, as Java cannot name the type
	 * arguments that Kotlin's base class leaves out.
	 */
	@SuppressWarnings("rawtypes")
	private static final class Reference extends FunctionReferenceImpl implements Function1 {

		Reference(Object receiver, String name, String signature) {
			super(1, receiver, RepliesKt.class, name, signature, TOP_LEVEL);
		}

		@Override
		public Object invoke(Object request) {
			throw new UnsupportedOperationException("Only read by the matcher");
		}

	}

	/**
	 * An adapted function reference as the compiler writes it.
	 */
	@SuppressWarnings("rawtypes")
	private static final class Adapted extends AdaptedFunctionReference implements Function1 {

		Adapted(String name, String signature) {
			super(1, CallableReference.NO_RECEIVER, RepliesKt.class, name, signature, TOP_LEVEL);
		}

		@Override
		public Object invoke(Object request) {
			throw new UnsupportedOperationException("Only read by the matcher");
		}

	}

	/**
	 * A service of the application's that an extension function answers webhooks for.
	 */
	static final class SmsService {

	}

	/**
	 * A Kotlin file's class: its top-level functions are its static methods, the
	 * webhooks among others, as a file of handlers has them.
	 */
	static final class RepliesKt {

		private RepliesKt() {
		}

		@TwilioWebhook
		static ServerResponse reply(ServerRequest request) {
			return ServerResponse.ok().build();
		}

		@TwilioWebhook
		static ServerResponse reply(SmsService service, ServerRequest request) {
			return ServerResponse.ok().build();
		}

		@TwilioWebhook
		static ServerResponse reply(ServerRequest request, String greeting) {
			return ServerResponse.ok().build();
		}

		@TwilioWebhook
		static ServerResponse reply$app(ServerRequest request) {
			return ServerResponse.ok().build();
		}

		static ServerResponse status(ServerRequest request) {
			return ServerResponse.ok().build();
		}

		static ServerResponse health(ServerRequest request) {
			return ServerResponse.ok().build();
		}

		static String greeting(String name) {
			return "Hello " + name;
		}

	}

}
