package dev.twiliospring.client.messaging;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on toll-free verifications, {@code /v1/Tollfree/Verifications} on
 * {@code messaging.twilio.com}: submit, fetch, list, edit and delete verifications.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see MessagingApi#tollfreeVerifications()
 */
public final class TollfreeVerificationResource extends AbstractResource<TollfreeVerification> {

	static final String LIST_PATH = "/v1/Tollfree/Verifications";

	static final String INSTANCE_PATH = "/v1/Tollfree/Verifications/{Sid}";

	static final String ITEMS_FIELD = "verifications";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public TollfreeVerificationResource(TwilioClient client) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, TollfreeVerification.class,
				"Toll-free verification SID");
	}

	/**
	 * Submit a toll-free number for verification.
	 * @param request the toll-free verification
	 * @return the verification, usually {@code PENDING_REVIEW}
	 */
	public TollfreeVerification create(TollfreeVerificationCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Submit a toll-free number for verification, keeping status and headers.
	 * @param request the toll-free verification
	 * @return the response holding the verification, usually {@code PENDING_REVIEW}
	 */
	public TwilioResponse<TollfreeVerification> createWithResponse(TollfreeVerificationCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a toll-free verification.
	 * @param sid the toll-free verification SID
	 * @return the toll-free verification
	 */
	public TollfreeVerification fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a toll-free verification, keeping status and headers.
	 * @param sid the toll-free verification SID
	 * @return the response holding the toll-free verification
	 */
	public TwilioResponse<TollfreeVerification> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of all toll-free verifications.
	 * @return the first page
	 */
	public Page<TollfreeVerification> list() {
		return list(TollfreeVerificationListRequest.all());
	}

	/**
	 * Fetch the first page of the matching toll-free verifications.
	 * @param request the filters and page size
	 * @return the first page
	 */
	public Page<TollfreeVerification> list(TollfreeVerificationListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching toll-free verifications, keeping status and
	 * headers.
	 * @param request the filters and page size
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<TollfreeVerification>> listWithResponse(TollfreeVerificationListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of toll-free verifications
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<TollfreeVerification>> nextPage(Page<TollfreeVerification> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all toll-free verifications lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<TollfreeVerification> stream() {
		return stream(TollfreeVerificationListRequest.all());
	}

	/**
	 * Stream the matching toll-free verifications lazily, fetching pages as they are
	 * consumed.
	 * @param request the filters and page size
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<TollfreeVerification> stream(TollfreeVerificationListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Edit a toll-free verification and resubmit it for review. Twilio takes edits of a
	 * rejected verification while {@link TollfreeVerification#editAllowed()} is
	 * {@code true}.
	 * @param sid the toll-free verification SID
	 * @param request the edit
	 * @return the verification, usually {@code PENDING_REVIEW} again
	 */
	public TollfreeVerification update(String sid, TollfreeVerificationUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Edit a toll-free verification and resubmit it for review, keeping status and
	 * headers.
	 * @param sid the toll-free verification SID
	 * @param request the edit
	 * @return the response holding the verification
	 */
	public TwilioResponse<TollfreeVerification> updateWithResponse(String sid,
			TollfreeVerificationUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Delete a toll-free verification.
	 * @param sid the toll-free verification SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a toll-free verification, keeping status and headers.
	 * @param sid the toll-free verification SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
