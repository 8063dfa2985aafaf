/**
 * Builders of realistic Twilio webhook payloads, with Twilio's parameter names and SID
 * shapes, for MockMvc tests and the emulator.
 */
@NullMarked
package dev.twiliospring.test.webhook;

import org.jspecify.annotations.NullMarked;
