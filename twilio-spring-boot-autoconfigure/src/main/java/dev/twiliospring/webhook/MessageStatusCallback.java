package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.api.Message;

/**
 * Status change of an outgoing message, as Twilio posts it to a message's status
 * callback URL.
 * <p>
 * Absent parameters are {@code null}. Every parameter, including ones not modelled here,
 * is available from {@link #params()}.
 *
 * @param messageSid SID of the message ({@code MessageSid}, or {@code SmsSid} in older callbacks)
 * @param messageStatus new status of the message ({@code MessageStatus}, or {@code SmsStatus} in
 * older callbacks)
 * @param errorCode Twilio error code when the message failed or was undelivered
 * ({@code ErrorCode})
 * @param errorMessage description of the error, when Twilio sends one
 * ({@code ErrorMessage})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param from sender ({@code From})
 * @param to recipient ({@code To})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param smsSid same value as the message SID ({@code SmsSid})
 * @param smsStatus status under its older name; {@link Message.Status#UNKNOWN} for a
 * value this version does not know ({@code SmsStatus})
 * @param messagingServiceSid SID of the messaging service that sent the message
 * ({@code MessagingServiceSid})
 * @param rawDlrDoneDate carrier's delivery receipt time, as {@code YYMMDDhhmm}
 * ({@code RawDlrDoneDate})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record MessageStatusCallback(@Nullable String messageSid, Message.@Nullable Status messageStatus,
		@Nullable Integer errorCode, @Nullable String errorMessage, @Nullable String accountSid, @Nullable String from,
		@Nullable String to, @Nullable String apiVersion, @Nullable String smsSid, Message.@Nullable Status smsStatus,
		@Nullable String messagingServiceSid, @Nullable String rawDlrDoneDate, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public MessageStatusCallback {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a message status callback from webhook parameters.
	 * @param params the parameters of the request
	 * @return the status callback
	 * @throws InvalidWebhookPayloadException if {@code ErrorCode} is not a number
	 */
	public static MessageStatusCallback from(WebhookParameters params) {
		// Older callbacks name the message SmsSid and its status SmsStatus only; a blank
		// value counts as absent, as it does for every parameter read as a type
		String statusName = (params.getNonEmpty("MessageStatus") != null) ? "MessageStatus" : "SmsStatus";
		String messageSid = (params.getNonEmpty("MessageSid") != null) ? params.get("MessageSid")
				: params.get("SmsSid");
		return new MessageStatusCallback(messageSid, params.getEnum(statusName, Message.Status::from),
				params.getInteger("ErrorCode"), params.get("ErrorMessage"), params.get("AccountSid"),
				params.get("From"), params.get("To"), params.get("ApiVersion"), params.get("SmsSid"),
				params.getEnum("SmsStatus", Message.Status::from), params.get("MessagingServiceSid"),
				params.get("RawDlrDoneDate"), params);
	}

}
