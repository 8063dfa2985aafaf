package dev.twiliospring.webhook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What the handler mappings registered when it was built say about webhooks: the path
 * patterns under which a handler annotated with {@link TwilioWebhook} is mapped, and the
 * paths at which a handler is selected by something a handler lookup that sees only the
 * query string cannot see.
 * <p>
 * The index answers three questions without a handler lookup:
 * <ul>
 * <li>{@link #exclusiveWebhookMapping}: is the request for a webhook handler method
 * that nothing else can be mapped to, and which mapping maps it? That is the case for a literal path (no variables or
 * wildcards) with the request's method, when the handler method has no other conditions
 * and no handler mapping that the dispatcher servlet asks first, nor another mapping in
 * its own handler mapping, has a pattern for that path. The dispatcher servlet then
 * dispatches to it whatever else the request carries.</li>
 * <li>{@link #mayBeWebhook}: can the request reach a webhook handler at all? If no
 * webhook pattern matches its path, no handler mapping can dispatch it to one, so the
 * full lookup (as costly as the dispatcher servlet's own) is skipped. Handler mappings of
 * kinds the index cannot read are asked on every request; a webhook handler that is
 * mapped later than the index was built is refused by the
 * {@link TwilioWebhookHandlerInterceptor}, which fails closed and has the mappings
 * indexed again.</li>
 * <li>{@link #lookupReusable}: would the dispatcher servlet find the same handler as the
 * filter's lookup? Only if no mapping at that path selects by body parameters (a
 * {@code params} condition, a custom condition, a handler mapping of a kind the index
 * cannot read, or a router function predicate on parameters).</li>
 * </ul>
 */
final class WebhookHandlerIndex {

	private final Map<String, Exclusive> exclusiveWebhookPaths;

	private final List<PathPattern> webhookPatterns;

	private final List<PathPattern> parameterSensitivePatterns;

	private final List<HandlerMapping> opaqueMappings;

	private final boolean webhooksAnywhere;

	private final boolean parameterSensitiveAnywhere;

	private final Set<Object> webhookHandlers;

	private final int firstOpaqueMapping;

	private WebhookHandlerIndex(Builder builder) {
		this.exclusiveWebhookPaths = builder.exclusiveWebhookPaths();
		this.webhookPatterns = List.copyOf(builder.webhookPatterns);
		this.parameterSensitivePatterns = List.copyOf(builder.parameterSensitivePatterns);
		this.opaqueMappings = List.copyOf(builder.opaqueMappings);
		this.webhooksAnywhere = builder.webhooksAnywhere;
		this.parameterSensitiveAnywhere = builder.parameterSensitiveAnywhere;
		this.webhookHandlers = Set.copyOf(builder.webhookHandlers);
		this.firstOpaqueMapping = builder.firstOpaqueMapping;
	}

	/**
	 * Index the given handler mappings.
	 * @param handlerMappings the mappings in the order the dispatcher servlet asks them,
	 * whose positions {@link #lookupReusable} is given
	 * @return the index
	 */
	static WebhookHandlerIndex of(List<HandlerMapping> handlerMappings) {
		Builder builder = new Builder();
		for (HandlerMapping handlerMapping : handlerMappings) {
			builder.add(handlerMapping);
		}
		return new WebhookHandlerIndex(builder);
	}

	/**
	 * Return the position of the handler mapping that maps the request to a webhook
	 * handler method that no other handler can be mapped to, if there is one. No mapping
	 * asked before it can match the request.
	 * @param path the request's path within the application
	 * @param method the request's method
	 * @return the position of the handler mapping, or {@code -1}
	 */
	int exclusiveWebhookMapping(PathContainer path, String method) {
		if (this.exclusiveWebhookPaths.isEmpty()) {
			return -1;
		}
		Exclusive exclusive = this.exclusiveWebhookPaths.get(path.value());
		return (exclusive != null && exclusive.methods().contains(method)) ? exclusive.position() : -1;
	}

	/**
	 * Return whether a handler mapping could dispatch the request to a webhook handler.
	 * @param path the request's path within the application
	 * @param lookupRequest the request as handler lookups see it, for mappings the index
	 * cannot read
	 * @return {@code false} if no handler mapping can, {@code true} if one may
	 */
	boolean mayBeWebhook(PathContainer path, HttpServletRequest lookupRequest) {
		if (this.webhooksAnywhere || matchesAny(this.webhookPatterns, path)) {
			return true;
		}
		for (HandlerMapping handlerMapping : this.opaqueMappings) {
			HandlerExecutionChain chain;
			try {
				chain = handlerMapping.getHandler(lookupRequest);
			}
			catch (Exception ex) {
				return true;
			}
			if (chain != null && TwilioWebhookRequestMatcher.isWebhookHandler(chain.getHandler())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether the handler mappings must be asked on another view of the request
	 * than the one given to {@link #mayBeWebhook}, as some mappings were asked on it.
	 * @return whether the index asks handler mappings itself
	 */
	boolean asksMappings() {
		return !this.opaqueMappings.isEmpty();
	}

	/**
	 * Return whether the handler that a lookup on the query string's parameters found for
	 * a request is the one the dispatcher servlet finds once the body's parameters are
	 * visible too. A handler mapping of a kind the index cannot read may select by body
	 * parameters: one asked before the mapping that found the handler makes the result
	 * not reusable.
	 * @param path the request's path within the application
	 * @param mappingIndex the position of the handler mapping that found the handler
	 * @return whether the lookup's result can be reused
	 */
	boolean lookupReusable(PathContainer path, int mappingIndex) {
		return mappingIndex < this.firstOpaqueMapping && !this.parameterSensitiveAnywhere
				&& !matchesAny(this.parameterSensitivePatterns, path);
	}

	/**
	 * Return whether the index was built with the given webhook handler mapped: a
	 * handler method, a handler function or a URL mapping's handler.
	 * @param handler the handler, as a handler mapping returns it
	 * @return whether the handler is known
	 */
	boolean knows(Object handler) {
		return this.webhookHandlers.contains(webhookHandlerKey(handler));
	}

	private static Object webhookHandlerKey(Object handler) {
		return TwilioWebhookRequestMatcher.webhookHandlerKey(handler);
	}

	private static boolean matchesAny(List<PathPattern> patterns, PathContainer path) {
		for (PathPattern pattern : patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "WebhookHandlerIndex[exclusiveWebhookPaths=" + this.exclusiveWebhookPaths.keySet()
				+ ", webhookPatterns=" + this.webhookPatterns + ", webhooksAnywhere="
				+ this.webhooksAnywhere + ", opaqueMappings=" + this.opaqueMappings.size() + "]";
	}

	private static final PathPattern ROOT = PathPatternParser.defaultInstance.parse("/");

	/**
	 * The path patterns of a handler mapping's registrations, or {@code anyPath} if one
	 * of them may match any path.
	 */
	private static final class MappingPaths {

		private final List<Registration> registrations = new ArrayList<>();

		private boolean anyPath;

	}

	/**
	 * Path patterns registered together, under a key that tells them apart.
	 */
	private record Registration(Object key, List<PathPattern> patterns) {

	}

	/**
	 * A literal path of a webhook handler method without other conditions than the path
	 * and methods.
	 */
	private record Candidate(int mappingIndex, int position, Object key, String path, Set<String> methods) {

	}

	/**
	 * The methods of a literal webhook path that only one handler mapping, at the given
	 * position, can map.
	 */
	private record Exclusive(Set<String> methods, int position) {

	}

	private static final class Builder {

		private final List<PathPattern> webhookPatterns = new ArrayList<>();

		private final List<PathPattern> parameterSensitivePatterns = new ArrayList<>();

		private final List<HandlerMapping> opaqueMappings = new ArrayList<>();

		private boolean webhooksAnywhere;

		private boolean parameterSensitiveAnywhere;

		/**
		 * The position of the handler mapping being added.
		 */
		private int position = -1;

		private int firstOpaqueMapping = Integer.MAX_VALUE;

		/**
		 * The webhook handlers the readable mappings map, by {@link #webhookHandlerKey}.
		 */
		private final Set<Object> webhookHandlers = new HashSet<>();

		/**
		 * The path patterns of every handler mapping, in order, for the exclusivity of
		 * literal webhook paths.
		 */
		private final List<MappingPaths> mappingPaths = new ArrayList<>();

		private final List<Candidate> candidates = new ArrayList<>();

		private MappingPaths current = new MappingPaths();

		void add(HandlerMapping handlerMapping) {
			this.position++;
			if (handlerMapping instanceof TwilioWebhookHandlerMapping) {
				return;
			}
			this.current = new MappingPaths();
			this.mappingPaths.add(this.current);
			if (handlerMapping instanceof AbstractHandlerMapping mapping && mapping.getDefaultHandler() != null) {
				this.current.anyPath = true;
				addHandlerForAnyPath(mapping.getDefaultHandler());
			}
			if (handlerMapping instanceof AbstractHandlerMethodMapping<?> methodMapping) {
				addMethodMappings(methodMapping.getHandlerMethods());
			}
			else if (handlerMapping instanceof AbstractUrlHandlerMapping urlMapping) {
				addUrlMappings(urlMapping);
			}
			else if (handlerMapping instanceof RouterFunctionMapping functionMapping) {
				RouterFunction<?> routerFunction = functionMapping.getRouterFunction();
				if (routerFunction != null) {
					PathPatternParser parser = functionMapping.getPatternParser();
					routerFunction.accept(new RoutesVisitor((parser != null) ? parser : PathPatternParser.defaultInstance));
				}
			}
			else {
				// Such a mapping may select by anything, body parameters included, which the
				// filter's lookup does not see
				this.current.anyPath = true;
				this.opaqueMappings.add(handlerMapping);
				this.firstOpaqueMapping = Math.min(this.firstOpaqueMapping, this.position);
			}
		}

		Map<String, Exclusive> exclusiveWebhookPaths() {
			Map<String, Exclusive> paths = new HashMap<>();
			for (Candidate candidate : this.candidates) {
				if (isExclusive(candidate)) {
					// Only one registration, of one mapping, can map an exclusive path
					paths.put(candidate.path(), new Exclusive(candidate.methods(), candidate.position()));
				}
			}
			return Map.copyOf(paths);
		}

		private boolean isExclusive(Candidate candidate) {
			PathContainer path = PathContainer.parsePath(candidate.path());
			for (int i = 0; i <= candidate.mappingIndex(); i++) {
				MappingPaths mapping = this.mappingPaths.get(i);
				if (mapping.anyPath) {
					return false;
				}
				for (Registration registration : mapping.registrations) {
					if (registration.key() != candidate.key() && matchesAny(registration.patterns(), path)) {
						return false;
					}
				}
			}
			return true;
		}

		private void addMethodMappings(Map<?, HandlerMethod> handlerMethods) {
			handlerMethods.forEach((mapping, handlerMethod) -> {
				boolean webhook = TwilioWebhookRequestMatcher.isWebhookHandler(handlerMethod);
				if (webhook) {
					this.webhookHandlers.add(webhookHandlerKey(handlerMethod));
				}
				if (!(mapping instanceof RequestMappingInfo info)) {
					this.current.anyPath = true;
					this.webhooksAnywhere |= webhook;
					this.parameterSensitiveAnywhere = true;
					return;
				}
				PathPatternsRequestCondition paths = info.getPathPatternsCondition();
				boolean parameterSensitive = !info.getParamsCondition().isEmpty() || info.getCustomCondition() != null;
				if (paths == null || paths.isEmptyPathMapping()) {
					// Patterns for another path matcher, or a mapping without a path
					this.current.anyPath = true;
					this.webhooksAnywhere |= webhook;
					this.parameterSensitiveAnywhere |= parameterSensitive;
					return;
				}
				this.current.registrations.add(new Registration(info, List.copyOf(paths.getPatterns())));
				if (webhook) {
					this.webhookPatterns.addAll(paths.getPatterns());
					if (hasOnlyPathAndMethods(info)) {
						Set<String> methods = new HashSet<>();
						info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
						for (String directPath : paths.getDirectPaths()) {
							this.candidates.add(
									new Candidate(this.mappingPaths.size() - 1, this.position, info, directPath,
											Set.copyOf(methods)));
						}
					}
				}
				if (parameterSensitive) {
					this.parameterSensitivePatterns.addAll(paths.getPatterns());
				}
			});
		}

		private static boolean hasOnlyPathAndMethods(RequestMappingInfo info) {
			return !info.getMethodsCondition().isEmpty() && info.getParamsCondition().isEmpty()
					&& info.getHeadersCondition().isEmpty() && info.getConsumesCondition().isEmpty()
					&& info.getProducesCondition().isEmpty() && info.getCustomCondition() == null
					&& info.getVersionCondition().getVersion() == null;
		}

		private void addUrlMappings(AbstractUrlHandlerMapping urlMapping) {
			if (urlMapping.getRootHandler() != null) {
				this.current.registrations.add(new Registration(urlMapping, List.of(ROOT)));
				addHandlerForAnyPath(urlMapping.getRootHandler());
			}
			if (!urlMapping.usesPathPatterns()) {
				this.current.anyPath |= !urlMapping.getHandlerMap().isEmpty();
				urlMapping.getHandlerMap().values().forEach(this::addUnindexedHandler);
				return;
			}
			this.current.registrations
				.add(new Registration(urlMapping, List.copyOf(urlMapping.getPathPatternHandlerMap().keySet())));
			urlMapping.getPathPatternHandlerMap().forEach((pattern, handler) -> {
				if (handler instanceof String) {
					// A lazily initialized handler: its type is not known yet
					this.webhooksAnywhere = true;
				}
				else if (TwilioWebhookRequestMatcher.isWebhookHandler(handler)) {
					this.webhookPatterns.add(pattern);
					this.webhookHandlers.add(webhookHandlerKey(handler));
				}
			});
		}

		private void addHandlerForAnyPath(@Nullable Object handler) {
			if (handler != null && TwilioWebhookRequestMatcher.isWebhookHandler(handler)) {
				this.webhooksAnywhere = true;
				this.webhookHandlers.add(webhookHandlerKey(handler));
			}
		}

		private void addUnindexedHandler(Object handler) {
			if (handler instanceof String || TwilioWebhookRequestMatcher.isWebhookHandler(handler)) {
				this.webhooksAnywhere = true;
				this.webhookHandlers.add(webhookHandlerKey(handler));
			}
		}

		/**
		 * Router functions are usually asked before annotated controllers. A webhook
		 * handler function makes the path patterns of its route candidates, or every path
		 * when the route's path cannot be read; a predicate on parameters (or one the
		 * visitor cannot see into) makes no lookup reusable. For the exclusivity
		 * of webhook paths, a route counts with the path patterns of its predicate, or as
		 * matching any path when the predicate is nested, negated, opaque or has no path.
		 */
		private final class RoutesVisitor implements RouterFunctions.Visitor {

			private final PathPatternParser parser;

			private int nesting;

			RoutesVisitor(PathPatternParser parser) {
				this.parser = parser;
			}

			@Override
			public void startNested(RequestPredicate predicate) {
				predicate.accept(new PredicateVisitor());
				this.nesting++;
			}

			@Override
			public void endNested(RequestPredicate predicate) {
				this.nesting--;
			}

			@Override
			public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
				PredicateVisitor visitor = new PredicateVisitor();
				predicate.accept(visitor);
				boolean webhook = TwilioWebhookRequestMatcher.isWebhookHandler(handlerFunction);
				if (webhook) {
					Builder.this.webhookHandlers.add(webhookHandlerKey(handlerFunction));
				}
				if (this.nesting > 0 || visitor.opaque || visitor.paths.isEmpty()) {
					Builder.this.current.anyPath = true;
					Builder.this.webhooksAnywhere |= webhook;
				}
				else {
					List<PathPattern> patterns = visitor.paths.stream().map(this.parser::parse).toList();
					Builder.this.current.registrations.add(new Registration(handlerFunction, patterns));
					if (webhook) {
						// Parsed as the router function mapping parses them, so they match what it
						// matches
						Builder.this.webhookPatterns.addAll(patterns);
					}
				}
			}

			@Override
			public void resources(Function<ServerRequest, Optional<Resource>> lookupFunction) {
				Builder.this.current.anyPath = true;
			}

			@Override
			public void attributes(Map<String, Object> attributes) {
			}

			@Override
			public void unknown(RouterFunction<?> routerFunction) {
				Builder.this.current.anyPath = true;
				Builder.this.webhooksAnywhere = true;
				Builder.this.parameterSensitiveAnywhere = true;
			}

		}

		private final class PredicateVisitor implements RequestPredicates.Visitor {

			private final List<String> paths = new ArrayList<>();

			private boolean opaque;

			@Override
			public void method(Set<HttpMethod> methods) {
			}

			@Override
			public void path(String pattern) {
				this.paths.add(pattern);
			}

			@Override
			public void pathExtension(String extension) {
				this.opaque = true;
			}

			@Override
			public void header(String name, String value) {
			}

			@Override
			public void param(String name, String value) {
				Builder.this.parameterSensitiveAnywhere = true;
			}

			@Override
			public void version(String version) {
			}

			@Override
			public void startAnd() {
			}

			@Override
			public void and() {
			}

			@Override
			public void endAnd() {
			}

			@Override
			public void startOr() {
				this.opaque = true;
			}

			@Override
			public void or() {
			}

			@Override
			public void endOr() {
			}

			@Override
			public void startNegate() {
				this.opaque = true;
			}

			@Override
			public void endNegate() {
			}

			@Override
			public void unknown(RequestPredicate predicate) {
				this.opaque = true;
				Builder.this.parameterSensitiveAnywhere = true;
			}

		}

	}

}
