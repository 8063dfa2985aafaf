package dev.twiliospring.webhook;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides whether a request is a Twilio webhook: its path matches one of the configured
 * patterns, or Spring MVC would dispatch it to a handler annotated with
 * {@link TwilioWebhook}.
 * <p>
 * The handler is looked up the way the {@code DispatcherServlet} does it, by asking every
 * {@link HandlerMapping} in order, but on a view of the request that keeps the lookup's
 * request attributes to itself and offers only the query string's parameters, so that
 * the request body is left unread for the signature check.
 * <p>
 * That lookup costs as much as the dispatcher servlet's own, so it is avoided where the
 * handler mappings, indexed on first use, already give the answer: a request whose path
 * no webhook handler is mapped to is not a webhook, and a request for a literal webhook
 * path that no other handler is mapped to is one, for which only the mapping that maps
 * it is asked. When the lookup is made and the dispatcher servlet would repeat it with
 * the same result, the result is kept for the {@link TwilioWebhookHandlerMapping}, so the
 * dispatcher servlet asks no other mapping. A webhook handler mapped after the index was
 * built is not known to it; the {@link TwilioWebhookHandlerInterceptor} refuses the
 * first request for it and has the mappings indexed again.
 *
 * @since 1.0.0
 */
public class TwilioWebhookRequestMatcher {

	/**
	 * Request attribute with the methods that the handler mappings support for a path,
	 * set when the request's method is not one of them.
	 */
	private static final String SUPPORTED_METHODS_ATTRIBUTE = TwilioWebhookRequestMatcher.class.getName()
			+ ".SUPPORTED_METHODS";

	/**
	 * Request attribute with the content types that the handler mappings accept for a
	 * path, set when the request's content type is not one of them.
	 */
	private static final String SUPPORTED_CONTENT_TYPES_ATTRIBUTE = TwilioWebhookRequestMatcher.class.getName()
			+ ".SUPPORTED_CONTENT_TYPES";

	private static final MethodFlags WEBHOOK_METHODS = new MethodFlags();

