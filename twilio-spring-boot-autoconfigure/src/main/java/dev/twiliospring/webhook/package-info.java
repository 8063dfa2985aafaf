/**
 * Inbound Twilio webhooks: signature validation, the {@code @TwilioWebhook} annotation,
 * typed payloads and Spring MVC support.
 */
@NullMarked
package dev.twiliospring.webhook;

import org.jspecify.annotations.NullMarked;
