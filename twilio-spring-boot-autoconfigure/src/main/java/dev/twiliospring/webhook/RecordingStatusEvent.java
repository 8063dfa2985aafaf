package dev.twiliospring.webhook;

/**
 * Application event published when the built-in status callback endpoint receives a
 * validated status callback for a recording. Listen for it with
 * {@code @EventListener}.
 *
 * @param callback the status callback
 * @since 1.0.0
 */
public record RecordingStatusEvent(RecordingStatusCallback callback) {

}
