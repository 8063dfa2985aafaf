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
 * Operations on the alphanumeric sender IDs of a Messaging Service,
 * {@code /v1/Services/{ServiceSid}/AlphaSenders} on {@code messaging.twilio.com}: add, fetch, list
 * and remove sender IDs.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see MessagingApi#alphaSenders(String)
 */
public final class AlphaSenderResource extends AbstractResource<AlphaSender> {

	static final String LIST_PATH = "/v1/Services/{ServiceSid}/AlphaSenders";

	static final String INSTANCE_PATH = "/v1/Services/{ServiceSid}/AlphaSenders/{Sid}";

	static final String ITEMS_FIELD = "alpha_senders";

	private final String serviceSid;

	/**
	 * Create the resource for a client and messaging service.
	 * @param client the client
	 * @param serviceSid the SID of the messaging service
	 */
	public AlphaSenderResource(TwilioClient client, String serviceSid) {
		super(client, TwilioDomain.MESSAGING, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, AlphaSender.class,
				"Alpha sender SID");
		Assert.hasText(serviceSid, "Messaging service SID must not be empty");
		this.serviceSid = serviceSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("ServiceSid", this.serviceSid);
	}

	/**
	 * Add an alphanumeric sender ID to the sender pool.
	 * @param alphaSender the sender ID, up to 11 letters, digits, spaces and {@code -+_&},
	 * with at least one letter
	 * @return the created alpha sender
	 * @throws IllegalArgumentException if Twilio would refuse the sender ID
	 */
	public AlphaSender add(String alphaSender) {
		return addWithResponse(alphaSender).body();
	}

	/**
	 * Add an alphanumeric sender ID to the sender pool, keeping status and headers.
	 * @param alphaSender the sender ID, up to 11 letters, digits, spaces and {@code -+_&},
	 * with at least one letter
	 * @return the response holding the created alpha sender
	 * @throws IllegalArgumentException if Twilio would refuse the sender ID
	 */
	public TwilioResponse<AlphaSender> addWithResponse(String alphaSender) {
		Assert.hasText(alphaSender, "AlphaSender must not be empty");
		checkAlphaSender(alphaSender);
		return doCreate(parameter("AlphaSender", alphaSender));
	}

	private static void checkAlphaSender(String alphaSender) {
		boolean digitsOnly = true;
		for (int i = 0; i < alphaSender.length(); i++) {
			char c = alphaSender.charAt(i);
			boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
			boolean digit = c >= '0' && c <= '9';
			if (!letter && !digit && " -+_&".indexOf(c) < 0) {
				// An emoji is two chars: name it whole, not half of it
				throw new IllegalArgumentException("AlphaSender '" + alphaSender + "' has '"
						+ Character.toString(alphaSender.codePointAt(i))
						+ "', which Twilio does not take: use A-Z, a-z, 0-9, space, '-', '+', '_' and '&'");
			}
			digitsOnly &= digit;
		}
		if (alphaSender.length() > 11) {
			throw new IllegalArgumentException("AlphaSender '" + alphaSender + "' has " + alphaSender.length()
					+ " characters; Twilio takes up to 11");
		}
		if (digitsOnly) {
			throw new IllegalArgumentException(
					"AlphaSender '" + alphaSender + "' has digits only, which Twilio does not take: add a letter");
		}
	}

	/**
	 * Fetch an alphanumeric sender ID of the sender pool.
	 * @param sid the alpha sender SID
	 * @return the alpha sender
	 */
	public AlphaSender fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch an alphanumeric sender ID of the sender pool, keeping status and headers.
	 * @param sid the alpha sender SID
	 * @return the response holding the alpha sender
	 */
	public TwilioResponse<AlphaSender> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of alphanumeric sender IDs of the sender pool, in pages of
	 * Twilio's default size (50).
	 * @return the first page
	 */
	public Page<AlphaSender> list() {
		return doList(TwilioParameters.empty()).body();
	}

	/**
	 * Fetch the first page of alphanumeric sender IDs of the sender pool.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the first page
	 */
	public Page<AlphaSender> list(int pageSize) {
		return listWithResponse(pageSize).body();
	}

	/**
	 * Fetch the first page of alphanumeric sender IDs of the sender pool, keeping status and
	 * headers.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<AlphaSender>> listWithResponse(int pageSize) {
		return doList(pageSize(pageSize));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of alphanumeric sender IDs of the sender pool
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<AlphaSender>> nextPage(Page<AlphaSender> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all alphanumeric sender IDs of the sender pool lazily, fetching pages as they
	 * are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<AlphaSender> stream() {
		return doStream(TwilioParameters.empty());
	}

	/**
	 * Stream all alphanumeric sender IDs of the sender pool lazily, fetching pages of the
	 * given size as they are consumed.
	 * @param pageSize the page size, between 1 and 1000
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<AlphaSender> stream(int pageSize) {
		return doStream(pageSize(pageSize));
	}

	/**
	 * Remove an alphanumeric sender ID from the sender pool.
	 * @param sid the alpha sender SID
	 */
	public void remove(String sid) {
		removeWithResponse(sid);
	}

	/**
	 * Remove an alphanumeric sender ID from the sender pool, keeping status and headers.
	 * @param sid the alpha sender SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> removeWithResponse(String sid) {
		return doDelete(sid);
	}

}
