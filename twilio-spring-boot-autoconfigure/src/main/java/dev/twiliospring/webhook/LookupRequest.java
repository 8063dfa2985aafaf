package dev.twiliospring.webhook;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * View of a request for a handler lookup ahead of the dispatcher servlet. Attributes that
 * the lookup sets stay in this view, and parameters come from the query string only: the
 * body must not be consumed before the signature filter has read it.
 */
final class LookupRequest extends HttpServletRequestWrapper {

	private final Map<String, Object> attributes = new HashMap<>();

	private final Set<String> removedAttributes = new HashSet<>();

	private @Nullable Map<String, String[]> parameters;

	private final @Nullable String method;

	private final @Nullable String contentType;

	LookupRequest(HttpServletRequest request) {
		this(request, null);
	}

	/**
	 * Create a view that looks up the handler as if the request used another method.
	 */
	LookupRequest(HttpServletRequest request, @Nullable String method) {
		this(request, method, null);
	}

	/**
	 * Create a view that looks up the handler as if the request used another method or
	 * had another content type.
	 */
	LookupRequest(HttpServletRequest request, @Nullable String method, @Nullable String contentType) {
		super(request);
		this.method = method;
		this.contentType = contentType;
	}

	/**
	 * Return the attributes that handler mappings set on this view.
	 */
	Map<String, Object> attributes() {
		return this.attributes;
	}

	/**
	 * Return the attributes that handler mappings removed from this view.
	 */
	Set<String> removedAttributes() {
		return this.removedAttributes;
	}

	@Override
	public String getMethod() {
		return (this.method != null) ? this.method : super.getMethod();
	}

	@Override
	public @Nullable String getContentType() {
		return (this.contentType != null) ? this.contentType : super.getContentType();
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		if (this.removedAttributes.contains(name)) {
			return null;
		}
		Object value = this.attributes.get(name);
		return (value != null) ? value : super.getAttribute(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
		names.addAll(this.attributes.keySet());
		names.removeAll(this.removedAttributes);
		return Collections.enumeration(names);
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		if (value == null) {
			removeAttribute(name);
			return;
		}
		this.attributes.put(name, value);
		this.removedAttributes.remove(name);
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.remove(name);
		this.removedAttributes.add(name);
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = getParameterMap().get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		if (this.parameters == null) {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			String query = getQueryString();
			if (query != null) {
				try {
					Map<String, List<String>> decoded = FormDecoder.decode(query.getBytes(StandardCharsets.UTF_8),
							StandardCharsets.UTF_8);
					decoded.forEach((key, values) -> parameters.put(key, values.toArray(String[]::new)));
				}
				catch (FormDecoder.MalformedFormException ex) {
					// The signature filter rejects the malformed query string itself
				}
			}
			this.parameters = Collections.unmodifiableMap(parameters);
		}
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(getParameterMap().keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = getParameterMap().get(name);
		return (values != null) ? values.clone() : null;
	}

	@Override
	public ServletInputStream getInputStream() {
		throw new IllegalStateException("The request body is not available while the handler is looked up");
	}

	@Override
	public BufferedReader getReader() {
		throw new IllegalStateException("The request body is not available while the handler is looked up");
	}

}
