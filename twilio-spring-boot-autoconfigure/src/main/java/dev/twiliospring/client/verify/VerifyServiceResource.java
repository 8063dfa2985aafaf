package dev.twiliospring.client.verify;

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
 * Operations on Verify Services, {@code /v2/Services} on {@code verify.twilio.com}: create, fetch,
 * list, update and delete services.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see VerifyApi#services()
 */
public final class VerifyServiceResource extends AbstractResource<VerifyService> {

	static final String LIST_PATH = "/v2/Services";

	static final String INSTANCE_PATH = "/v2/Services/{Sid}";

	static final String ITEMS_FIELD = "services";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public VerifyServiceResource(TwilioClient client) {
		super(client, TwilioDomain.VERIFY, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, VerifyService.class,
				"Verify service SID");
	}

	/**
	 * Create a Verify service.
	 * @param request the Verify service
	 * @return the created Verify service
	 */
	public VerifyService create(VerifyServiceCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Create a Verify service, keeping status and headers.
	 * @param request the Verify service
	 * @return the response holding the created Verify service
	 */
	public TwilioResponse<VerifyService> createWithResponse(VerifyServiceCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a Verify service.
	 * @param sid the verify service SID
	 * @return the Verify service
	 */
	public VerifyService fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a Verify service, keeping status and headers.
	 * @param sid the verify service SID
	 * @return the response holding the Verify service
	 */
	public TwilioResponse<VerifyService> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of Verify services, in pages of Twilio's default size (50).
	 * @return the first page
	 */
	public Page<VerifyService> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of Verify services.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<VerifyService> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of Verify services, keeping status and headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<VerifyService>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of Verify services
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<VerifyService>> nextPage(Page<VerifyService> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all Verify services lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<VerifyService> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all Verify services lazily, fetching pages of the given size as they are
	 * consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<VerifyService> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

	/**
	 * Update a Verify service.
	 * @param sid the verify service SID
	 * @param request the change
	 * @return the updated Verify service
	 */
	public VerifyService update(String sid, VerifyServiceUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a Verify service, keeping status and headers.
	 * @param sid the verify service SID
	 * @param request the change
	 * @return the response holding the updated Verify service
	 */
	public TwilioResponse<VerifyService> updateWithResponse(String sid, VerifyServiceUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Delete a Verify service.
	 * @param sid the verify service SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a Verify service, keeping status and headers.
	 * @param sid the verify service SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
