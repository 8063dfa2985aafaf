package dev.twiliospring.webhook;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.api.Call;

/**
 * Progress or completion of a call, as Twilio posts it to a call's status callback URL.
 * <p>
 * Absent parameters are {@code null}. Every parameter, including ones not modelled here,
 * is available from {@link #params()}.
 *
 * @param callSid SID of the call ({@code CallSid})
 * @param callStatus status of the call ({@code CallStatus})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param from caller ({@code From})
 * @param to called party ({@code To})
 * @param direction direction of the call, such as {@link Call.Direction#INBOUND} or
 * {@link Call.Direction#OUTBOUND_API}; {@link Call.Direction#UNKNOWN} for a value this
 * version does not know ({@code Direction})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param parentCallSid SID of the call that created this one ({@code ParentCallSid})
 * @param forwardedFrom number the call was forwarded from ({@code ForwardedFrom})
 * @param callerName caller ID name ({@code CallerName})
 * @param callDuration duration of the completed call in seconds ({@code CallDuration})
 * @param duration billed duration of the completed call in minutes ({@code Duration})
 * @param timestamp time of the event, read from the RFC 2822 date Twilio sends
 * ({@code Timestamp})
 * @param sequenceNumber order of this callback among those of the call, from 0
 * ({@code SequenceNumber})
 * @param callbackSource source of the callback, such as {@code call-progress-events}
 * ({@code CallbackSource})
 * @param answeredBy result of answering machine detection, for a call created with
 * {@code MachineDetection}; {@link Call.AnsweredBy#UNKNOWN} when Twilio could not tell or
 * sent a value this version does not know ({@code AnsweredBy})
 * @param sipResponseCode final SIP response code of the call ({@code SipResponseCode})
 * @param recordingUrl URL of the call's recording ({@code RecordingUrl})
 * @param recordingSid SID of the call's recording ({@code RecordingSid})
 * @param recordingDuration duration of the recording in seconds
 * ({@code RecordingDuration})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record CallStatusCallback(@Nullable String callSid, Call.@Nullable Status callStatus,
		@Nullable String accountSid, @Nullable String from, @Nullable String to,
		Call.@Nullable Direction direction, @Nullable String apiVersion, @Nullable String parentCallSid,
		@Nullable String forwardedFrom, @Nullable String callerName, @Nullable Integer callDuration,
		@Nullable Integer duration, @Nullable OffsetDateTime timestamp, @Nullable Integer sequenceNumber,
		@Nullable String callbackSource,
		Call.@Nullable AnsweredBy answeredBy, @Nullable Integer sipResponseCode, @Nullable String recordingUrl,
		@Nullable String recordingSid, @Nullable Integer recordingDuration, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public CallStatusCallback {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a call status callback from webhook parameters.
	 * @param params the parameters of the request
	 * @return the status callback
	 * @throws InvalidWebhookPayloadException if a numeric parameter is not a number, or
	 * {@code Timestamp} is not an RFC 2822 date-time
	 */
	public static CallStatusCallback from(WebhookParameters params) {
		return new CallStatusCallback(params.get("CallSid"), params.getEnum("CallStatus", Call.Status::from),
				params.get("AccountSid"), params.get("From"), params.get("To"),
				params.getEnum("Direction", Call.Direction::from), params.get("ApiVersion"),
				params.get("ParentCallSid"), params.get("ForwardedFrom"),
				params.get("CallerName"), params.getInteger("CallDuration"), params.getInteger("Duration"),
				params.getDateTime("Timestamp"), params.getInteger("SequenceNumber"), params.get("CallbackSource"),
				params.getEnum("AnsweredBy", Call.AnsweredBy::from), params.getInteger("SipResponseCode"),
				params.get("RecordingUrl"), params.get("RecordingSid"), params.getInteger("RecordingDuration"), params);
	}

}
