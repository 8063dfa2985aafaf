package dev.twiliospring.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds list pages in the {@code meta} format of Twilio's newer APIs for tests.
 */
public final class MetaPages {

	private MetaPages() {
	}

	/**
	 * Return a page whose items are the given JSON objects.
	 * @param key the items field, named in {@code meta.key}
	 * @param url the absolute URL of the page
	 * @param nextPageUrl the absolute URL of the next page, or {@code null} on the last
	 * page
	 * @param items the items as JSON objects
	 * @return the page as JSON
	 */
	public static String page(String key, String url, @Nullable String nextPageUrl, List<String> items) {
		return "{\"" + key + "\":[" + String.join(",", items) + "],\"meta\":{\"page\":0,\"page_size\":" + items.size()
				+ ",\"first_page_url\":\"" + url + "\",\"previous_page_url\":null,\"url\":\"" + url
				+ "\",\"next_page_url\":" + ((nextPageUrl != null) ? "\"" + nextPageUrl + "\"" : "null") + ",\"key\":\""
				+ key + "\"}}";
	}

}
