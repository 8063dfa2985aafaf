package dev.twiliospring.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.api.Message;
import dev.twiliospring.webhook.MessageStatusCallback;
import dev.twiliospring.webhook.MessageStatusEvent;
import dev.twiliospring.webhook.RecordingStatusCallback;
import dev.twiliospring.webhook.RecordingStatusEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest status of every message the application sent, and the voicemails
 * callers left, from the status callbacks that the starter turns into application
 * events.
 *
 * @since 1.0.0
 */
@Component
public class MessageStatusTracker {

	private static final Logger logger = LoggerFactory.getLogger(MessageStatusTracker.class);

	private final Map<String, TrackedMessage> messages = new ConcurrentHashMap<>();

	private final List<Voicemail> voicemails = new CopyOnWriteArrayList<>();

	void sent(String sid, String to, String status) {
		// Status callbacks may overtake the response to the create request, which alone
		// tells the first status: Twilio posts no callback for it
		this.messages.merge(sid, new TrackedMessage(sid, to, status, null, List.of(status), Instant.now()),
				(callbacks, created) -> new TrackedMessage(sid, to, callbacks.status(), callbacks.errorCode(),
						withStatus(callbacks.history(), status), callbacks.updated()));
	}

	Optional<TrackedMessage> find(String sid) {
		return Optional.ofNullable(this.messages.get(sid));
	}

	List<Voicemail> voicemails() {
		return List.copyOf(this.voicemails);
	}

	@EventListener
	public void onMessageStatus(MessageStatusEvent event) {
		MessageStatusCallback callback = event.callback();
		String sid = callback.messageSid();
		Message.Status status = callback.messageStatus();
		if (sid == null || status == null) {
			return;
		}
		// A status this version does not know is shown as Twilio wrote it, not as "unknown"
		String value = (status != Message.Status.UNKNOWN) ? status.value() : rawStatus(callback);
		logger.info("Message {} is {}{}", sid, value,
				(callback.errorCode() != null) ? " (error " + callback.errorCode() + ")" : "");
		this.messages.compute(sid, (key, current) -> {
			List<String> history = withStatus((current != null) ? current.history() : List.of(), value);
			String to = (current != null) ? current.to() : callback.to();
			// Twilio does not promise to deliver callbacks in order: "sent" may arrive after
			// "delivered", and must not take the message back a step
			if (current != null && stage(current.status()) > stage(value)) {
				return new TrackedMessage(sid, to, current.status(), current.errorCode(), history, Instant.now());
			}
			return new TrackedMessage(sid, to, value, callback.errorCode(), history, Instant.now());
		});
	}

	/**
	 * Return the history with the status added in its place, unless it has it already:
	 * Twilio may send a callback twice.
	 */
	private static List<String> withStatus(List<String> history, String status) {
		if (history.contains(status)) {
			return history;
		}
		List<String> added = new ArrayList<>(history);
		added.add(status);
		added.sort(Comparator.comparingInt(MessageStatusTracker::stage));
		return added;
	}

	private static String rawStatus(MessageStatusCallback callback) {
		String raw = callback.params().get("MessageStatus");
		if (raw == null || raw.isBlank()) {
			raw = callback.params().get("SmsStatus");
		}
		return (raw != null && !raw.isBlank()) ? raw.trim() : Message.Status.UNKNOWN.value();
	}

	/**
	 * How far along its way a message with the given status is: a later stage is never
	 * replaced by an earlier one. A status this version does not know ranks with those
	 * of a message handed to the carrier, so that it shows until a final status comes.
	 */
	private static int stage(String status) {
		return switch (Message.Status.from(status)) {
			case ACCEPTED, SCHEDULED -> 0;
			case QUEUED -> 1;
			case SENDING, RECEIVING -> 2;
			case SENT, PARTIALLY_DELIVERED, UNKNOWN -> 3;
			case DELIVERED, UNDELIVERED, FAILED, CANCELED, RECEIVED -> 4;
			case READ -> 5;
		};
	}

	@EventListener
	public void onRecordingStatus(RecordingStatusEvent event) {
		RecordingStatusCallback callback = event.callback();
		logger.info("Recording {} of call {} is {} ({} s)", callback.recordingSid(), callback.callSid(),
				(callback.recordingStatus() != null) ? callback.recordingStatus().value() : "unknown",
				callback.recordingDuration());
		// Unless the account requires credentials for media, the URL alone plays the caller's voice
		logger.debug("Recording {} is at {}", callback.recordingSid(), callback.recordingUrl());
		this.voicemails.add(new Voicemail(callback.recordingSid(), callback.callSid(), callback.recordingUrl(),
				callback.recordingDuration()));
	}

	/**
	 * The latest known state of a message.
	 *
	 * @param sid the message SID
	 * @param to the recipient
	 * @param status the status furthest along, which a callback that arrives late does not
	 * take back
	 * @param errorCode the Twilio error code of a failed message
	 * @param history every status reported, in the order a message goes through them
	 * @param updated when the status was last updated
	 */
	public record TrackedMessage(String sid, @Nullable String to, String status, @Nullable Integer errorCode,
			List<String> history, Instant updated) {

	}

	/**
	 * A voicemail a caller left.
	 *
	 * @param recordingSid the recording SID
	 * @param callSid the call SID
	 * @param url the URL of the recording
	 * @param durationSeconds the duration in seconds
	 */
	public record Voicemail(@Nullable String recordingSid, @Nullable String callSid, @Nullable String url,
			@Nullable Integer durationSeconds) {

	}

}
