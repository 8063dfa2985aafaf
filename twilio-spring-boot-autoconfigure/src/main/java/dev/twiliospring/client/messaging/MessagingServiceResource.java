package dev.twiliospring.client.messaging;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on Messaging Services, {@code /v1/Services} on {@code messaging.twilio.com}: create,
 * fetch, list, update and delete services.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see MessagingApi#services()
 */
public final class MessagingServiceResource extends AbstractResource<MessagingService> {

	static final String LIST_PATH = "/v1/Services";

	static final String INSTANCE_PATH = "/v1/Services/{Sid}";

	static final String ITEMS_FIELD = "services";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public MessagingServiceResource(TwilioClient client) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, MessagingService.class,
				"Messaging service SID");
	}

	/**
	 * Create a messaging service.
	 * @param request the messaging service
	 * @return the created messaging service
	 */
	public MessagingService create(MessagingServiceCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Create a messaging service, keeping status and headers.
	 * @param request the messaging service
	 * @return the response holding the created messaging service
	 */
	public TwilioResponse<MessagingService> createWithResponse(MessagingServiceCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a messaging service.
	 * @param sid the messaging service SID
	 * @return the messaging service
	 */
	public MessagingService fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a messaging service, keeping status and headers.
	 * @param sid the messaging service SID
	 * @return the response holding the messaging service
	 */
	public TwilioResponse<MessagingService> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of messaging services, in pages of Twilio's default size (50).
	 * @return the first page
	 */
	public Page<MessagingService> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of messaging services.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<MessagingService> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of messaging services, keeping status and headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<MessagingService>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of messaging services
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<MessagingService>> nextPage(Page<MessagingService> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all messaging services lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<MessagingService> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all messaging services lazily, fetching pages of the given size as they are
	 * consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<MessagingService> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

	/**
	 * Update a messaging service.
	 * @param sid the messaging service SID
	 * @param request the change
	 * @return the updated messaging service
	 */
	public MessagingService update(String sid, MessagingServiceUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a messaging service, keeping status and headers.
	 * @param sid the messaging service SID
	 * @param request the change
	 * @return the response holding the updated messaging service
	 */
	public TwilioResponse<MessagingService> updateWithResponse(String sid, MessagingServiceUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Delete a messaging service; its senders go back to the account.
	 * @param sid the messaging service SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a messaging service, keeping status and headers.
	 * @param sid the messaging service SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
