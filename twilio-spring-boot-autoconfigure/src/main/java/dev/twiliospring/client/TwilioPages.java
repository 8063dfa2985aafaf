package dev.twiliospring.client;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TreeNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/**
 * Reads both Twilio list formats and streams across pages.
 */
final class TwilioPages {

	/**
	 * How many page URLs a stream remembers to notice a loop of pages.
	 */
	private static final int RECENT_PAGES = 16;

	/**
	 * How many empty pages in a row, each naming a next page, a stream reads before it
	 * stops: a list that only ever answers with new empty pages would otherwise be
	 * requested without end, and a loop of them goes unnoticed once it spans more than
	 * {@link #RECENT_PAGES} pages.
	 */
	static final int MAX_EMPTY_PAGES_IN_A_ROW = 100;

	/**
	 * Longest {@code PageToken} that a failure shows: Twilio's are a few dozen characters.
	 */
	private static final int MAX_PAGE_TOKEN_LENGTH = 64;

	private TwilioPages() {
	}

	/**
	 * Map a list response. The 2010-04-01 API puts paging fields at the top level and
	 * the items under a resource-specific name; the newer APIs put paging fields under
	 * {@code meta}, whose {@code key} names the items field.
	 * <p>
	 * The items of {@code itemsField} are read one by one as the parser reaches them, so
	 * that a page of 1,000 items never exists as a tree of JSON nodes next to its items,
	 * which would take several times the memory of the items themselves. Other fields are
	 * small and read as trees; so is another array, which only becomes the items if
	 * {@code meta} names it.
	 * <p>
	 * Read from the connection, the page's items are then the only copy of the page in
	 * memory: neither its bytes nor its tree are ever held whole.
	 * @param <T> the item type
	 * @param jsonMapper the mapper
	 * @param body the response body, read to its end
	 * @param itemsField the name of the items field
	 * @param itemType the item type
	 * @param request the request, for error messages
	 * @return the page
	 */
	static <T> Page<T> read(JsonMapper jsonMapper, InputStream body, String itemsField, Class<T> itemType,
			TwilioRequest request) {
		try (JsonParser parser = jsonMapper.createParser(body)) {
			return read(jsonMapper, parser, itemsField, itemType, request);
		}
		catch (JacksonException ex) {
			throw unreadable(ex, itemType, request);
		}
	}

	private static TwilioException unreadable(JacksonException ex, Class<?> itemType, TwilioRequest request) {
		return new TwilioException("Could not read the list page of " + request.method() + " "
				+ request.pathTemplate() + " as " + itemType.getSimpleName() + ": " + TwilioJson.unreadableReason(ex), ex);
	}

