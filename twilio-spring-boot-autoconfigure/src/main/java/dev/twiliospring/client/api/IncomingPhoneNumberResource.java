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
 * Operations on the IncomingPhoneNumbers resource,
 * {@code /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers}: buy, fetch, list,
 * configure and release the account's phone numbers.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see TwilioClient#incomingPhoneNumbers()
 */
public final class IncomingPhoneNumberResource extends AbstractResource<IncomingPhoneNumber> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json";

	static final String ITEMS_FIELD = "incoming_phone_numbers";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public IncomingPhoneNumberResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, IncomingPhoneNumber.class,
				"Phone number SID");
	}

	/**
	 * Buy a phone number. Twilio charges the account for it.
	 * @param request the number to buy and its configuration
	 * @return the bought number
	 */
	public IncomingPhoneNumber create(IncomingPhoneNumberCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Buy a phone number, keeping status and headers.
	 * @param request the number to buy and its configuration
	 * @return the response holding the bought number
	 */
	public TwilioResponse<IncomingPhoneNumber> createWithResponse(IncomingPhoneNumberCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Buy a specific phone number without configuring it.
	 * @param phoneNumber the number in E.164 format, such as {@code +15017122661}
	 * @return the bought number
	 */
	public IncomingPhoneNumber purchase(String phoneNumber) {
		Assert.hasText(phoneNumber, "Phone number must not be empty");
		return create(IncomingPhoneNumberCreateRequest.builder().phoneNumber(phoneNumber).build());
	}

	/**
	 * Fetch a phone number.
	 * @param sid the phone number SID
	 * @return the phone number
	 */
	public IncomingPhoneNumber fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a phone number, keeping status and headers.
	 * @param sid the phone number SID
	 * @return the response holding the phone number
	 */
	public TwilioResponse<IncomingPhoneNumber> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of all phone numbers of the account.
	 * @return the first page
	 */
	public Page<IncomingPhoneNumber> list() {
		return list(IncomingPhoneNumberListRequest.all());
	}

	/**
	 * Fetch the first page of the matching phone numbers.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<IncomingPhoneNumber> list(IncomingPhoneNumberListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching phone numbers, keeping status and headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<IncomingPhoneNumber>> listWithResponse(IncomingPhoneNumberListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of phone numbers
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<IncomingPhoneNumber>> nextPage(Page<IncomingPhoneNumber> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all phone numbers of the account lazily, fetching pages as they are
	 * consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<IncomingPhoneNumber> stream() {
		return stream(IncomingPhoneNumberListRequest.all());
	}

	/**
	 * Stream the matching phone numbers lazily, fetching pages as they are consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<IncomingPhoneNumber> stream(IncomingPhoneNumberListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Update a phone number.
	 * @param sid the phone number SID
	 * @param request the change
	 * @return the updated phone number
	 */
	public IncomingPhoneNumber update(String sid, IncomingPhoneNumberUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a phone number, keeping status and headers.
	 * @param sid the phone number SID
	 * @param request the change
	 * @return the response holding the updated phone number
	 */
	public TwilioResponse<IncomingPhoneNumber> updateWithResponse(String sid,
			IncomingPhoneNumberUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Release a phone number: remove it from the account, which stops its billing.
	 * A released number may not be recoverable.
	 * @param sid the phone number SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Release a phone number, keeping status and headers.
	 * @param sid the phone number SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
