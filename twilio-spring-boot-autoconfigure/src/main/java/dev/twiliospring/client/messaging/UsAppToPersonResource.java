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
 * Operations on the US A2P 10DLC campaigns of a Messaging Service,
 * {@code /v1/Services/{MessagingServiceSid}/Compliance/Usa2p} on {@code messaging.twilio.com}: create,
 * fetch, update, list and delete campaigns.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 * <p>
 * Every request asks for version {@value #API_VERSION} of the campaign resource with the
 * {@value #API_VERSION_HEADER} header. Without it Twilio answers in the original
 * version, which leaves out {@link UsAppToPerson#privacyPolicyUrl()} and
 * {@link UsAppToPerson#termsAndConditionsUrl()}, so that both would always read
 * {@code null}.
 *
 * @since 1.0.0
 * @see MessagingApi#usAppToPerson(String)
 */
public final class UsAppToPersonResource extends AbstractResource<UsAppToPerson> {

	static final String LIST_PATH = "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p";

	static final String INSTANCE_PATH = "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}";

	static final String ITEMS_FIELD = "compliance";

	/**
	 * The header that selects the version of the campaign resource.
	 */
	public static final String API_VERSION_HEADER = "X-Twilio-Api-Version";

	/**
	 * The version of the campaign resource that this client reads: the first with the
	 * privacy policy and terms and conditions URLs.
	 */
	public static final String API_VERSION = "v1.2";

	private final String messagingServiceSid;

	/**
	 * Create the resource for a client and messaging service.
	 * @param client the client
	 * @param messagingServiceSid the SID of the messaging service
	 */
	public UsAppToPersonResource(TwilioClient client, String messagingServiceSid) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, UsAppToPerson.class,
				"Campaign SID");
		Assert.hasText(messagingServiceSid, "Messaging service SID must not be empty");
		this.messagingServiceSid = messagingServiceSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("MessagingServiceSid", this.messagingServiceSid)
			.header(API_VERSION_HEADER, API_VERSION);
	}

	/**
	 * Register a campaign for the messaging service.
	 * @param request the campaign
	 * @return the campaign, usually {@code IN_PROGRESS}
	 */
	public UsAppToPerson create(UsAppToPersonCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Register a campaign for the messaging service, keeping status and headers.
	 * @param request the campaign
	 * @return the response holding the campaign, usually {@code IN_PROGRESS}
	 */
	public TwilioResponse<UsAppToPerson> createWithResponse(UsAppToPersonCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a campaign.
	 * @param sid the campaign SID
	 * @return the campaign
	 */
	public UsAppToPerson fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a campaign, keeping status and headers.
	 * @param sid the campaign SID
	 * @return the response holding the campaign
	 */
	public TwilioResponse<UsAppToPerson> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Update a campaign. Twilio replaces its description, message flow, samples and
	 * flags as a whole; {@link UsAppToPersonUpdateRequest#builder(UsAppToPerson)} starts
	 * from a fetched campaign.
	 * @param sid the campaign SID
	 * @param request the new values
	 * @return the updated campaign
	 */
	public UsAppToPerson update(String sid, UsAppToPersonUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a campaign, keeping status and headers.
	 * @param sid the campaign SID
	 * @param request the new values
	 * @return the response holding the updated campaign
	 */
	public TwilioResponse<UsAppToPerson> updateWithResponse(String sid, UsAppToPersonUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Fetch the first page of campaigns of the messaging service, in pages of Twilio's
	 * default size (50).
	 * @return the first page
	 */
	public Page<UsAppToPerson> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of campaigns of the messaging service.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<UsAppToPerson> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of campaigns of the messaging service, keeping status and
	 * headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<UsAppToPerson>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of campaigns of the messaging service
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<UsAppToPerson>> nextPage(Page<UsAppToPerson> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all campaigns of the messaging service lazily, fetching pages as they are
	 * consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<UsAppToPerson> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all campaigns of the messaging service lazily, fetching pages of the given size
	 * as they are consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<UsAppToPerson> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

	/**
	 * Delete a campaign.
	 * @param sid the campaign SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a campaign, keeping status and headers.
	 * @param sid the campaign SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

}
