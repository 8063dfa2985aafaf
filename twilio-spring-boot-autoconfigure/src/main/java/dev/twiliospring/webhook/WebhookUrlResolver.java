package dev.twiliospring.webhook;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Strategy that reconstructs the URL Twilio requested, which is what Twilio signs.
 * <p>
 * Behind a reverse proxy or tunnel the URL a server sees differs from the public one:
 * this is the most common reason for rejected webhooks. {@link DefaultWebhookUrlResolver}
 * covers forwarded headers and a configured public base URL; define a bean of this type
 * for anything else, such as one public host per tenant.
 * <p>
 * An exception that it throws, or a {@code null} that it returns, answers the request
 * with 503 ({@code webhook-url-unavailable}), as the signature cannot be checked without
 * the URL and it is not the caller's fault, and is logged; the response never contains
 * it.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface WebhookUrlResolver {

	/**
	 * Return the full URL of the request as Twilio requested it, query string included
	 * and exactly as sent (not decoded).
	 * @param request the request
	 * @return the URL
	 */
	String resolve(HttpServletRequest request);

}
