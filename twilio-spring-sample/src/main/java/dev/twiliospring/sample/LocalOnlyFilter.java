package dev.twiliospring.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the sample's own API ({@code /api/**}) and the actuator ({@code /actuator/**}) to
 * requests made on this machine. Neither asks who is calling, and the API sends text
 * messages billed to the account, so they must not be reachable through the tunnel that
 * gives Twilio a public URL during development. Such a tunnel (ngrok, for example) also
 * connects from this machine, but it names the original client in a forwarding header,
 * so a request that carries one is refused as well. Twilio's webhooks are not affected:
 * their signatures are checked.
 * <p>
 * {@code sample.local-only=false} opens both, for example behind a proxy that
 * authenticates its users.
 *
 * @since 1.0.0
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class LocalOnlyFilter extends OncePerRequestFilter {

	static final String DETAIL = "This endpoint answers requests made on the machine the sample runs on only: it "
			+ "has no authentication. Call it through localhost, or set sample.local-only=false behind a proxy "
			+ "that authenticates its users.";

	private static final String[] FORWARDING_HEADERS = { "Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
			"X-Real-IP" };

	private static final byte[] PROBLEM = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
			+ "\"detail\":\"" + DETAIL + "\"}").getBytes(StandardCharsets.UTF_8);

	private final SampleProperties properties;

	// Slice tests such as @WebMvcTest register filters but not configuration properties:
	// the defaults then apply
	public LocalOnlyFilter(ObjectProvider<SampleProperties> properties) {
		this.properties = properties.getIfAvailable(SampleProperties::new);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.properties.isLocalOnly()) {
			return true;
		}
		String path = ApiRequestSizeFilter.mappedPath(request);
		return !isUnder(path, "/api") && !isUnder(path, "/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isLocal(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(PROBLEM.length);
		response.getOutputStream().write(PROBLEM);
	}

	private static boolean isUnder(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

	private static boolean isLocal(HttpServletRequest request) {
		for (String header : FORWARDING_HEADERS) {
			if (request.getHeader(header) != null) {
				return false;
			}
		}
		return isLoopback(request.getRemoteAddr());
	}

	/**
	 * Whether a remote address, as the container gives it (a numeric address), is a
	 * loopback address.
	 */
	static boolean isLoopback(String address) {
		String host = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
				: address;
		return host.startsWith("127.") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
				|| host.startsWith("::ffff:127.") || host.startsWith("0:0:0:0:0:ffff:127.");
	}

}
