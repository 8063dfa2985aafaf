/**
 * Auto-configuration for inbound Twilio webhooks.
 */
@NullMarked
package dev.twiliospring.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
