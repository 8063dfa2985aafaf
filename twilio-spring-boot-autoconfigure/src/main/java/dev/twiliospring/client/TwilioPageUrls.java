package dev.twiliospring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * Checks a page URL given to a client, such as a saved {@link Page#nextPageUrl()}, before
 * it is fetched as a page of one list.
 */
final class TwilioPageUrls {

	private static final String ACCOUNTS = "/2010-04-01/Accounts/";

	private TwilioPageUrls() {
	}

	/**
	 * Check that a page URL is one of a page of a list on a client's account. A saved URL
	 * is untrusted input: one of another list, another account or a host that is neither
	 * Twilio's host of the list's product nor the client's is refused. Nothing of the URL
	 * but its host and path is shown, and the path only where it is the list's own path
	 * with another account SID: its query holds the list's filters, such as phone
	 * numbers, and its user information may hold credentials.
	 * @param client the client that fetches the page
	 * @param list the request of the list
	 * @param pageUrl the page URL, trimmed
	 * @throws IllegalArgumentException if the URL is not one of a page of the list
	 */
	static void check(TwilioClient client, TwilioRequest list, String pageUrl) {
		URI uri;
		try {
			uri = TwilioUrlEncoding.toUri(pageUrl);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Page URL is not a valid URL; pass one that Twilio returned for "
					+ "this list, such as Page.nextPageUrl()");
		}
		if (uri.isOpaque() || (uri.getScheme() != null) != (uri.getRawAuthority() != null)
				|| (uri.getScheme() == null && !pageUrl.startsWith("/"))) {
			throw new IllegalArgumentException("Page URL must be absolute or start with '/', as Page.nextPageUrl() "
					+ "does");
		}
		String clientHost = client.baseUrl(list.domain()).getHost();
		String host = uri.getHost();
		if (uri.getRawAuthority() != null && (host == null || (!isTwilioHost(host) && !host.equalsIgnoreCase(clientHost)))) {
			throw new IllegalArgumentException("Page URL names " + ((host != null) ? "host " + host : "a host")
					+ ", which is neither Twilio's nor this client's (" + clientHost + "); pass a URL that Twilio "
					+ "returned for this list, such as Page.nextPageUrl()");
		}
		String accountSid = client.accountSid();
		String expected = TwilioUrlEncoding.expand("", list.pathTemplate(), list.pathVariables(), accountSid,
				TwilioParameters.empty());
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		if (!isSamePath(path, expected)) {
			if (isSameListOfAnotherAccount(path, expected, accountSid)) {
				// Shown whole: it is this list's path, with an account SID in its place
				throw new IllegalArgumentException("Page URL is a page of " + path + ", not of " + expected
						+ ", the list of this resource on this client's account " + accountSid
						+ "; for a subaccount's list, use twilio.forAccount(subaccountSid)");
			}
			throw new IllegalArgumentException("Page URL is not a page of " + list.pathTemplate()
					+ " on this client's account " + accountSid + " (its path is not shown, as it may "
					+ "hold phone numbers); pass a URL that Twilio returned for this list, such as "
					+ "Page.nextPageUrl()");
		}
		if (host != null && isTwilioHost(host) && !host.equalsIgnoreCase(clientHost)
				&& !isProductHost(host, list.domain())) {
			// Products share paths, such as /v1/Services of Messaging, Conversations and Chat
			throw new IllegalArgumentException("Page URL names host " + host + ", not one of " + list.domain()
					+ ".twilio.com, the product of " + list.pathTemplate() + "; pass a URL that Twilio returned for "
					+ "this list, such as Page.nextPageUrl()");
		}
	}

	/**
	 * Whether a path is the expected path of a list of one account with another account
	 * SID in its place.
	 */
	private static boolean isSameListOfAnotherAccount(String path, String expected, String accountSid) {
		String ownAccount = ACCOUNTS + accountSid + "/";
		if (!expected.startsWith(ownAccount) || !path.startsWith(ACCOUNTS)) {
			return false;
		}
		int sidEnd = path.indexOf('/', ACCOUNTS.length());
		return sidEnd >= 0 && TwilioClient.ACCOUNT_SID.matcher(path.substring(ACCOUNTS.length(), sidEnd)).matches()
				&& path.substring(sidEnd + 1).equals(expected.substring(ownAccount.length()));
	}

	/**
	 * Whether a raw path names the same segments as the expected one. Twilio writes
	 * characters that a path may hold as they are, such as the {@code +} and {@code @}
	 * of a Video room's unique name, where the client percent-encodes every character
	 * but the unreserved ones, so segments are compared decoded; an encoded slash stays
	 * within its segment.
	 */
	private static boolean isSamePath(String path, String expected) {
		if (path.equals(expected)) {
			return true;
		}
		String[] segments = path.split("/", -1);
		String[] expectedSegments = expected.split("/", -1);
		if (segments.length != expectedSegments.length) {
			return false;
		}
		for (int i = 0; i < segments.length; i++) {
			String segment = decode(segments[i]);
			if (segment == null || !segment.equals(decode(expectedSegments[i]))) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable String decode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		try {
			return UriUtils.decode(segment, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether a Twilio host is one of a product, such as {@code messaging.twilio.com} or,
	 * with a region and an edge, {@code messaging.dublin.ie1.twilio.com}.
	 */
	private static boolean isProductHost(String host, TwilioDomain domain) {
		return host.toLowerCase(Locale.ROOT).startsWith(domain.name() + ".");
	}

	private static boolean isTwilioHost(String host) {
		String lowerCase = host.toLowerCase(Locale.ROOT);
		return lowerCase.equals("twilio.com") || lowerCase.endsWith(".twilio.com");
	}

}
