package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import kotlin.jvm.internal.AdaptedFunctionReference;
import kotlin.jvm.internal.CallableReference;
import kotlin.jvm.internal.FunctionReferenceImpl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctionDslKt;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Functional endpoints in the shapes Spring's documentation writes them: a method
 * reference to a handler class, a router with a filter, and a handler function or
 * request handler whose method is annotated. Each refuses an unsigned request and
 * answers a signed one, on a real server.
 */
@SpringBootTest(classes = WebhookHandlerFunctionShapesTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + AUTH_TOKEN })
class WebhookHandlerFunctionShapesTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/function/method", "/legacy/method", "/reference/class", "/reference/method", "/filtered/filter", "/filtered/before",
			"/filtered/after", "/filtered/on-error", "/filtered/reference", "/kotlin/class", "/kotlin/method",
			"/kotlin/top-level", "/kotlin/extension", "/kotlin/adapted", "/kotlin/adapted-top-level",
			"/kotlin/internal" })
	void unsignedRequestIsRefusedAndSignedOneAnswered(String path) throws Exception {
		HttpResponse<String> forged = post(path, false);
		assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
		assertThat(forged.body()).contains("\"reason\":\"missing-signature\"").doesNotContain("reply:");
		HttpResponse<String> signed = post(path, true);
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(signed.body()).isEqualTo("reply:hi");
	}

	@Test
	void lambdaThatCapturesNoWebhookIsNoWebhook() throws Exception {
		HttpResponse<String> response = post("/open", false);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("open:hi");
	}

	@Test
	void kotlinReferenceToAnUnannotatedOverloadOfAWebhookFunctionIsNoWebhook() throws Exception {
		HttpResponse<String> response = post("/kotlin/extension-of-other", false);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("open:hi");
	}

	@Test
	void kotlinReferencesOfOneClassToFunctionsOfTwoFilesAreEachMatchedToTheirOwnFunction() throws Exception {
		HttpResponse<String> open = post("/kotlin/top-level-of-other", false);
		assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
		assertThat(open.body()).isEqualTo("open:hi");
		HttpResponse<String> webhook = post("/kotlin/top-level", false);
		assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(403);
		assertThat(post("/kotlin/top-level-of-other", false).body()).isEqualTo("open:hi");
	}

	@Test
	void kotlinReferencesToOverloadsOfOneFileAreEachMatchedToTheirOwnFunction() throws Exception {
		// The answer the matcher keeps for one overload must not answer for the other
		HttpResponse<String> open = post("/kotlin/extension-of-other", false);
		assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
		HttpResponse<String> extension = post("/kotlin/extension", false);
		assertThat(extension.statusCode()).as(extension.body()).isEqualTo(403);
		HttpResponse<String> topLevel = post("/kotlin/top-level", false);
		assertThat(topLevel.statusCode()).as(topLevel.body()).isEqualTo(403);
		assertThat(post("/kotlin/extension-of-other", false).statusCode()).isEqualTo(200);
	}

	@Test
	void routeBehindAFilterOfAnAnnotatedHandlerIsNoWebhook() throws Exception {
		HttpResponse<String> response = post("/logged/open", false);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("open:hi");
		HttpResponse<String> webhook = post("/logged/reply", false);
		assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(403);
		assertThat(post("/logged/reply", true).body()).isEqualTo("reply:hi");
	}

	private HttpResponse<String> post(String path, boolean signed) throws Exception {
		String url = "http://127.0.0.1:" + this.port + path;
		Map<String, List<String>> params = params("Body", "hi");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(params)));
		if (signed) {
			request.header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature(AUTH_TOKEN, url, params));
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ServerResponse reply(ServerRequest request) {
		return ServerResponse.ok().body("reply:" + InboundMessage.from(WebhookParameters.of(request.params())).body());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		SmsHandler smsHandler() {
			return new SmsHandler();
		}

		@Bean
		StatusHandler statusHandler() {
			return new StatusHandler();
		}

		@Bean
		RouterFunction<ServerResponse> references(SmsHandler smsHandler, StatusHandler statusHandler) {
			return RouterFunctions.route()
				.POST("/function/method", new AnnotatedHandleFunction())
				.POST("/reference/class", smsHandler::reply)
				.POST("/reference/method", statusHandler::reply)
				.POST("/open", (request) -> ServerResponse.ok().body("open:" + request.param("Body").orElse("")))
				.build();
		}

		@Bean
		RouterFunction<ServerResponse> logged(StatusHandler statusHandler) {
			return RouterFunctions.route()
				.POST("/logged/reply", statusHandler::reply)
				.POST("/logged/open", (request) -> ServerResponse.ok().body("open:" + request.param("Body").orElse("")))
				.filter(statusHandler::log)
				.build();
		}

		/**
		 * Routes as a Kotlin application declares them with the router DSL, such as
		 * {@code POST("/kotlin/class", smsHandler::reply)}: the DSL gets each reference as
		 * a Kotlin function object, written here as the compiler writes it.
		 */
		@Bean
		@SuppressWarnings("unchecked")
		RouterFunction<ServerResponse> kotlin(SmsHandler smsHandler, StatusHandler statusHandler) {
			return RouterFunctionDslKt.router((dsl) -> {
				// First, so that the unannotated overload is asked about before the annotated one
				dsl.POST("/kotlin/extension-of-other", new KotlinOtherExtensionReference(new OtherService()));
				dsl.POST("/kotlin/class", new KotlinReplyReference(smsHandler, SmsHandler.class));
				dsl.POST("/kotlin/method", new KotlinReplyReference(statusHandler, StatusHandler.class));
				dsl.POST("/kotlin/top-level", new KotlinTopLevelReplyReference(KotlinRepliesKt.class));
				dsl.POST("/kotlin/top-level-of-other", new KotlinTopLevelReplyReference(KotlinOpenRepliesKt.class));
				dsl.POST("/kotlin/extension", new KotlinExtensionReplyReference(new SmsService()));
				dsl.POST("/kotlin/adapted", new KotlinAdaptedReplyReference(statusHandler));
				dsl.POST("/kotlin/adapted-top-level", new KotlinAdaptedReplyReference(null));
				dsl.POST("/kotlin/internal", new KotlinInternalReplyReference());
				return Unit.INSTANCE;
			});
		}

		@Bean
		SimpleUrlHandlerMapping legacyMapping() {
			return new SimpleUrlHandlerMapping(Map.of("/legacy/method", new AnnotatedRequestHandler()), 0);
		}

		@Bean
		RouterFunction<ServerResponse> filtered(SmsHandler smsHandler) {
			return RouterFunctions.route()
				.POST("/filtered/filter", new SmsFunction())
				.filter((request, next) -> next.handle(request))
				.build()
				.and(RouterFunctions.route().POST("/filtered/before", new SmsFunction()).before((r) -> r).build())
				.and(RouterFunctions.route().POST("/filtered/after", new SmsFunction()).after((q, r) -> r).build())
				.and(RouterFunctions.route()
					.POST("/filtered/on-error", new SmsFunction())
					.onError(IllegalStateException.class, (ex, request) -> ServerResponse.status(500).build())
					.build())
				.and(RouterFunctions.route()
					.POST("/filtered/reference", smsHandler::reply)
					.filter((request, next) -> next.handle(request))
					.build());
		}

	}

	@TwilioWebhook
	static class SmsHandler {

		ServerResponse reply(ServerRequest request) {
			return WebhookHandlerFunctionShapesTests.reply(request);
		}

	}

	static class StatusHandler {

		@TwilioWebhook
		ServerResponse reply(ServerRequest request) {
			return WebhookHandlerFunctionShapesTests.reply(request);
		}

		ServerResponse log(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
			return next.handle(request);
		}

	}

	/**
	 * What the Kotlin compiler makes of a bound function reference such as
	 * {@code smsHandler::reply}: a class of its own that keeps the receiver in a field of
	 * Kotlin's base class, not a lambda. Raw, as Java cannot name the type arguments
	 * that Kotlin's base class leaves out.
	 */
	@SuppressWarnings("rawtypes")
	static final class KotlinReplyReference extends FunctionReferenceImpl implements Function1 {

		KotlinReplyReference(Object receiver, Class<?> owner) {
			super(1, receiver, owner, "reply",
					"reply(Lorg/springframework/web/servlet/function/ServerRequest;)"
							+ "Lorg/springframework/web/servlet/function/ServerResponse;",
					0);
		}

		@Override
		public Object invoke(Object request) {
			Object receiver = getBoundReceiver();
			ServerRequest serverRequest = (ServerRequest) request;
			return (receiver instanceof SmsHandler sms) ? sms.reply(serverRequest)
					: ((StatusHandler) receiver).reply(serverRequest);
		}

	}

	/**
	 * What the Kotlin compiler makes of a reference to a top-level function, such as
	 * {@code ::reply} for an annotated {@code fun reply(request: ServerRequest)} of a
	 * file: bound to nothing, and owned by the file's class, where the function is a
	 * static method. Here one class serves the functions of two files, which have the
	 * same name and signature, so that what the matcher keeps of one reference must not
	 * answer for the other.
	 */
	@SuppressWarnings("rawtypes")
	static final class KotlinTopLevelReplyReference extends FunctionReferenceImpl implements Function1 {

		private final Class<?> file;

		KotlinTopLevelReplyReference(Class<?> file) {
			// Flags: 1, a top-level function
			super(1, file, "reply",
					"reply(Lorg/springframework/web/servlet/function/ServerRequest;)"
							+ "Lorg/springframework/web/servlet/function/ServerResponse;",
					1);
			this.file = file;
		}

		@Override
		public Object invoke(Object request) {
			return (this.file == KotlinRepliesKt.class) ? KotlinRepliesKt.reply((ServerRequest) request)
					: KotlinOpenRepliesKt.reply((ServerRequest) request);
		}

	}

	/**
	 * What the Kotlin compiler makes of a reference to a top-level extension function
	 * bound to its receiver, such as {@code smsService::reply} for an annotated
	 * {@code fun SmsService.reply(request: ServerRequest)} of a file: bound to an object
	 * whose class knows nothing of webhooks, and owned by the file's class, where the
	 * function is a static method that takes the receiver first.
	 */
	@SuppressWarnings("rawtypes")
	static final class KotlinExtensionReplyReference extends FunctionReferenceImpl implements Function1 {

		KotlinExtensionReplyReference(SmsService receiver) {
			// Flags: 1, a top-level function
			super(1, receiver, KotlinRepliesKt.class, "reply",
					"reply(Ldev/twiliospring/autoconfigure/webhook/WebhookHandlerFunctionShapesTests$SmsService;"
							+ "Lorg/springframework/web/servlet/function/ServerRequest;)"
							+ "Lorg/springframework/web/servlet/function/ServerResponse;",
					1);
		}

		@Override
		public Object invoke(Object request) {
			return KotlinRepliesKt.reply((SmsService) getBoundReceiver(), (ServerRequest) request);
		}

	}

	/**
	 * What the Kotlin compiler makes of a reference to a function that must be adapted
	 * to the DSL's function type, such as {@code statusHandler::reply} or {@code ::reply}
	 * for a {@code reply} with a parameter that has a default value: an
	 * {@code AdaptedFunctionReference}, which is no {@code CallableReference}.
	 */
	@SuppressWarnings("rawtypes")
	static final class KotlinAdaptedReplyReference extends AdaptedFunctionReference implements Function1 {

		private final @Nullable StatusHandler handler;

		KotlinAdaptedReplyReference(@Nullable StatusHandler handler) {
			// Flags: 1, a top-level function
			super(1, (handler != null) ? handler : CallableReference.NO_RECEIVER,
					(handler != null) ? StatusHandler.class : KotlinRepliesKt.class, "reply",
					"reply(Lorg/springframework/web/servlet/function/ServerRequest;Ljava/lang/String;)"
							+ "Lorg/springframework/web/servlet/function/ServerResponse;",
					(handler != null) ? 0 : 1);
			this.handler = handler;
		}

		@Override
		public Object invoke(Object request) {
			return (this.handler != null) ? this.handler.reply((ServerRequest) request)
					: KotlinRepliesKt.reply((ServerRequest) request);
		}

	}

	/**
	 * What the Kotlin compiler makes of a reference to a top-level extension function
	 * that is no webhook, {@code otherService::reply} for an unannotated
	 * {@code fun OtherService.reply(request: ServerRequest)} in the file of the webhook
	 * functions: the same name, and the same owner, as theirs.
	 */
	@SuppressWarnings("rawtypes")
	static final class KotlinOtherExtensionReference extends FunctionReferenceImpl implements Function1 {

		KotlinOtherExtensionReference(OtherService receiver) {
			// Flags: 1, a top-level function
			super(1, receiver, KotlinRepliesKt.class, "reply",
					"reply(Ldev/twiliospring/autoconfigure/webhook/WebhookHandlerFunctionShapesTests$OtherService;"
							+ "Lorg/springframework/web/servlet/function/ServerRequest;)"
							+ "Lorg/springframework/web/servlet/function/ServerResponse;",
					1);
		}

		@Override
		public Object invoke(Object request) {
			return KotlinRepliesKt.reply((OtherService) getBoundReceiver(), (ServerRequest) request);
		}

	}

	/**
	 * What the Kotlin compiler makes of a reference to an annotated top-level
	 * {@code internal fun reply(request: ServerRequest)}: named {@code reply}, as the
	 * source names it, while its method is {@code reply$app}, as its signature says, for
	 * a module named {@code app}.
	 */
	@SuppressWarnings("rawtypes")
	static final class KotlinInternalReplyReference extends FunctionReferenceImpl implements Function1 {

		KotlinInternalReplyReference() {
			// Flags: 1, a top-level function
			super(1, KotlinInternalRepliesKt.class, "reply",
					"reply$app(Lorg/springframework/web/servlet/function/ServerRequest;)"
							+ "Lorg/springframework/web/servlet/function/ServerResponse;",
					1);
		}

		@Override
		public Object invoke(Object request) {
			return KotlinInternalRepliesKt.reply$app((ServerRequest) request);
		}

	}

	/**
	 * Another service of the application's, whose extension function in the same file
	 * answers requests that are not webhooks.
	 */
	static final class OtherService {

	}

	/**
	 * A Kotlin file's class, which holds an internal top-level function.
	 */
	static final class KotlinInternalRepliesKt {

		private KotlinInternalRepliesKt() {
		}

		@TwilioWebhook
		static ServerResponse reply$app(ServerRequest request) {
			return WebhookHandlerFunctionShapesTests.reply(request);
		}

	}

	/**
	 * A Kotlin file's class, whose top-level function of the name and signature of a
	 * webhook function of another file answers requests that are not webhooks.
	 */
	static final class KotlinOpenRepliesKt {

		private KotlinOpenRepliesKt() {
		}

		static ServerResponse reply(ServerRequest request) {
			return ServerResponse.ok().body("open:" + request.param("Body").orElse(""));
		}

	}

	/**
	 * A service of the application's, which an extension function of a Kotlin file
	 * answers webhooks for.
	 */
	static final class SmsService {

	}

	/**
	 * A Kotlin file's class, which holds its top-level functions.
	 */
	static final class KotlinRepliesKt {

		private KotlinRepliesKt() {
		}

		@TwilioWebhook
		static ServerResponse reply(ServerRequest request) {
			return WebhookHandlerFunctionShapesTests.reply(request);
		}

		@TwilioWebhook
		static ServerResponse reply(SmsService service, ServerRequest request) {
			return WebhookHandlerFunctionShapesTests.reply(request);
		}

		@TwilioWebhook
		static ServerResponse reply(ServerRequest request, String greeting) {
			return WebhookHandlerFunctionShapesTests.reply(request);
		}

		static ServerResponse reply(OtherService service, ServerRequest request) {
			return ServerResponse.ok().body("open:" + request.param("Body").orElse(""));
		}

	}

	static class AnnotatedHandleFunction implements HandlerFunction<ServerResponse> {

		@Override
		@TwilioWebhook
		public ServerResponse handle(ServerRequest request) {
			return reply(request);
		}

	}

	static class AnnotatedRequestHandler implements HttpRequestHandler {

		@Override
		@TwilioWebhook
		public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.getWriter().write("reply:" + request.getParameter("Body"));
		}

	}

	@TwilioWebhook
	static class SmsFunction implements HandlerFunction<ServerResponse> {

		@Override
		public ServerResponse handle(ServerRequest request) {
			return reply(request);
		}

	}

}
