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
 * Operations on the short codes of a Messaging Service's sender pool,
 * {@code /v1/Services/{ServiceSid}/ShortCodes} on {@code messaging.twilio.com}: add, fetch, list and
 * remove short codes.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see MessagingApi#shortCodes(String)
 */
public final class ServiceShortCodeResource extends AbstractResource<ServiceShortCode> {

	static final String LIST_PATH = "/v1/Services/{ServiceSid}/ShortCodes";

	static final String INSTANCE_PATH = "/v1/Services/{ServiceSid}/ShortCodes/{Sid}";

	static final String ITEMS_FIELD = "short_codes";

	private final String serviceSid;

	/**
	 * Create the resource for a client and messaging service.
	 * @param client the client
	 * @param serviceSid the SID of the messaging service
	 */
	public ServiceShortCodeResource(TwilioClient client, String serviceSid) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, ServiceShortCode.class,
				"Short code SID");
		Assert.hasText(serviceSid, "Messaging service SID must not be empty");
		this.serviceSid = serviceSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("ServiceSid", this.serviceSid);
	}

	/**
	 * Add a short code of the account to the sender pool.
	 * @param shortCodeSid the SID of a short code of the account ({@code SC...})
	 * @return the short code as a member of the pool
	 */
	public ServiceShortCode add(String shortCodeSid) {
		return addWithResponse(shortCodeSid).body();
	}

	/**
	 * Add a short code to the sender pool, keeping status and headers.
	 * @param shortCodeSid the SID of a short code of the account ({@code SC...})
	 * @return the response holding the short code as a member of the pool
	 */
	public TwilioResponse<ServiceShortCode> addWithResponse(String shortCodeSid) {
		Assert.hasText(shortCodeSid, "ShortCodeSid must not be empty");
		return doCreate(parameter("ShortCodeSid", shortCodeSid));
	}

	/**
	 * Fetch a short code of the sender pool.
	 * @param sid the short code SID
	 * @return the short code
	 */
	public ServiceShortCode fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a short code of the sender pool, keeping status and headers.
	 * @param sid the short code SID
	 * @return the response holding the short code
	 */
	public TwilioResponse<ServiceShortCode> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of short codes of the sender pool, in pages of Twilio's default
	 * size (50).
	 * @return the first page
	 */
	public Page<ServiceShortCode> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of short codes of the sender pool.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<ServiceShortCode> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of short codes of the sender pool, keeping status and headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<ServiceShortCode>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of short codes of the sender pool
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<ServiceShortCode>> nextPage(Page<ServiceShortCode> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all short codes of the sender pool lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<ServiceShortCode> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all short codes of the sender pool lazily, fetching pages of the given size as
	 * they are consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<ServiceShortCode> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

	/**
	 * Remove a short code from the sender pool; the short code stays in the account.
	 * @param sid the short code SID
	 */
	public void remove(String sid) {
		removeWithResponse(sid);
	}

	/**
	 * Remove a short code from the sender pool, keeping status and headers.
	 * @param sid the short code SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> removeWithResponse(String sid) {
		return doDelete(sid);
	}

}
