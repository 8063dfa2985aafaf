package dev.twiliospring.client.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
 * Operations on the recordings of a conference,
 * {@code /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings}: fetch,
 * list, pause, resume, stop and delete them. Twilio starts a conference's recording
 * itself, from the {@code record} attribute of TwiML's {@code <Conference>} or the
 * {@code ConferenceRecord} of an added participant; this resource has no create. The
 * items are {@link Recording}s without {@code media_url} and {@code subresource_uris};
 * the media file is at {@link RecordingResource#mediaUrl(Recording, RecordingFormat)}.
 * <p>
 * Each call to Twilio (fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see ConferenceResource#recordings(String)
 */
public final class ConferenceRecordingResource extends AbstractResource<Recording> {

	/**
	 * The SID that stands for the conference's active recording in an update, such as
	 * {@code pause(CURRENT)}.
	 */
	public static final String CURRENT = "Twilio.CURRENT";

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/"
			+ "{Sid}.json";

	static final String ITEMS_FIELD = "recordings";

	// Filters of the account's Recordings that a conference's Recordings do not take
	private static final List<String> ACCOUNT_FILTERS = List.of("CallSid", "ConferenceSid", "IncludeSoftDeleted");

	// Twilio's ListConferenceRecording declares these as dates (YYYY-MM-DD), where the
	// account's ListRecording declares date-times
	private static final List<String> DATE_FILTERS = List.of("DateCreated", "DateCreated<", "DateCreated>");

	private final String conferenceSid;

	/**
	 * Create the resource for a client and conference.
	 * @param client the client
	 * @param conferenceSid the SID of the conference
	 */
	public ConferenceRecordingResource(TwilioClient client, String conferenceSid) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Recording.class, "Recording SID");
		Assert.hasText(conferenceSid, "Conference SID must not be empty");
		this.conferenceSid = conferenceSid;
	}

	@Override
	protected TwilioRequest.Builder scope(TwilioRequest.Builder builder) {
		return builder.pathVariable("ConferenceSid", this.conferenceSid);
	}

	/**
	 * Fetch a recording of the conference.
	 * @param sid the recording SID
	 * @return the recording
	 */
	public Recording fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a recording of the conference, keeping status and headers.
	 * @param sid the recording SID
	 * @return the response holding the recording
	 */
	public TwilioResponse<Recording> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of the conference's recordings.
	 * @return the first page
	 */
	public Page<Recording> list() {
		return list(RecordingListRequest.all());
	}

	/**
	 * Fetch the first page of the conference's matching recordings.
	 * @param request the filters: the {@code dateCreated} ones, as {@link LocalDate}s, and
	 * the page size
	 * @return the first page
	 */
	public Page<Recording> list(RecordingListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the conference's matching recordings, keeping status and
	 * headers.
	 * @param request the filters: the {@code dateCreated} ones, as {@link LocalDate}s, and
	 * the page size
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Recording>> listWithResponse(RecordingListRequest request) {
		return doList(dateFilters(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of the conference's recordings
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Recording>> nextPage(Page<Recording> page) {
		return doNextPage(page);
	}

	/**
	 * Stream the conference's recordings lazily, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Recording> stream() {
		return stream(RecordingListRequest.all());
	}

	/**
	 * Stream the conference's matching recordings lazily, fetching pages as they are
	 * consumed.
	 * @param request the filters: the {@code dateCreated} ones, as {@link LocalDate}s, and
	 * the page size
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Recording> stream(RecordingListRequest request) {
		return doStream(dateFilters(request));
	}

	/**
	 * Change the status of a recording in progress or paused.
	 * @param sid the recording SID, or {@link #CURRENT} for the active recording
	 * @param status {@link Recording.Status#PAUSED PAUSED},
	 * {@link Recording.Status#IN_PROGRESS IN_PROGRESS} (resume) or
	 * {@link Recording.Status#STOPPED STOPPED}
	 * @return the updated recording
	 */
	public Recording update(String sid, Recording.Status status) {
		return updateWithResponse(sid, status, null).body();
	}

	/**
	 * Change the status of a recording in progress or paused, keeping status and
	 * headers.
	 * @param sid the recording SID, or {@link #CURRENT} for the active recording
	 * @param status {@link Recording.Status#PAUSED PAUSED},
	 * {@link Recording.Status#IN_PROGRESS IN_PROGRESS} (resume) or
	 * {@link Recording.Status#STOPPED STOPPED}
	 * @param pauseBehavior what to keep of the pause, only with
	 * {@link Recording.Status#PAUSED PAUSED}; {@code null} for Twilio's default,
	 * {@link Recording.PauseBehavior#SILENCE SILENCE}
	 * @return the response holding the updated recording
	 */
	public TwilioResponse<Recording> updateWithResponse(String sid, Recording.Status status,
			Recording.@Nullable PauseBehavior pauseBehavior) {
		RequestChecks.given(status, "Status");
		if (status != Recording.Status.PAUSED && status != Recording.Status.IN_PROGRESS
				&& status != Recording.Status.STOPPED) {
			throw new IllegalArgumentException("A conference recording's status can only be updated to 'paused', "
					+ "'in-progress' or 'stopped', not '" + status + "'");
		}
		if (pauseBehavior != null && status != Recording.Status.PAUSED) {
			throw new IllegalArgumentException(
					"PauseBehavior only applies when pausing a recording, not with status '" + status + "'");
		}
		return doUpdate(sid,
				TwilioParameters.builder().set("Status", status).set("PauseBehavior", pauseBehavior).build());
	}

	/**
	 * Pause a recording; Twilio records silence for the pause.
	 * @param sid the recording SID, or {@link #CURRENT} for the active recording
	 * @return the paused recording
	 */
	public Recording pause(String sid) {
		return update(sid, Recording.Status.PAUSED);
	}

	/**
	 * Pause a recording, for instance while a caller reads out card details.
	 * @param sid the recording SID, or {@link #CURRENT} for the active recording
	 * @param pauseBehavior what to keep of the pause
	 * @return the paused recording
	 */
	public Recording pause(String sid, Recording.PauseBehavior pauseBehavior) {
		RequestChecks.given(pauseBehavior, "PauseBehavior");
		return updateWithResponse(sid, Recording.Status.PAUSED, pauseBehavior).body();
	}

	/**
	 * Resume a paused recording.
	 * @param sid the recording SID, or {@link #CURRENT} for the active recording
	 * @return the recording, in progress again
	 */
	public Recording resume(String sid) {
		return update(sid, Recording.Status.IN_PROGRESS);
	}

	/**
	 * Stop a recording; it cannot be resumed, and Twilio processes what was recorded.
	 * @param sid the recording SID, or {@link #CURRENT} for the active recording
	 * @return the stopped recording
	 */
	public Recording stop(String sid) {
		return update(sid, Recording.Status.STOPPED);
	}

	/**
	 * Delete a recording of the conference and its media file.
	 * @param sid the recording SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a recording of the conference and its media file, keeping status and
	 * headers.
	 * @param sid the recording SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

	private static TwilioParameters dateFilters(RecordingListRequest request) {
		TwilioParameters query = query(request);
		for (String name : ACCOUNT_FILTERS) {
			if (query.contains(name)) {
				throw new IllegalArgumentException(name + " is not a filter of a conference's recordings, only of the "
						+ "account's: use client.recordings(), or filter by dateCreated here");
			}
		}
		for (String name : DATE_FILTERS) {
			String value = query.getFirst(name);
			if (value != null && !isDate(value)) {
				throw new IllegalArgumentException(name + " of a conference's recordings is a day, such as 2016-10-14, "
						+ "not '" + value + "': Twilio filters them by date only, so pass a LocalDate");
			}
		}
		return query;
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
