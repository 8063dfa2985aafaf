package dev.twiliospring.test.webhook;

import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.webhook.DialResult;
import org.jspecify.annotations.Nullable;

/**
 * Payload of the outcome of a {@code <Dial>}, as Twilio posts it to the dial's action
 * URL: the call parameters of the call that dialed plus {@code DialCallStatus},
 * {@code DialCallSid}, {@code DialCallDuration} and {@code DialBridged}. Unless set
 * otherwise, the dialed party answered, talked for 30 seconds and hung up.
 * <p>
 * As with Twilio, a dial that did not connect ({@code busy}, {@code no-answer},
 * {@code failed} or {@code canceled}) has no {@code DialCallDuration} and
 * {@code DialBridged=false}, and a dial to a conference ({@code answered}) has no
 * {@code DialCallDuration}; leave out its {@code DialCallSid} with
 * {@code dialCallSid(null)}.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#dialResult()
 */
public final class DialResultPayload extends CallPayload<DialResultPayload> {

	private String dialCallStatus = "completed";

	private @Nullable String dialCallSid = TwilioSids.next(TwilioSids.CALL);

	private int dialCallDuration = 30;

	private @Nullable String recordingUrl;

	DialResultPayload() {
		super("in-progress", "inbound");
	}

	/**
	 * Set the outcome of the dialed call ({@code DialCallStatus}).
	 * @param dialCallStatus the outcome, such as {@code no-answer}
	 * @return this payload
	 */
	public DialResultPayload dialCallStatus(String dialCallStatus) {
		this.dialCallStatus = dialCallStatus;
		return this;
	}

	/**
	 * Set the outcome of the dialed call ({@code DialCallStatus}).
	 * @param dialCallStatus the outcome
	 * @return this payload
	 */
	public DialResultPayload dialCallStatus(DialResult.Status dialCallStatus) {
		return dialCallStatus(dialCallStatus.value());
	}

	/**
	 * Set the SID of the dialed call ({@code DialCallSid}), or leave it out, as Twilio
	 * does after dialing a conference.
	 * @param dialCallSid the SID, or {@code null} to leave it out
	 * @return this payload
	 */
	public DialResultPayload dialCallSid(@Nullable String dialCallSid) {
		this.dialCallSid = dialCallSid;
		return this;
	}

	/**
	 * Set how long the dialed call lasted ({@code DialCallDuration}), sent only for a
	 * dial that connected to a number, client or SIP address ({@code completed}).
	 * @param seconds the duration in seconds
	 * @return this payload
	 */
	public DialResultPayload dialCallDuration(int seconds) {
		this.dialCallDuration = seconds;
		return this;
	}

	/**
	 * Set the URL of the recording of a recorded dial ({@code RecordingUrl}).
	 * @param recordingUrl the URL
	 * @return this payload
	 */
	public DialResultPayload recordingUrl(String recordingUrl) {
		this.recordingUrl = recordingUrl;
		return this;
	}

	@Override
	void contribute(Params params) {
		super.contribute(params);
		DialResult.Status status = DialResult.Status.from(this.dialCallStatus);
		params.put("DialCallStatus", this.dialCallStatus);
		params.put("DialCallSid", this.dialCallSid);
		params.put("DialCallDuration", (status == DialResult.Status.COMPLETED) ? this.dialCallDuration : null);
		params.put("DialBridged", status.isConnected());
		params.put("RecordingUrl", this.recordingUrl);
	}

}
