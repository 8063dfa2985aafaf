package dev.twiliospring.client.messaging;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on US A2P 10DLC brand registrations, {@code /v1/a2p/BrandRegistrations} on
 * {@code messaging.twilio.com}: register, fetch, list and resubmit brands.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see MessagingApi#brandRegistrations()
 */
public final class BrandRegistrationResource extends AbstractResource<BrandRegistration> {

	static final String LIST_PATH = "/v1/a2p/BrandRegistrations";

	static final String INSTANCE_PATH = "/v1/a2p/BrandRegistrations/{Sid}";

	static final String ITEMS_FIELD = "data";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public BrandRegistrationResource(TwilioClient client) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, BrandRegistration.class,
				"Brand registration SID");
	}

	/**
	 * Register a brand.
	 * @param request the brand registration
	 * @return the brand registration, usually {@code PENDING}
	 */
	public BrandRegistration create(BrandRegistrationCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Register a brand, keeping status and headers.
	 * @param request the brand registration
	 * @return the response holding the brand registration, usually {@code PENDING}
	 */
	public TwilioResponse<BrandRegistration> createWithResponse(BrandRegistrationCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a brand registration.
	 * @param sid the brand registration SID
	 * @return the brand registration
	 */
	public BrandRegistration fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a brand registration, keeping status and headers.
	 * @param sid the brand registration SID
	 * @return the response holding the brand registration
	 */
	public TwilioResponse<BrandRegistration> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Resubmit a brand registration for review, such as one that {@code FAILED} and whose
	 * bundles were fixed since. Twilio's update takes no parameters.
	 * @param sid the brand registration SID
	 * @return the brand registration, usually {@code PENDING} again
	 */
	public BrandRegistration update(String sid) {
		return updateWithResponse(sid).body();
	}

	/**
	 * Resubmit a brand registration for review, keeping status and headers.
	 * @param sid the brand registration SID
	 * @return the response holding the brand registration
	 */
	public TwilioResponse<BrandRegistration> updateWithResponse(String sid) {
		return doUpdate(sid, TwilioParameters.empty());
	}

	/**
	 * Fetch the first page of brand registrations, in pages of Twilio's default size (50).
	 * @return the first page
	 */
	public Page<BrandRegistration> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of brand registrations.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<BrandRegistration> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of brand registrations, keeping status and headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<BrandRegistration>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of brand registrations
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<BrandRegistration>> nextPage(Page<BrandRegistration> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all brand registrations lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<BrandRegistration> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all brand registrations lazily, fetching pages of the given size as they are
	 * consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<BrandRegistration> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

}
