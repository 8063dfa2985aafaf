package dev.twiliospring.webhook;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;
import dev.twiliospring.client.api.Recording;

/**
 * Status of a call or conference recording, as Twilio posts it to a recording status
 * callback URL.
 * <p>
 * Absent parameters are {@code null}. Every parameter, including ones not modelled here,
 * is available from {@link #params()}.
 *
 * @param recordingSid SID of the recording ({@code RecordingSid})
 * @param recordingUrl URL of the recording's media ({@code RecordingUrl})
 * @param recordingStatus status of the recording ({@code RecordingStatus})
 * @param recordingDuration duration of the recording in seconds
 * ({@code RecordingDuration})
 * @param recordingChannels number of channels, 1 or 2 ({@code RecordingChannels})
 * @param recordingSource what started the recording, such as
 * {@link Recording.Source#DIAL_VERB} or {@link Recording.Source#RECORD_VERB};
 * {@link Recording.Source#UNKNOWN} for a value this version does not know
 * ({@code RecordingSource})
 * @param recordingStartTime time the recording started, read from the RFC 2822 date
 * Twilio sends ({@code RecordingStartTime})
 * @param recordingTrack recorded audio track, such as {@link Track#INBOUND} or
 * {@link Track#BOTH}; {@link Track#UNKNOWN} for a value this version does not know
 * ({@code RecordingTrack})
 * @param errorCode Twilio error code when the recording failed ({@code ErrorCode})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param callSid SID of the recorded call ({@code CallSid})
 * @param conferenceSid SID of the recorded conference ({@code ConferenceSid})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record RecordingStatusCallback(@Nullable String recordingSid, @Nullable String recordingUrl,
		Recording.@Nullable Status recordingStatus, @Nullable Integer recordingDuration,
		@Nullable Integer recordingChannels, Recording.@Nullable Source recordingSource,
		@Nullable OffsetDateTime recordingStartTime, @Nullable Track recordingTrack, @Nullable Integer errorCode,
		@Nullable String accountSid, @Nullable String callSid, @Nullable String conferenceSid,
		WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public RecordingStatusCallback {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a recording status callback from webhook parameters.
	 * @param params the parameters of the request
	 * @return the status callback
	 * @throws InvalidWebhookPayloadException if a numeric parameter is not a number, or
	 * {@code RecordingStartTime} is not an RFC 2822 date-time
	 */
	public static RecordingStatusCallback from(WebhookParameters params) {
		return new RecordingStatusCallback(params.get("RecordingSid"), params.get("RecordingUrl"),
				params.getEnum("RecordingStatus", Recording.Status::from), params.getInteger("RecordingDuration"),
				params.getInteger("RecordingChannels"), params.getEnum("RecordingSource", Recording.Source::from),
				params.getDateTime("RecordingStartTime"), params.getEnum("RecordingTrack", Track::from),
				params.getInteger("ErrorCode"), params.get("AccountSid"), params.get("CallSid"),
				params.get("ConferenceSid"), params);
	}

	/**
	 * Audio track of a call that a recording holds, as Twilio writes it in
	 * {@code RecordingTrack}: the track that was asked for when the recording started.
	 * Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Track implements TwilioEnum {

		/** Audio that Twilio receives on the call. */
		INBOUND,

		/** Audio that Twilio sends on the call. */
		OUTBOUND,

		/** Audio in both directions. */
		BOTH,

		/** A track this version does not know. */
		UNKNOWN;

		/**
		 * Return the track for a Twilio value, ignoring case.
		 * @param value the value, such as {@code inbound}
		 * @return the track, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Track from(String value) {
			return TwilioEnums.from(Track.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