	private static final ClassValue<Boolean> WEBHOOK_TYPES = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			return AnnotatedElementUtils.hasAnnotation(type, TwilioWebhook.class);
		}

	};

	/**
	 * Classes with a method annotated with {@link TwilioWebhook}: a handler object of
	 * such a class is a webhook, such as a {@code HandlerFunction} whose {@code handle}
	 * method is annotated, and so is a lambda that captures one, as which of its methods
	 * the lambda calls is not known.
	 */
	private static final ClassValue<Boolean> WEBHOOK_MEMBERS = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			for (Method method : ReflectionUtils.getAllDeclaredMethods(type)) {
				if (AnnotatedElementUtils.hasAnnotation(method, TwilioWebhook.class)) {
					return true;
				}
			}
			return false;
		}

	};

	/**
	 * The fields in which a lambda's class keeps what the lambda captured; none for other
	 * classes, or where they cannot be read.
	 */
	private static final ClassValue<Field[]> LAMBDA_CAPTURES = new ClassValue<>() {

		@Override
		protected Field[] computeValue(Class<?> type) {
			if (!type.isHidden() || !type.isSynthetic()) {
				return new Field[0];
			}
			List<Field> fields = new ArrayList<>();
			for (Field field : type.getDeclaredFields()) {
				try {
					if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
						// Made accessible by spring-core, which an application on the module
						// path opens its packages to, and a lambda's class is in its package
						ReflectionUtils.makeAccessible(field);
						fields.add(field);
					}
				}
				catch (RuntimeException ex) {
					// Not open to spring-core: the lambda is taken for what its own class says
				}
			}
			return fields.toArray(Field[]::new);
		}

	};

	private final Supplier<List<HandlerMapping>> handlerMappings;

	private final List<PathPattern> pathPatterns;

	private volatile @Nullable WebhookHandlerIndex index;

	/**
	 * Counts the times the index was dropped, so that an index built from the handler
	 * mappings as they were before is not kept.
	 */
	private int indexGeneration;

	/**
	 * Refused handlers that the mappings were indexed again for, once each: a handler of
	 * another dispatcher servlet is never in them, and anyone could otherwise have them
	 * indexed with every request for it.
	 */
	private final Set<Object> indexedAgainFor = ConcurrentHashMap.newKeySet();

	/**
	 * Create a matcher.
	 * @param handlerMappings supplies the handler mappings in the order the dispatcher
	 * servlet consults them; called once, on first use
	 * @param pathPatterns path patterns, relative to the context path, whose requests
	 * are webhooks whatever their handler, such as {@code /twilio/**}; matched regardless
	 * of case
	 */
	public TwilioWebhookRequestMatcher(Supplier<List<HandlerMapping>> handlerMappings,
			Collection<String> pathPatterns) {
		this.handlerMappings = SingletonSupplier.of(handlerMappings);
		// Handler mappings may be set to match paths regardless of case: a request for
		// "/TWILIO/sms" must not get past the signature check to the handler of "/twilio/sms"
		PathPatternParser parser = new PathPatternParser();
		parser.setCaseSensitive(false);
		this.pathPatterns = pathPatterns.stream()
			.map((pattern) -> parser.parse(parser.initFullPathPattern(pattern)))
			.toList();
	}

	/**
	 * Return whether the request is a webhook whose signature must be checked. If this
	 * looks the request's handler up and the dispatcher servlet would find the same one,
	 * the lookup is recorded on the request for the {@link TwilioWebhookHandlerMapping}.
	 * @param request the request
	 * @return whether the request is a webhook
	 */
	public boolean matches(HttpServletRequest request) {
		if (matchesAsRequested(request)) {
			return true;
		}
		// Spring maps no trailing slash; a UrlHandlerFilter after this filter removes it
		String uri = request.getRequestURI();
		return uri.length() > 1 && uri.endsWith("/") && matchesAsRequested(new WithoutTrailingSlash(request));
	}

	private boolean matchesAsRequested(HttpServletRequest request) {
		LookupRequest lookupRequest = new LookupRequest(request);
		RequestPath requestPath = ServletRequestPathUtils.parseAndCache(lookupRequest);
		PathContainer path = requestPath.pathWithinApplication();
		WebhookHandlerIndex index = index();
		int exclusive = index.exclusiveWebhookMapping(path, request.getMethod());
		if (exclusive >= 0) {
			// The dispatcher servlet can only find the webhook handler, and the mappings it
			// asks first cannot match: only the mapping that maps it is asked, for the
			// dispatcher servlet to skip them all
			HandlerExecutionChain chain = getHandler(this.handlerMappings.get().get(exclusive), lookupRequest);
			if (chain != null && chain.getHandler() instanceof HandlerMethod && isWebhookHandler(chain.getHandler())) {
				record(request, lookupRequest, chain);
			}
			return true;
		}
		if (matchesPathPattern(request, requestPath)) {
			return true;
		}
		if (!index.mayBeWebhook(path, lookupRequest)) {
			return false;
		}
		if (index.asksMappings()) {
			lookupRequest = new LookupRequest(request);
			ServletRequestPathUtils.parseAndCache(lookupRequest);
		}
		Found found = findHandler(lookupRequest, request);
		if (found == null || !isWebhookHandler(found.chain().getHandler())) {
			return false;
		}
		HandlerExecutionChain chain = found.chain();
		if (chain.getHandler() instanceof HandlerMethod && index.lookupReusable(path, found.mappingIndex())) {
			record(request, lookupRequest, chain);
		}
		return true;
	}

	private static void record(HttpServletRequest request, LookupRequest lookupRequest, HandlerExecutionChain chain) {
		request.setAttribute(TwilioWebhookHandlerMapping.LOOKUP_ATTRIBUTE,
				new TwilioWebhookHandlerMapping.Lookup(chain, lookupRequest.attributes(),
						lookupRequest.removedAttributes(), request.getMethod(), request.getRequestURI()));
	}

	private static @Nullable HandlerExecutionChain getHandler(HandlerMapping handlerMapping,
			LookupRequest lookupRequest) {
		try {
			return handlerMapping.getHandler(lookupRequest);
		}
		catch (Exception ex) {
			// The dispatcher servlet looks the handler up again and reports the failure
			return null;
		}
	}

	private WebhookHandlerIndex index() {
		WebhookHandlerIndex index = this.index;
		if (index == null) {
			int generation;
			synchronized (this) {
				generation = this.indexGeneration;
			}
			index = WebhookHandlerIndex.of(this.handlerMappings.get());
			synchronized (this) {
				if (generation == this.indexGeneration) {
					this.index = index;
				}
			}
		}
		return index;
	}

	/**
	 * Forget what the handler mappings were indexed as, so that the next request indexes
	 * them again. Call this after registering handlers with a handler mapping while the
	 * application runs: the filter learns of a {@link TwilioWebhook} handler mapped later
	 * by itself, when the {@link TwilioWebhookHandlerInterceptor} refuses its first
	 * request, but of no other handler. Until then, a handler mapped later at the literal
	 * path of a webhook handler method, for the same HTTP method, is taken for that
	 * webhook: its requests need a valid signature.
	 */
	public void handlerMappingsChanged() {
		synchronized (this) {
			this.indexGeneration++;
			this.index = null;
		}
	}

	/**
	 * Called when a webhook handler was about to run for a request that the filter had
	 * passed on as no webhook. If the index does not know the handler, it was mapped after
	 * the index was built, and the mappings are indexed again. A known handler was
	 * passed on because only body parameters tell it apart, which indexing again would
	 * not change: anyone could otherwise have the mappings indexed with every request.
	 * For the same reason, they are indexed again once per unknown handler.
	 * @param handler the refused handler
	 */
	void webhookHandlerRefused(Object handler) {
		WebhookHandlerIndex index = this.index;
		if (index != null && !index.knows(handler) && this.indexedAgainFor.add(webhookHandlerKey(handler))) {
			handlerMappingsChanged();
		}
	}

	private boolean matchesPathPattern(HttpServletRequest request, RequestPath requestPath) {
		if (this.pathPatterns.isEmpty()) {
			return false;
		}
		// The patterns are relative to the context path; the handler mappings' path is
		// relative to the dispatcher servlet's mapping when that has a prefix
		PathContainer path = requestPath.pathWithinApplication();
		String contextPath = request.getContextPath();
		if (path.value().length() + ((contextPath != null) ? contextPath.length() : 0) != request.getRequestURI()
			.length()) {
			path = RequestPath.parse(request.getRequestURI(), contextPath).pathWithinApplication();
		}
		if (matchesPathPattern(path)) {
			return true;
		}
		// The container maps a request by its normalised path, and so do handler
		// mappings that use it, such as Spring MVC's with the Ant-style path matcher:
		// "//twilio/hook" reaches what is mapped at "/twilio/hook" there. A request is a
		// webhook if either path matches, so that no spelling of a path gets past the
		// signature check
		String pathInfo = request.getPathInfo();
		// That path is decoded: a '%' in it, such as from "%25", is a character, which
		// parsing it as it is would take for an escape and fail on or decode again
		String mappedPath = (request.getServletPath() + ((pathInfo != null) ? pathInfo : "")).replace("%", "%25");
		return !mappedPath.isEmpty() && !mappedPath.equals(path.value())
				&& matchesPathPattern(PathContainer.parsePath(mappedPath));
	}

	/**
	 * Return whether the target of a forward or an include matches one of the configured
	 * path patterns. The filter checks a request once, on its way in, so it does not see
	 * where the application dispatches it next.
	 * @param request a request in a forward or include dispatch
	 * @return whether its target is a webhook by its path
	 */
	boolean matchesDispatchTarget(HttpServletRequest request) {
		if (this.pathPatterns.isEmpty()) {
			return false;
		}
		HttpServletRequest target = WebUtils.isIncludeRequest(request) ? new IncludeTarget(request) : request;
		try {
			return matchesPathPattern(target, RequestPath.parse(target.getRequestURI(), target.getContextPath()));
		}
		catch (IllegalArgumentException ex) {
			// A path that a handler was found for, yet cannot be matched: refused to be safe
			return true;
		}
	}

	private boolean matchesPathPattern(PathContainer path) {
		for (PathPattern pattern : this.pathPatterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the methods that a webhook handler at the request's path supports, if the
	 * request did not {@link #matches(HttpServletRequest) match} only because its method
	 * is not one of them, so that the caller can answer 405 itself.
	 * @param request a request that {@link #matches(HttpServletRequest)} has just rejected
	 * @return the supported methods, or an empty set
	 */
	Set<String> supportedWebhookMethods(HttpServletRequest request) {
		if (!(request.getAttribute(SUPPORTED_METHODS_ATTRIBUTE) instanceof Set<?> supported) || supported.isEmpty()) {
			return Set.of();
		}
		request.removeAttribute(SUPPORTED_METHODS_ATTRIBUTE);
		Set<String> methods = new LinkedHashSet<>();
		supported.forEach((method) -> methods.add(method.toString()));
		LookupRequest lookupRequest = new LookupRequest(request, methods.iterator().next());
		ServletRequestPathUtils.parseAndCache(lookupRequest);
		Found found = findHandler(lookupRequest, null);
		return (found != null && isWebhookHandler(found.chain().getHandler())) ? Collections.unmodifiableSet(methods)
				: Set.of();
	}

	/**
	 * Return the content types that a webhook handler at the request's path consumes, if
	 * the request did not {@link #matches(HttpServletRequest) match} only because its
	 * content type is not one of them, so that the caller can answer 415 itself.
	 * @param request a request that {@link #matches(HttpServletRequest)} has just rejected
	 * @return the content types, or an empty list
	 */
	List<MediaType> supportedWebhookContentTypes(HttpServletRequest request) {
		if (!(request.getAttribute(SUPPORTED_CONTENT_TYPES_ATTRIBUTE) instanceof List<?> supported)
				|| supported.isEmpty()) {
			return List.of();
		}
		request.removeAttribute(SUPPORTED_CONTENT_TYPES_ATTRIBUTE);
		List<MediaType> contentTypes = new ArrayList<>();
		supported.forEach((contentType) -> contentTypes.add((MediaType) contentType));
		LookupRequest lookupRequest = new LookupRequest(request, null, contentTypes.get(0).toString());
		ServletRequestPathUtils.parseAndCache(lookupRequest);
		Found found = findHandler(lookupRequest, null);
		return (found != null && isWebhookHandler(found.chain().getHandler()))
				? Collections.unmodifiableList(contentTypes) : List.of();
	}

	/**
	 * Return whether the request would be a webhook if its path had no path parameters:
	 * Spring cannot parse a path whose parameters hold a malformed escape, such as
	 * {@code /twilio/sms;tenant=%ZZ}, and fails every lookup of it.
	 * @param request a request whose path {@link #matches(HttpServletRequest)} could not
	 * parse
	 * @return whether it is a webhook
	 */
	boolean matchesWithoutPathParameters(HttpServletRequest request) {
		try {
			return matchesAsRequested(new WithoutPathParameters(request));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Return whether the request would be a webhook if its context path were the servlet
	 * context's own, when its context path holds a malformed escape. Spring's
	 * {@code ForwardedHeaderFilter} makes a proxy's {@code X-Forwarded-Prefix}, such as
	 * {@code %zz}, the context path as it is, and Spring then fails every lookup of the
	 * request.
	 * @param request a request whose path {@link #matches(HttpServletRequest)} could not
	 * parse
	 * @return whether its context path is malformed and it is a webhook
	 */
	boolean matchesWithoutMalformedContextPath(HttpServletRequest request) {
		String contextPath = request.getContextPath();
		String uri = request.getRequestURI();
		if (contextPath == null || contextPath.isEmpty() || !uri.startsWith(contextPath)
				|| !isMalformedPath(contextPath)) {
			return false;
		}
		try {
			return matches(new WithContextPath(request, request.getServletContext().getContextPath(),
					uri.substring(contextPath.length())));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isMalformedPath(String path) {
		try {
			PathContainer.parsePath(path);
			return false;
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	/**
	 * Ask the handler mappings in order, as the dispatcher servlet does.
	 * @param lookupRequest the view to look up, its path already parsed
	 * @param request the request to record the supported methods on, or {@code null}
	 */
	private @Nullable Found findHandler(LookupRequest lookupRequest, @Nullable HttpServletRequest request) {
		List<HandlerMapping> handlerMappings = this.handlerMappings.get();
		for (int i = 0; i < handlerMappings.size(); i++) {
			HandlerMapping handlerMapping = handlerMappings.get(i);
			if (handlerMapping instanceof TwilioWebhookHandlerMapping) {
				continue;
			}
			HandlerExecutionChain chain;
			try {
				chain = handlerMapping.getHandler(lookupRequest);
			}
			catch (HttpRequestMethodNotSupportedException ex) {
				// Remembered so that a webhook can be told apart from any other path, but only
				// for requests that are bound to fail anyway
				Set<HttpMethod> supported = ex.getSupportedHttpMethods();
				if (supported != null && request != null) {
					request.setAttribute(SUPPORTED_METHODS_ATTRIBUTE, supported);
				}
				return null;
			}
			catch (HttpMediaTypeNotSupportedException ex) {
				List<MediaType> supported = ex.getSupportedMediaTypes();
				if (!supported.isEmpty() && request != null) {
					request.setAttribute(SUPPORTED_CONTENT_TYPES_ATTRIBUTE, supported);
				}
				return null;
			}
			catch (Exception ex) {
				// The dispatcher servlet fails on the same lookup, so no handler will run
				return null;
			}
			if (chain != null) {
				return new Found(chain, i);
			}
		}
		return null;
	}

	/**
	 * Return whether the application has webhook endpoints: configured path patterns or
	 * handlers annotated with {@link TwilioWebhook}.
	 * @return whether there is at least one webhook endpoint
	 */
	public boolean hasWebhookEndpoints() {
		if (!this.pathPatterns.isEmpty()) {
			return true;
		}
		for (HandlerMapping handlerMapping : this.handlerMappings.get()) {
			if (handlerMapping instanceof AbstractHandlerMethodMapping<?> methodMapping) {
				for (HandlerMethod handlerMethod : methodMapping.getHandlerMethods().values()) {
					if (isWebhookHandler(handlerMethod)) {
						return true;
					}
				}
			}
			else if (handlerMapping instanceof AbstractUrlHandlerMapping urlMapping) {
				for (Object handler : urlMapping.getHandlerMap().values()) {
					if (isWebhookHandler(handler)) {
						return true;
					}
				}
			}
			else if (handlerMapping instanceof RouterFunctionMapping functionMapping) {
				RouterFunction<?> routerFunction = functionMapping.getRouterFunction();
				WebhookRouteFinder finder = new WebhookRouteFinder();
				if (routerFunction != null) {
					routerFunction.accept(finder);
				}
				if (finder.found) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Looks for a route whose handler function is a webhook, nested routes included.
	 */
	private static final class WebhookRouteFinder implements RouterFunctions.Visitor {

		private boolean found;

		@Override
		public void startNested(RequestPredicate predicate) {
		}

		@Override
		public void endNested(RequestPredicate predicate) {
		}

		@Override
		public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
			this.found |= isWebhookHandler(handlerFunction);
		}

		@Override
		public void resources(Function<ServerRequest, Optional<Resource>> lookupFunction) {
		}

		@Override
		public void attributes(Map<String, Object> attributes) {
		}

		@Override
		public void unknown(RouterFunction<?> routerFunction) {
		}

	}

	/**
	 * Return whether a handler, or the controller it belongs to, is annotated with
	 * {@link TwilioWebhook}. A handler that is an object, such as a handler function, is
	 * a webhook when its class or one of its methods is annotated. A handler function
	 * written as a lambda or method reference is a webhook when it captures an object
	 * whose class, or one of whose methods, is annotated: {@code smsHandler::reply}, and the function that a router's
	 * {@code filter}, {@code before}, {@code after} or {@code onError} wraps around an
	 * annotated one.
	 * @param handler the handler, as a handler mapping returns it
	 * @return whether the handler is a webhook
	 */
	public static boolean isWebhookHandler(@Nullable Object handler) {
		if (handler instanceof HandlerMethod handlerMethod) {
			// Asked for the handler of every request: the answers are kept per method
			boolean annotated = WEBHOOK_METHODS.get(handlerMethod.getMethod(),
					(method) -> handlerMethod.hasMethodAnnotation(TwilioWebhook.class));
			return annotated || WEBHOOK_TYPES.get(handlerMethod.getBeanType());
		}
		return webhookObject(handler) != null;
	}

	/**
	 * Return what a webhook handler is known by: its method, or the annotated object
	 * that makes it one, which a router's filter wraps in a new function per request.
	 * @param handler a handler that {@link #isWebhookHandler} accepts
	 * @return the key
	 */
	static Object webhookHandlerKey(Object handler) {
		if (handler instanceof HandlerMethod handlerMethod) {
			return handlerMethod.getMethod();
		}
		Object annotated = webhookObject(handler);
		return (annotated != null) ? annotated : handler;
	}

	private static @Nullable Object webhookObject(@Nullable Object handler) {
		if (handler == null || handler instanceof String) {
			return null;
		}
		Class<?> type = AopUtils.getTargetClass(handler);
		if (WEBHOOK_TYPES.get(type) || WEBHOOK_MEMBERS.get(type)) {
			return handler;
		}
		KotlinFunctionReferences kotlinReferences = KotlinFunctionReferences.forClass(handler.getClass());
		if (kotlinReferences != null) {
			return kotlinReferences.webhookObject(handler, TwilioWebhookRequestMatcher::webhookObject);
		}
		// What a lambda captured, such as the receiver of a method reference or the
		// function a router's filter wraps, tells whether it is a webhook
		for (Field field : LAMBDA_CAPTURES.get(handler.getClass())) {
			Object captured;
			try {
				captured = field.get(handler);
			}
			catch (IllegalAccessException ex) {
				continue;
			}
			if (captured instanceof HandlerFilterFunction<?, ?>) {
				// A router's filter is applied to its other routes too: only the function
				// it wraps tells whether a route is a webhook, as the index of routes sees it
				continue;
			}
			Object annotated = webhookObject(captured);
			if (annotated != null) {
				return annotated;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "TwilioWebhookRequestMatcher[pathPatterns=" + this.pathPatterns + "]";
	}

	/**
	 * A handler found, and the position of the handler mapping that found it.
	 */
	private record Found(HandlerExecutionChain chain, int mappingIndex) {

	}

	/**
	 * A request as Spring's {@code UrlHandlerFilter} passes it on: without the trailing
	 * slash of its path.
	 */
	private static final class WithoutTrailingSlash extends HttpServletRequestWrapper {

		WithoutTrailingSlash(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			return strip(super.getRequestURI());
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			if (url.length() > 0 && url.charAt(url.length() - 1) == '/') {
				url.setLength(url.length() - 1);
			}
			return url;
		}

		@Override
		public String getServletPath() {
			return (getPathInfo() != null) ? super.getServletPath() : strip(super.getServletPath());
		}

		@Override
		public @Nullable String getPathInfo() {
			String pathInfo = super.getPathInfo();
			return (pathInfo != null) ? strip(pathInfo) : null;
		}

		private static String strip(String path) {
			return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		}

	}

	/**
	 * View of an included request with the include's path in place of the request's.
	 */
	private static final class IncludeTarget extends HttpServletRequestWrapper {

		IncludeTarget(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			return String.valueOf(getAttribute(WebUtils.INCLUDE_REQUEST_URI_ATTRIBUTE));
		}

		@Override
		public String getContextPath() {
			return (getAttribute(WebUtils.INCLUDE_CONTEXT_PATH_ATTRIBUTE) instanceof String path) ? path : "";
		}

		@Override
		public String getServletPath() {
			return (getAttribute(WebUtils.INCLUDE_SERVLET_PATH_ATTRIBUTE) instanceof String path) ? path : "";
		}

		@Override
		public @Nullable String getPathInfo() {
			return (getAttribute(WebUtils.INCLUDE_PATH_INFO_ATTRIBUTE) instanceof String path) ? path : null;
		}

	}

	/**
	 * View of a request under another context path, its path within the application
	 * kept.
	 */
	private static final class WithContextPath extends HttpServletRequestWrapper {

		private final String contextPath;

		private final String requestUri;

		WithContextPath(HttpServletRequest request, String contextPath, String pathWithinApplication) {
			super(request);
			this.contextPath = contextPath;
			this.requestUri = contextPath + pathWithinApplication;
		}

		@Override
		public String getContextPath() {
			return this.contextPath;
		}

		@Override
		public String getRequestURI() {
			return this.requestUri;
		}

	}

	/**
	 * View of a request without its path parameters ({@code ;name=value} in a segment),
	 * which Spring's handler lookup ignores anyway.
	 */
	private static final class WithoutPathParameters extends HttpServletRequestWrapper {

		WithoutPathParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			String uri = super.getRequestURI();
			StringBuilder path = new StringBuilder(uri.length());
			boolean inParameters = false;
			for (int i = 0; i < uri.length(); i++) {
				char c = uri.charAt(i);
				if (c == '/') {
					inParameters = false;
				}
				else if (c == ';') {
					inParameters = true;
				}
				if (!inParameters) {
					path.append(c);
				}
			}
			return path.toString();
		}

	}

}
