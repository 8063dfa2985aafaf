package dev.twiliospring.test.webhook;

import dev.twiliospring.test.TwilioSids;
import org.jspecify.annotations.Nullable;

/**
 * Payload of a recording that a {@code <Record>} made, as Twilio posts it to the verb's
 * action URL: the call parameters plus {@code RecordingUrl}, {@code RecordingSid},
 * {@code RecordingDuration} and, when a key or a hang-up ended the recording,
 * {@code Digits}. Unless set otherwise, a five second recording ended by silence.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#recordResult()
 */
public final class RecordResultPayload extends CallPayload<RecordResultPayload> {

	private String recordingSid = TwilioSids.next(TwilioSids.RECORDING);

	private int recordingDuration = 5;

	private @Nullable String recordingUrl;

	private @Nullable String digits;

	RecordResultPayload() {
		super("in-progress", "inbound");
	}

	/**
	 * Set the SID of the recording ({@code RecordingSid}).
	 * @param recordingSid the recording SID
	 * @return this payload
	 */
	public RecordResultPayload recordingSid(String recordingSid) {
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
	 * Set the duration of the recording ({@code RecordingDuration}).
	 * @param seconds the duration in seconds
	 * @return this payload
	 */
	public RecordResultPayload recordingDuration(int seconds) {
		this.recordingDuration = seconds;
		return this;
	}

	/**
	 * Set the URL of the recording's media ({@code RecordingUrl}), on Twilio's API when
	 * not set.
	 * @param recordingUrl the URL
	 * @return this payload
	 */
	public RecordResultPayload recordingUrl(String recordingUrl) {
		this.recordingUrl = recordingUrl;
		return this;
	}

	/**
	 * Set the key that ended the recording ({@code Digits}), such as {@code #}.
	 * @param digits the key
	 * @return this payload
	 */
	public RecordResultPayload digits(String digits) {
		this.digits = digits;
		return this;
	}

	/**
	 * Make this a recording that ended because the caller hung up: {@code Digits=hangup}
	 * and {@code CallStatus=completed}.
	 * @return this payload
	 */
	public RecordResultPayload hungUp() {
		this.digits = "hangup";
		return callStatus("completed");
	}

	@Override
	void contribute(Params params) {
		super.contribute(params);
		params.put("RecordingUrl", (this.recordingUrl != null) ? this.recordingUrl : apiRecordingUrl(this.recordingSid));
		params.put("RecordingSid", this.recordingSid);
		params.put("RecordingDuration", this.recordingDuration);
		params.put("Digits", this.digits);
	}

}