	private static <T> Page<T> read(JsonMapper jsonMapper, JsonParser parser, String itemsField, Class<T> itemType,
			TwilioRequest request) {
		// Values are read from the middle of the page, with the rest of it still to come
		ObjectReader reader = jsonMapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new TwilioException("Twilio answered " + request.method() + " " + request.pathTemplate()
					+ " without a JSON object, so it is not a list page");
		}
		ObjectNode json = jsonMapper.createObjectNode();
		List<T> streamedItems = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			if (parser.nextToken() == JsonToken.START_ARRAY && name.equals(itemsField)) {
				streamedItems = readItems(reader.forType(itemType), parser);
				json.remove(name);
			}
			else {
				json.set(name, reader.readTree(parser));
			}
		}
		if (parser.nextToken() != null) {
			throw new TwilioException("Twilio answered " + request.method() + " " + request.pathTemplate()
					+ " with more after its JSON object, so it is not a list page");
		}
		JsonNode meta = json.get("meta");
		boolean metaFormat = meta != null && meta.isObject();
		JsonNode paging = metaFormat ? meta : json;
		String key = metaFormat ? text(meta, "key", null) : null;
		String field = (key != null) ? key : itemsField;
		List<T> items = (field.equals(itemsField) && streamedItems != null) ? streamedItems
				: treeItems(jsonMapper, json.get(field), field, itemType, request);
		String suffix = metaFormat ? "_url" : "_uri";
		return new Page<>(items, paging.path("page").asInt(0), paging.path("page_size").asInt(items.size()),
				text(paging, metaFormat ? "url" : "uri", null), text(paging, "first_page" + suffix, null),
				text(paging, "previous_page" + suffix, null), text(paging, "next_page" + suffix, null));
	}

	private static <T> List<T> readItems(ObjectReader reader, JsonParser parser) {
		List<T> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			T value = reader.readValue(parser);
			if (value != null) {
				items.add(value);
			}
		}
		return items;
	}

	private static <T> List<T> treeItems(JsonMapper jsonMapper, @Nullable JsonNode itemsNode, String field,
			Class<T> itemType, TwilioRequest request) {
		if (itemsNode != null && !itemsNode.isNull() && !itemsNode.isArray()) {
			throw new TwilioException("Field '" + field + "' of the list page of " + request.method() + " "
					+ request.pathTemplate() + " is not an array");
		}
		List<T> items = new ArrayList<>();
		if (itemsNode != null && itemsNode.isArray()) {
			for (JsonNode item : itemsNode) {
				// As a TreeNode: the JsonNode overload is new in Jackson 3.1, and Spring Boot
				// 4.0.0 to 4.0.3 bring Jackson 3.0
				T value = jsonMapper.treeToValue((TreeNode) item, itemType);
				if (value != null) {
					items.add(value);
				}
			}
		}
		return items;
	}

	private static @Nullable String text(JsonNode node, String field, @Nullable String defaultValue) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isValueNode()) {
			return defaultValue;
		}
		String text = value.asString();
		return text.isBlank() ? defaultValue : text;
	}

	/**
	 * Describe which page a request fetches, for its logs and exceptions: a stream that
	 * fails at its 3,000th page says so, where the failure read as that of the first.
	 * Only the {@code Page} number of the URL is shown; its other parameters are the
	 * list's filters, such as phone numbers.
	 * @param pageUrl the page URL of the request, or {@code null} for a request that
	 * expands its template
	 * @return {@code " (page 3)"}, {@code " (next page)"} for a page URL without a page
	 * number, or an empty string without a page URL
	 */
	static String describe(@Nullable String pageUrl) {
		if (pageUrl == null) {
			return "";
		}
		String page = parameter(pageUrl, "Page=", pageUrl.length(), TwilioPages::isPageNumber);
		return (page != null) ? " (page " + page + ")" : " (next page)";
	}

	/**
	 * Describe the page of a page URL as {@link #describe(String)} does, with its
	 * {@code PageToken}, Twilio's opaque cursor, which tells apart pages of one number.
	 * The token is left out unless it is made of the characters of a cursor, so that no
	 * filter value can pass for one.
	 * @param pageUrl the page URL
	 * @return {@code " (page 3, PageToken=PA3)"}, or as {@link #describe(String)} without
	 * such a token
	 */
	static String describeWithToken(String pageUrl) {
		String page = describe(pageUrl);
		String token = pageToken(pageUrl);
		return (token != null) ? page.substring(0, page.length() - 1) + ", PageToken=" + token + ")" : page;
	}

	private static @Nullable String pageToken(String pageUrl) {
		int query = pageUrl.indexOf('?');
		int fragment = pageUrl.indexOf('#');
		// Only the first token counts: a later one that passes for a cursor is not shown
		String token = parameter(pageUrl, "PageToken=", (fragment > query) ? fragment : pageUrl.length(),
				(value) -> true);
		return (token != null && isCursor(token)) ? token : null;
	}

	/**
	 * Return the value of the first query parameter of a URL, up to {@code limit}, that
	 * has the given name and a value that {@code accept} takes.
	 * @param url the URL
	 * @param prefix the name of the parameter followed by {@code =}
	 * @param limit where the query ends
	 * @param accept whether a value is the one looked for
	 * @return the value as it is in the URL, or {@code null}
	 */
	private static @Nullable String parameter(String url, String prefix, int limit, Predicate<String> accept) {
		int query = url.indexOf('?');
		int start = (query >= 0) ? query + 1 : limit;
		while (start < limit) {
			int end = url.indexOf('&', start);
			end = (end >= 0 && end < limit) ? end : limit;
			if (url.startsWith(prefix, start)) {
				String value = url.substring(start + prefix.length(), end);
				if (accept.test(value)) {
					return value;
				}
			}
			start = end + 1;
		}
		return null;
	}

	private static boolean isPageNumber(String value) {
		if (value.isEmpty() || value.length() > 10) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isCursor(String token) {
		if (token.isEmpty() || token.length() > MAX_PAGE_TOKEN_LENGTH) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Return a lazy stream over all items of a list: a page is fetched only when the
	 * items of the previous one have been consumed, and closing the stream stops paging.
	 * @param <T> the item type
	 * @param firstRequest the request for the first page
	 * @param fetch fetches the page for a request
	 * @return the stream
	 */
	static <T> Stream<T> stream(TwilioRequest firstRequest, Function<TwilioRequest, Page<T>> fetch) {
		PageSpliterator<T> spliterator = new PageSpliterator<>(firstRequest, fetch);
		return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
	}

	/**
	 * Spliterator holding one page at a time.
	 *
	 * @param <T> the item type
	 */
	private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

		private final TwilioRequest firstRequest;

		private final Function<TwilioRequest, Page<T>> fetch;

		private @Nullable TwilioRequest nextRequest;

		/**
		 * The URL of the page fetched last, unless that was the first page.
		 */
		private @Nullable String pageUrl;

		/**
		 * The path and query of the pages read last, oldest first: enough to notice a
		 * loop of pages without holding every URL of a long list.
		 */
		private final Deque<String> recentTargets = new ArrayDeque<>(RECENT_PAGES);

		/**
		 * A next-page URL that names a page already read, refused once the items of the
		 * page it came with have been delivered.
		 */
		private @Nullable String repeatedLink;

		/**
		 * Whether {@link #repeatedLink} names the page it came with.
		 */
		private boolean selfLink;

		private int emptyPagesInARow;

		private Iterator<T> items = List.<T>of().iterator();

		private boolean closed;

		PageSpliterator(TwilioRequest firstRequest, Function<TwilioRequest, Page<T>> fetch) {
			super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
			this.firstRequest = firstRequest;
			this.fetch = fetch;
			this.nextRequest = firstRequest;
		}

		@Override
		public boolean tryAdvance(Consumer<? super T> action) {
			while (!this.items.hasNext()) {
				if (this.closed) {
					return false;
				}
				String repeatedLink = this.repeatedLink;
				if (repeatedLink != null) {
					this.repeatedLink = null;
					// The page is named by its number and token only: the rest of its query
					// is the list's filters, such as phone numbers
					throw new TwilioException(this.selfLink
							? "Twilio's page of " + describePage(repeatedLink) + " names itself as the next page; "
									+ "the stream stops there instead of fetching that page again and again"
							: "Twilio's next page of " + describePage(repeatedLink) + " is a page this stream has "
									+ "read already; the stream stops there instead of reading the same pages again "
									+ "and again");
				}
				if (this.nextRequest == null) {
					return false;
				}
				// The consumed page must not stay reachable while the next one is read
				this.items = Collections.emptyIterator();
				Page<T> page = this.fetch.apply(this.nextRequest);
				this.items = page.items().iterator();
				String url = (this.pageUrl != null) ? this.pageUrl : page.url();
				if (url != null) {
					if (this.recentTargets.size() == RECENT_PAGES) {
						this.recentTargets.removeFirst();
					}
					this.recentTargets.addLast(target(url));
				}
				String next = page.hasNext() ? page.nextPageUrl() : null;
				if (next != null) {
					String nextTarget = target(next);
					String selfUrl = page.url();
					boolean self = nextTarget.equals(this.recentTargets.peekLast())
							|| (selfUrl != null && nextTarget.equals(target(selfUrl)));
					if (self || this.recentTargets.contains(nextTarget)) {
						this.repeatedLink = next;
						this.selfLink = self;
						next = null;
					}
				}
				this.pageUrl = next;
				this.nextRequest = (next != null) ? this.firstRequest.forPage(next) : null;
				if (next == null || this.items.hasNext()) {
					this.emptyPagesInARow = 0;
				}
				else if (++this.emptyPagesInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
					this.nextRequest = null;
					throw new TwilioException("Twilio answered " + MAX_EMPTY_PAGES_IN_A_ROW + " empty pages in a row "
							+ "to " + this.firstRequest.method() + " " + this.firstRequest.pathTemplate()
							+ ", each naming a next page; the stream stops there instead of requesting pages without "
							+ "end. The last of them named the next page" + describeWithToken(next));
				}
			}
			action.accept(this.items.next());
			return true;
		}

		void close() {
			this.closed = true;
			this.nextRequest = null;
			this.items = List.<T>of().iterator();
		}

		/**
		 * Return the path and query of a page URL, all of it that a page request uses.
		 */
		private static String target(String url) {
			int start = pathStart(url);
			int fragment = url.indexOf('#', start);
			return url.substring(start, (fragment >= 0) ? fragment : url.length());
		}

		/**
		 * Describe a page of this stream's list for a failure: its path template, page
		 * number and token, never its host, user information or filters.
		 */
		private String describePage(String url) {
			return this.firstRequest.method() + " " + this.firstRequest.pathTemplate() + describeWithToken(url);
		}

		/**
		 * Return where the path of a URL starts: after the authority of an absolute URL,
		 * at 0 for a host-relative one.
		 */
		private static int pathStart(String url) {
			int scheme = url.indexOf("://");
			if (scheme < 0) {
				return 0;
			}
			for (int i = 0; i < scheme; i++) {
				if ("/?#".indexOf(url.charAt(i)) >= 0) {
					return 0;
				}
			}
			int end = scheme + 3;
			while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
				end++;
			}
			return end;
		}

	}

}
