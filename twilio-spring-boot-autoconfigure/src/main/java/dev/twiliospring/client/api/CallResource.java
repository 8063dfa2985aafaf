package dev.twiliospring.client.api;

import java.net.URI;
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
 * Operations on the Calls resource, {@code /2010-04-01/Accounts/{AccountSid}/Calls}:
 * place, fetch, list, redirect, hang up and delete calls.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see TwilioClient#calls()
 */
public final class CallResource extends AbstractResource<Call> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Calls.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json";

	static final String ITEMS_FIELD = "calls";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public CallResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Call.class, "Call SID");
	}

	/**
	 * Place a call.
	 * @param request the call
	 * @return the created call, usually with status {@code queued}
	 */
	public Call create(CallCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Place a call, keeping status and headers.
	 * @param request the call
	 * @return the response holding the created call
	 */
	public TwilioResponse<Call> createWithResponse(CallCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a call.
	 * @param sid the call SID
	 * @return the call
	 */
	public Call fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a call, keeping status and headers.
	 * @param sid the call SID
	 * @return the response holding the call
	 */
	public TwilioResponse<Call> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of all calls, newest first.
	 * @return the first page
	 */
	public Page<Call> list() {
		return list(CallListRequest.all());
	}

	/**
	 * Fetch the first page of the matching calls, newest first.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<Call> list(CallListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching calls, keeping status and headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Call>> listWithResponse(CallListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of calls
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Call>> nextPage(Page<Call> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all calls lazily, newest first, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Call> stream() {
		return stream(CallListRequest.all());
	}

	/**
	 * Stream the matching calls lazily, fetching pages as they are consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Call> stream(CallListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Update a call in progress.
	 * @param sid the call SID
	 * @param request the change
	 * @return the updated call
	 */
	public Call update(String sid, CallUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a call in progress, keeping status and headers.
	 * @param sid the call SID
	 * @param request the change
	 * @return the response holding the updated call
	 */
	public TwilioResponse<Call> updateWithResponse(String sid, CallUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Make a call in progress run the TwiML of another URL.
	 * @param sid the call SID
	 * @param url the absolute URL of the new TwiML
	 * @return the updated call
	 */
	public Call redirect(String sid, String url) {
		return update(sid, CallUpdateRequest.redirect(url));
	}

	/**
	 * Make a call in progress run the TwiML of another URL.
	 * @param sid the call SID
	 * @param url the absolute URL of the new TwiML
	 * @return the updated call
	 */
	public Call redirect(String sid, URI url) {
		return update(sid, CallUpdateRequest.redirect(url));
	}

	/**
	 * Hang up a call in progress.
	 * @param sid the call SID
	 * @return the completed call
	 */
	public Call hangUp(String sid) {
		return update(sid, CallUpdateRequest.hangUp());
	}

	/**
	 * Cancel a call that is queued or ringing; a call in progress is not affected.
	 * @param sid the call SID
	 * @return the call
	 */
	public Call cancel(String sid) {
		return update(sid, CallUpdateRequest.cancel());
	}

	/**
	 * Delete a call from the account's logs.
	 * @param sid the call SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a call from the account's logs, keeping status and headers.
	 * @param sid the call SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
