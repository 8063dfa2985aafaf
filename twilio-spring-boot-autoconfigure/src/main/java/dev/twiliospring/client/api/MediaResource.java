package dev.twiliospring.client.api;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the Media sub-resource of messages,
 * {@code /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media}: list, fetch and
 * delete the files attached to a message.
 *
 * @since 1.0.0
 * @see MessageResource#media()
 */
public final class MediaResource {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json";

	static final String ITEMS_FIELD = "media_list";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public MediaResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Fetch a media resource.
	 * @param messageSid the SID of the message
	 * @param sid the media SID
	 * @return the media
	 */
	public Media fetch(String messageSid, String sid) {
		return fetchWithResponse(messageSid, sid).body();
	}

	/**
	 * Fetch a media resource, keeping status and headers.
	 * @param messageSid the SID of the message
	 * @param sid the media SID
	 * @return the response holding the media
	 */
	public TwilioResponse<Media> fetchWithResponse(String messageSid, String sid) {
		return this.client.executeForResponse(
				instance(TwilioRequest.get(TwilioDomain.API, INSTANCE_PATH), messageSid, sid), Media.class);
	}

	/**
	 * Fetch the first page of a message's media.
	 * @param messageSid the SID of the message
	 * @return the first page
	 */
	public Page<Media> list(String messageSid) {
		return list(messageSid, MediaListRequest.all());
	}

	/**
	 * Fetch the first page of a message's matching media.
	 * @param messageSid the SID of the message
	 * @param request the filters
	 * @return the first page
	 */
	public Page<Media> list(String messageSid, MediaListRequest request) {
		return listWithResponse(messageSid, request).body();
	}

	/**
	 * Fetch the first page of a message's matching media, keeping status and headers.
	 * @param messageSid the SID of the message
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Media>> listWithResponse(String messageSid, MediaListRequest request) {
		return this.client.pageForResponse(listRequest(messageSid, request), ITEMS_FIELD, Media.class);
	}

	/**
	 * Fetch the page after the given one. Its next-page URL is checked as
	 * {@link #page(String, String)} checks a saved one.
	 * @param messageSid the SID of the message
	 * @param page a page of the message's media
	 * @return the next page, or empty if the given page is the last
	 * @throws IllegalArgumentException if the page's next-page URL is not one of a page
	 * of the message's media on this client's account
	 */
	@SuppressWarnings("NullAway") // hasNext() checks nextPageUrl()
	public Optional<Page<Media>> nextPage(String messageSid, Page<Media> page) {
		Assert.notNull(page, "Page must not be null");
		if (!page.hasNext()) {
			return Optional.empty();
		}
		return Optional.of(page(messageSid, page.nextPageUrl()));
	}

	/**
	 * Fetch a page of a message's media by its URL, such as a saved
	 * {@link Page#nextPageUrl()}, to resume there. The URL is checked as
	 * {@link TwilioClient#page(TwilioRequest, String, String, Class)} checks it: one of
	 * another list, such as another message's media, is refused before anything is sent.
	 * @param messageSid the SID of the message
	 * @param pageUrl the absolute or host-relative URL of a page of the message's media
	 * @return the page
	 * @throws IllegalArgumentException if the URL is not one of a page of the message's
	 * media on this client's account
	 */
	public Page<Media> page(String messageSid, String pageUrl) {
		return this.client.page(listRequest(messageSid, MediaListRequest.all()), pageUrl, ITEMS_FIELD, Media.class);
	}

	/**
	 * Stream a message's media lazily, fetching pages as they are consumed.
	 * @param messageSid the SID of the message
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Media> stream(String messageSid) {
		return this.client.stream(listRequest(messageSid, MediaListRequest.all()), ITEMS_FIELD, Media.class);
	}

	/**
	 * Delete a media file.
	 * @param messageSid the SID of the message
	 * @param sid the media SID
	 */
	public void delete(String messageSid, String sid) {
		deleteWithResponse(messageSid, sid);
	}

	/**
	 * Delete a media file, keeping status and headers.
	 * @param messageSid the SID of the message
	 * @param sid the media SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String messageSid, String sid) {
		return this.client
			.executeForResponse(instance(TwilioRequest.delete(TwilioDomain.API, INSTANCE_PATH), messageSid, sid));
	}

	private static TwilioRequest instance(TwilioRequest.Builder builder, String messageSid, String sid) {
		Assert.hasText(messageSid, "Message SID must not be empty");
		Assert.hasText(sid, "Media SID must not be empty");
		return builder.pathVariable("MessageSid", messageSid).pathVariable("Sid", sid).build();
	}

	private static TwilioRequest listRequest(String messageSid, MediaListRequest request) {
		Assert.hasText(messageSid, "Message SID must not be empty");
		Assert.notNull(request, "Request must not be null");
		return TwilioRequest.get(TwilioDomain.API, LIST_PATH)
			.pathVariable("MessageSid", messageSid)
			.queryParams(request.parameters())
			.build();
	}

}
