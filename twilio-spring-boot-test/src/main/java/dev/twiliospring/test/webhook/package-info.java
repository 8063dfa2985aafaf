/**
 * Builders of realistic Twilio webhook payloads, with Twilio's parameter names and SID
 * shapes, for MockMvc tests and the emulator, and a signer for webhook requests sent
 * over HTTP.
 */
@NullMarked
package dev.twiliospring.test.webhook;

import org.jspecify.annotations.NullMarked;
