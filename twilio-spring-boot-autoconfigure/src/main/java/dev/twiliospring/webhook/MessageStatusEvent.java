package dev.twiliospring.webhook;

/**
 * Application event published when the built-in status callback endpoint receives a
 * validated status callback for an outgoing message. Listen for it with
 * {@code @EventListener}.
 *
 * @param callback the status callback
 * @since 1.0.0
 */
public record MessageStatusEvent(MessageStatusCallback callback) {

}
