package dev.twiliospring.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Twilio list, with the links to its neighbours.
 * <p>
 * Both list formats map to it: the 2010-04-01 API's top-level {@code next_page_uri} (host
 * relative) and the newer APIs' {@code meta.next_page_url} (absolute). Follow a link with
 * {@link TwilioRequest#forPage(String)}, or let {@link TwilioClient#stream} do it.
 * <p>
 * {@link #toString()} shows items of a resource type with their own {@code toString()},
 * and leaves out items read as text, {@code JsonNode} or maps, which are Twilio's JSON as
 * sent and may hold a subaccount's auth token.
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param pageNumber the zero-based number of this page
 * @param pageSize the requested page size
 * @param url the URL of this page, or {@code null} if Twilio sent none
 * @param firstPageUrl the URL of the first page, or {@code null}
 * @param previousPageUrl the URL of the previous page, or {@code null} on the first page
 * @param nextPageUrl the URL of the next page, or {@code null} on the last page
 * @since 1.0.0
 */
public record Page<T>(List<T> items, int pageNumber, int pageSize, @Nullable String url,
		@Nullable String firstPageUrl, @Nullable String previousPageUrl, @Nullable String nextPageUrl) {

	/** Smallest page size Twilio accepts. */
	public static final int MIN_PAGE_SIZE = 1;

	/** Largest page size Twilio accepts. */
	public static final int MAX_PAGE_SIZE = 1000;

	/**
	 * Create a page.
	 * @param items the items of this page
	 * @param pageNumber the zero-based number of this page
	 * @param pageSize the requested page size
	 * @param url the URL of this page
	 * @param firstPageUrl the URL of the first page
	 * @param previousPageUrl the URL of the previous page
	 * @param nextPageUrl the URL of the next page
	 */
	public Page {
		items = List.copyOf(items);
	}

	/**
	 * Return whether there is a next page.
	 * @return whether {@link #nextPageUrl()} is set
	 */
	public boolean hasNext() {
		return this.nextPageUrl != null && !this.nextPageUrl.isBlank();
	}

	/**
	 * Return whether there is a previous page.
	 * @return whether {@link #previousPageUrl()} is set
	 */
	public boolean hasPrevious() {
		return this.previousPageUrl != null && !this.previousPageUrl.isBlank();
	}

	@Override
	public String toString() {
		return "Page[items=" + this.items.stream().map(TwilioResponse::describe).toList() + ", pageNumber="
				+ this.pageNumber + ", pageSize=" + this.pageSize + ", url=" + this.url + ", firstPageUrl="
				+ this.firstPageUrl + ", previousPageUrl=" + this.previousPageUrl + ", nextPageUrl="
				+ this.nextPageUrl + "]";
	}

	/**
	 * Check that a page size is one Twilio accepts.
	 * @param pageSize the page size
	 * @return the page size
	 * @throws IllegalArgumentException if the page size is not between 1 and 1000
	 */
	public static int checkPageSize(int pageSize) {
		if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"PageSize must be between " + MIN_PAGE_SIZE + " and " + MAX_PAGE_SIZE + ", got " + pageSize);
		}
		return pageSize;
	}

}
