package dev.twiliospring.test.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Payload of the input a {@code <Gather>} collected, as Twilio posts it to the gather's
 * action URL: the call parameters plus {@code Digits}, or {@code SpeechResult} and
 * {@code Confidence}.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#gatherResult()
 */
public final class GatherResultPayload extends CallPayload<GatherResultPayload> {

	private @Nullable String digits = "1";

	private @Nullable String finishedOnKey = "";

	private @Nullable String speechResult;

	private @Nullable Double confidence;

	GatherResultPayload() {
		super("in-progress", "inbound");
	}

	/**
	 * Set the keys the caller pressed ({@code Digits}).
	 * @param digits the digits, empty for no input
	 * @return this payload
	 */
	public GatherResultPayload digits(String digits) {
		this.digits = digits;
		return this;
	}

	/**
	 * Set the key that ended the input ({@code FinishedOnKey}), empty when the input
	 * ended because enough digits were entered or it timed out.
	 * @param finishedOnKey the key
	 * @return this payload
	 */
	public GatherResultPayload finishedOnKey(String finishedOnKey) {
		this.finishedOnKey = finishedOnKey;
		return this;
	}

	/**
	 * Make this the result of speech recognition ({@code SpeechResult} and
	 * {@code Confidence}) instead of key presses.
	 * @param speechResult the transcribed speech
	 * @param confidence the confidence, between 0.0 and 1.0
	 * @return this payload
	 */
	public GatherResultPayload speech(String speechResult, double confidence) {
		this.speechResult = speechResult;
		this.confidence = confidence;
		this.digits = null;
		this.finishedOnKey = null;
		return this;
	}

	@Override
	void contribute(Params params) {
		super.contribute(params);
		params.put("msg", "Gather End");
		params.put("Digits", this.digits);
		params.put("FinishedOnKey", this.finishedOnKey);
		params.put("SpeechResult", this.speechResult);
		params.put("Confidence", this.confidence);
	}

}
