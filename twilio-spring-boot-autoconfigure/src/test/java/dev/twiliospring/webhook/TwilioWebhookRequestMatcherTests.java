package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookRequestMatcher} and the {@link WebhookHandlerIndex} that
 * spares it handler lookups, checked against the handler lookup itself.
 */
class TwilioWebhookRequestMatcherTests {

	private final Hooks hooks = new Hooks();

	private final CountingMapping controllers = new CountingMapping();

	private final List<HandlerMapping> mappings = new ArrayList<>(List.of(this.controllers));

	@Test
	void recognizesLiteralWebhookPathAskingOnlyTheMappingThatMapsIt() throws Exception {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		register("/open", "open", RequestMethod.POST);
		// Asked first by the dispatcher servlet, such as Actuator's endpoint mapping
		CountingMapping earlier = new CountingMapping();
		earlier.registerMapping(RequestMappingInfo.paths("/actuator/health")
			.methods(RequestMethod.GET)
			.options(earlier.getBuilderConfiguration())
			.build(), this.hooks, method("open"));
		this.mappings.add(0, earlier);
		TwilioWebhookRequestMatcher matcher = matcher();
		MockHttpServletRequest request = request("POST", "/twilio/sms");
		assertThat(matcher.matches(request)).isTrue();
		assertThat(this.controllers.lookups).hasValue(1);
		assertThat(matcher.matches(request("POST", "/open"))).isFalse();
		assertThat(matcher.matches(request("GET", "/elsewhere"))).isFalse();
		assertThat(earlier.lookups).hasValue(0);
		assertThat(this.controllers.lookups).hasValue(1);
		// The controllers' mapping, after the earlier one
		assertThat(index().exclusiveWebhookMapping(path("/twilio/sms"), "POST")).isEqualTo(1);
		// The dispatcher servlet takes the handler without asking any mapping
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, new StaticWebApplicationContext());
		HandlerExecutionChain chain = new TwilioWebhookHandlerMapping().getHandler(request);
		assertThat(chain).isNotNull();
		assertThat(((HandlerMethod) chain.getHandler()).getMethod().getName()).isEqualTo("webhook");
	}

	@Test
	void looksUpHandlerWhenAnotherMappingSharesTheWebhookPath() {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		register("/twilio/sms", "open", RequestMethod.GET);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
		assertThat(matcher.matches(request("GET", "/twilio/sms"))).isFalse();
		assertThat(this.controllers.lookups).hasValue(2);
	}

	@Test
	void looksUpHandlerWhenAPatternCouldMatchTheWebhookPath() {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		register("/twilio/{name}", "open", RequestMethod.POST);
		assertThat(index().exclusiveWebhookMapping(path("/twilio/sms"), "POST")).isNegative();
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
		assertThat(matcher.matches(request("POST", "/twilio/other"))).isFalse();
	}

	@Test
	void looksUpHandlerWhenEarlierRouterFunctionMapsTheWebhookPath() {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		RouterFunctionMapping functions = new RouterFunctionMapping(
				RouterFunctions.route().POST("/twilio/sms", (request) -> ServerResponse.ok().body("function")).build());
		functions.afterPropertiesSet();
		this.mappings.add(0, functions);
		assertThat(index().exclusiveWebhookMapping(path("/twilio/sms"), "POST")).isNegative();
		// The router function is asked first, so the request is not a webhook
		assertThat(matcher().matches(request("POST", "/twilio/sms"))).isFalse();
	}

	@Test
	void ignoresRouterFunctionsForOtherPaths() {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		RouterFunctionMapping functions = new RouterFunctionMapping(
				RouterFunctions.route().POST("/status", (request) -> ServerResponse.ok().body("function")).build());
		functions.afterPropertiesSet();
		this.mappings.add(0, functions);
		// The controllers' mapping, after the router functions
		assertThat(index().exclusiveWebhookMapping(path("/twilio/sms"), "POST")).isEqualTo(1);
	}

	@Test
	void looksUpHandlerWhenWebhookHasConditionsBeyondPathAndMethod() {
		register(RequestMappingInfo.paths("/twilio/event").methods(RequestMethod.POST).consumes("application/json"),
				"webhook");
		assertThat(index().exclusiveWebhookMapping(path("/twilio/event"), "POST")).isNegative();
		TwilioWebhookRequestMatcher matcher = matcher();
		MockHttpServletRequest json = request("POST", "/twilio/event");
		json.setContentType("application/json");
		assertThat(matcher.matches(json)).isTrue();
		assertThat(this.controllers.lookups).hasValue(1);
	}

	@Test
	void looksUpHandlerOnlyForMethodsTheWebhookIsMappedTo() {
		register("/twilio/voice", "webhook", RequestMethod.POST);
		TwilioWebhookRequestMatcher matcher = matcher();
		MockHttpServletRequest get = request("GET", "/twilio/voice");
		assertThat(matcher.matches(get)).isFalse();
		assertThat(this.controllers.lookups).hasValue(1);
		assertThat(matcher.supportedWebhookMethods(get)).containsExactly("POST");
	}

	@Test
	void recognizesWebhookUnderPathVariablesThroughItsHandler() {
		register("/twilio/{account}/sms", "webhook", RequestMethod.POST);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/twilio/AC1/sms"))).isTrue();
		assertThat(matcher.matches(request("POST", "/twilio/AC1/voice"))).isFalse();
		// Only the first request could reach the webhook
		assertThat(this.controllers.lookups).hasValue(1);
	}

	@Test
	void handsTheLookupToTheDispatcherServlet() throws Exception {
		register("/twilio/{account}/sms", "webhook", RequestMethod.POST);
		MockHttpServletRequest request = request("POST", "/twilio/AC1/sms");
		assertThat(matcher().matches(request)).isTrue();
		TwilioWebhookHandlerMapping reuse = new TwilioWebhookHandlerMapping();
		// Not before the dispatcher servlet handles the request
		assertThat(reuse.getHandler(request)).isNull();
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, new StaticWebApplicationContext());
		HandlerExecutionChain chain = reuse.getHandler(request);
		assertThat(chain).isNotNull();
		assertThat(((HandlerMethod) chain.getHandler()).getMethod().getName()).isEqualTo("webhook");
		assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.isEqualTo(Map.of("account", "AC1"));
		assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
			.isEqualTo("/twilio/{account}/sms");
		assertThat(this.controllers.lookups).hasValue(1);
		// Once only
		assertThat(reuse.getHandler(request)).isNull();
	}

	@Test
	void doesNotHandTheLookupToOtherDispatches() throws Exception {
		register("/twilio/{account}/sms", "webhook", RequestMethod.POST);
		MockHttpServletRequest request = request("POST", "/twilio/AC1/sms");
		assertThat(matcher().matches(request)).isTrue();
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, new StaticWebApplicationContext());
		request.setDispatcherType(DispatcherType.ERROR);
		assertThat(new TwilioWebhookHandlerMapping().getHandler(request)).isNull();
	}

	@Test
	void keepsTheLookupFromTheDispatcherServletWhereBodyParametersSelectTheHandler() {
		register("/twilio/{account}/sms", "webhook", RequestMethod.POST);
		register(RequestMappingInfo.paths("/twilio/{account}/sms").methods(RequestMethod.POST).params("Body"), "open");
		MockHttpServletRequest request = request("POST", "/twilio/AC1/sms");
		assertThat(matcher().matches(request)).isTrue();
		assertThat(request.getAttribute(TwilioWebhookHandlerMapping.LOOKUP_ATTRIBUTE)).isNull();
	}

	@Test
	void asksMappingsItCannotIndex() {
		HandlerMapping opaque = (request) -> "/custom".equals(request.getRequestURI())
				? new HandlerExecutionChain(new HandlerMethod(this.hooks, method("webhook"))) : null;
		this.mappings.add(opaque);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/custom"))).isTrue();
		assertThat(matcher.matches(request("POST", "/other"))).isFalse();
	}

	@Test
	void indexesUrlHandlerMappings() {
		SimpleUrlHandlerMapping urls = new SimpleUrlHandlerMapping(Map.of("/legacy/hook", new WebhookBean()));
		urls.setApplicationContext(new StaticWebApplicationContext());
		this.mappings.add(urls);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/legacy/hook"))).isTrue();
		assertThat(matcher.matches(request("POST", "/legacy/other"))).isFalse();
	}

	@Test
	void matchesConfiguredPathsRelativeToTheContextPathBehindAServletPrefix() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ctx/api/twilio/sms");
		request.setContextPath("/ctx");
		request.setServletPath("/api");
		request.setHttpServletMapping(new MockHttpServletMapping("/twilio/sms", "/api/*", "dispatcher", MappingMatch.PATH));
		assertThat(new TwilioWebhookRequestMatcher(() -> this.mappings, List.of("/api/twilio/**")).matches(request))
			.isTrue();
		assertThat(new TwilioWebhookRequestMatcher(() -> this.mappings, List.of("/twilio/**")).matches(request))
			.isFalse();
		MockHttpServletRequest unprefixed = new MockHttpServletRequest("POST", "/ctx/twilio/sms");
		unprefixed.setContextPath("/ctx");
		assertThat(new TwilioWebhookRequestMatcher(() -> this.mappings, List.of("/twilio/**")).matches(unprefixed))
			.isTrue();
	}

	@Test
	void doesNotHandOnTheLookupWhereAMappingItCannotIndexMaySelectByBodyParameters() {
		register("/twilio/{account}/sms", "webhook", RequestMethod.POST);
		HandlerMethod open = new HandlerMethod(this.hooks, method("open"));
		HandlerMapping opaque = (request) -> "legacy".equals(request.getParameter("Mode"))
				? new HandlerExecutionChain(open) : null;
		this.mappings.add(0, opaque);
		MockHttpServletRequest request = request("POST", "/twilio/AC1/sms");
		request.setParameter("Mode", "legacy");
		assertThat(matcher().matches(request)).isTrue();
		assertThat(request.getAttribute(TwilioWebhookHandlerMapping.LOOKUP_ATTRIBUTE)).isNull();
	}

	@Test
	void handsOnTheLookupWhenMappingsItCannotIndexAreAskedAfterTheOneThatFoundTheHandler() {
		register("/twilio/{account}/sms", "webhook", RequestMethod.POST);
		// Such as Spring Boot's welcome page mapping, ordered last
		this.mappings.add((request) -> null);
		MockHttpServletRequest request = request("POST", "/twilio/AC1/sms");
		assertThat(matcher().matches(request)).isTrue();
		assertThat(request.getAttribute(TwilioWebhookHandlerMapping.LOOKUP_ATTRIBUTE)).isNotNull();
	}

	@Test
	void recognizesAnnotatedHandlerFunctionsAsTheirMappingParsesPaths() throws Exception {
		PathPatternParser caseInsensitive = new PathPatternParser();
		caseInsensitive.setCaseSensitive(false);
		RouterFunctionMapping functions = new RouterFunctionMapping(
				RouterFunctions.route().POST("/twilio/status", new WebhookFunction()).build());
		functions.setPatternParser(caseInsensitive);
		functions.afterPropertiesSet();
		this.mappings.add(0, functions);
		assertThat(functions.getHandler(request("POST", "/TWILIO/STATUS"))).isNotNull();
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/TWILIO/STATUS"))).isTrue();
		assertThat(matcher.matches(request("POST", "/twilio/status"))).isTrue();
		// Its route's pattern is indexed: other paths need no lookup
		assertThat(index().mayBeWebhook(path("/elsewhere"), request("POST", "/elsewhere"))).isFalse();
		assertThat(matcher.matches(request("POST", "/elsewhere"))).isFalse();
		assertThat(this.controllers.lookups).hasValue(0);
	}

	@Test
	void indexesMappingsAgainWhenTold() {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
		// Mapped while the application runs, at the webhook's literal path
		register(RequestMappingInfo.paths("/twilio/sms").methods(RequestMethod.POST).params("Mode"), "open");
		assertThat(matcher.matches(requestWithQuery("POST", "/twilio/sms", "Mode", "x"))).isTrue();
		matcher.handlerMappingsChanged();
		assertThat(matcher.matches(requestWithQuery("POST", "/twilio/sms", "Mode", "x"))).isFalse();
		assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
	}

	@Test
	void indexesMappingsAgainOnlyForARefusedHandlerItDoesNotKnow() {
		register(RequestMappingInfo.paths("/twilio/sms").methods(RequestMethod.POST).params("Digits"), "webhook");
		this.controllers.indexings.set(0);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/twilio/voice"))).isFalse();
		assertThat(this.controllers.indexings).hasValue(1);
		// Refused because a body parameter selects it: indexing again would not help
		matcher.webhookHandlerRefused(new HandlerMethod(this.hooks, method("webhook")));
		assertThat(matcher.matches(request("POST", "/twilio/voice"))).isFalse();
		assertThat(this.controllers.indexings).hasValue(1);
		// Mapped while the application runs: refused once, then known
		register("/twilio/voice", "voice", RequestMethod.POST);
		matcher.webhookHandlerRefused(new HandlerMethod(this.hooks, method("voice")));
		assertThat(matcher.matches(request("POST", "/twilio/voice"))).isTrue();
		assertThat(this.controllers.indexings).hasValue(2);
	}

	@Test
	void indexesMappingsAgainOnceForARefusedHandlerTheyDoNotHold() {
		register("/twilio/sms", "webhook", RequestMethod.POST);
		this.controllers.indexings.set(0);
		TwilioWebhookRequestMatcher matcher = matcher();
		assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
		assertThat(this.controllers.indexings).hasValue(1);
		// A handler of another dispatcher servlet, which these mappings never hold
		HandlerMethod elsewhere = new HandlerMethod(this.hooks, method("voice"));
		matcher.webhookHandlerRefused(elsewhere);
		assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
		assertThat(this.controllers.indexings).hasValue(2);
		for (int i = 0; i < 3; i++) {
			matcher.webhookHandlerRefused(elsewhere);
			assertThat(matcher.matches(request("POST", "/twilio/sms"))).isTrue();
		}
		assertThat(this.controllers.indexings).hasValue(2);
	}

	private void register(String path, String methodName, RequestMethod requestMethod) {
		register(RequestMappingInfo.paths(path).methods(requestMethod), methodName);
	}

	private void register(RequestMappingInfo.Builder info, String methodName) {
		this.controllers.registerMapping(info.options(this.controllers.getBuilderConfiguration()).build(), this.hooks,
				method(methodName));
	}

	private static Method method(String name) {
		Method method = ReflectionUtils.findMethod(Hooks.class, name);
		assertThat(method).isNotNull();
		return method;
	}

	private TwilioWebhookRequestMatcher matcher() {
		return new TwilioWebhookRequestMatcher(() -> this.mappings, List.of());
	}

	private WebhookHandlerIndex index() {
		return WebhookHandlerIndex.of(this.mappings);
	}

	private static PathContainer path(String path) {
		return PathContainer.parsePath(path);
	}

	private static MockHttpServletRequest request(String method, String uri) {
		return new MockHttpServletRequest(method, uri);
	}

	private static MockHttpServletRequest requestWithQuery(String method, String uri, String name, String value) {
		MockHttpServletRequest request = request(method, uri);
		request.setQueryString(name + "=" + value);
		request.setParameter(name, value);
		return request;
	}

	static class Hooks {

		@TwilioWebhook
		String webhook() {
			return "webhook";
		}

		String open() {
			return "open";
		}

		@TwilioWebhook
		String voice() {
			return "voice";
		}

	}

	@TwilioWebhook
	static class WebhookBean {

	}

	@TwilioWebhook
	static class WebhookFunction implements HandlerFunction<ServerResponse> {

		@Override
		public ServerResponse handle(ServerRequest request) {
			return ServerResponse.noContent().build();
		}

	}

	/**
	 * Annotated-controller mapping that counts its lookups.
	 */
	static class CountingMapping extends RequestMappingHandlerMapping {

		final AtomicInteger lookups = new AtomicInteger();

		final AtomicInteger indexings = new AtomicInteger();

		CountingMapping() {
			setApplicationContext(new StaticWebApplicationContext());
			afterPropertiesSet();
		}

		@Override
		protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
			this.lookups.incrementAndGet();
			return super.getHandlerInternal(request);
		}

		@Override
		public Map<RequestMappingInfo, HandlerMethod> getHandlerMethods() {
			this.indexings.incrementAndGet();
			return super.getHandlerMethods();
		}

	}

}
