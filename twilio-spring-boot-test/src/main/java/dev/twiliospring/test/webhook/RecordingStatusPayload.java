package dev.twiliospring.test.webhook;

import java.time.OffsetDateTime;

import dev.twiliospring.client.api.Recording;
import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.webhook.RecordingStatusCallback;
import org.jspecify.annotations.Nullable;

/**
 * Payload of a recording status callback, as Twilio posts it to a
 * {@code recordingStatusCallback} URL: a completed ten second recording of a
 * {@code <Record>} verb unless set otherwise.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#recordingStatus()
 */
public final class RecordingStatusPayload extends WebhookPayload<RecordingStatusPayload> {

	private String recordingSid = TwilioSids.next(TwilioSids.RECORDING);

	private String callSid = TwilioSids.next(TwilioSids.CALL);

	private String status = "completed";

	private int duration = 10;

	private int channels = 1;

	private @Nullable String source;

	private @Nullable String url;

	private @Nullable String startTime;

	private @Nullable Integer errorCode = 0;

	private @Nullable String track;

	private @Nullable String conferenceSid;

	RecordingStatusPayload() {
	}

	/**
	 * Set the SID of the recording ({@code RecordingSid}).
	 * @param recordingSid the recording SID
	 * @return this payload
	 */
	public RecordingStatusPayload recordingSid(String recordingSid) {
		this.recordingSid = recordingSid;
		return this;
	}

	/**
	 * Return the SID of the recording.
	 * @return the recording SID
	 */
	public String getRecordingSid() {
		return this.recordingSid;
	}

	/**
	 * Set the SID of the recorded call ({@code CallSid}).
	 * @param callSid the call SID
	 * @return this payload
	 */
	public RecordingStatusPayload callSid(String callSid) {
		this.callSid = callSid;
		return this;
	}

	/**
	 * Set the status of the recording ({@code RecordingStatus}).
	 * @param status the status, such as {@code in-progress}
	 * @return this payload
	 */
	public RecordingStatusPayload status(String status) {
		this.status = status;
		return this;
	}

	/**
	 * Set the status of the recording ({@code RecordingStatus}).
	 * @param status the status
	 * @return this payload
	 */
	public RecordingStatusPayload status(Recording.Status status) {
		return status(status.value());
	}

	/**
	 * Set the duration in seconds ({@code RecordingDuration}).
	 * @param duration the duration
	 * @return this payload
	 */
	public RecordingStatusPayload duration(int duration) {
		this.duration = duration;
		return this;
	}

	/**
	 * Set the number of channels ({@code RecordingChannels}).
	 * @param channels 1 or 2
	 * @return this payload
	 */
	public RecordingStatusPayload channels(int channels) {
		this.channels = channels;
		return this;
	}

	/**
	 * Set what started the recording ({@code RecordingSource}), such as
	 * {@code RecordVerb}, {@code DialVerb} or {@code OutboundAPI}; {@code RecordVerb}
	 * when not set, or {@code Conference} for a {@linkplain #conferenceSid(String)
	 * conference recording}.
	 * @param source the source
	 * @return this payload
	 */
	public RecordingStatusPayload source(String source) {
		this.source = source;
		return this;
	}

	/**
	 * Set what started the recording ({@code RecordingSource}).
	 * @param source the source
	 * @return this payload
	 * @see #source(String)
	 */
	public RecordingStatusPayload source(Recording.Source source) {
		return source(source.value());
	}

	/**
	 * Set the URL of the recording's media ({@code RecordingUrl}), on Twilio's API when
	 * not set.
	 * @param url the URL
	 * @return this payload
	 */
	public RecordingStatusPayload url(String url) {
		this.url = url;
		return this;
	}

	/**
	 * Set the time the recording started ({@code RecordingStartTime}), now when not set.
	 * @param startTime the time in RFC 2822 format, such as
	 * {@code Tue, 25 Nov 2025 14:03:09 +0000}, also one that is not, to test how a
	 * handler refuses it
	 * @return this payload
	 */
	public RecordingStatusPayload startTime(String startTime) {
		this.startTime = startTime;
		return this;
	}

	/**
	 * Set the time the recording started ({@code RecordingStartTime}), now when not set,
	 * as Twilio writes it: in RFC 2822 format, to the second.
	 * @param startTime the time
	 * @return this payload
	 */
	public RecordingStatusPayload startTime(OffsetDateTime startTime) {
		return startTime(rfc2822(startTime));
	}

	/**
	 * Set the error code ({@code ErrorCode}), 0 unless the recording failed.
	 * @param errorCode the error code, or {@code null} to leave it out
	 * @return this payload
	 */
	public RecordingStatusPayload errorCode(@Nullable Integer errorCode) {
		this.errorCode = errorCode;
		return this;
	}

	/**
	 * Set the recorded audio track ({@code RecordingTrack}), left out when not set.
	 * @param track the track, such as {@code inbound}, {@code outbound} or {@code both},
	 * also one that {@link RecordingStatusCallback.Track} does not know
	 * @return this payload
	 */
	public RecordingStatusPayload track(String track) {
		this.track = track;
		return this;
	}

	/**
	 * Set the recorded audio track ({@code RecordingTrack}), left out when not set.
	 * @param track the track
	 * @return this payload
	 * @see #track(String)
	 */
	public RecordingStatusPayload track(RecordingStatusCallback.Track track) {
		return track(track.value());
	}

	/**
	 * Set the SID of the recorded conference ({@code ConferenceSid}), for a conference
	 * recording, whose {@code RecordingSource} is then {@code Conference} unless
	 * {@linkplain #source(String) set otherwise}.
	 * @param conferenceSid the conference SID
	 * @return this payload
	 */
	public RecordingStatusPayload conferenceSid(String conferenceSid) {
		this.conferenceSid = conferenceSid;
		return this;
	}

	@Override
	void contribute(Params params) {
		params.put("CallSid", this.callSid);
		params.put("RecordingSource", (this.source != null) ? this.source
				: (this.conferenceSid != null) ? "Conference" : "RecordVerb");
		params.put("RecordingSid", this.recordingSid);
		params.put("RecordingUrl", (this.url != null) ? this.url : apiRecordingUrl(this.recordingSid));
		params.put("RecordingStatus", this.status);
		params.put("RecordingChannels", this.channels);
		params.put("ErrorCode", this.errorCode);
		params.put("RecordingStartTime", (this.startTime != null) ? this.startTime : now());
		params.put("RecordingDuration", this.duration);
		params.put("RecordingTrack", this.track);
		params.put("ConferenceSid", this.conferenceSid);
	}

}
