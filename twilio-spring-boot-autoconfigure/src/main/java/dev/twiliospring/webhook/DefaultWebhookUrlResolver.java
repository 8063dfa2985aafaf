package dev.twiliospring.webhook;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Default {@link WebhookUrlResolver}: the scheme, host, port and request URI of the
 * request, followed by its raw query string.
 * <p>
 * Behind a proxy, let the request reflect the {@code X-Forwarded-*} or
 * {@code Forwarded} headers with Spring Boot's {@code server.forward-headers-strategy}:
 * {@code framework} applies Spring's {@code ForwardedHeaderFilter}, which reads both;
 * {@code native} the server's own support, which on Tomcat reads
 * {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-Port} only,
 * without {@code X-Forwarded-Prefix} or a port in {@code X-Forwarded-Host}. A trailing
 * slash that a request wrapper removed from the path, such as Spring's
 * {@code UrlHandlerFilter}, is put back. When the public URL is fixed, such as a tunnel
 * during development, configure it instead: its scheme, host and port replace those of
 * the request, and a path it has replaces the servlet context path.
 *
 * @since 1.0.0
 */
public class DefaultWebhookUrlResolver implements WebhookUrlResolver {

	private final @Nullable String publicOrigin;

	private final @Nullable String publicPath;

	/**
	 * Create a resolver that uses the request's own scheme, host and port.
	 */
	public DefaultWebhookUrlResolver() {
		this(null);
	}

	/**
	 * Create a resolver for the given public base URL. A host beyond ASCII is used in its
	 * ASCII form ({@code bücher.example} as {@code xn--bcher-kva.example}) and other
	 * characters beyond ASCII percent-encoded as UTF-8, as Twilio requests the URL.
	 * @param publicUrl the base URL Twilio calls, such as
	 * {@code https://example.ngrok.app} or {@code https://example.com/app}; {@code null}
	 * to use the request's own scheme, host and port
	 * @throws IllegalArgumentException if the URL is not an absolute http or https URL
	 * without query and fragment
	 */
	public DefaultWebhookUrlResolver(@Nullable URI publicUrl) {
		if (publicUrl == null) {
			this.publicOrigin = null;
			this.publicPath = null;
			return;
		}
		URI url = asRequested(publicUrl);
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getRawAuthority() == null
				|| url.getHost() == null) {
			throw new IllegalArgumentException(
					"Public webhook URL '" + WebhookUrls.withoutPossibleUserInfo(publicUrl.toString())
							+ "' must be an absolute http or https URL, such as https://example.com");
		}
		if (url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"Public webhook URL '" + WebhookUrls.withoutUserInfo(publicUrl.toString())
							+ "' must not have a query string or fragment");
		}
		this.publicOrigin = scheme + "://" + url.getRawAuthority();
		String path = (url.getRawPath() != null) ? url.getRawPath() : "";
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		this.publicPath = path.isEmpty() ? null : path;
	}

	/**
	 * Return the URL as Twilio requests it, and so signs it: a host beyond ASCII in its
	 * ASCII form, the one in the {@code Host} header, and other characters beyond ASCII
	 * percent-encoded as UTF-8, as they are in the request path that follows.
	 */
	private static URI asRequested(URI url) {
		try {
			String authority = url.getRawAuthority();
			URI asciiHost = url;
			if (url.getHost() == null && authority != null) {
				// java.net.URI parses no host beyond ASCII
				int hostStart = authority.lastIndexOf('@') + 1;
				int port = authority.indexOf(':', hostStart);
				int hostEnd = (port >= 0) ? port : authority.length();
				String text = url.toString();
				int authorityStart = text.indexOf("//") + 2;
				asciiHost = URI.create(text.substring(0, authorityStart + hostStart)
						+ IDN.toASCII(authority.substring(hostStart, hostEnd))
						+ text.substring(authorityStart + hostEnd));
			}
			return URI.create(asciiHost.toASCIIString());
		}
		catch (IllegalArgumentException ex) {
			// Not a URL that Twilio could call: refused as it was given
			return url;
		}
	}

	@Override
	public String resolve(HttpServletRequest request) {
		StringBuilder url = new StringBuilder(128);
		String requestUri = requestUri(request);
		if (this.publicOrigin != null) {
			url.append(this.publicOrigin);
			url.append((this.publicPath != null) ? this.publicPath + pathWithinApplication(request) : requestUri);
		}
		else {
			String scheme = request.getScheme().toLowerCase(Locale.ROOT);
			url.append(scheme).append("://").append(hostLiteral(request.getServerName()));
			int port = request.getServerPort();
			if (port > 0 && !isDefaultPort(scheme, port)) {
				url.append(':').append(port);
			}
			url.append(requestUri);
		}
		String query = request.getQueryString();
		if (query != null) {
			url.append('?').append(query);
		}
		return url.toString();
	}

	/**
	 * Return the request URI, with a trailing slash that a request wrapper removed, as
	 * Spring's {@code UrlHandlerFilter} does when it is ordered before the webhook filter:
	 * Twilio signed the URL it requested.
	 */
	private static String requestUri(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (uri.endsWith("/")) {
			return uri;
		}
		ServletRequest inner = request;
		while (inner instanceof ServletRequestWrapper wrapper) {
			inner = wrapper.getRequest();
			if (inner instanceof HttpServletRequest httpRequest) {
				String innerUri = httpRequest.getRequestURI();
				if (innerUri.length() == uri.length() + 1 && innerUri.endsWith("/") && innerUri.startsWith(uri)) {
					return innerUri;
				}
			}
		}
		return uri;
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		String requestUri = requestUri(request);
		String contextPath = request.getContextPath();
		if (!contextPath.isEmpty() && requestUri.startsWith(contextPath)) {
			return requestUri.substring(contextPath.length());
		}
		return requestUri;
	}

	private static String hostLiteral(String host) {
		return (host.indexOf(':') >= 0 && !host.startsWith("[")) ? "[" + host + "]" : host;
	}

	private static boolean isDefaultPort(String scheme, int port) {
		return (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
	}

	@Override
	public String toString() {
		return "DefaultWebhookUrlResolver[publicUrl=" + ((this.publicOrigin != null)
				? WebhookUrls.withoutUserInfo(this.publicOrigin + ((this.publicPath != null) ? this.publicPath : ""))
				: "none") + "]";
	}

}
