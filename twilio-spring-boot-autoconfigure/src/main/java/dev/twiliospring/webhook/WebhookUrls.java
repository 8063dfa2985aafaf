package dev.twiliospring.webhook;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Operations on the raw text of a webhook URL. Nothing here decodes or re-encodes a URL:
 * Twilio signs the exact characters it requested.
 */
final class WebhookUrls {

	private WebhookUrls() {
	}

	/**
	 * Return the URL with the user information of its authority, which may hold a
	 * password, replaced by {@code ******}, for logs and messages.
	 */
	static String withoutUserInfo(String url) {
		int authorityStart = authorityStart(url);
		int authorityEnd = url.length();
		for (int i = authorityStart; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '/' || c == '?' || c == '#') {
				authorityEnd = i;
				break;
			}
		}
		int at = url.lastIndexOf('@', authorityEnd - 1);
		return (at < authorityStart) ? url : url.substring(0, authorityStart) + "******" + url.substring(at);
	}

	/**
	 * Return a URL that did not parse as one with a host with everything that may be its
	 * user information replaced by {@code ******}: all from the start of its authority to
	 * its last {@code @}. A password written unencoded with a {@code /}, {@code ?} or
	 * {@code #} ends the authority early and leaves the URL without host, so the
	 * authority's own end cannot be trusted; an {@code @} of the path is masked with it,
	 * which a refusal can spare.
	 */
	static String withoutPossibleUserInfo(String url) {
		int authorityStart = authorityStart(url);
		int at = url.lastIndexOf('@');
		return (at < authorityStart) ? url : url.substring(0, authorityStart) + "******" + url.substring(at);
	}

	private static int authorityStart(String url) {
		int schemeEnd = schemeEnd(url);
		if (schemeEnd >= 0 && url.startsWith("//", schemeEnd + 1)) {
			return schemeEnd + 3;
		}
		// A configured URL written without its scheme, such as user:password@host, reads
		// as a scheme and an opaque part, but its password is as real; a "://" further
		// on, as in a query that holds a URL, is not its scheme's
		return url.startsWith("//") ? 2 : 0;
	}

	/**
	 * Return the index of the colon that ends the URL's scheme, or -1 if the URL does
	 * not start with a scheme.
	 */
	private static int schemeEnd(String url) {
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == ':') {
				return (i > 0) ? i : -1;
			}
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Return the URL with the value of each query parameter replaced by {@code ******},
	 * for logs: the names show how the URL was built without showing what it carried.
	 */
	static String withoutQueryValues(String url) {
		int queryStart = url.indexOf('?');
		if (queryStart < 0) {
			return url;
		}
		int queryEnd = url.indexOf('#', queryStart);
		if (queryEnd < 0) {
			queryEnd = url.length();
		}
		StringBuilder result = new StringBuilder(url.length()).append(url, 0, queryStart + 1);
		int start = queryStart + 1;
		while (start <= queryEnd) {
			int end = url.indexOf('&', start);
			if (end < 0 || end > queryEnd) {
				end = queryEnd;
			}
			int equals = url.indexOf('=', start);
			result.append(url, start, (equals >= 0 && equals < end) ? equals + 1 : end);
			if (equals >= 0 && equals < end && equals + 1 < end) {
				result.append("******");
			}
			if (end < queryEnd) {
				result.append('&');
			}
			start = end + 1;
		}
		return result.append(url, queryEnd, url.length()).toString();
	}

	/**
	 * Return the URL as given, followed by the same URL with its explicit port removed,
	 * or with the default port of its scheme added when it has none.
	 */
	static List<String> portVariants(String url) {
		int schemeEnd = url.indexOf("://");
		if (schemeEnd <= 0) {
			return List.of(url);
		}
		int authorityStart = schemeEnd + 3;
		int authorityEnd = authorityStart;
		while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		int portSeparator = portSeparator(url, authorityStart, authorityEnd);
		if (portSeparator >= 0) {
			return List.of(url, url.substring(0, portSeparator) + url.substring(authorityEnd));
		}
		String defaultPort = defaultPort(url.substring(0, schemeEnd));
		if (defaultPort == null || authorityEnd == authorityStart) {
			return List.of(url);
		}
		return List.of(url, url.substring(0, authorityEnd) + ":" + defaultPort + url.substring(authorityEnd));
	}

	private static int portSeparator(String url, int authorityStart, int authorityEnd) {
		int hostStart = url.lastIndexOf('@', authorityEnd - 1) + 1;
		hostStart = Math.max(hostStart, authorityStart);
		int searchFrom = hostStart;
		if (hostStart < authorityEnd && url.charAt(hostStart) == '[') {
			int literalEnd = url.indexOf(']', hostStart);
			if (literalEnd < 0 || literalEnd >= authorityEnd) {
				return -1;
			}
			searchFrom = literalEnd;
		}
		int colon = url.indexOf(':', searchFrom);
		return (colon >= 0 && colon < authorityEnd) ? colon : -1;
	}

	private static @Nullable String defaultPort(String scheme) {
		return switch (scheme.toLowerCase(Locale.ROOT)) {
			case "https", "wss" -> "443";
			case "http", "ws" -> "80";
			default -> null;
		};
	}

	/**
	 * Return the raw value of the first query parameter with the given name, an empty
	 * string if it has no value, or {@code null} if the URL has no such parameter.
	 */
	static @Nullable String rawQueryParameter(String url, String name) {
		int queryStart = url.indexOf('?');
		if (queryStart < 0) {
			return null;
		}
		int queryEnd = url.indexOf('#', queryStart);
		String query = url.substring(queryStart + 1, (queryEnd >= 0) ? queryEnd : url.length());
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String pairName = (equals >= 0) ? pair.substring(0, equals) : pair;
			if (pairName.equals(name)) {
				return (equals >= 0) ? pair.substring(equals + 1) : "";
			}
		}
		return null;
	}

}
