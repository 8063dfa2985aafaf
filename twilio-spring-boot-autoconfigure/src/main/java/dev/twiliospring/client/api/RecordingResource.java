package dev.twiliospring.client.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the Recordings resource,
 * {@code /2010-04-01/Accounts/{AccountSid}/Recordings}: fetch, list and delete call and
 * conference recordings, and locate their media files.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see TwilioClient#recordings()
 */
public final class RecordingResource extends AbstractResource<Recording> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Recordings.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json";

	static final String ITEMS_FIELD = "recordings";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public RecordingResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Recording.class, "Recording SID");
	}

	/**
	 * Fetch a recording.
	 * @param sid the recording SID
	 * @return the recording
	 */
	public Recording fetch(String sid) {
		return fetchWithResponse(sid, false).body();
	}

	/**
	 * Fetch a recording, or the metadata of a deleted one, which Twilio keeps for a
	 * retention period.
	 * @param sid the recording SID
	 * @param includeSoftDeleted whether to return a deleted recording
	 * ({@code IncludeSoftDeleted})
	 * @return the recording
	 */
	public Recording fetch(String sid, boolean includeSoftDeleted) {
		return fetchWithResponse(sid, includeSoftDeleted).body();
	}

	/**
	 * Fetch a recording, keeping status and headers.
	 * @param sid the recording SID
	 * @return the response holding the recording
	 */
	public TwilioResponse<Recording> fetchWithResponse(String sid) {
		return fetchWithResponse(sid, false);
	}

	/**
	 * Fetch a recording or the metadata of a deleted one, keeping status and headers.
	 * @param sid the recording SID
	 * @param includeSoftDeleted whether to return a deleted recording
	 * ({@code IncludeSoftDeleted})
	 * @return the response holding the recording
	 */
	public TwilioResponse<Recording> fetchWithResponse(String sid, boolean includeSoftDeleted) {
		return doFetch(sid, includeSoftDeleted ? parameter("IncludeSoftDeleted", true) : TwilioParameters.empty());
	}

	/**
	 * Fetch the first page of all recordings, newest first.
	 * @return the first page
	 */
	public Page<Recording> list() {
		return list(RecordingListRequest.all());
	}

	/**
	 * Fetch the first page of the matching recordings, newest first.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<Recording> list(RecordingListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching recordings, keeping status and headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Recording>> listWithResponse(RecordingListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of recordings
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Recording>> nextPage(Page<Recording> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all recordings lazily, newest first, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Recording> stream() {
		return stream(RecordingListRequest.all());
	}

	/**
	 * Stream the matching recordings lazily, fetching pages as they are consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Recording> stream(RecordingListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Delete a recording and its media file.
	 * @param sid the recording SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a recording and its media file, keeping status and headers.
	 * @param sid the recording SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

	/**
	 * Return the URL of a recording's media file in the client's account, such as
	 * {@code https://api.twilio.com/2010-04-01/Accounts/AC.../Recordings/RE....mp3}. The
	 * host follows the client's region, edge and base URL. Fetching the file needs the
	 * account's credentials if the account enforces HTTP authentication for media, and
	 * Twilio answers with a redirect to a short-lived link on another host, which must be
	 * followed without them. The client does both when it downloads the file as a
	 * {@code byte[]}:
	 * <pre class="code">
	 * byte[] mp3 = client.execute(TwilioRequest
	 *     .get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3")
	 *     .pathVariable("Sid", sid)
	 *     .build(), byte[].class);
	 * </pre>
	 * @param sid the recording SID
	 * @param format the audio format
	 * @return the media URL
	 */
	public URI mediaUrl(String sid, RecordingFormat format) {
		return mediaUrl(client().accountSid(), sid, format);
	}

	/**
	 * Return the URL of a recording's media file, in the account that owns the
	 * recording.
	 * @param recording the recording
	 * @param format the audio format
	 * @return the media URL
	 * @see #mediaUrl(String, RecordingFormat)
	 */
	public URI mediaUrl(Recording recording, RecordingFormat format) {
		Assert.notNull(recording, "Recording must not be null");
		Assert.hasText(recording.sid(), "Recording has no SID, so it has no media URL");
		String accountSid = StringUtils.hasText(recording.accountSid()) ? recording.accountSid()
				: client().accountSid();
		return mediaUrl(accountSid, recording.sid(), format);
	}

	private URI mediaUrl(String accountSid, @Nullable String sid, RecordingFormat format) {
		Assert.hasText(sid, "Recording SID must not be empty");
		Assert.notNull(format, "Format must not be null");
		return URI.create(client().baseUrl(TwilioDomain.API) + "/2010-04-01/Accounts/"
				+ UriUtils.encodePathSegment(accountSid, StandardCharsets.UTF_8) + "/Recordings/"
				+ UriUtils.encodePathSegment(sid, StandardCharsets.UTF_8) + format.extension());
	}

}
