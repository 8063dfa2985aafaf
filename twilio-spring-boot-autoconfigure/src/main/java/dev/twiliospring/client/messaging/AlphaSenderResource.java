package dev.twiliospring.client.messaging;

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
 * Operations on the alphanumeric sender IDs of a Messaging Service,
 * {@code /v1/Services/{ServiceSid}/AlphaSenders} on {@code messaging.twilio.com}: add, fetch, list
 * and remove sender IDs.
 * <p>
 * Every operation has a {@code ...WithResponse} variant that also returns the HTTP
 * status, headers and Twilio request id.
 *
 * @since 1.0.0
 * @see MessagingApi#alphaSenders(String)
 */
public final class AlphaSenderResource {

	static final String LIST_PATH = "/v1/Services/{ServiceSid}/AlphaSenders";

	static final String INSTANCE_PATH = "/v1/Services/{ServiceSid}/AlphaSenders/{Sid}";

	static final String ITEMS_FIELD = "alpha_senders";

	private final TwilioClient client;

	private final String serviceSid;

	/**
	 * Create the resource for a client and messaging service.
	 * @param client the client
	 * @param serviceSid the SID of the messaging service
	 */
	public AlphaSenderResource(TwilioClient client, String serviceSid) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
		Assert.hasText(serviceSid, "Messaging service SID must not be empty");
		this.serviceSid = serviceSid;
	}

	/**
	 * Add an alphanumeric sender ID to the sender pool.
	 * @param alphaSender the sender ID, up to 11 letters, digits, spaces and {@code -+_&},
	 * with at least one letter
	 * @return the created alpha sender
	 */
	public AlphaSender add(String alphaSender) {
		return addWithResponse(alphaSender).body();
	}

	/**
	 * Add an alphanumeric sender ID to the sender pool, keeping status and headers.
	 * @param alphaSender the sender ID, up to 11 letters, digits, spaces and {@code -+_&},
	 * with at least one letter
	 * @return the response holding the created alpha sender
	 */
	public TwilioResponse<AlphaSender> addWithResponse(String alphaSender) {
		Assert.hasText(alphaSender, "AlphaSender must not be empty");
		return this.client.executeForResponse(TwilioRequest.post(TwilioDomain.MESSAGING, LIST_PATH)
			.pathVariable("ServiceSid", this.serviceSid)
			.param("AlphaSender", alphaSender)
			.build(), AlphaSender.class);
	}

	/**
	 * Fetch an alphanumeric sender ID of the sender pool.
	 * @param sid the alpha sender SID
	 * @return the alpha sender
	 */
	public AlphaSender fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch an alphanumeric sender ID of the sender pool, keeping status and headers.
	 * @param sid the alpha sender SID
	 * @return the response holding the alpha sender
	 */
	public TwilioResponse<AlphaSender> fetchWithResponse(String sid) {
		return this.client.executeForResponse(instance(TwilioRequest.get(TwilioDomain.MESSAGING, INSTANCE_PATH), sid),
				AlphaSender.class);
	}

	/**
	 * Fetch the first page of alphanumeric sender IDs of the sender pool, in pages of
	 * Twilio's default size (50).
	 * @return the first page
	 */
	public Page<AlphaSender> list() {
		return this.client.page(listRequest(null), ITEMS_FIELD, AlphaSender.class);
	}

	/**
	 * Fetch the first page of alphanumeric sender IDs of the sender pool.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<AlphaSender> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of alphanumeric sender IDs of the sender pool, keeping status and
	 * headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<AlphaSender>> listWithResponse(int pageSize) {
		return this.client.pageForResponse(listRequest(Page.checkPageSize(pageSize)), ITEMS_FIELD,
				AlphaSender.class);
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of alphanumeric sender IDs of the sender pool
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<AlphaSender>> nextPage(Page<AlphaSender> page) {
		if (!page.hasNext()) {
			return Optional.empty();
		}
		return Optional.of(this.client.page(listRequest(null).forPage(page.nextPageUrl()), ITEMS_FIELD,
				AlphaSender.class));
	}

	/**
	 * Stream all alphanumeric sender IDs of the sender pool lazily, fetching pages as they
	 * are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<AlphaSender> stream() {
		return this.client.stream(listRequest(null), ITEMS_FIELD, AlphaSender.class);
	}

	/**
	 * Stream all alphanumeric sender IDs of the sender pool lazily, fetching pages of the
	 * given size as they are consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<AlphaSender> stream(int pageSize) {
		return this.client.stream(listRequest(Page.checkPageSize(pageSize)), ITEMS_FIELD, AlphaSender.class);
	}

	private TwilioRequest listRequest(@Nullable Integer pageSize) {
		return TwilioRequest.get(TwilioDomain.MESSAGING, LIST_PATH)
			.pathVariable("ServiceSid", this.serviceSid)
			.queryParam("PageSize", pageSize)
			.build();
	}

	/**
	 * Remove an alphanumeric sender ID from the sender pool.
	 * @param sid the alpha sender SID
	 */
	public void remove(String sid) {
		removeWithResponse(sid);
	}

	/**
	 * Remove an alphanumeric sender ID from the sender pool, keeping status and headers.
	 * @param sid the alpha sender SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> removeWithResponse(String sid) {
		return this.client
			.executeForResponse(instance(TwilioRequest.delete(TwilioDomain.MESSAGING, INSTANCE_PATH), sid));
	}

	private TwilioRequest instance(TwilioRequest.Builder builder, String sid) {
		Assert.hasText(sid, "Alpha sender SID must not be empty");
		return builder.pathVariable("ServiceSid", this.serviceSid)
			.pathVariable("Sid", sid)
			.build();
	}

}
