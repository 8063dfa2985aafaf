package dev.twiliospring.test.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A call the emulator holds, as it was when this snapshot was taken: placed through the
 * API or simulated with {@link TwilioEmulator#receiveCall(String, String)}.
 *
 * @param sid SID of the call ({@code CA} followed by 32 hex characters)
 * @param accountSid SID of the account
 * @param from caller
 * @param to called party
 * @param status status, such as {@code queued}, {@code in-progress} or
 * {@code completed}
 * @param direction direction: {@code outbound-api} or {@code inbound}
 * @param url URL of the TwiML the call started with, {@code null} for inline TwiML
 * @param statusCallback URL status callbacks go to
 * @param statusCallbackEvents events reported to the status callback
 * @param startTime when the call was answered
 * @param endTime when the call ended
 * @param duration duration in seconds, once ended
 * @param lastReply the TwiML the call ran last
 * @since 1.0.0
 */
public record EmulatedCall(String sid, String accountSid, String from, String to, String status, String direction,
		@Nullable String url, @Nullable String statusCallback, List<String> statusCallbackEvents,
		@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer duration,
		@Nullable TwimlReply lastReply) {

	/**
	 * Create an instance, copying the status callback events.
	 */
	public EmulatedCall {
		statusCallbackEvents = List.copyOf(statusCallbackEvents);
	}

}
