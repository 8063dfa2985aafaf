package dev.twiliospring.client.api;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the Conferences resource,
 * {@code /2010-04-01/Accounts/{AccountSid}/Conferences}: fetch, list, end and announce
 * into conferences, and reach their {@linkplain #participants(String) participants} and
 * {@linkplain #recordings(String) recordings}.
 * Twilio creates a conference when the first call joins it through TwiML's
 * {@code <Conference>} or is added to it as a participant.
 * <p>
 * Each call to Twilio (fetch, list, update) has a {@code ...WithResponse} variant that
 * also returns the HTTP status, headers and Twilio request id; the shortcuts built on
 * those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see TwilioClient#conferences()
 */
public final class ConferenceResource extends AbstractResource<Conference> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json";

	static final String ITEMS_FIELD = "conferences";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public ConferenceResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Conference.class, "Conference SID");
	}

	/**
	 * Return the participants of a conference: add, fetch, list, mute, hold, coach and
	 * remove them.
	 * @param conferenceSid the conference SID
	 * @return the participants resource of the conference
	 */
	public ConferenceParticipantResource participants(String conferenceSid) {
		return new ConferenceParticipantResource(client(), conferenceSid);
	}

	/**
	 * Return the recordings of a conference: fetch, list, pause, resume, stop and delete
	 * them.
	 * @param conferenceSid the conference SID
	 * @return the recordings resource of the conference
	 */
	public ConferenceRecordingResource recordings(String conferenceSid) {
		return new ConferenceRecordingResource(client(), conferenceSid);
	}

	/**
	 * Fetch a conference.
	 * @param sid the conference SID
	 * @return the conference
	 */
	public Conference fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a conference, keeping status and headers.
	 * @param sid the conference SID
	 * @return the response holding the conference
	 */
	public TwilioResponse<Conference> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of all conferences, newest first.
	 * @return the first page
	 */
	public Page<Conference> list() {
		return list(ConferenceListRequest.all());
	}

	/**
	 * Fetch the first page of the matching conferences, newest first.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<Conference> list(ConferenceListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching conferences, keeping status and headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Conference>> listWithResponse(ConferenceListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of conferences
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Conference>> nextPage(Page<Conference> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all conferences lazily, newest first, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Conference> stream() {
		return stream(ConferenceListRequest.all());
	}

	/**
	 * Stream the matching conferences lazily, fetching pages as they are consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Conference> stream(ConferenceListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Update a conference in progress.
	 * @param sid the conference SID
	 * @param request the change
	 * @return the updated conference
	 */
	public Conference update(String sid, ConferenceUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a conference in progress, keeping status and headers.
	 * @param sid the conference SID
	 * @param request the change
	 * @return the response holding the updated conference
	 */
	public TwilioResponse<Conference> updateWithResponse(String sid, ConferenceUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * End a conference, disconnecting every participant.
	 * @param sid the conference SID
	 * @return the completed conference
	 */
	public Conference end(String sid) {
		return update(sid, ConferenceUpdateRequest.end());
	}

	/**
	 * Play an announcement to every participant of a conference.
	 * @param sid the conference SID
	 * @param announceUrl the URL of an MP3 or WAV file, or of TwiML with {@code <Play>}
	 * or {@code <Say>}
	 * @return the conference
	 */
	public Conference announce(String sid, String announceUrl) {
		return update(sid, ConferenceUpdateRequest.announce(announceUrl));
	}

}
