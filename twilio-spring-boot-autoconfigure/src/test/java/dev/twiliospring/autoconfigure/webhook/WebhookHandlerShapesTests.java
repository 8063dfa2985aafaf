package dev.twiliospring.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import dev.twiliospring.twiml.TwimlDocument;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TestTwiml;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handler shapes that webhook controllers take: the annotation on an interface, a base
 * class or a proxied controller; several paths, path variables, async and
 * {@code ResponseEntity} results, and other parameters beside the payload. Each refuses
 * an unsigned request and answers a signed one, on a real server.
 */
@SpringBootTest(classes = WebhookHandlerShapesTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=" + WebhookHandlerShapesTests.TOKEN })
class WebhookHandlerShapesTests {

	static final String TOKEN = "webhook-token";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + this.port + pathAndQuery;
	}

	HttpResponse<String> post(String pathAndQuery, boolean signed, String... nv) throws Exception {
		String url = url(pathAndQuery);
		Map<String, List<String>> params = params(nv);
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "*/*")
			.POST(HttpRequest.BodyPublishers.ofString(form(params)));
		if (signed) {
			b.header("X-Twilio-Signature", TwilioSignatureValidator.computeSignature(TOKEN, url, params));
		}
		return this.client.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String pathAndQuery, boolean signed) throws Exception {
		String url = url(pathAndQuery);
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").GET();
		if (signed) {
			b.header("X-Twilio-Signature", TwilioSignatureValidator.computeSignature(TOKEN, url));
		}
		return this.client.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	void assertGuarded(String path) throws Exception {
		HttpResponse<String> forged = post(path, false, "Body", "forged");
		assertThat(forged.statusCode()).as("forged request to " + path + ": " + forged.body()).isEqualTo(403);
		HttpResponse<String> valid = post(path, true, "Body", "hello");
		assertThat(valid.statusCode()).as("signed request to " + path + ": " + valid.body()).isEqualTo(200);
		assertThat(valid.body()).contains("hello");
	}

	// ---------------------------------------------------------------- tests

	@Test
	void interfaceDeclaredMappingAndAnnotation() throws Exception {
		assertGuarded("/iface/sms");
	}

	@Test
	void inheritedMappingFromAnnotatedBaseClass() throws Exception {
		assertGuarded("/inherited/sms");
	}

	@Test
	void proxiedValidatedController() throws Exception {
		assertGuarded("/validated/sms");
	}

	@Test
	void proxiedTransactionalMethodAnnotation() throws Exception {
		assertGuarded("/tx/sms");
	}

	@Test
	void severalPaths() throws Exception {
		assertGuarded("/multi/a");
		assertGuarded("/multi/b");
	}

	@Test
	void pathVariable() throws Exception {
		assertGuarded("/tenant/acme/sms");
	}

	@Test
	void anyMethodMapping() throws Exception {
		assertGuarded("/anymethod/sms");
	}

	@Test
	void consumesForm() throws Exception {
		assertGuarded("/consumes/sms");
	}

	@Test
	void completableFuture() throws Exception {
		assertGuarded("/async/cf");
		HttpResponse<String> valid = post("/async/cf", true, "Body", "hello");
		assertThat(valid.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
	}

	@Test
	void callable() throws Exception {
		assertGuarded("/async/callable");
	}

	@Test
	void deferredResult() throws Exception {
		assertGuarded("/async/deferred");
	}

	@Test
	void responseEntity() throws Exception {
		assertGuarded("/entity/sms");
	}

	@Test
	void requestParamAlongsidePayload() throws Exception {
		assertGuarded("/param/sms");
	}

	@Test
	void getWebhookWithQueryOnly() throws Exception {
		String path = "/voice/get?CallSid=CA123&From=%2B15551230000&CallStatus=ringing";
		assertThat(get(path, false).statusCode()).isEqualTo(403);
		HttpResponse<String> valid = get(path, true);
		assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
		assertThat(valid.body()).contains("CA123 +15551230000");
	}

	@Test
	void handlerThatThrowsAnswers500WithoutAStackTrace() throws Exception {
		HttpResponse<String> response = post("/throws/sms", true, "Body", "boom");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("at dev.twiliospring");
	}

	// ---------------------------------------------------------------- app

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ IfaceImpl.class, InheritedController.class, ValidatedController.class, TxController.class,
			ShapesController.class })
	static class App {

		@org.springframework.context.annotation.Bean
		static org.springframework.beans.factory.config.BeanPostProcessor proxier() {
			return new org.springframework.beans.factory.config.BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof TxController) {
						org.springframework.aop.framework.ProxyFactory factory = new org.springframework.aop.framework.ProxyFactory(bean);
						factory.setProxyTargetClass(true);
						factory.addAdvice((org.aopalliance.intercept.MethodInterceptor) (inv) -> inv.proceed());
						return factory.getProxy();
					}
					return bean;
				}
			};
		}

	}

	@TwilioWebhook
	interface SmsApi {

		@PostMapping("/iface/sms")
		String reply(InboundMessage sms);

	}

	@RestController
	static class IfaceImpl implements SmsApi {

		@Override
		public String reply(InboundMessage sms) {
			return "iface " + sms.body();
		}

	}

	@TwilioWebhook
	abstract static class BaseController {

		@PostMapping("/inherited/sms")
		String reply(InboundMessage sms) {
			return "inherited " + sms.body();
		}

	}

	@RestController
	static class InheritedController extends BaseController {

	}

	@RestController
	@Validated
	@TwilioWebhook
	static class ValidatedController {

		@PostMapping("/validated/sms")
		public String reply(InboundMessage sms) {
			return "validated " + sms.body();
		}

	}

	@RestController
	static class TxController {

		@TwilioWebhook
		@PostMapping("/tx/sms")
		public String reply(InboundMessage sms) {
			return "tx " + sms.body();
		}

	}

	@RestController
	@TwilioWebhook
	static class ShapesController {

		@RequestMapping(path = { "/multi/a", "/multi/b" }, method = RequestMethod.POST)
		String multi(InboundMessage sms) {
			return "multi " + sms.body();
		}

		@PostMapping("/tenant/{tenant}/sms")
		String tenant(@PathVariable String tenant, InboundMessage sms) {
			return tenant + " " + sms.body();
		}

		@RequestMapping("/anymethod/sms")
		String any(InboundMessage sms) {
			return "any " + sms.body();
		}

		@PostMapping(path = "/consumes/sms", consumes = "application/x-www-form-urlencoded")
		String consumes(InboundMessage sms) {
			return "consumes " + sms.body();
		}

		@PostMapping("/async/cf")
		CompletableFuture<TwimlDocument> cf(InboundMessage sms) {
			return CompletableFuture.supplyAsync(() -> new TestTwiml("<Response><Message>" + sms.body()
					+ "</Message></Response>"));
		}

		@PostMapping("/async/callable")
		Callable<String> callable(InboundMessage sms) {
			return () -> "callable " + sms.body();
		}

		@PostMapping("/async/deferred")
		DeferredResult<String> deferred(InboundMessage sms) {
			DeferredResult<String> result = new DeferredResult<>();
			new Thread(() -> result.setResult("deferred " + sms.body())).start();
			return result;
		}

		@PostMapping("/entity/sms")
		ResponseEntity<TwimlDocument> entity(InboundMessage sms) {
			return ResponseEntity.ok(new TestTwiml("<Response><Message>" + sms.body() + "</Message></Response>"));
		}

		@PostMapping("/param/sms")
		String param(@RequestParam("Body") String body, InboundMessage sms, jakarta.servlet.http.HttpServletRequest r) {
			return "param " + body + " " + sms.body() + " " + r.getParameter("Body");
		}

		@GetMapping("/voice/get")
		String voice(InboundCall call) {
			return call.callSid() + " " + call.from() + " " + call.callStatus();
		}

		@PostMapping("/throws/sms")
		String boom(InboundMessage sms) {
			throw new IllegalStateException("database down");
		}

	}

}
