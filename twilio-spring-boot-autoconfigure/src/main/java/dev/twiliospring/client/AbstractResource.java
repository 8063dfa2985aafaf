package dev.twiliospring.client;

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
	 * Fetch the page after the given one. Its next-page URL is checked as
	 * {@link #page(String)} checks a saved one, as a page may have been built or
	 * read back from anywhere.
	 * @param page a page of this resource
	 * @return the next page, or empty if the given page is the last
	 * @throws IllegalArgumentException if the page's next-page URL is not one of a page
	 * of this list on this client's account
	 */
	@SuppressWarnings("NullAway") // hasNext() checks nextPageUrl()
	protected final Optional<Page<T>> doNextPage(Page<T> page) {
		Assert.notNull(page, "Page must not be null");
		if (!page.hasNext()) {
			return Optional.empty();
		}
		return Optional.of(page(page.nextPageUrl()));
	}

	/**
	 * Fetch a page of this list by its URL, such as the {@link Page#nextPageUrl()} of the
	 * last page that an export finished, to resume it there instead of from the first
	 * page. Every list resource has it, those of the 2010-04-01 API, whose
	 * {@code next_page_uri} is host-relative, and those of the newer APIs, whose
	 * {@code meta.next_page_url} is absolute on their own host. The URL is checked as
	 * untrusted input: one of another list, of another account (use
	 * {@link TwilioClient#forAccount(String)} for a subaccount's) or of a host that is
	 * neither Twilio's host of this resource's product nor this client's is refused
	 * before anything is sent. Only its path and query are sent, to this client's host.
	 * @param pageUrl the absolute or host-relative URL of a page of this list on this
	 * client's account
	 * @return the page; follow it with the resource's {@code nextPage(page)}
	 * @throws IllegalArgumentException if the URL is not one of a page of this list on
	 * this client's account
	 */
	public final Page<T> page(String pageUrl) {
		return this.client.page(listRequest(TwilioParameters.empty()), pageUrl, this.itemsField, this.itemType);
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
