package dev.twiliospring.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A message the emulator holds, as it was when this snapshot was taken: sent through the
 * API, answered with {@code <Message>} TwiML, or received.
 *
 * @param sid SID of the message ({@code SM} or {@code MM} followed by 32 hex characters)
 * @param accountSid SID of the account
 * @param from sender, {@code null} until a messaging service picks one
 * @param to recipient
 * @param body text, empty once redacted
 * @param status status, such as {@code queued}, {@code sent} or {@code delivered}
 * @param direction direction: {@code outbound-api}, {@code outbound-reply} or
 * {@code inbound}
 * @param mediaUrls URLs of the attached media
 * @param numSegments number of segments
 * @param errorCode Twilio error code of a failed or undelivered message
 * @param errorMessage description of the error
 * @param statusCallback URL status callbacks go to
 * @param messagingServiceSid SID of the messaging service used
 * @param dateCreated when the message was created
 * @param dateSent when the message was sent
 * @param dateUpdated when the message last changed
 * @param parameters parameters of the API request that created the message, in the order
 * they were sent, such as {@code ContentSid}, {@code ContentVariables}, {@code SendAt} or
 * the repeated {@code PersistentAction}; empty for a message answered with TwiML or
 * received
 * @since 1.0.0
 */
public record EmulatedMessage(String sid, String accountSid, @Nullable String from, String to, String body,
		String status, String direction, List<String> mediaUrls, int numSegments, @Nullable Integer errorCode,
		@Nullable String errorMessage, @Nullable String statusCallback, @Nullable String messagingServiceSid,
		Instant dateCreated, @Nullable Instant dateSent, Instant dateUpdated, Map<String, List<String>> parameters) {

	/**
	 * Create an instance, copying the media URLs and the parameters.
	 */
	public EmulatedMessage {
		mediaUrls = List.copyOf(mediaUrls);
		parameters = RequestParameters.copyOf(parameters);
	}

	/**
	 * Return the first value of a parameter of the API request that created the message.
	 * @param name the parameter name, such as {@code ContentVariables}
	 * @return the value, or {@code null} if the request did not have the parameter
	 */
	public @Nullable String parameter(String name) {
		return RequestParameters.first(this.parameters, name);
	}

}
