package dev.twiliospring.test.webhook;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.test.TwilioSids;
import org.jspecify.annotations.Nullable;

/**
 * Payload of the result of asynchronous answering machine detection, as Twilio posts it
 * to a call's {@code AsyncAmdStatusCallback} URL ({@code CallSid}, {@code AnsweredBy},
 * {@code MachineDetectionDuration}): a person answered and detection took 1,200
 * milliseconds unless set otherwise.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#asyncAmdStatus()
 */
public final class AsyncAmdStatusPayload extends WebhookPayload<AsyncAmdStatusPayload> {

	private String callSid = TwilioSids.next(TwilioSids.CALL);

	private String answeredBy = "human";

	private @Nullable Integer machineDetectionDuration = 1200;

	AsyncAmdStatusPayload() {
	}

	/**
	 * Set the SID of the call ({@code CallSid}).
	 * @param callSid the call SID
	 * @return this payload
	 */
	public AsyncAmdStatusPayload callSid(String callSid) {
		this.callSid = callSid;
		return this;
	}

	/**
	 * Return the SID of the call.
	 * @return the call SID
	 */
	public String getCallSid() {
		return this.callSid;
	}

	/**
	 * Set who or what answered ({@code AnsweredBy}).
	 * @param answeredBy the result, such as {@code machine_end_beep}
	 * @return this payload
	 */
	public AsyncAmdStatusPayload answeredBy(String answeredBy) {
		this.answeredBy = answeredBy;
		return this;
	}

	/**
	 * Set who or what answered ({@code AnsweredBy}).
	 * @param answeredBy the result
	 * @return this payload
	 */
	public AsyncAmdStatusPayload answeredBy(Call.AnsweredBy answeredBy) {
		return answeredBy(answeredBy.value());
	}

	/**
	 * Set how long detection took ({@code MachineDetectionDuration}).
	 * @param milliseconds the duration in milliseconds, or {@code null} to leave it out
	 * @return this payload
	 */
	public AsyncAmdStatusPayload machineDetectionDuration(@Nullable Integer milliseconds) {
		this.machineDetectionDuration = milliseconds;
		return this;
	}

	@Override
	void contribute(Params params) {
		params.put("CallSid", this.callSid);
		params.put("AnsweredBy", this.answeredBy);
		params.put("MachineDetectionDuration", this.machineDetectionDuration);
	}

}
