package dev.twiliospring.test.webhook;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Payload of a call status callback, as Twilio posts it to a call's
 * {@code StatusCallback} URL: status {@code completed} and direction
 * {@code outbound-api} unless set otherwise, with {@code CallDuration} and
 * {@code Duration} for completed calls.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#callStatus()
 */
public final class CallStatusPayload extends CallPayload<CallStatusPayload> {

	private String status = "completed";

	private @Nullable Integer callDuration = 12;

	private int sequenceNumber;

	private @Nullable String timestamp;

	CallStatusPayload() {
		super("completed", "outbound-api");
	}

	@Override
	public CallStatusPayload callStatus(String callStatus) {
		this.status = callStatus;
		return super.callStatus(callStatus);
	}

	/**
	 * Set the duration of the call in seconds ({@code CallDuration}); {@code Duration}
	 * is the same in whole minutes, rounded up. Sent for completed calls only.
	 * @param callDuration the duration in seconds, or {@code null} to leave it out
	 * @return this payload
	 */
	public CallStatusPayload callDuration(@Nullable Integer callDuration) {
		this.callDuration = callDuration;
		return this;
	}

	/**
	 * Set the order of this callback among those of the call ({@code SequenceNumber}).
	 * @param sequenceNumber the sequence number, from 0
	 * @return this payload
	 */
	public CallStatusPayload sequenceNumber(int sequenceNumber) {
		this.sequenceNumber = sequenceNumber;
		return this;
	}

	/**
	 * Set the time of the event ({@code Timestamp}), now when not set.
	 * @param timestamp the time in RFC 2822 format, such as
	 * {@code Tue, 25 Nov 2025 14:03:09 +0000}, also one that is not, to test how a
	 * handler refuses it
	 * @return this payload
	 */
	public CallStatusPayload timestamp(String timestamp) {
		this.timestamp = timestamp;
		return this;
	}

	/**
	 * Set the time of the event ({@code Timestamp}), now when not set, as Twilio writes
	 * it: in RFC 2822 format, to the second.
	 * @param timestamp the time
	 * @return this payload
	 */
	public CallStatusPayload timestamp(OffsetDateTime timestamp) {
		return timestamp(rfc2822(timestamp));
	}

	@Override
	void contribute(Params params) {
		super.contribute(params);
		params.put("Timestamp", (this.timestamp != null) ? this.timestamp : now());
		params.put("CallbackSource", "call-progress-events");
		params.put("SequenceNumber", this.sequenceNumber);
		if ("completed".equals(this.status) && this.callDuration != null) {
			params.put("CallDuration", this.callDuration);
			params.put("Duration", (this.callDuration + 59) / 60);
			params.put("SipResponseCode", 200);
		}
	}

}
