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
 * Operations on US A2P 10DLC brand registrations, {@code /v1/a2p/BrandRegistrations} on
 * {@code messaging.twilio.com}: register, fetch and list brands.
 * <p>
 * Every operation has a {@code ...WithResponse} variant that also returns the HTTP
 * status, headers and Twilio request id.
 *
 * @since 1.0.0
 * @see MessagingApi#brandRegistrations()
 */
public final class BrandRegistrationResource {

	static final String LIST_PATH = "/v1/a2p/BrandRegistrations";

	static final String INSTANCE_PATH = "/v1/a2p/BrandRegistrations/{Sid}";

	static final String ITEMS_FIELD = "data";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public BrandRegistrationResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
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
		return this.client.executeForResponse(TwilioRequest.post(TwilioDomain.MESSAGING, LIST_PATH)
			.params(request.parameters())
			.build(), BrandRegistration.class);
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
		return this.client.executeForResponse(instance(TwilioRequest.get(TwilioDomain.MESSAGING, INSTANCE_PATH), sid),
				BrandRegistration.class);
	}

	/**
	 * Fetch the first page of brand registrations, in pages of Twilio's default size (50).
	 * @return the first page
	 */
	public Page<BrandRegistration> list() {
		return this.client.page(listRequest(null), ITEMS_FIELD, BrandRegistration.class);
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
		return this.client.pageForResponse(listRequest(Page.checkPageSize(pageSize)), ITEMS_FIELD,
				BrandRegistration.class);
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of brand registrations
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<BrandRegistration>> nextPage(Page<BrandRegistration> page) {
		if (!page.hasNext()) {
			return Optional.empty();
		}
		return Optional.of(this.client.page(listRequest(null).forPage(page.nextPageUrl()), ITEMS_FIELD,
				BrandRegistration.class));
	}

	/**
	 * Stream all brand registrations lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<BrandRegistration> stream() {
		return this.client.stream(listRequest(null), ITEMS_FIELD, BrandRegistration.class);
	}

	/**
	 * Stream all brand registrations lazily, fetching pages of the given size as they are
	 * consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<BrandRegistration> stream(int pageSize) {
		return this.client.stream(listRequest(Page.checkPageSize(pageSize)), ITEMS_FIELD, BrandRegistration.class);
	}

	private TwilioRequest listRequest(@Nullable Integer pageSize) {
		return TwilioRequest.get(TwilioDomain.MESSAGING, LIST_PATH)
			.queryParam("PageSize", pageSize)
			.build();
	}

	private static TwilioRequest instance(TwilioRequest.Builder builder, String sid) {
		Assert.hasText(sid, "Brand registration SID must not be empty");
		return builder.pathVariable("Sid", sid).build();
	}

}
