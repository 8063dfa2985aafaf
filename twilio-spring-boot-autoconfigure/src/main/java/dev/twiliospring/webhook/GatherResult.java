package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.api.Call;

/**
 * Input collected by a {@code <Gather>} verb, as Twilio posts it to the gather's action
 * URL.
 * <p>
 * Absent parameters are {@code null}. Every parameter, including ones not modelled here,
 * is available from {@link #params()}.
 *
 * @param digits keys the caller pressed ({@code Digits})
 * @param speechResult transcribed speech ({@code SpeechResult})
 * @param confidence confidence of the transcription, between 0.0 and 1.0
 * ({@code Confidence})
 * @param finishedOnKey key that ended the input, empty if it ended by timeout
 * ({@code FinishedOnKey})
 * @param callSid SID of the call ({@code CallSid})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param from caller ({@code From})
 * @param to called party ({@code To})
 * @param callStatus status of the call ({@code CallStatus})
 * @param direction direction of the call, such as {@link Call.Direction#INBOUND} or
 * {@link Call.Direction#OUTBOUND_API}; {@link Call.Direction#UNKNOWN} for a value this
 * version does not know ({@code Direction})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record GatherResult(@Nullable String digits, @Nullable String speechResult, @Nullable Double confidence,
		@Nullable String finishedOnKey, @Nullable String callSid, @Nullable String accountSid, @Nullable String from,
		@Nullable String to, Call.@Nullable Status callStatus, Call.@Nullable Direction direction,
		@Nullable String apiVersion, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public GatherResult {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a gather result from webhook parameters.
	 * @param params the parameters of the request
	 * @return the gather result
	 * @throws InvalidWebhookPayloadException if {@code Confidence} is not a number
	 */
	public static GatherResult from(WebhookParameters params) {
		return new GatherResult(params.get("Digits"), params.get("SpeechResult"), params.getDouble("Confidence"),
				params.get("FinishedOnKey"), params.get("CallSid"), params.get("AccountSid"), params.get("From"),
				params.get("To"), params.getEnum("CallStatus", Call.Status::from),
				params.getEnum("Direction", Call.Direction::from), params.get("ApiVersion"), params);
	}

}
