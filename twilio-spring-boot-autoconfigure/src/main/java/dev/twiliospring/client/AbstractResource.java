package dev.twiliospring.client;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Base class of a typed resource, such as {@code MessageResource}: a list path and an
 * instance path on one Twilio domain, and the item type they return. Subclasses keep
 * their typed public operations and implement them with the {@code do...} methods here,
 * which build the requests, check the SID and map the responses.
 *
 * @param <T> the item type
 * @since 1.0.0
 */
public abstract class AbstractResource<T> {

	private final TwilioClient client;

	private final TwilioDomain domain;

	private final String listPath;

	private final String instancePath;

	private final String itemsField;

	private final Class<T> itemType;

	private final String sidDescription;

	/**
	 * Create a resource.
	 * @param client the client
	 * @param domain the domain of the paths
	 * @param listPath the path of the list, such as
	 * {@code /2010-04-01/Accounts/{AccountSid}/Messages.json}
	 * @param instancePath the path of one item, with a {@code {Sid}} variable
	 * @param itemsField the name of the items field of a list page, such as
	 * {@code messages}
	 * @param itemType the item type
	 * @param sidDescription what the SID of an item is called in error messages, such as
	 * {@code Message SID}
	 */
	protected AbstractResource(TwilioClient client, TwilioDomain domain, String listPath, String instancePath,
			String itemsField, Class<T> itemType, String sidDescription) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
		this.domain = domain;
		this.listPath = listPath;
		this.instancePath = instancePath;
		this.itemsField = itemsField;
		this.itemType = itemType;
		this.sidDescription = sidDescription;
	}

	/**
	 * Return the client.
	 * @return the client
	 */
	protected final TwilioClient client() {
		return this.client;
	}

	/**
	 * Add the path variables that place this resource below a parent, such as the SID of
	 * a messaging service. Called for every request; does nothing by default.
	 * @param builder the request builder
	 * @return the request builder
	 */
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder;
	}

	/**
	 * Create an item by posting to the list path.
	 * @param parameters the form parameters
	 * @return the response holding the created item
	 */
	protected final TwilioResponse<T> doCreate(TwilioParameters parameters) {
		return execute(scope(TwilioRequest.post(this.domain, this.listPath)).params(parameters).build());
	}

	/**
	 * Fetch an item.
	 * @param sid the SID of the item
	 * @return the response holding the item
	 */
	protected final TwilioResponse<T> doFetch(String sid) {
		return doFetch(sid, TwilioParameters.empty());
	}

	/**
	 * Fetch an item with query parameters.
	 * @param sid the SID of the item
	 * @param query the query parameters
	 * @return the response holding the item
	 */
	protected final TwilioResponse<T> doFetch(String sid, TwilioParameters query) {
		return execute(instance(TwilioRequest.get(this.domain, this.instancePath).queryParams(query), sid));
	}

	/**
	 * Update an item by posting to its instance path.
	 * @param sid the SID of the item
	 * @param parameters the form parameters
	 * @return the response holding the updated item
	 */
	protected final TwilioResponse<T> doUpdate(String sid, TwilioParameters parameters) {
		return execute(instance(TwilioRequest.post(this.domain, this.instancePath).params(parameters), sid));
	}

	/**
	 * Delete an item.
	 * @param sid the SID of the item
	 * @return the response, without body
	 */
	protected final TwilioResponse<@Nullable Void> doDelete(String sid) {
		return this.client.executeForResponse(instance(TwilioRequest.delete(this.domain, this.instancePath), sid));
	}

	/**
	 * Fetch the first page of a list.
	 * @param query the query parameters, see {@link #query(AbstractListRequest)} and
	 * {@link #pageSize(int)}
	 * @return the response holding the first page
	 */
	protected final TwilioResponse<Page<T>> doList(TwilioParameters query) {
		return this.client.pageForResponse(listRequest(query), this.itemsField, this.itemType);
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of this resource
	 * @return the next page, or empty if the given page is the last
	 */
	@SuppressWarnings("NullAway") // hasNext() checks nextPageUrl()
	protected final Optional<Page<T>> doNextPage(Page<T> page) {
		if (!page.hasNext()) {
			return Optional.empty();
		}
		TwilioRequest next = listRequest(TwilioParameters.empty()).forPage(page.nextPageUrl());
		return Optional.of(this.client.page(next, this.itemsField, this.itemType));
	}

	/**
	 * Fetch a page of this list by its URL, such as a {@link Page#nextPageUrl()} saved to
	 * resume a long export where it stopped. A saved URL is untrusted input: one of
	 * another list, another account or a host that is neither Twilio's nor this client's
	 * is refused without a request. Only its path and query are sent, to this client's
	 * host.
	 * @param pageUrl the absolute or host-relative URL of a page of this list
	 * @return the page
	 * @throws IllegalArgumentException if the URL is not one of a page of this list on
	 * this client's account
	 */
	protected final Page<T> doPage(String pageUrl) {
		Assert.hasText(pageUrl, "Page URL must not be empty");
		TwilioRequest list = listRequest(TwilioParameters.empty());
		String trimmed = pageUrl.trim();
		checkPageUrl(trimmed, list);
		return this.client.page(list.forPage(trimmed), this.itemsField, this.itemType);
	}

	private void checkPageUrl(String pageUrl, TwilioRequest list) {
		URI uri;
		try {
			uri = TwilioUrlEncoding.toUri(pageUrl);
		}
		catch (IllegalArgumentException ex) {
			// Not shown: its query holds the list's filters, such as phone numbers
			throw new IllegalArgumentException("Page URL is not a valid URL; pass one that Twilio returned for "
					+ "this list, such as Page.nextPageUrl()");
		}
		if (uri.isOpaque() || (uri.getScheme() != null) != (uri.getRawAuthority() != null)
				|| (uri.getScheme() == null && !pageUrl.startsWith("/"))) {
			throw new IllegalArgumentException("Page URL must be absolute or start with '/', as Page.nextPageUrl() "
					+ "does");
		}
		String clientHost = this.client.baseUrl(this.domain).getHost();
		String host = uri.getHost();
		if (uri.getRawAuthority() != null && (host == null || (!isTwilioHost(host) && !host.equalsIgnoreCase(clientHost)))) {
			// The authority is not shown whole: its user information may hold credentials
			throw new IllegalArgumentException("Page URL names " + ((host != null) ? "host " + host : "a host")
					+ ", which is neither Twilio's nor this client's (" + clientHost + "); pass a URL that Twilio "
					+ "returned for this list, such as Page.nextPageUrl()");
		}
		String expected = TwilioUrlEncoding.expand("", list.pathTemplate(), list.pathVariables(),
				this.client.accountSid(), TwilioParameters.empty());
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		if (!path.equals(expected)) {
			if (isSameListOfAnotherAccount(path, expected)) {
				// Shown whole: it is this list's path, with an account SID in its place
				throw new IllegalArgumentException("Page URL is a page of " + path + ", not of " + expected
						+ ", the list of this resource on this client's account " + this.client.accountSid()
						+ "; for a subaccount's list, use twilio.forAccount(subaccountSid)");
			}
			// Not shown: the path of another list may hold a phone number, as Lookup's do
			throw new IllegalArgumentException("Page URL is not a page of " + list.pathTemplate()
					+ " on this client's account " + this.client.accountSid() + " (its path is not shown, as it may "
					+ "hold phone numbers); pass a URL that Twilio returned for this list, such as "
					+ "Page.nextPageUrl()");
		}
	}

	/**
	 * Whether a path is the expected path of a list of one account with another account
	 * SID in its place.
	 */
	private boolean isSameListOfAnotherAccount(String path, String expected) {
		String accounts = "/2010-04-01/Accounts/";
		String ownAccount = accounts + this.client.accountSid() + "/";
		if (!expected.startsWith(ownAccount) || !path.startsWith(accounts)) {
			return false;
		}
		int sidEnd = path.indexOf('/', accounts.length());
		return sidEnd >= 0 && TwilioClient.ACCOUNT_SID.matcher(path.substring(accounts.length(), sidEnd)).matches()
				&& path.substring(sidEnd + 1).equals(expected.substring(ownAccount.length()));
	}

	private static boolean isTwilioHost(String host) {
		String lowerCase = host.toLowerCase(Locale.ROOT);
		return lowerCase.equals("twilio.com") || lowerCase.endsWith(".twilio.com");
	}

	/**
	 * Stream the items of a list lazily, fetching pages as they are consumed.
	 * @param query the query parameters of the first page
	 * @return the stream
	 */
	protected final Stream<T> doStream(TwilioParameters query) {
		return this.client.stream(listRequest(query), this.itemsField, this.itemType);
	}

	/**
	 * Return the query parameters of a list request.
	 * @param request the list request
	 * @return the query parameters
	 */
	protected static TwilioParameters query(AbstractListRequest request) {
		Assert.notNull(request, "Request must not be null");
		return request.parameters();
	}

	/**
	 * Return the query parameters that ask for pages of the given size.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the query parameters
	 */
	protected static TwilioParameters pageSize(int pageSize) {
		return TwilioParameters.builder().set("PageSize", Page.checkPageSize(pageSize)).build();
	}

	/**
	 * Return form parameters with one value.
	 * @param name the parameter name as Twilio spells it
	 * @param value the value
	 * @return the parameters
	 */
	protected static TwilioParameters parameter(String name, Object value) {
		return TwilioParameters.builder().set(name, value).build();
	}

	private TwilioRequest instance(TwilioRequest.Builder builder, String sid) {
		Assert.hasText(sid, () -> this.sidDescription + " must not be empty");
		return scope(builder).pathVariable("Sid", sid).build();
	}

	private TwilioRequest listRequest(TwilioParameters query) {
		return scope(TwilioRequest.get(this.domain, this.listPath)).queryParams(query).build();
	}

	private TwilioResponse<T> execute(TwilioRequest request) {
		return this.client.executeForResponse(request, this.itemType);
	}

}
