package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.api.Call;

/**
 * A recording made by a {@code <Record>} verb, as Twilio posts it to the verb's action URL
 * when the recording ends.
 * <p>
 * Absent parameters are {@code null}. The recording's media may not be available yet
 * when this request arrives; a {@code recordingStatusCallback} ({@link RecordingStatusCallback})
 * says when it is. Every parameter, including ones not modelled here, is available from
 * {@link #params()}.
 *
 * @param recordingUrl URL of the recording's media ({@code RecordingUrl})
 * @param recordingSid SID of the recording ({@code RecordingSid})
 * @param recordingDuration duration of the recording in seconds
 * ({@code RecordingDuration})
 * @param digits the key that ended the recording, {@code hangup} if the caller hung up,
 * or {@code null} if it ended on silence or its maximum length ({@code Digits})
 * @param callSid SID of the call ({@code CallSid})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param from caller ({@code From})
 * @param to called party ({@code To})
 * @param callStatus status of the call ({@code CallStatus}), {@code completed} if the
 * caller hung up
 * @param direction direction of the call, such as {@link Call.Direction#INBOUND} or
 * {@link Call.Direction#OUTBOUND_API}; {@link Call.Direction#UNKNOWN} for a value this
 * version does not know ({@code Direction})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record RecordResult(@Nullable String recordingUrl, @Nullable String recordingSid,
		@Nullable Integer recordingDuration, @Nullable String digits, @Nullable String callSid,
		@Nullable String accountSid, @Nullable String from, @Nullable String to, Call.@Nullable Status callStatus,
		Call.@Nullable Direction direction, @Nullable String apiVersion, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public RecordResult {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a record result from webhook parameters.
	 * @param params the parameters of the request
	 * @return the record result
	 * @throws InvalidWebhookPayloadException if {@code RecordingDuration} is not a number
	 */
	public static RecordResult from(WebhookParameters params) {
		return new RecordResult(params.get("RecordingUrl"), params.get("RecordingSid"),
				params.getInteger("RecordingDuration"), params.get("Digits"), params.get("CallSid"),
				params.get("AccountSid"), params.get("From"), params.get("To"),
				params.getEnum("CallStatus", Call.Status::from), params.getEnum("Direction", Call.Direction::from),
				params.get("ApiVersion"), params);
	}

	/**
	 * Return whether the recording ended because the caller hung up
	 * ({@code Digits=hangup}).
	 * @return whether the caller hung up
	 */
	public boolean hungUp() {
		return "hangup".equals(this.digits);
	}

}
