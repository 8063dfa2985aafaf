/**
 * Typed resources of Twilio Verify ({@code verify.twilio.com/v2}): verification services,
 * verifications and verification checks, with a start-and-check convenience for one-time
 * codes.
 */
@NullMarked
package dev.twiliospring.client.verify;

import org.jspecify.annotations.NullMarked;
