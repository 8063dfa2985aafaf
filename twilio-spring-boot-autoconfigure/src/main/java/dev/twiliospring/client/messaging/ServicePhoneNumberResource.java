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
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the phone numbers of a Messaging Service's sender pool,
 * {@code /v1/Services/{ServiceSid}/PhoneNumbers} on {@code messaging.twilio.com}: add, fetch, list
 * and remove numbers.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see MessagingApi#phoneNumbers(String)
 */
public final class ServicePhoneNumberResource extends AbstractResource<ServicePhoneNumber> {

	static final String LIST_PATH = "/v1/Services/{ServiceSid}/PhoneNumbers";

	static final String INSTANCE_PATH = "/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}";

	static final String ITEMS_FIELD = "phone_numbers";

	private final String serviceSid;

	/**
	 * Create the resource for a client and messaging service.
	 * @param client the client
	 * @param serviceSid the SID of the messaging service
	 */
	public ServicePhoneNumberResource(TwilioClient client, String serviceSid) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, ServicePhoneNumber.class,
				"Phone number SID");
		Assert.hasText(serviceSid, "Messaging service SID must not be empty");
		this.serviceSid = serviceSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("ServiceSid", this.serviceSid);
	}

	/**
	 * Add a phone number of the account to the sender pool.
	 * @param phoneNumberSid the SID of an incoming phone number of the account
	 * ({@code PN...})
	 * @return the number as a member of the pool
	 */
	public ServicePhoneNumber add(String phoneNumberSid) {
		return addWithResponse(phoneNumberSid).body();
	}

	/**
	 * Add a phone number to the sender pool, keeping status and headers.
	 * @param phoneNumberSid the SID of an incoming phone number of the account
	 * ({@code PN...})
	 * @return the response holding the number as a member of the pool
	 */
	public TwilioResponse<ServicePhoneNumber> addWithResponse(String phoneNumberSid) {
		Assert.hasText(phoneNumberSid, "PhoneNumberSid must not be empty");
		return doCreate(parameter("PhoneNumberSid", phoneNumberSid));
	}

	/**
	 * Fetch a phone number of the sender pool.
	 * @param sid the phone number SID
	 * @return the phone number
	 */
	public ServicePhoneNumber fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a phone number of the sender pool, keeping status and headers.
	 * @param sid the phone number SID
	 * @return the response holding the phone number
	 */
	public TwilioResponse<ServicePhoneNumber> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of phone numbers of the sender pool, in pages of Twilio's default
	 * size (50).
	 * @return the first page
	 */
	public Page<ServicePhoneNumber> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of phone numbers of the sender pool.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<ServicePhoneNumber> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of phone numbers of the sender pool, keeping status and headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<ServicePhoneNumber>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of phone numbers of the sender pool
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<ServicePhoneNumber>> nextPage(Page<ServicePhoneNumber> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all phone numbers of the sender pool lazily, fetching pages as they are
	 * consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<ServicePhoneNumber> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all phone numbers of the sender pool lazily, fetching pages of the given size
	 * as they are consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<ServicePhoneNumber> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

	/**
	 * Remove a phone number from the sender pool; the number stays in the account.
	 * @param sid the phone number SID
	 */
	public void remove(String sid) {
		removeWithResponse(sid);
	}

	/**
	 * Remove a phone number from the sender pool, keeping status and headers.
	 * @param sid the phone number SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> removeWithResponse(String sid) {
		return doDelete(sid);
	}

}
