package dev.twiliospring.test.webhook;

import dev.twiliospring.client.api.Message;
import dev.twiliospring.test.TwilioSids;
import org.jspecify.annotations.Nullable;

/**
 * Payload of a message status callback, as Twilio posts it to a message's
 * {@code StatusCallback} URL ({@code MessageSid}, {@code MessageStatus},
 * {@code SmsSid}, {@code SmsStatus}, {@code ErrorCode}, ...): status
 * {@code delivered} unless set otherwise.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#messageStatus()
 */
public final class MessageStatusPayload extends WebhookPayload<MessageStatusPayload> {

	private String messageSid = TwilioSids.next(TwilioSids.MESSAGE);

	private String status = "delivered";

	private String from = "+14155550199";

	private String to = "+14155550100";

	private @Nullable Integer errorCode;

	private @Nullable String errorMessage;

	private @Nullable String messagingServiceSid;

	private @Nullable String rawDlrDoneDate;

	MessageStatusPayload() {
	}

	/**
	 * Set the SID of the message ({@code MessageSid} and {@code SmsSid}).
	 * @param messageSid the message SID
	 * @return this payload
	 */
	public MessageStatusPayload messageSid(String messageSid) {
		this.messageSid = messageSid;
		return this;
	}

	/**
	 * Return the SID of the message.
	 * @return the message SID
	 */
	public String getMessageSid() {
		return this.messageSid;
	}

	/**
	 * Set the new status ({@code MessageStatus} and {@code SmsStatus}).
	 * @param status the status, such as {@code sent}
	 * @return this payload
	 */
	public MessageStatusPayload status(String status) {
		this.status = status;
		return this;
	}

	/**
	 * Set the new status ({@code MessageStatus} and {@code SmsStatus}).
	 * @param status the status
	 * @return this payload
	 */
	public MessageStatusPayload status(Message.Status status) {
		return status(status.value());
	}

	/**
	 * Set the sender, the application's Twilio number ({@code From}).
	 * @param from the sender
	 * @return this payload
	 */
	public MessageStatusPayload from(String from) {
		this.from = from;
		return this;
	}

	/**
	 * Set the recipient ({@code To}).
	 * @param to the recipient
	 * @return this payload
	 */
	public MessageStatusPayload to(String to) {
		this.to = to;
		return this;
	}

	/**
	 * Set the error code of a failed or undelivered message ({@code ErrorCode}).
	 * @param errorCode the Twilio error code, such as 30003
	 * @return this payload
	 */
	public MessageStatusPayload errorCode(int errorCode) {
		this.errorCode = errorCode;
		return this;
	}

	/**
	 * Set the description of the error ({@code ErrorMessage}).
	 * @param errorMessage the description
	 * @return this payload
	 */
	public MessageStatusPayload errorMessage(String errorMessage) {
		this.errorMessage = errorMessage;
		return this;
	}

	/**
	 * Set the SID of the messaging service that sent the message
	 * ({@code MessagingServiceSid}).
	 * @param messagingServiceSid the messaging service SID
	 * @return this payload
	 */
	public MessageStatusPayload messagingServiceSid(String messagingServiceSid) {
		this.messagingServiceSid = messagingServiceSid;
		return this;
	}

	/**
	 * Set the carrier's delivery receipt time ({@code RawDlrDoneDate}).
	 * @param rawDlrDoneDate the time as {@code YYMMDDhhmm}
	 * @return this payload
	 */
	public MessageStatusPayload rawDlrDoneDate(String rawDlrDoneDate) {
		this.rawDlrDoneDate = rawDlrDoneDate;
		return this;
	}

	@Override
	void contribute(Params params) {
		params.put("SmsSid", this.messageSid);
		params.put("SmsStatus", this.status);
		params.put("MessageStatus", this.status);
		params.put("To", this.to);
		params.put("MessagingServiceSid", this.messagingServiceSid);
		params.put("MessageSid", this.messageSid);
		params.put("From", this.from);
		params.put("ErrorCode", this.errorCode);
		params.put("ErrorMessage", this.errorMessage);
		params.put("RawDlrDoneDate", this.rawDlrDoneDate);
	}

}
