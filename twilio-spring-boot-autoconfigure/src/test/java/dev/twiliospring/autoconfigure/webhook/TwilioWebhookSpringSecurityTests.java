package dev.twiliospring.autoconfigure.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.MessageStatusEvent;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookAutoConfiguration} in an application that also uses
 * Spring Security, on a real embedded server: the README's security configuration and
 * Spring Boot's default one.
 */
class TwilioWebhookSpringSecurityTests {

	private static final String USER = "user";

	private static final String PASSWORD = "secret";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void signatureFilterIsOrderedBeforeSpringSecurity() {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			int webhookOrder = context.getBean("twilioWebhookFilter", AbstractFilterRegistrationBean.class).getOrder();
			int securityOrder = context.getBean("securityFilterChainRegistration", AbstractFilterRegistrationBean.class)
				.getOrder();
			assertThat(securityOrder).isEqualTo(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
			assertThat(webhookOrder).isEqualTo(TwilioWebhookFilter.DEFAULT_ORDER).isLessThan(securityOrder);
		}
	}

	@Test
	void readmeSecurityLetsSignedSmsWebhookReachItsHandler() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/sms", "From", "+15558675310", "Body", "hi");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
			assertThat(response.body()).contains("<Message>You said: hi</Message>");
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		}
	}

	@Test
	void readmeSecurityLetsSignedVoiceWebhookAndStatusCallbackThrough() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> voice = postSigned(context, "/twilio/voice", "CallSid", "CA123", "From",
					"+15558675310");
			assertThat(voice.statusCode()).isEqualTo(200);
			assertThat(voice.body()).contains("<Say>Call CA123</Say>");
			HttpResponse<String> status = postSigned(context, "/twilio/status", "MessageSid", "SM123",
					"MessageStatus", "delivered");
			assertThat(status.statusCode()).isBetween(200, 299);
			assertThat(context.getBean(StatusEvents.class).received).hasSize(1);
		}
	}

	@Test
	void readmeSecurityLetsAsynchronousWebhookCompleteThroughTheAsyncDispatch() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/async", "Body", "later");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("<Message>Later: later</Message>");
		}
	}

	@Test
	void readmeSecurityAnswersUnsignedWebhookWithTheLibrarysProblem() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = post(context, "/twilio/sms", null, "Body=hi");
			assertLibraryProblem(response, 403, "missing-signature");
			assertThat(context.getBean(Webhooks.class).invocations).isEmpty();
		}
	}

	@Test
	void readmeSecurityAnswersWronglySignedWebhookWithTheLibrarysProblem() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			Map<String, List<String>> params = params("Body", "hi");
			String signature = sign(url(context, "/twilio/sms"), params("Body", "another body"));
			HttpResponse<String> response = post(context, "/twilio/sms", signature, form(params));
			assertLibraryProblem(response, 403, "signature-mismatch");
			assertThat(context.getBean(Webhooks.class).invocations).isEmpty();
		}
	}

	@Test
	void readmeSecurityKeepsOtherPathsProtected() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> anonymous = get(context, "/account");
			assertThat(anonymous.statusCode()).isEqualTo(403);
			assertThat(anonymous.body()).doesNotContain("\"reason\"").isNotEqualTo("account");
			HttpResponse<String> signed = postSigned(context, "/account", "Body", "hi");
			assertThat(signed.statusCode()).isEqualTo(403);
			assertThat(signed.body()).doesNotContain("\"reason\"").isNotEqualTo("updated");
		}
	}

	@Test
	void readmeSecurityKeepsOtherEndpointsUnderTheWebhooksPathProtected() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> anonymous = get(context, "/twilio/numbers");
			assertThat(anonymous.statusCode()).isEqualTo(403);
			assertThat(anonymous.body()).doesNotContain("+15005550006");
			HttpResponse<String> withoutCsrfToken = post(context, "/twilio/numbers", null, "Number=%2B15005550006");
			assertThat(withoutCsrfToken.statusCode()).isEqualTo(403);
			assertThat(context.getBean(Account.class).released).isEmpty();
		}
	}

	@Test
	void readmeSecurityWithFormLoginAnswersWebhooksWithoutRedirectOrSession() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurityWithFormLogin.class)) {
			HttpResponse<String> signed = postSigned(context, "/twilio/sms", "From", "+15558675310", "Body", "hi");
			assertThat(signed.statusCode()).isEqualTo(200);
			assertThat(signed.body()).contains("<Message>You said: hi</Message>");
			assertThat(signed.headers().firstValue("Set-Cookie")).isEmpty();
			HttpResponse<String> unsigned = post(context, "/twilio/sms", null, "Body=hi");
			assertLibraryProblem(unsigned, 403, "missing-signature");
			assertThat(unsigned.headers().firstValue("Set-Cookie")).isEmpty();
			HttpResponse<String> other = get(context, "/twilio/numbers");
			assertThat(other.statusCode()).isEqualTo(302);
			assertThat(other.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void readmeSecurityLetsSignedStatusCallbackOutsideTwilioPathsThrough() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class,
				"twilio.webhook.status-callback.path=/callbacks/status")) {
			HttpResponse<String> status = postSigned(context, "/callbacks/status", "MessageSid", "SM123",
					"MessageStatus", "delivered");
			assertThat(status.statusCode()).isBetween(200, 299);
			assertThat(context.getBean(StatusEvents.class).received).hasSize(1);
			HttpResponse<String> unsigned = post(context, "/callbacks/status", null,
					"MessageSid=SM123&MessageStatus=delivered");
			assertLibraryProblem(unsigned, 403, "missing-signature");
		}
	}

	@Test
	void readmeSecurityKeepsServerErrorOfFailingWebhookHandler() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/fail", "Body", "hi");
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		}
	}

	@Test
	void readmeSecurityKeepsBadRequestForMissingWebhookParameter() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/gather", "CallSid", "CA123");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(context.getBean(Webhooks.class).invocations).isEmpty();
		}
	}

	@Test
	void readmeSecurityAnswersSignedRequestForPathWithoutWebhookAsAnyOther() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/unknown", "Body", "hi");
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.body()).doesNotContain("\"reason\"");
		}
	}

	@Test
	void readmeSecurityValidatesSignedWebhookUnderServletPath() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class, "spring.mvc.servlet.path=/api")) {
			HttpResponse<String> sms = postSigned(context, "/api/twilio/sms", "Body", "prefixed");
			assertThat(sms.statusCode()).isEqualTo(200);
			assertThat(sms.body()).contains("You said: prefixed");
			HttpResponse<String> status = postSigned(context, "/api/twilio/status", "MessageSid", "SM123",
					"MessageStatus", "delivered");
			assertThat(status.statusCode()).isBetween(200, 299);
			assertThat(context.getBean(StatusEvents.class).received).hasSize(1);
		}
	}

	@Test
	void defaultSecurityAnswersUnsignedWebhookWithTheLibrarysProblem() throws Exception {
		try (ConfigurableApplicationContext context = start(null)) {
			HttpResponse<String> response = post(context, "/twilio/sms", null, "Body=hi");
			assertLibraryProblem(response, 403, "missing-signature");
		}
	}

	@Test
	void defaultSecurityAnswersSignedWebhookWithUnauthorized() throws Exception {
		try (ConfigurableApplicationContext context = start(null)) {
			HttpResponse<String> response = postSigned(context, "/twilio/sms", "From", "+15558675310", "Body", "hi");
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Basic"));
			assertThat(response.body()).doesNotContain("\"reason\"");
			assertThat(context.getBean(Webhooks.class).invocations).isEmpty();
		}
	}

	@Test
	void readmeSecurityValidatesSignedWebhookUnderContextPathBehindProxy() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class, "server.servlet.context-path=/app",
				"server.forward-headers-strategy=framework")) {
			String publicUrl = "https://hooks.example.com/app/twilio/sms";
			Map<String, List<String>> params = params("From", "+15558675310", "Body", "proxied");
			HttpRequest request = HttpRequest.newBuilder(URI.create(url(context, "/app/twilio/sms")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(publicUrl, params))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "hooks.example.com")
				.header("X-Forwarded-Port", "443")
				.POST(BodyPublishers.ofString(form(params)))
				.build();
			HttpResponse<String> response = this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("You said: proxied");
		}
	}

	@Test
	void readmeSecurityFirewallAnswersSignedWebhookWithPathParameterWithBadRequest() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/sms;jsessionid=abc", "Body", "hi");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(context.getBean(Webhooks.class).invocations).isEmpty();
		}
	}

	@Test
	void readmeSecurityFirewallAnswersEncodedPercentInWebhookPathWithBadRequest() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			HttpResponse<String> response = postSigned(context, "/twilio/sms%25", "Body", "hi");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(context.getBean(Webhooks.class).invocations).isEmpty();
		}
	}

	@Test
	void readmeSecurityLeavesMalformedPathParameterToTheLibrarysProblem() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			String response = raw(context, "POST /twilio/sms;tenant=%ZZ HTTP/1.1", "Body=hi");
			assertThat(response).startsWith("HTTP/1.1 400")
				.contains("application/problem+json")
				.contains("\"reason\":\"malformed-path\"");
		}
	}

	@Test
	void readmeSecurityLeavesMalformedPercentEncodingInPathToTheServer() throws Exception {
		try (ConfigurableApplicationContext context = start(ReadmeSecurity.class)) {
			String response = raw(context, "POST /twilio/s%ZZms HTTP/1.1", "Body=hi");
			assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Exception");
		}
	}

	private static void assertLibraryProblem(HttpResponse<String> response, int status, String reason) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
	}

	private ConfigurableApplicationContext start(Class<?> security, String... properties) {
		List<Class<?>> sources = new ArrayList<>(List.of(SecuredApplication.class));
		if (security != null) {
			sources.add(security);
		}
		// Arguments, as they outrank the test application.properties that leaves security
		// out; Jetty stays out, so that the application runs on Tomcat as the others do
		List<String> arguments = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.autoconfigure.exclude="
						+ "org.springframework.boot.jetty.autoconfigure.servlet.JettyServletWebServerAutoConfiguration",
				"twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.status-callback.path=/twilio/status", "spring.security.user.name=" + USER,
				"spring.security.user.password=" + PASSWORD));
		for (String property : properties) {
			// A repeated argument would join both values with a comma: replace the default
			String name = property.substring(0, property.indexOf('=') + 1);
			arguments.removeIf((argument) -> argument.startsWith(name));
			arguments.add(property);
		}
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.SERVLET)
			.run(arguments.stream().map((argument) -> "--" + argument).toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String url(ConfigurableApplicationContext context, String path) {
		String contextPath = context.getEnvironment().getProperty("server.servlet.context-path", "");
		return "http://127.0.0.1:" + port(context) + (path.startsWith(contextPath) ? path : contextPath + path);
	}

	private HttpResponse<String> postSigned(ConfigurableApplicationContext context, String path,
			String... namesAndValues) throws Exception {
		Map<String, List<String>> params = params(namesAndValues);
		return post(context, path, sign(url(context, path), params), form(params));
	}

	private HttpResponse<String> post(ConfigurableApplicationContext context, String path, String signature,
			String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(context, path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body));
		if (signature != null) {
			request.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature);
		}
		return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(context, path))).GET().build();
		return this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Send a request line that no HTTP client library sends, with a form body.
	 */
	private static String raw(ConfigurableApplicationContext context, String requestLine, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port(context))) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: c2ln\r\n"
					+ "Content-Length: " + bytes.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Webhooks.class, Account.class, StatusEvents.class })
	static class SecuredApplication {

	}

	/**
	 * The security configuration of the README's "With Spring Security" section, as it
	 * appears there.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ReadmeSecurity {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			RequestMatcher twilioWebhooks = (request) -> request
				.getAttribute(TwilioWebhookFilter.VERIFIED_ATTRIBUTE) != null;
			http.authorizeHttpRequests((requests) -> requests
					.requestMatchers(twilioWebhooks).permitAll()
					.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
					.anyRequest().authenticated())
				.csrf((csrf) -> csrf.ignoringRequestMatchers(twilioWebhooks));
			return http.build();
		}

	}

	/**
	 * The README's security configuration in an application that signs in its users with
	 * a login form.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ReadmeSecurityWithFormLogin {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			// The README's chain itself, so that this follows it when it changes
			http.formLogin(Customizer.withDefaults());
			return new ReadmeSecurity().securityFilterChain(http);
		}

	}

	@RestController
	@TwilioWebhook
	static class Webhooks {

		final List<String> invocations = new CopyOnWriteArrayList<>();

		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			this.invocations.add(message.body());
			return MessagingResponse.builder().message("You said: " + message.body()).build();
		}

		@PostMapping("/twilio/async")
		Callable<MessagingResponse> smsLater(InboundMessage message) {
			return () -> MessagingResponse.builder().message("Later: " + message.body()).build();
		}

		@PostMapping("/twilio/fail")
		String fail(InboundMessage message) {
			throw new IllegalStateException("The handler failed");
		}

		@PostMapping("/twilio/gather")
		String gather(@RequestParam("Digits") String digits) {
			this.invocations.add(digits);
			return "digits:" + digits;
		}

		@PostMapping("/twilio/voice")
		VoiceResponse voice(InboundCall call) {
			this.invocations.add(call.callSid());
			return VoiceResponse.builder().say("Call " + call.callSid()).build();
		}

	}

	@RestController
	static class Account {

		final List<String> released = new CopyOnWriteArrayList<>();

		@GetMapping("/account")
		String account() {
			return "account";
		}

		@PostMapping("/account")
		String update() {
			return "updated";
		}

		@GetMapping("/twilio/numbers")
		String numbers() {
			return "+15005550006";
		}

		@PostMapping("/twilio/numbers")
		String release(@RequestParam("Number") String number) {
			this.released.add(number);
			return "released";
		}

	}

	static class StatusEvents {

		final List<MessageStatusEvent> received = new CopyOnWriteArrayList<>();

		@EventListener
		void onMessageStatus(MessageStatusEvent event) {
			this.received.add(event);
		}

	}

}
