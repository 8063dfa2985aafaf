/**
 * Streaming builders for TwiML voice and messaging responses.
 */
@NullMarked
package dev.twiliospring.twiml;

import org.jspecify.annotations.NullMarked;
