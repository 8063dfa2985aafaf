package dev.twiliospring.client.api;

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
 * Operations on the OutgoingCallerIds resource,
 * {@code /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds}: fetch, list, rename and
 * delete the verified phone numbers that outgoing calls can show as their caller ID.
 * <p>
 * Twilio adds a caller ID by calling the number with a validation code (a
 * {@code POST} to the list path that answers with a validation request, not a caller
 * ID); send that with {@link dev.twiliospring.client.TwilioRequest}.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see TwilioClient#outgoingCallerIds()
 */
public final class OutgoingCallerIdResource extends AbstractResource<OutgoingCallerId> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json";

	static final String ITEMS_FIELD = "outgoing_caller_ids";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public OutgoingCallerIdResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, OutgoingCallerId.class,
				"Outgoing caller ID SID");
	}

	/**
	 * Fetch an outgoing caller ID.
	 * @param sid the caller ID SID
	 * @return the caller ID
	 */
	public OutgoingCallerId fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch an outgoing caller ID, keeping status and headers.
	 * @param sid the caller ID SID
	 * @return the response holding the caller ID
	 */
	public TwilioResponse<OutgoingCallerId> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of all outgoing caller IDs.
	 * @return the first page
	 */
	public Page<OutgoingCallerId> list() {
		return list(OutgoingCallerIdListRequest.all());
	}

	/**
	 * Fetch the first page of the matching outgoing caller IDs.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<OutgoingCallerId> list(OutgoingCallerIdListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching outgoing caller IDs, keeping status and
	 * headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<OutgoingCallerId>> listWithResponse(OutgoingCallerIdListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of outgoing caller IDs
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<OutgoingCallerId>> nextPage(Page<OutgoingCallerId> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all outgoing caller IDs lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<OutgoingCallerId> stream() {
		return stream(OutgoingCallerIdListRequest.all());
	}

	/**
	 * Stream the matching outgoing caller IDs lazily, fetching pages as they are
	 * consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<OutgoingCallerId> stream(OutgoingCallerIdListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Rename an outgoing caller ID, the only change Twilio takes.
	 * @param sid the caller ID SID
	 * @param friendlyName the new name, up to 64 characters
	 * @return the updated caller ID
	 */
	public OutgoingCallerId update(String sid, String friendlyName) {
		return updateWithResponse(sid, friendlyName).body();
	}

	/**
	 * Rename an outgoing caller ID, keeping status and headers.
	 * @param sid the caller ID SID
	 * @param friendlyName the new name, up to 64 characters
	 * @return the response holding the updated caller ID
	 */
	public TwilioResponse<OutgoingCallerId> updateWithResponse(String sid, String friendlyName) {
		Assert.notNull(friendlyName, "Friendly name must not be null");
		return doUpdate(sid, parameter("FriendlyName", friendlyName));
	}

	/**
	 * Delete an outgoing caller ID, so that calls can no longer show its number.
	 * @param sid the caller ID SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete an outgoing caller ID, keeping status and headers.
	 * @param sid the caller ID SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
