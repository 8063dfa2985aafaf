package dev.twiliospring.webhook;

/**
 * Application event published when the built-in status callback endpoint receives a
 * validated event of a conference. Listen for it with {@code @EventListener}; Twilio may
 * deliver a conference's events out of order, so order them by the callback's
 * {@link ConferenceStatusCallback#sequenceNumber() sequence number}.
 *
 * @param callback the conference event
 * @since 1.0.0
 */
public record ConferenceStatusEvent(ConferenceStatusCallback callback) {

}
