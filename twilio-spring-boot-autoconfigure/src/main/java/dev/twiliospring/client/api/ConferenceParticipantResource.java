package dev.twiliospring.client.api;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the participants of a conference,
 * {@code /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants}:
 * add a participant by calling it, fetch, list, mute, hold, announce to, coach with and
 * remove participants. A participant is named by its call SID or by the label it was
 * added with; a label is sent percent-encoded, as Twilio asks.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see ConferenceResource#participants(String)
 */
public final class ConferenceParticipantResource extends AbstractResource<ConferenceParticipant> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json";

	// Twilio names the variable CallSid; the shared base fills {Sid}
	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/"
			+ "{Sid}.json";

	static final String ITEMS_FIELD = "participants";

	private final String conferenceSid;

	/**
	 * Create the resource for a client and conference.
	 * @param client the client
	 * @param conferenceSid the SID of the conference
	 */
	public ConferenceParticipantResource(TwilioClient client, String conferenceSid) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, ConferenceParticipant.class,
				"Participant call SID or label");
		Assert.hasText(conferenceSid, "Conference SID must not be empty");
		this.conferenceSid = conferenceSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("ConferenceSid", this.conferenceSid);
	}

	/**
	 * Add a participant by calling it.
	 * @param request the participant
	 * @return the created participant, usually with status {@code queued}
	 */
	public ConferenceParticipant create(ConferenceParticipantCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Add a participant by calling it, keeping status and headers.
	 * @param request the participant
	 * @return the response holding the created participant
	 */
	public TwilioResponse<ConferenceParticipant> createWithResponse(ConferenceParticipantCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a participant.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the participant
	 */
	public ConferenceParticipant fetch(String callSidOrLabel) {
		return fetchWithResponse(callSidOrLabel).body();
	}

	/**
	 * Fetch a participant, keeping status and headers.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the response holding the participant
	 */
	public TwilioResponse<ConferenceParticipant> fetchWithResponse(String callSidOrLabel) {
		return doFetch(callSidOrLabel);
	}

	/**
	 * Fetch the first page of the conference's participants.
	 * @return the first page
	 */
	public Page<ConferenceParticipant> list() {
		return list(ConferenceParticipantListRequest.all());
	}

	/**
	 * Fetch the first page of the conference's matching participants.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<ConferenceParticipant> list(ConferenceParticipantListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the conference's matching participants, keeping status and
	 * headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<ConferenceParticipant>> listWithResponse(ConferenceParticipantListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of the conference's participants
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<ConferenceParticipant>> nextPage(Page<ConferenceParticipant> page) {
		return doNextPage(page);
	}

	/**
	 * Stream the conference's participants lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<ConferenceParticipant> stream() {
		return stream(ConferenceParticipantListRequest.all());
	}

	/**
	 * Stream the conference's matching participants lazily, fetching pages as they are
	 * consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<ConferenceParticipant> stream(ConferenceParticipantListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Update a participant.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @param request the change
	 * @return the updated participant
	 */
	public ConferenceParticipant update(String callSidOrLabel, ConferenceParticipantUpdateRequest request) {
		return updateWithResponse(callSidOrLabel, request).body();
	}

	/**
	 * Update a participant, keeping status and headers.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @param request the change
	 * @return the response holding the updated participant
	 */
	public TwilioResponse<ConferenceParticipant> updateWithResponse(String callSidOrLabel,
			ConferenceParticipantUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(callSidOrLabel, request.parameters());
	}

	/**
	 * Mute a participant: it still hears the conference.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the updated participant
	 */
	public ConferenceParticipant mute(String callSidOrLabel) {
		return update(callSidOrLabel, ConferenceParticipantUpdateRequest.builder().muted(true).build());
	}

	/**
	 * Unmute a participant.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the updated participant
	 */
	public ConferenceParticipant unmute(String callSidOrLabel) {
		return update(callSidOrLabel, ConferenceParticipantUpdateRequest.builder().muted(false).build());
	}

	/**
	 * Put a participant on hold with Twilio's hold music.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the updated participant
	 */
	public ConferenceParticipant hold(String callSidOrLabel) {
		return update(callSidOrLabel, ConferenceParticipantUpdateRequest.builder().hold(true).build());
	}

	/**
	 * Put a participant on hold with the given music.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @param holdUrl the URL of an MP3 or WAV file, or of TwiML, to play on hold
	 * @return the updated participant
	 */
	public ConferenceParticipant hold(String callSidOrLabel, String holdUrl) {
		return update(callSidOrLabel,
				ConferenceParticipantUpdateRequest.builder().hold(true).holdUrl(holdUrl).build());
	}

	/**
	 * Take a participant off hold, back into the conference.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the updated participant
	 */
	public ConferenceParticipant unhold(String callSidOrLabel) {
		return update(callSidOrLabel, ConferenceParticipantUpdateRequest.builder().hold(false).build());
	}

	/**
	 * Remove a participant from the conference, which hangs up its call.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 */
	public void delete(String callSidOrLabel) {
		deleteWithResponse(callSidOrLabel);
	}

	/**
	 * Remove a participant from the conference, keeping status and headers.
	 * @param callSidOrLabel the SID of the participant's call, or its label
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String callSidOrLabel) {
		return doDelete(callSidOrLabel);
	}

}
